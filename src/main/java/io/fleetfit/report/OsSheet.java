package io.fleetfit.report;

import io.fleetfit.assessment.OsInfo;
import io.fleetfit.summary.OsTally;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/**
 * The OS tab: the rows of an {@link OsTally}, each with what its string was recognised as (or that
 * nothing recognised it: never a guess), how many workloads, templates and system VMs carry it,
 * and the release's support dates (end of the vendor's standard support, and of paid or community
 * extended support) and status at the assessment date.
 */
final class OsSheet {

    static final String NONE_STATED = "(none stated)";
    /** What an empty date cell means, under the table: the date columns hold dates or nothing. */
    static final List<String> DATE_NOTES = List.of(
            "Support ends: the end of the vendor's standard support (security updates). Empty when the vendor has not"
                    + " announced it (the release is supported) or when the release is not in the lifecycle catalog (see Note).",
            "Extended support ends: the end of paid or community extended support (ESU, ELS, ESM, LTS). Empty when none"
                    + " outlasts standard support, or standard support has no announced end.");

    private OsSheet() {
    }

    /** A column of the OS table; the status header names the assessment date. */
    record OsColumn(String header, int width, CellFormat format, Function<OsTally.Row, Object> value)
            implements Column<OsTally.Row> {
        @Override
        public Object value(OsTally.Row row) {
            return value.apply(row);
        }
    }

    static List<OsColumn> columns(LocalDate asOf) {
        return List.of(
                new OsColumn("OS (as stated)", 44, CellFormat.WRAP,
                        r -> r.total() ? Labels.TOTAL : r.os().stated() ? r.os().raw() : NONE_STATED),
                new OsColumn("Source column", 18, CellFormat.WRAP, r -> r.total() ? null : Labels.osSource(r.os().sourceColumn())),
                new OsColumn("Recognised as", 32, CellFormat.WRAP, r -> r.total() ? null : recognisedAs(r.os())),
                new OsColumn("Family", 15, CellFormat.TEXT, r -> r.total() || r.os().family() == null ? null : r.os().family().label()),
                new OsColumn("Release", 9, CellFormat.TEXT, r -> r.total() ? null : r.os().releaseLabel()),
                new OsColumn("Bits", 6, CellFormat.INTEGER, r -> r.total() ? null : r.os().bits()),
                new OsColumn("Workloads", 10, CellFormat.INTEGER, OsTally.Row::workloads),
                new OsColumn("Templates", 10, CellFormat.INTEGER, OsTally.Row::templates),
                new OsColumn("System VMs", 10, CellFormat.INTEGER, OsTally.Row::systemVms),
                new OsColumn("Support ends", 12, CellFormat.DATE,
                        r -> r.entry() == null ? null : r.entry().supportEnd()),
                new OsColumn("Extended support ends", 12, CellFormat.DATE,
                        r -> r.entry() == null || r.entry().supportEnd() == null ? null : r.entry().extendedSupportEnd()),
                new OsColumn("Status on " + asOf, 20, CellFormat.TINT, OsTally.Row::status),
                new OsColumn("Note", 44, CellFormat.WRAP, OsSheet::note));
    }

    /** What a string was recognised as: never the string itself, so a reader can tell recognition from echo. */
    static String recognisedAs(OsInfo os) {
        if (!os.stated()) {
            return Labels.NO_OS;
        }
        if (!os.recognised()) {
            return Labels.OS_NOT_RECOGNISED;
        }
        return os.displayName() != null ? os.displayName() : os.family().label();
    }

    /** Why a row has no support status, in words; empty when the catalog knows the release. */
    static String note(OsTally.Row r) {
        if (r.total() || r.entry() != null) {
            return null;
        }
        OsInfo os = r.os();
        if (!os.stated()) {
            return "No OS in either OS column (rule GEN-003).";
        }
        if (!os.recognised()) {
            return "Nothing recognises this string; it is not guessed (rule GEN-004).";
        }
        if (os.product() == null) {
            return "The string names no product the lifecycle catalog lists (" + os.family().label() + ").";
        }
        if (os.release() == null) {
            return "The string names no release, and Guest Detailed Data adds none: support status unknown.";
        }
        return recognisedAs(os) + (os.displayName() == null ? " release " + os.releaseLabel() : "") + " is not in the lifecycle catalog.";
    }
}
