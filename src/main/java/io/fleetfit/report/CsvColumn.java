package io.fleetfit.report;

import io.fleetfit.assessment.Assessment;
import io.fleetfit.assessment.Excluded;
import io.fleetfit.assessment.Outcome;
import io.fleetfit.assessment.Rejection;
import io.fleetfit.summary.RunStamp;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The columns of {@code assessments.csv}, in order: the one place their names are spelt. Other
 * tools read the file by these names, so a name never changes once released.
 */
public enum CsvColumn {
    CLIENT("client", Kind.TEXT, (run, o) -> run.client()),
    SOURCE_FILE("source_file", Kind.TEXT, (client, o) -> o.source().file()),
    SOURCE_SHEET("source_sheet", Kind.TEXT, (client, o) -> o.source().sheet()),
    SOURCE_ROW("source_row", Kind.NUMBER, (client, o) -> Long.toString(o.source().row())),
    STATUS("status", Kind.CODE, (client, o) -> o.status()),
    VM_NAME("vm_name", Kind.TEXT, (client, o) -> o.vmName()),
    VM_UUID("vm_uuid", Kind.TEXT, (client, o) -> vm(o, a -> a.vm().vmUuid(), t -> t.vm().vmUuid())),
    OS("os", Kind.TEXT, (client, o) -> vm(o, a -> a.os() == null ? null : a.os().raw(), t -> t.os() == null ? null : t.os().raw())),
    DISPOSITION("disposition", Kind.CODE, (client, o) -> assessed(o, a -> a.disposition().code())),
    LANE("lane", Kind.CODE, (client, o) -> assessed(o, a -> a.lane().label())),
    ROLE("role", Kind.CODE, (client, o) -> assessed(o, a -> a.role() == null ? "" : a.role().role().id())),
    ASSESSED_DISPOSITION("assessed_disposition", Kind.CODE, (client, o) -> assessed(o, a -> a.assessedDisposition().code())),
    FITNESS_TIER("fitness_tier", Kind.CODE, (client, o) -> assessed(o, a -> a.tier().label())),
    FITNESS_SCORE("fitness_score", Kind.NUMBER, (client, o) -> scored(o, Assessment::fitnessScore)),
    PORTABILITY_SCORE("portability_score", Kind.NUMBER, (client, o) -> scored(o, Assessment::portabilityScore)),
    LEGACY_OS_SCORE("legacy_os_score", Kind.NUMBER, (client, o) -> scored(o, Assessment::legacyOsScore)),
    ISOLATION_SCORE("isolation_score", Kind.NUMBER, (client, o) -> scored(o, Assessment::isolationScore)),
    BLOCKERS("blockers", Kind.CODE, (client, o) -> assessed(o, a -> Assessment.ids(a.blockers()))),
    FINDINGS("findings", Kind.CODE, (client, o) -> assessed(o, a -> Assessment.ids(a.findings()))),
    COMPUTED_DISPOSITION("computed_disposition", Kind.CODE, (client, o) -> assessed(o, a -> a.computedDisposition().code())),
    OVERRIDE_REASON("override_reason", Kind.TEXT, (client, o) -> assessed(o, a -> a.overrideReason() == null ? "" : a.overrideReason())),
    COMPLETENESS("completeness", Kind.NUMBER, (client, o) -> assessed(o, a -> Integer.toString(a.completeness().percent()))),
    CONFIDENCE("confidence", Kind.CODE, (client, o) -> assessed(o, a -> a.confidence().level().label())),
    MISSING_FACTS("missing_facts", Kind.TEXT, (client, o) -> assessed(o, a -> String.join("; ", a.confidence().missingFacts()))),
    QUESTIONS("questions", Kind.TEXT, (client, o) -> assessed(o, a -> String.join(" ", a.confidence().questions()))),
    REASON("reason", Kind.TEXT, (client, o) -> o instanceof Rejection r ? r.reason()
            : o instanceof Excluded e ? (e.kind() == Excluded.Kind.TEMPLATE ? Labels.TEMPLATE_REASON : e.reason().reason()) : ""),
    // added for --compare: a later run matches workloads and compares sizes and OS releases by these, and states
    // which run, rules and catalogs the file came from; appended, so readers by header are unaffected
    SMBIOS_UUID("smbios_uuid", Kind.TEXT, (run, o) -> vm(o, a -> a.vm().smbiosUuid(), t -> t.vm().smbiosUuid())),
    VCENTER("vcenter", Kind.TEXT, (run, o) -> vm(o, a -> a.vm().viSdkServer(), t -> t.vm().viSdkServer())),
    OS_RELEASE("os_release", Kind.TEXT, (run, o) -> assessed(o, a -> a.os() == null || !a.os().recognised() ? "" : a.os().label())),
    VCPUS("vcpus", Kind.NUMBER, (run, o) -> assessed(o, a -> number(a.vm().cpus()))),
    MEMORY_MIB("memory_mib", Kind.NUMBER, (run, o) -> assessed(o, a -> number(a.vm().memoryMib()))),
    PROVISIONED_MIB("provisioned_mib", Kind.NUMBER, (run, o) -> assessed(o, a -> number(a.vm().provisionedMib()))),
    AS_OF("as_of", Kind.CODE, (run, o) -> run.stamp().asOf()),
    RULE_CATALOG("rule_catalog", Kind.CODE, (run, o) -> run.stamp().ruleCatalog()),
    RULES_SHA256("rules_sha256", Kind.CODE, (run, o) -> run.stamp().rulesSha256()),
    LIFECYCLE_CATALOG("lifecycle_catalog", Kind.CODE, (run, o) -> run.stamp().lifecycleCatalog());

    /** What every row of one client's file shares: the client, and what the run judged it with. */
    public record Run(String client, RunStamp stamp) implements java.io.Serializable {

        public Run {
            client = client == null ? "" : client;
        }

        /** A client's file written without a run (tests, tools): the run's columns are empty. */
        public static Run of(String client) {
            return new Run(client, RunStamp.UNKNOWN);
        }

        /** The client's file of this run. */
        public static Run of(RunInfo run) {
            return new Run(run.client(), CsvColumn.stamp(run));
        }
    }

    /** What a run judged its client with, as {@code assessments.csv} records it. */
    public static RunStamp stamp(RunInfo run) {
        return new RunStamp(run.asOf().toString(), run.ruleCatalogVersion(),
                run.rulesFile() == null ? "" : run.rulesFile().sha256(), run.lifecycleVersion());
    }

    /** What a column holds. */
    public enum Kind {
        /** Free text, some of it from input: formula-safe in the CSV. */
        TEXT,
        /** A code or label fleetfit spells. */
        CODE,
        /** A whole number. */
        NUMBER
    }

    private final String header;
    private final Kind kind;
    private final BiFunction<Run, Outcome, String> value;

    CsvColumn(String header, Kind kind, BiFunction<Run, Outcome, String> value) {
        this.header = header;
        this.kind = kind;
        this.value = value;
    }

    public String header() {
        return header;
    }

    public Kind kind() {
        return kind;
    }

    /** The cell of this column for an outcome: never {@code null}, formula-safe when it is free text. */
    String value(Run run, Outcome outcome) {
        String v = value.apply(run, outcome);
        if (v == null) {
            return "";
        }
        return kind == Kind.TEXT ? formulaSafe(v) : v;
    }

    /**
     * The value as data for typed outputs (Parquet): the text as it is, never quote-prefixed; a
     * {@link Long} for a number column; {@code null} where the CSV cell is empty.
     */
    public Object data(Run run, Outcome outcome) {
        String v = value.apply(run, outcome);
        if (v == null || v.isEmpty()) {
            return null;
        }
        return kind == Kind.NUMBER ? Long.valueOf(v) : v;
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

    /** A score, empty for a workload that was not judged (Insufficient data): never 100. */
    private static String scored(Outcome o, java.util.function.ToIntFunction<Assessment> score) {
        return o instanceof Assessment a && a.scored() ? Integer.toString(score.applyAsInt(a)) : "";
    }

    private static String number(Number n) {
        return n == null ? "" : n.toString();
    }

    private static String assessed(Outcome o, Function<Assessment, String> f) {
        return o instanceof Assessment a ? f.apply(a) : "";
    }

    private static String vm(Outcome o, Function<Assessment, String> assessed, Function<Excluded, String> template) {
        if (o instanceof Assessment a) {
            return assessed.apply(a);
        }
        return o instanceof Excluded t ? template.apply(t) : "";
    }
}
