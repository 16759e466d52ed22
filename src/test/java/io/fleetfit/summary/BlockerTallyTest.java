package io.fleetfit.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.groups.Tuple.tuple;

import io.fleetfit.assessment.Assessment;
import io.fleetfit.assessment.Effect;
import io.fleetfit.assessment.Outcome;
import io.fleetfit.assessment.Rule;
import io.fleetfit.assessment.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class BlockerTallyTest {

    private static BlockerTally tally(List<Outcome> outcomes, List<? extends Rule> rules) {
        BlockerTally.Accumulator blockers = new BlockerTally.Accumulator(List.copyOf(rules));
        outcomes.stream().filter(o -> o instanceof Assessment).forEach(o -> blockers.add((Assessment) o));
        return blockers.tally();
    }

    @Test
    void listsBlockersMostCommonFirstWithWhatEachAloneHoldsBack() {
        List<BlockerTally.Row> rows = tally(FixtureFleet.mixedFleet(), FixtureFleet.rules()).rows();
        assertThat(rows).extracting(r -> r.total() ? "Total" : r.ruleId(), r -> r.size().workloads(), BlockerTally.Row::alone,
                        r -> r.size().vcpus(), r -> r.size().memoryGib())
                .containsExactly(
                        tuple("LEGACY-001", 3L, 2L, 90L, 450.0),
                        tuple("ISOL-001", 1L, 1L, 8L, 32.0),
                        tuple("PORT-001", 1L, 0L, 40L, 64.0),
                        tuple("PORT-004", 1L, 0L, 40L, 64.0),
                        tuple("Total", 4L, 3L, 98L, 482.0));
        assertThat(rows.get(0).share()).as("3 of the 8 assessed").isCloseTo(3.0 / 8, within(1e-9));
        assertThat(rows.get(rows.size() - 1).share()).isCloseTo(0.5, within(1e-9));
        assertThat(rows.get(0).description()).isEqualTo(FixtureFleet.PAST_SUPPORT.description());
        assertThat(rows.get(0)).extracting(BlockerTally.Row::effect, BlockerTally.Row::severity)
                .containsExactly(Effect.REMEDIATE, Severity.MAJOR);
        assertThat(rows.get(rows.size() - 1)).extracting(BlockerTally.Row::ruleId, BlockerTally.Row::description)
                .containsOnlyNulls();
    }

    @Test
    void countsMajorRemediationButNotLesserWorkOrNotes() {
        assertThat(FixtureFleet.PAST_SUPPORT.severity()).isEqualTo(Severity.MAJOR);
        assertThat(BlockerTally.holdsBack(FixtureFleet.PAST_SUPPORT.finding("Runs CentOS 7.", ""))).isTrue();
        assertThat(BlockerTally.holdsBack(FixtureFleet.REGULATED.finding("Holds card data.", ""))).as("requires a VM").isTrue();
        assertThat(BlockerTally.holdsBack(FixtureFleet.PASSTHROUGH.finding("Has a passthrough device.", ""))).as("blocks KubeVirt").isTrue();
        assertThat(BlockerTally.holdsBack(FixtureFleet.SCALE_UP.finding("Has 48 vCPUs.", ""))).as("Moderate").isFalse();
        assertThat(BlockerTally.holdsBack(FixtureFleet.WINDOWS_NODES.finding("Needs Windows nodes.", ""))).isFalse();
        assertThat(BlockerTally.holdsBack(FixtureFleet.APPLIANCE.finding("Is an appliance.", ""))).as("replace").isFalse();
        assertThat(BlockerTally.holdsBack(FixtureFleet.POWERED_OFF.finding("Is powered off.", ""))).as("retire").isFalse();
    }

    @Test
    void countsAWorkloadOnceWhateverHowManyFindingsOfARuleItHas() {
        Assessment twice = FixtureFleet.workload("db-pay-01");
        Assessment doubled = new Assessment(twice.vm(), twice.os(), List.of(twice.findings().get(0), twice.findings().get(0)),
                twice.portabilityScore(), twice.legacyOsScore(), twice.isolationScore(), twice.fitnessScore(), twice.tier(),
                twice.disposition(), twice.assessedDisposition(), twice.computedDisposition(), null, twice.completeness(),
                twice.lane(), twice.role(), twice.confidence());
        assertThat(tally(List.of(doubled), FixtureFleet.rules()).rows())
                .extracting(r -> r.ruleId() + " " + r.size().workloads() + " " + r.alone())
                .containsExactly("ISOL-001 1 1", "null 1 1");
    }

    @Test
    void namesABlockerByItsFindingWhenTheRunListsNoSuchRule() {
        assertThat(tally(List.of(FixtureFleet.workload("db-pay-01")), List.of()).rows().get(0).description())
                .isEqualTo(FixtureFleet.workload("db-pay-01").findings().get(0).reason());
    }

    @Test
    void givesOnlyAnEmptyTotalWhenNothingIsHeldBack() {
        assertThat(tally(List.of(FixtureFleet.workload("app-web-01")), FixtureFleet.rules()).rows())
                .singleElement()
                .satisfies(total -> {
                    assertThat(total.total()).isTrue();
                    assertThat(total.size()).isEqualTo(Tally.NONE);
                    assertThat(total.share()).isZero();
                });
    }
}
