package io.fleetfit.report;

import io.fleetfit.assessment.Assessment;
import io.fleetfit.assessment.ExcludedTemplate;
import io.fleetfit.assessment.Outcome;
import io.fleetfit.assessment.Rejection;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The columns of {@code assessments.csv}, in order: the one place their names are spelt. Other
 * tools read the file by these names, so a name never changes once released.
 */
public enum CsvColumn {
    CLIENT("client", true, (client, o) -> client),
    SOURCE_FILE("source_file", true, (client, o) -> o.source().file()),
    SOURCE_SHEET("source_sheet", true, (client, o) -> o.source().sheet()),
    SOURCE_ROW("source_row", false, (client, o) -> Long.toString(o.source().row())),
    STATUS("status", false, (client, o) -> o.status()),
    VM_NAME("vm_name", true, (client, o) -> o.vmName()),
    VM_UUID("vm_uuid", true, (client, o) -> vm(o, a -> a.vm().vmUuid(), t -> t.vm().vmUuid())),
    OS("os", true, (client, o) -> vm(o, a -> a.os() == null ? null : a.os().raw(), t -> t.os() == null ? null : t.os().raw())),
    DISPOSITION("disposition", false, (client, o) -> assessed(o, a -> a.disposition().code())),
    ASSESSED_DISPOSITION("assessed_disposition", false, (client, o) -> assessed(o, a -> a.assessedDisposition().code())),
    FITNESS_TIER("fitness_tier", false, (client, o) -> assessed(o, a -> a.tier().label())),
    FITNESS_SCORE("fitness_score", false, (client, o) -> assessed(o, a -> Integer.toString(a.fitnessScore()))),
    PORTABILITY_SCORE("portability_score", false, (client, o) -> assessed(o, a -> Integer.toString(a.portabilityScore()))),
    LEGACY_OS_SCORE("legacy_os_score", false, (client, o) -> assessed(o, a -> Integer.toString(a.legacyOsScore()))),
    ISOLATION_SCORE("isolation_score", false, (client, o) -> assessed(o, a -> Integer.toString(a.isolationScore()))),
    BLOCKERS("blockers", false, (client, o) -> assessed(o, a -> Assessment.ids(a.blockers()))),
    FINDINGS("findings", false, (client, o) -> assessed(o, a -> Assessment.ids(a.findings()))),
    COMPUTED_DISPOSITION("computed_disposition", false, (client, o) -> assessed(o, a -> a.computedDisposition().code())),
    OVERRIDE_REASON("override_reason", true, (client, o) -> assessed(o, a -> a.overrideReason() == null ? "" : a.overrideReason())),
    COMPLETENESS("completeness", false, (client, o) -> assessed(o, a -> Integer.toString(a.completeness().percent()))),
    CONFIDENCE("confidence", false, (client, o) -> assessed(o, a -> a.completeness().confidence().label())),
    REASON("reason", true, (client, o) -> o instanceof Rejection r ? r.reason()
            : o instanceof ExcludedTemplate ? Labels.TEMPLATE_REASON : "");

    private final String header;
    private final boolean text;
    private final BiFunction<String, Outcome, String> value;

    CsvColumn(String header, boolean text, BiFunction<String, Outcome, String> value) {
        this.header = header;
        this.text = text;
        this.value = value;
    }

    public String header() {
        return header;
    }

    /** The cell of this column for an outcome: never {@code null}, formula-safe when it is free text. */
    String value(String client, Outcome outcome) {
        String v = value.apply(client, outcome);
        if (v == null) {
            return "";
        }
        return text ? formulaSafe(v) : v;
    }

    /**
     * Text a spreadsheet would evaluate (starting with = + - @ tab or CR) gets a leading single
     * quote, so opening the CSV shows the text and never runs it (OWASP "CSV injection").
     */
    static String formulaSafe(String v) {
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            return "'" + v;
        }
        return v;
    }

    private static String assessed(Outcome o, Function<Assessment, String> f) {
        return o instanceof Assessment a ? f.apply(a) : "";
    }

    private static String vm(Outcome o, Function<Assessment, String> assessed, Function<ExcludedTemplate, String> template) {
        if (o instanceof Assessment a) {
            return assessed.apply(a);
        }
        return o instanceof ExcludedTemplate t ? template.apply(t) : "";
    }
}
