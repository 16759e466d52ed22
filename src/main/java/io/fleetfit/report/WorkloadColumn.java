package io.fleetfit.report;

import io.fleetfit.assessment.Assessment;
import io.fleetfit.assessment.Effect;
import io.fleetfit.assessment.Finding;
import io.fleetfit.assessment.Severity;
import io.fleetfit.summary.Tally;
import io.fleetfit.summary.WavePlan;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The Workloads sheet: one row per assessed workload, what prints first, then how it was decided and the facts. */
enum WorkloadColumn implements ColumnSpec.Declared<Assessment> {
    // what prints, one page wide (VM to Top reason): which workload, when it moves and where to, what it runs and
    // how large it is, and why; a row is as tall as these columns' text
    VM("VM", 28, CellFormat.TEXT, a -> a.vm().vmName()),
    // known once every workload is in: the report fills it in (see WaitingRows)
    WAVE("Wave", 7, CellFormat.TEXT, a -> null),
    DISPOSITION("Disposition", 27, CellFormat.TINT, Assessment::disposition),
    LANE("Lane", 11, CellFormat.TEXT, a -> a.lane().label()),
    OS_RECOGNISED("OS", 26, CellFormat.WRAP, a -> Labels.recognisedOs(a.os())),
    VCPU("vCPU", 7, CellFormat.INTEGER, a -> a.vm().cpus()),
    MEMORY("Memory GiB", 9, CellFormat.SIZE, a -> Tally.gib(a.vm().memoryMib())),
    STORAGE("Storage in use GiB", 11, CellFormat.SIZE, a -> Tally.gib(a.vm().storageInUse().mib())),
    TOP_REASON("Top reason", 50, CellFormat.WRAP, WorkloadColumn::topReason),
    // on screen: how the decision was reached, how sure it is and what to ask, then the facts
    WAVE_GROUP("Moves with", 20, CellFormat.WRAP, a -> WavePlan.Group.of(a.vm()).name()),
    WOULD_BE("Would-be disposition", 16, CellFormat.WRAP,   // a retire candidate's; an override shows its own column
            a -> a.assessedDisposition() != a.computedDisposition() ? a.assessedDisposition() : null),
    OVERRIDE("Consultant override", 20, CellFormat.WRAP,
            a -> a.overridden() ? "Computed: " + a.computedDisposition().label() + ". " + a.overrideReason() : null),
    TIER("Fitness tier", 19, CellFormat.TINT, Assessment::tier),
    // an Insufficient data workload was not judged: its scores are empty cells, never 100
    FITNESS("Fitness score", 9, CellFormat.SCORE, a -> a.scored() ? a.fitnessScore() : null),
    PORTABILITY("Portability", 11, CellFormat.SCORE, a -> a.scored() ? a.portabilityScore() : null),
    LEGACY_OS("Legacy OS", 9, CellFormat.SCORE, a -> a.scored() ? a.legacyOsScore() : null),
    ISOLATION("Isolation", 9, CellFormat.SCORE, a -> a.scored() ? a.isolationScore() : null),
    ROLE("Role", 20, CellFormat.WRAP, Assessment::roleLabel),
    CONFIDENCE("Confidence", 11, CellFormat.TEXT, a -> a.confidence().level().label()),
    MISSING_FACTS("Missing facts", 18, CellFormat.WRAP, a -> String.join("; ", a.confidence().missingFacts())),
    QUESTIONS("Questions for the owner", 32, CellFormat.WRAP, a -> String.join("\n", a.confidence().questions())),
    ROLE_EVIDENCE("Role evidence", 28, CellFormat.WRAP, a -> a.role() == null ? null : a.role().evidence()),
    COMPLETENESS("Data completeness", 13, CellFormat.PERCENT, a -> a.completeness().percent() / 100.0),
    BLOCKERS("Blockers", 18, CellFormat.WRAP, a -> ids(a.blockers())),
    FINDINGS("Findings", 9, CellFormat.INTEGER, a -> a.findings().size()),
    OS("OS (as stated)", 30, CellFormat.WRAP, a -> a.os() == null ? null : a.os().raw()),
    OS_SOURCE("OS source", 18, CellFormat.WRAP, a -> a.os() == null ? null : Labels.osSource(a.os().sourceColumn())),
    POWER("Power state", 12, CellFormat.TEXT, a -> a.vm().powerState()),
    STORAGE_SOURCE("Storage source", 16, CellFormat.WRAP, a -> Labels.storageSource(a.vm().storageInUse())),
    DATACENTER("Datacenter", 14, CellFormat.TEXT, a -> a.vm().datacenter()),
    CLUSTER("Cluster", 14, CellFormat.TEXT, a -> a.vm().cluster()),
    HOST("Host", 18, CellFormat.TEXT, a -> a.vm().host()),
    FOLDER("Folder", 18, CellFormat.TEXT, a -> a.vm().folder()),
    APPLICATION("Application", 18, CellFormat.TEXT, a -> a.vm().application()),
    OWNER("Owner", 16, CellFormat.TEXT, a -> a.vm().owner()),
    ENVIRONMENT("Environment", 13, CellFormat.TEXT, a -> a.vm().environment()),
    BUSINESS_UNIT("Business unit", 14, CellFormat.TEXT, a -> a.vm().businessUnit()),
    DATA_CLASSIFICATION("Data classification", 14, CellFormat.TEXT, a -> a.vm().dataClassification()),
    ISOLATION_REQUIREMENT("Isolation requirement", 14, CellFormat.TEXT, a -> a.vm().isolationRequirement()),
    STATEFULNESS("Statefulness", 12, CellFormat.TEXT, a -> a.vm().statefulness()),
    ANNOTATION("Annotation", 30, CellFormat.WRAP, a -> a.vm().annotation()),
    CUSTOM_ATTRIBUTES("Custom attributes", 36, CellFormat.WRAP, WorkloadColumn::customAttributes),
    SOURCE("Source", 30, CellFormat.WRAP, a -> a.source().describe()),
    VM_UUID("VM UUID", 38, CellFormat.TEXT, a -> a.vm().vmUuid());

    /** The inventory's extra columns (vCenter custom attributes and the like), one "name: value" per line. */
    static String customAttributes(Assessment a) {
        return a.vm().customAttributes().entrySet().stream()
                .map(e -> e.getKey() + ": " + e.getValue())
                .collect(Collectors.joining("\n"));
    }

    /** The last column printed: VM to this one print one page wide. */
    static final WorkloadColumn LAST_PRINTED = TOP_REASON;

    private final ColumnSpec<Assessment> spec;

    WorkloadColumn(String header, int width, CellFormat format, Function<Assessment, Object> value) {
        this.spec = new ColumnSpec<>(header, width, format, value);
    }

    @Override
    public ColumnSpec<Assessment> spec() {
        return spec;
    }

    private static String ids(List<Finding> findings) {
        return findings.stream().map(Finding::ruleId).collect(Collectors.joining(", "));
    }

    /**
     * The reason the disposition rests on, and how many more the Findings sheet lists; empty for a
     * workload without findings. A retire candidate, an appliance to replace and a workload lacking
     * facts show the finding that made them so (a VM marked for decommissioning is not retired for
     * its Windows release); any other the most severe finding (the first in catalog order among equals).
     */
    static String topReason(Assessment a) {
        Effect deciding = switch (a.disposition()) {
            case RETIRE_CANDIDATE -> Effect.RETIRE;
            case REPLACE -> Effect.REPLACE;
            case INSUFFICIENT_DATA -> Effect.INSUFFICIENT_DATA;
            default -> null;
        };
        return a.findings().stream()
                .min(Comparator.comparing((Finding f) -> f.effect() != deciding)
                        .thenComparing(Finding::severity, Comparator.<Severity>reverseOrder()))
                .map(f -> f.reason() + (a.findings().size() > 1
                        ? "\n(+" + (a.findings().size() - 1) + " more on the Findings sheet)" : ""))
                .orElse(null);
    }
}
