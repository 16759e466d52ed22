package io.fleetfit.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.fleetfit.assessment.CapacityRatios;
import io.fleetfit.assessment.Confidence;
import io.fleetfit.assessment.Disposition;
import io.fleetfit.assessment.Lane;
import io.fleetfit.summary.Overview;
import io.fleetfit.summary.Tally;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OverviewSheetTest {

    /** An overview of workloads per disposition, each workload 2 vCPU, the containers 1 each. */
    private static Overview overview(long containers, long kubevirt, long hypervisor, long replaced, long retire, long assess) {
        return overview(containers, kubevirt, hypervisor, replaced, retire, assess, 0, 0);
    }

    /** The same with {@code low} workloads on Low confidence, {@code lowContainers} of them containers. */
    private static Overview overview(long containers, long kubevirt, long hypervisor, long replaced, long retire, long assess,
                                     long low, long lowContainers) {
        Map<Disposition, Tally> d = new EnumMap<>(Disposition.class);
        d.put(Disposition.CONTAINERIZE, new Tally(containers, containers, 0, 0));
        d.put(Disposition.VM_ON_KUBERNETES, new Tally(kubevirt, 2 * kubevirt, 0, 0));
        d.put(Disposition.KEEP_AS_VM, new Tally(hypervisor, 2 * hypervisor, 0, 0));
        d.put(Disposition.REPLACE, new Tally(replaced, 2 * replaced, 0, 0));
        d.put(Disposition.RETIRE_CANDIDATE, new Tally(retire, 2 * retire, 0, 0));
        d.put(Disposition.INSUFFICIENT_DATA, new Tally(assess, 2 * assess, 0, 0));
        Tally all = d.values().stream().reduce(Tally.NONE, Tally::plus);
        Map<Lane, Tally> lanes = new EnumMap<>(Lane.class);
        Map<Confidence.Level, Long> levels = new EnumMap<>(Confidence.Level.class);
        levels.put(Confidence.Level.HIGH, all.workloads() - low);
        levels.put(Confidence.Level.MEDIUM, 0L);
        levels.put(Confidence.Level.LOW, low);
        return new Overview(all, d, lanes, levels, lowContainers, List.of(), CapacityRatios.DEFAULT, List.of(), List.of(), 0);
    }

    @Test
    void writesTheHeadlineForManyWorkloadsWithThousandsSeparators() {
        assertThat(OverviewSheet.headline(overview(1_200, 301, 96, 24, 12, 8))).containsExactly(
                "1,200 of 1,641 workloads (73 %, 58 % of vCPU) can move to containers; 301 can run as VMs on Kubernetes;"
                        + " 96 stay on a hypervisor; 24 appliances are replaced by platform services.",
                "12 are candidates to retire (powered off, or marked for decommissioning), and 8 need more facts before they can be placed.",
                "1,641 of these dispositions are held with high confidence and 0 with low confidence: the questions below would"
                        + " settle most of them.");
    }

    @Test
    void writesTheHeadlineInTheSingularForOneWorkload() {
        assertThat(OverviewSheet.headline(overview(1, 1, 1, 1, 1, 1))).startsWith(
                "1 of 6 workloads (17 %, 9 % of vCPU) can move to containers; 1 can run as a VM on Kubernetes;"
                        + " 1 stays on a hypervisor; 1 appliance is replaced by a platform service.",
                "1 is a candidate to retire (powered off, or marked for decommissioning), and 1 needs more facts before it can be placed.");
    }

    @Test
    void saysHowManyOfTheContainersRestOnLowConfidence() {
        assertThat(OverviewSheet.headline(overview(61, 23, 11, 4, 10, 4, 18, 9))).last().isEqualTo(
                "95 of these dispositions are held with high confidence and 18 with low confidence, 9 of them among those that"
                        + " can move to containers: the questions below would settle most of them.");
        assertThat(OverviewSheet.headline(overview(61, 23, 11, 4, 10, 4, 18, 0))).last().asString()
                .contains("18 with low confidence, none of them among those that can move to containers:");
    }

    @Test
    void leavesOutDispositionsNoWorkloadHasAndSaysWhenNoneCanMove() {
        assertThat(OverviewSheet.headline(overview(0, 0, 3, 0, 0, 0))).startsWith(
                "None of the 3 workloads can move to containers as the inventory describes them; 3 stay on a hypervisor.");
        assertThat(OverviewSheet.headline(overview(0, 0, 0, 0, 0, 0)))
                .containsExactly("No workload was assessed: the inputs held no VM to judge (see Data quality).");
    }

    @Test
    void usesNoInternalCodes() {
        String text = String.join(" ", OverviewSheet.headline(overview(5, 4, 3, 2, 1, 1)))
                + String.join(" ", OverviewSheet.capacityNotes(CapacityRatios.DEFAULT));
        for (Disposition d : Disposition.values()) {
            assertThat(text).doesNotContain(d.name());
        }
        assertThat(text).contains("containers request 50 % of their VM's vCPU and memory", "4:1 vCPU overcommit");
    }
}
