package io.fleetfit.report;

import io.fleetfit.assessment.Effect;
import io.fleetfit.assessment.Severity;
import io.fleetfit.summary.BlockerTally;
import java.util.function.Function;

/** The Blockers sheet: one row per rule that holds workloads back, most workloads first, the total last. */
enum BlockerColumn implements ColumnSpec.Declared<BlockerTally.Row> {
    // links to the rule's first Findings row (or the Summary row that counts it once)
    RULE("Rule", 12, CellFormat.TEXT, r -> r.total() ? Labels.TOTAL : Link.toRule(r.ruleId())),
    WHAT("What it flags", 60, CellFormat.WRAP, r -> r.total() ? "Workloads with at least one blocker" : r.description()),
    DIMENSION("Dimension", 21, CellFormat.TEXT, BlockerTally.Row::dimension),
    EFFECT("Effect", 16, CellFormat.TEXT, BlockerTally.Row::effect),
    SEVERITY("Severity", 10, CellFormat.TINT, BlockerTally.Row::severity),
    WORKLOADS("Workloads affected", 11, CellFormat.INTEGER, r -> r.size().workloads()),
    SHARE("Share of workloads", 10, CellFormat.PERCENT, BlockerTally.Row::share),
    ALONE("Held back by it alone", 12, CellFormat.INTEGER, BlockerTally.Row::alone),
    VCPU("vCPU affected", 10, CellFormat.INTEGER, r -> r.size().vcpus()),
    MEMORY("Memory GiB affected", 12, CellFormat.SIZE, r -> r.size().memoryGib());

    /**
     * What counts as a blocker, in words, for the sheet's note and the Method sheet: the words of
     * {@link BlockerTally#holdsBack}, which they must follow.
     */
    static final String DEFINITION = "A blocker is a finding that keeps a workload from becoming a container as it is:"
            + " one whose effect is " + Labels.effect(Effect.REQUIRES_VM) + " or " + Labels.effect(Effect.BLOCKS_KUBEVIRT)
            + ", or a " + Labels.effect(Effect.REMEDIATE) + " finding of severity " + Severity.MAJOR.label() + " or "
            + Severity.BLOCKER.label() + ". Every assessed workload carrying one is counted, retire candidates with their"
            + " would-be findings and overridden workloads with their computed findings.";

    private final ColumnSpec<BlockerTally.Row> spec;

    BlockerColumn(String header, int width, CellFormat format, Function<BlockerTally.Row, Object> value) {
        this.spec = new ColumnSpec<>(header, width, format, value);
    }

    @Override
    public ColumnSpec<BlockerTally.Row> spec() {
        return spec;
    }
}
