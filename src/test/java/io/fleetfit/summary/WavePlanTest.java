package io.fleetfit.summary;

import static org.assertj.core.api.Assertions.assertThat;

import io.fleetfit.assessment.Assessment;
import io.fleetfit.assessment.Disposition;
import io.fleetfit.assessment.FitnessTier;
import io.fleetfit.assessment.Outcome;
import java.util.List;
import org.junit.jupiter.api.Test;

class WavePlanTest {

    private static WavePlan plan(List<Outcome> outcomes) {
        WavePlan.Accumulator plan = new WavePlan.Accumulator();
        outcomes.stream().filter(o -> o instanceof Assessment).forEach(o -> plan.add((Assessment) o));
        return plan.plan();
    }

    /** "wave | grouped by | group | workloads | vCPU | memory GiB | storage GiB", the wave by its number. */
    private static String line(WavePlan.Row r) {
        return String.join(" | ", r.wave() == null ? "all" : r.wave().name(), String.valueOf(r.by()), String.valueOf(r.group()),
                String.valueOf(r.size().workloads()), String.valueOf(r.size().vcpus()), String.valueOf(r.size().memoryGib()),
                String.valueOf(r.size().inUseStorageGib()));
    }

    @Test
    void plansWavesByDispositionAndFitGroupedByApplicationElseCluster() {
        assertThat(plan(FixtureFleet.mixedFleet()).rows()).extracting(WavePlanTest::line).containsExactly(
                "QUICK_WINS | APPLICATION | Web shop | 1 | 4 | 8.0 | 40.0",
                "QUICK_WINS | null | null | 1 | 4 | 8.0 | 40.0",
                "REMEDIATE | CLUSTER | prod-b | 1 | 48 | 384.0 | 1500.0",
                "REMEDIATE | CLUSTER | prod-a | 1 | 2 | 4.0 | 60.0",
                "REMEDIATE | null | null | 2 | 50 | 388.0 | 1560.0",
                "VM_ON_KUBERNETES | CLUSTER | pci-zone | 1 | 8 | 32.0 | 500.0",
                "VM_ON_KUBERNETES | null | null | 1 | 8 | 32.0 | 500.0",
                "DECIDE_LAST | NONE | " + WavePlan.NO_GROUP + " | 4 | 46 | 88.0 | 260.0",
                "DECIDE_LAST | null | null | 4 | 46 | 88.0 | 260.0",
                "all | null | null | 8 | 108 | 516.0 | 2360.0");
    }

    @Test
    void givesEachWavesTotalAndThePlans() {
        WavePlan plan = plan(FixtureFleet.mixedFleet());
        assertThat(plan.wave(MigrationWave.REMEDIATE)).isEqualTo(new Tally(2, 50, 388 * 1024, 1560 * 1024));
        assertThat(plan.total().workloads()).isEqualTo(8);
        assertThat(plan(List.of(FixtureFleet.workload("db-pay-01"))).wave(MigrationWave.QUICK_WINS))
                .as("a wave that holds none").isEqualTo(Tally.NONE);
        assertThat(plan(List.of()).rows()).singleElement().satisfies(r -> assertThat(r.size()).isEqualTo(Tally.NONE));
    }

    @Test
    void putsTheLargestGroupOfAWaveFirstAndAnOverrideInTheWaveOfItsDisposition() {
        List<Outcome> fleet = FixtureFleet.overriddenFleet();   // app-web-01 overridden to Keep as VM
        List<WavePlan.Row> rows = plan(fleet).rows();
        assertThat(rows).filteredOn(r -> !r.total())
                .extracting(r -> r.wave() + " | " + r.group() + " | " + r.size().workloads())
                .as("wave 1's only workload is overridden to Keep as VM: the plan starts with wave 2")
                .containsExactly("REMEDIATE | prod-b | 1", "REMEDIATE | prod-a | 1", "VM_ON_KUBERNETES | pci-zone | 1",
                        "DECIDE_LAST | " + WavePlan.NO_GROUP + " | 4", "DECIDE_LAST | Web shop | 1");
        Assessment overridden = (Assessment) fleet.stream().filter(o -> o.vmName().equals("app-web-01")).findFirst().orElseThrow();
        assertThat(MigrationWave.of(overridden)).isEqualTo(MigrationWave.DECIDE_LAST);
    }

    @Test
    void sendsContainersToTheQuickWinsOnlyWithAnExcellentOrGoodFit() {
        Assessment web = FixtureFleet.workload("app-web-01");
        assertThat(web.disposition()).isEqualTo(Disposition.CONTAINERIZE);
        assertThat(MigrationWave.of(withTier(web, FitnessTier.EXCELLENT))).isEqualTo(MigrationWave.QUICK_WINS);
        assertThat(MigrationWave.of(withTier(web, FitnessTier.GOOD))).isEqualTo(MigrationWave.QUICK_WINS);
        assertThat(MigrationWave.of(withTier(web, FitnessTier.MINOR_WORK))).isEqualTo(MigrationWave.REMEDIATE);
    }

    @Test
    void groupsByTheApplicationStrippedAndIgnoresABlankOne() {
        Assessment web = FixtureFleet.workload("app-web-01");
        Assessment padded = withApplication(web, "  Web shop ");
        Assessment blank = withApplication(web, "  ");
        assertThat(plan(List.of(web, padded, blank)).rows())
                .filteredOn(r -> !r.total())
                .extracting(r -> r.by() + " " + r.group() + " " + r.size().workloads())
                .containsExactly("APPLICATION Web shop 2", "CLUSTER prod-a 1");
    }

    private static Assessment withTier(Assessment a, FitnessTier tier) {
        return new Assessment(a.vm(), a.os(), a.findings(), a.portabilityScore(), a.legacyOsScore(), a.isolationScore(),
                a.fitnessScore(), tier, a.disposition(), a.assessedDisposition(), a.computedDisposition(), a.overrideReason(),
                a.completeness(), a.lane(), a.role(), a.confidence());
    }

    private static Assessment withApplication(Assessment a, String application) {
        return new Assessment(a.vm().toBuilder().application(application).build(), a.os(), a.findings(), a.portabilityScore(),
                a.legacyOsScore(), a.isolationScore(), a.fitnessScore(), a.tier(), a.disposition(), a.assessedDisposition(),
                a.computedDisposition(), a.overrideReason(), a.completeness(), a.lane(), a.role(), a.confidence());
    }
}
