package io.fleetfit.summary;

import static org.assertj.core.api.Assertions.assertThat;

import io.fleetfit.assessment.Disposition;
import io.fleetfit.assessment.Outcome;
import java.util.List;
import org.junit.jupiter.api.Test;

class SummarizerTest {

    private static Summarizer summarizer() {
        return new Summarizer(FixtureFleet.inputs(), FixtureFleet.rules(), FixtureFleet.lifecycle(), FixtureFleet.AS_OF);
    }

    private static Summary mixedFleet() {
        Summarizer figures = summarizer();
        FixtureFleet.mixedFleet().forEach(figures::add);
        return figures.summary(PlannedFleet.of(FixtureFleet.mixedFleet(), WavePlan.DEFAULT_LIMIT).plan());
    }

    @Test
    void givesFiguresThatAgreeWithOneAnother() {
        Summary s = mixedFleet();
        assertThat(s.totals().assessed()).isEqualTo(8);
        assertThat(s.waves().total()).as("every workload in one wave").isEqualTo(s.totals().size());
        assertThat(s.os().total().workloads()).isEqualTo(s.totals().assessed());
        assertThat(s.os().total().templates()).isEqualTo(s.totals().templates());
        assertThat(s.os().total().systemVms()).isEqualTo(s.totals().systemVms());
        assertThat(s.blockers().rows()).last().satisfies(total ->
                assertThat(total.share()).isEqualTo(s.totals().share(total.size().workloads())));
    }

    @Test
    void keepsASummaryUnchangedByOutcomesAddedAfterIt() {
        Summarizer figures = summarizer();
        List<Outcome> fleet = FixtureFleet.mixedFleet();
        fleet.subList(0, 3).forEach(figures::add);
        Summary early = figures.summary(PlannedFleet.of(fleet.subList(0, 3), WavePlan.DEFAULT_LIMIT).plan());
        fleet.subList(3, fleet.size()).forEach(figures::add);
        figures.addUnmatchedAttributes();

        assertThat(early.totals().rowsRead()).isEqualTo(3);
        assertThat(early.totals().unmatchedAttributes()).isZero();
        assertThat(early.waves().total().workloads()).isEqualTo(early.totals().assessed());
        assertThat(figures.summary(PlannedFleet.of(fleet, WavePlan.DEFAULT_LIMIT).plan()).totals().rowsRead()).isEqualTo(fleet.size());
        assertThat(figures.summary(PlannedFleet.of(fleet, WavePlan.DEFAULT_LIMIT).plan()).totals().unmatchedAttributes()).isEqualTo(1);
        assertThat(figures.summary(PlannedFleet.of(fleet, WavePlan.DEFAULT_LIMIT).plan())).as("the same outcomes, the same figures").isEqualTo(figures.summary(PlannedFleet.of(fleet, WavePlan.DEFAULT_LIMIT).plan()));
    }

    @Test
    void listsTheRunsFilesEvenWhenNothingIsAdded() {
        Summary empty = summarizer().summary(PlannedFleet.of(List.of(), WavePlan.DEFAULT_LIMIT).plan());
        assertThat(empty.totals().files()).extracting(RunTotals.FileCounts::file)
                .containsExactly(FixtureFleet.RVTOOLS, FixtureFleet.CMDB, FixtureFleet.BROKEN);
        assertThat(empty.totals().workloads(Disposition.CONTAINERIZE)).isZero();
        assertThat(empty.os().rows()).isEmpty();
        assertThat(empty.blockers().rows()).singleElement().extracting(BlockerTally.Row::total).isEqualTo(true);
    }
}
