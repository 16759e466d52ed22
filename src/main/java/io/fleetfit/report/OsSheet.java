package io.fleetfit.report;

import io.fleetfit.assessment.Excluded;
import io.fleetfit.assessment.LifecycleCatalog;
import io.fleetfit.assessment.OsInfo;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The OS tab: every distinct OS string the run's workloads were judged by, what it was recognised
 * as (or that nothing recognised it: never a guess), how many workloads, templates and system VMs carry it,
 * and the release's support dates (end of the vendor's standard support, and of paid or community
 * extended support) and status at the assessment date. One row per string, source
 * column and recognition, since the same string ("Ubuntu Linux (64-bit)") can be completed to
 * different releases by each VM's Guest Detailed Data. Counted as outcomes arrive; written when
 * the run is finished.
 */
final class OsSheet {

    static final String NONE_STATED = "(none stated)";
    static final String NOT_ANNOUNCED = "Not announced";
    static final String NO_EXTENDED = "None";

    /** One distinct OS with its counts and its catalog entry ({@code null}: not in the catalog). */
    record OsRow(OsInfo os, long workloads, long templates, long systemVms, LifecycleCatalog.Entry entry,
                 LifecycleCatalog.Status status) {

        /** {@code null} in the total row. */
        boolean total() {
            return os == null;
        }
    }

    /** A column of the OS table; the status header names the assessment date. */
    record OsColumn(String header, int width, CellFormat format, Function<OsRow, Object> value) implements Column<OsRow> {
        @Override
        public Object value(OsRow row) {
            return value.apply(row);
        }
    }

    private final Map<OsInfo, long[]> counts = new HashMap<>();

    /** Counts one workload's OS ({@code excluded} {@code null}), or a template's or system VM's. */
    void add(OsInfo os, Excluded.Kind excluded) {
        OsInfo key = os == null || !os.stated() ? OsInfo.NONE
                : new OsInfo(os.raw(), os.sourceColumn(), os.family(), os.product(), os.release(), os.displayName(), os.bits(), null);
        counts.computeIfAbsent(key, k -> new long[3])[excluded == null ? 0 : excluded == Excluded.Kind.TEMPLATE ? 1 : 2]++;
    }

    /** The rows, most workloads first, then by OS string; only strings that some row carries appear. */
    List<OsRow> rows(LifecycleCatalog catalog, LocalDate asOf) {
        List<OsRow> rows = new ArrayList<>();
        counts.forEach((os, n) -> {
            LifecycleCatalog.Entry entry = os.recognised() ? catalog.find(os).orElse(null) : null;
            rows.add(new OsRow(os, n[0], n[1], n[2], entry, entry == null ? LifecycleCatalog.Status.UNKNOWN : entry.statusAt(asOf)));
        });
        rows.sort(Comparator.comparingLong(OsRow::workloads).reversed()
                .thenComparing(Comparator.comparingLong(OsRow::templates).reversed())
                .thenComparing(Comparator.comparingLong(OsRow::systemVms).reversed())
                .thenComparing(r -> !r.os().stated())
                .thenComparing(r -> text(r.os().raw()).toLowerCase(Locale.ROOT))
                .thenComparing(r -> text(r.os().raw()))
                .thenComparing(r -> text(r.os().sourceColumn()))
                .thenComparing(r -> text(r.os().release()))
                .thenComparing(r -> text(r.os().displayName())));
        return rows;
    }

    /** The total row: workloads, templates and system VMs. */
    OsRow total(List<OsRow> rows) {
        return new OsRow(null, rows.stream().mapToLong(OsRow::workloads).sum(), rows.stream().mapToLong(OsRow::templates).sum(),
                rows.stream().mapToLong(OsRow::systemVms).sum(), null, null);
    }

    static List<OsColumn> columns(LocalDate asOf) {
        return List.of(
                new OsColumn("OS (as stated)", 44, CellFormat.WRAP,
                        r -> r.total() ? Labels.TOTAL : r.os().stated() ? r.os().raw() : NONE_STATED),
                new OsColumn("Source column", 18, CellFormat.WRAP, r -> r.total() ? null : Labels.osSource(r.os().sourceColumn())),
                new OsColumn("Recognised as", 32, CellFormat.WRAP, r -> r.total() ? null : recognisedAs(r.os())),
                new OsColumn("Family", 15, CellFormat.TEXT, r -> r.total() || r.os().family() == null ? null : r.os().family().label()),
                new OsColumn("Product", 14, CellFormat.TEXT, r -> r.total() ? null : r.os().product()),
                new OsColumn("Release", 9, CellFormat.TEXT, r -> r.total() ? null : r.os().release()),
                new OsColumn("Bits", 6, CellFormat.INTEGER, r -> r.total() ? null : r.os().bits()),
                new OsColumn("Workloads", 10, CellFormat.INTEGER, OsRow::workloads),
                new OsColumn("Templates", 10, CellFormat.INTEGER, OsRow::templates),
                new OsColumn("System VMs", 10, CellFormat.INTEGER, OsRow::systemVms),
                new OsColumn("Support ends", 12, CellFormat.DATE,
                        r -> r.entry() == null ? null : r.entry().supportEnd() != null ? r.entry().supportEnd() : NOT_ANNOUNCED),
                new OsColumn("Extended support ends", 12, CellFormat.DATE,
                        r -> r.entry() == null || r.entry().supportEnd() == null ? null
                                : r.entry().extendedSupportEnd() != null ? r.entry().extendedSupportEnd() : NO_EXTENDED),
                new OsColumn("Status on " + asOf, 20, CellFormat.TINT, OsRow::status),
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
    static String note(OsRow r) {
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
        return "Release " + os.release() + " of " + os.product() + " is not in the lifecycle catalog.";
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
