package io.fleetfit.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.fleetfit.assessment.Assessment;
import io.fleetfit.assessment.CapacityRatios;
import io.fleetfit.assessment.Confidence;
import io.fleetfit.assessment.Disposition;
import io.fleetfit.assessment.Lane;
import io.fleetfit.assessment.RuleConfig;
import java.util.List;
import org.junit.jupiter.api.Test;

class OverviewTest {

    private static Overview overview(CapacityRatios ratios) {
        Summarizer figures = new Summarizer(FixtureFleet.inputs(), FixtureFleet.rules(), FixtureFleet.lifecycle(), FixtureFleet.AS_OF, ratios);
        FixtureFleet.mixedFleet().forEach(figures::add);
        return figures.summary(PlannedFleet.of(FixtureFleet.mixedFleet(), WavePlan.DEFAULT_LIMIT).plan()).overview();
    }

    @Test
    void countsWhereTheWorkloadsGoForTheHeadline() {
        Overview o = overview(CapacityRatios.DEFAULT);
        assertThat(o.assessed().workloads()).isEqualTo(8);
        assertThat(o.containers().workloads()).as("Containerize and Containerize after remediation").isEqualTo(3);
        assertThat(o.containers().vcpus()).isEqualTo(4 + 2 + 48);
        assertThat(o.assessed().vcpus()).isEqualTo(4 + 2 + 48 + 8 + 40 + 2 + 0 + 4);
        assertThat(o.size(Disposition.VM_ON_KUBERNETES).workloads()).isEqualTo(1);
        assertThat(o.size(Disposition.KEEP_AS_VM).workloads()).isEqualTo(1);
        assertThat(o.size(Disposition.REPLACE).workloads()).isEqualTo(1);
        assertThat(o.size(Disposition.RETIRE_CANDIDATE).workloads()).isEqualTo(1);
        assertThat(o.size(Disposition.INSUFFICIENT_DATA).workloads()).isEqualTo(1);
        assertThat(o.lanes()).containsOnlyKeys(Lane.values());
        assertThat(o.lanes().values().stream().mapToLong(Tally::workloads).sum()).isEqualTo(8);
    }

    @Test
    void countsTheWorkloadsAtEachConfidenceLevel() {
        Overview o = overview(CapacityRatios.DEFAULT);
        List<Assessment> fleet = FixtureFleet.mixedFleet().stream().filter(Assessment.class::isInstance).map(Assessment.class::cast).toList();
        for (Confidence.Level level : Confidence.Level.values()) {
            assertThat(o.confidence().get(level)).as(level.label())
                    .isEqualTo(fleet.stream().filter(a -> a.confidence().level() == level).count());
        }
        assertThat(o.confidence().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(8);
        assertThat(o.confidence().keySet()).containsExactly(Confidence.Level.values());
    }

    @Test
    void plansCapacityWithTheStandardRatios() {
        Overview o = overview(CapacityRatios.DEFAULT);
        Overview.Capacity linux = o.capacity(Overview.Target.LINUX_NODES);
        assertThat(linux.source().workloads()).as("app-web-01 and batch-big-03").isEqualTo(2);
        assertThat(linux.vcpus()).as("52 vCPU, containers request half, 1:1").isCloseTo(26.0, within(1e-9));
        assertThat(linux.memoryGib()).as("392 GiB, half, plus 20 %").isCloseTo(235.2, within(1e-9));
        assertThat(linux.storageTib()).as("worker nodes hold no data").isNull();
        Overview.Capacity windows = o.capacity(Overview.Target.WINDOWS_NODES);
        assertThat(windows.source().workloads()).as("app-win-02").isEqualTo(1);
        assertThat(windows.vcpus()).isCloseTo(1.0, within(1e-9));
        assertThat(windows.memoryGib()).isCloseTo(2.4, within(1e-9));
        Overview.Capacity kubevirt = o.capacity(Overview.Target.VMS_ON_KUBERNETES);
        assertThat(kubevirt.vcpus()).as("8 vCPU at 4:1").isCloseTo(2.0, within(1e-9));
        assertThat(kubevirt.memoryGib()).isCloseTo(38.4, within(1e-9));
        assertThat(kubevirt.storageTib()).as("500 GiB plus 20 %").isCloseTo(500 / 1024.0 * 1.2, within(1e-9));
        Overview.Capacity volumes = o.capacity(Overview.Target.PERSISTENT_VOLUMES);
        assertThat(volumes.source().workloads()).as("every container").isEqualTo(3);
        assertThat(volumes.vcpus()).isNull();
        assertThat(volumes.storageTib()).as("1,600 GiB of the containers plus 20 %").isCloseTo(1.875, within(1e-9));
        Overview.Capacity hypervisor = o.capacity(Overview.Target.HYPERVISOR);
        assertThat(hypervisor.vcpus()).as("40 vCPU at 4:1").isCloseTo(10.0, within(1e-9));
        assertThat(hypervisor.memoryGib()).isCloseTo(76.8, within(1e-9));
        assertThat(o.capacity()).extracting(Overview.Capacity::target).containsExactly(Overview.Target.values());
    }

    @Test
    void plansCapacityWithTheRatiosOfTheRulesFile() {
        RuleConfig config = RuleConfig.of("rules.csv", null, List.of(
                new RuleConfig.Line(1, List.of("plan", "cpu_overcommit", "2")),
                new RuleConfig.Line(2, List.of("plan", "container_cpu_overcommit", "2:1")),
                new RuleConfig.Line(3, List.of("plan", "memory_headroom", "0")),
                new RuleConfig.Line(4, List.of("plan", "container_rightsizing", "1", "Sized as the VMs are"))));
        Overview o = overview(config.capacityRatios());
        assertThat(o.capacity(Overview.Target.LINUX_NODES).vcpus()).as("52 vCPU, requested whole, 2:1").isCloseTo(26.0, within(1e-9));
        assertThat(o.capacity(Overview.Target.LINUX_NODES).memoryGib()).isCloseTo(392.0, within(1e-9));
        assertThat(o.capacity(Overview.Target.VMS_ON_KUBERNETES).vcpus()).isCloseTo(4.0, within(1e-9));
        assertThat(o.capacity(Overview.Target.VMS_ON_KUBERNETES).memoryGib()).isCloseTo(32.0, within(1e-9));
        assertThat(o.capacity(Overview.Target.PERSISTENT_VOLUMES).storageTib()).as("storage headroom as standard")
                .isCloseTo(1.875, within(1e-9));
        assertThat(o.ratios().changed()).extracting(CapacityRatios.Change::setting)
                .containsExactly("cpu_overcommit", "container_cpu_overcommit", "memory_headroom", "container_rightsizing");
    }

    @Test
    void countsQuestionsOncePerWorkloadMostAskedFirst() {
        Overview o = overview(CapacityRatios.DEFAULT);
        List<Assessment> fleet = FixtureFleet.mixedFleet().stream().filter(Assessment.class::isInstance).map(Assessment.class::cast).toList();
        assertThat(o.questions()).isNotEmpty().hasSizeLessThanOrEqualTo(Overview.TOP);
        for (Overview.Question q : o.questions()) {
            assertThat(q.workloads()).as(q.text())
                    .isEqualTo(fleet.stream().filter(a -> a.confidence().questions().contains(q.text())).count());
        }
        assertThat(o.questions()).extracting(Overview.Question::workloads).isSortedAccordingTo((a, b) -> Long.compare(b, a));
        assertThat(o.questionsAsked()).isEqualTo(fleet.stream().filter(a -> !a.confidence().questions().isEmpty()).count());
    }

    @Test
    void listsTheBlockersThatFreeTheMostWorkloadsFirst() {
        Overview o = overview(CapacityRatios.DEFAULT);
        assertThat(o.blockers()).isNotEmpty().hasSizeLessThanOrEqualTo(Overview.TOP).noneMatch(BlockerTally.Row::total);
        assertThat(o.blockers()).extracting(BlockerTally.Row::alone).isSortedAccordingTo((a, b) -> Long.compare(b, a));
        assertThat(o.blockers()).allSatisfy(b -> assertThat(b.description()).isNotBlank());
    }

    @Test
    void givesAnEmptyRunZeroesInEveryRow() {
        Summarizer figures = new Summarizer(FixtureFleet.inputs(), FixtureFleet.rules(), FixtureFleet.lifecycle(), FixtureFleet.AS_OF);
        Overview o = figures.summary(PlannedFleet.of(java.util.List.of(), WavePlan.DEFAULT_LIMIT).plan()).overview();
        assertThat(o.assessed()).isEqualTo(Tally.NONE);
        assertThat(o.capacity()).allSatisfy(c -> assertThat(c.source()).isEqualTo(Tally.NONE));
        assertThat(o.questions()).isEmpty();
        assertThat(o.blockers()).isEmpty();
        assertThat(o.ratios()).isEqualTo(CapacityRatios.DEFAULT);
    }
}
