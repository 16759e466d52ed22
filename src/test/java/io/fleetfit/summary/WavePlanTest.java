package io.fleetfit.summary;

import static org.assertj.core.api.Assertions.assertThat;

import io.fleetfit.assessment.Assessment;
import io.fleetfit.assessment.Disposition;
import io.fleetfit.assessment.FitnessTier;
import io.fleetfit.assessment.Outcome;
import io.fleetfit.assessment.VmRecord;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class WavePlanTest {

    /** Random fleets checked by the property tests, each from its own seed. */
    private static final int FLEETS = 400;
    private static final int[] LIMITS = {1, 3, 5, 12, 50};

    private static WavePlan plan(List<? extends Outcome> outcomes) {
        return PlannedFleet.of(outcomes, WavePlan.DEFAULT_LIMIT).plan();
    }

    /** "wave | sub-wave | grouped by | group | environment | workloads | vCPU | memory GiB | storage GiB | note". */
    private static String line(WavePlan.Row r) {
        return String.join(" | ", r.wave() == null ? "all" : r.wave().name(), String.valueOf(r.subWave()), String.valueOf(r.by()),
                String.valueOf(r.group()), String.valueOf(r.environment()), String.valueOf(r.size().workloads()),
                String.valueOf(r.size().vcpus()), String.valueOf(r.size().memoryGib()), String.valueOf(r.size().inUseStorageGib()), r.note());
    }

    @Test
    void plansWavesByDispositionAndFitGroupedByApplicationElseFolderElseCluster() {
        assertThat(plan(FixtureFleet.mixedFleet()).rows()).extracting(WavePlanTest::line).containsExactly(
                "QUICK_WINS | 1 | APPLICATION | Web shop | PRODUCTION | 1 | 4 | 8.0 | 40.0 | ",
                "QUICK_WINS | 1 | null | null | null | 1 | 4 | 8.0 | 40.0 | ",
                "REMEDIATE | 2 | CLUSTER | prod-a | UNSTATED | 1 | 2 | 4.0 | 60.0 | ",
                "REMEDIATE | 2 | CLUSTER | prod-b | UNSTATED | 1 | 48 | 384.0 | 1500.0 | ",
                "REMEDIATE | 2 | null | null | null | 2 | 50 | 388.0 | 1560.0 | ",
                "VM_ON_KUBERNETES | 3 | CLUSTER | pci-zone | UNSTATED | 1 | 8 | 32.0 | 500.0 | ",
                "VM_ON_KUBERNETES | 3 | null | null | null | 1 | 8 | 32.0 | 500.0 | ",
                "DECIDE_LAST | 4 | FOLDER | /Legacy | UNSTATED | 1 | 40 | 64.0 | 200.0 | ",
                "DECIDE_LAST | 4 | NONE | " + WavePlan.NO_GROUP + " | UNSTATED | 3 | 6 | 24.0 | 60.0 | ",
                "DECIDE_LAST | 4 | null | null | null | 4 | 46 | 88.0 | 260.0 | ",
                "all | null | null | null | null | 8 | 108 | 516.0 | 2360.0 | ");
    }

    @Test
    void splitsAWaveIntoSubWavesNonProductionFirstAndSaysWhatExceedsTheLimit() {
        Assessment web = FixtureFleet.workload("app-web-01");   // Quick wins
        List<Assessment> fleet = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            fleet.add(with(web, "crm-" + i, "CRM", "/Web", "Production"));
        }
        for (int i = 0; i < 3; i++) {
            fleet.add(with(web, "test-" + i, null, "/Test", "Test"));
        }
        for (int i = 0; i < 5; i++) {
            fleet.add(with(web, "web-" + i, null, "/Web", null));
        }
        fleet.sort(Outcome.REPORT_ORDER);
        PlannedFleet planned = PlannedFleet.of(fleet, 3);
        assertThat(planned.plan().rows()).extracting(r -> r.subWave() + " | " + r.group() + " | " + r.size().workloads() + " | " + r.note())
                .containsExactly(
                        "1a | /Test | 3 | ",
                        "1a | null | 3 | ",
                        "1b | /Web | 3 | Part 1 of 2: 5 workloads in all, in name order.",
                        "1b | null | 3 | ",
                        "1c | /Web | 2 | Part 2 of 2: 5 workloads in all, in name order.",
                        "1c | null | 2 | ",
                        "1d | CRM | 4 | Larger than the limit of 3 workloads: an application is not split.",
                        "1d | null | 4 | ",
                        "null | null | 12 | ",
                        "null | null | 12 | ");
        assertThat(planned.plan().subWaves()).containsExactly("1a", "1b", "1c", "1d");
        assertThat(IntStream.range(0, planned.order().size()).mapToObj(i -> planned.waves().get(i) + " " + planned.order().get(i).vmName()))
                .containsExactly("1a test-0", "1a test-1", "1a test-2", "1b web-0", "1b web-1", "1b web-2", "1c web-3", "1c web-4",
                        "1d crm-0", "1d crm-1", "1d crm-2", "1d crm-3");
    }

    @Test
    void movesAnApplicationWholeInTheLatestWaveItsWorkloadsNeed() {
        Assessment quick = with(FixtureFleet.workload("app-web-01"), "a-web", "Shop", null, null);
        Assessment last = with(FixtureFleet.workload("legacy-nt-04"), "b-legacy", "Shop", null, null);
        PlannedFleet planned = PlannedFleet.of(List.of(quick, last), 50);
        assertThat(planned.waves()).containsExactly("4", "4");
        assertThat(planned.plan().wave(MigrationWave.QUICK_WINS)).isEqualTo(Tally.NONE);
        assertThat(planned.plan().wave(MigrationWave.DECIDE_LAST).workloads()).isEqualTo(2);
    }

    @Test
    void readsTheEnvironmentFromTheAttributesFileElseAnEnvironmentOrPrdOrHmlColumn() {
        Assessment web = FixtureFleet.workload("app-web-01");
        assertThat(Environment.of(web.vm())).isEqualTo(Environment.PRODUCTION);
        assertThat(Environment.of(web.vm().toBuilder().environment(" UAT ").build())).isEqualTo(Environment.NON_PRODUCTION);
        assertThat(Environment.of(web.vm().toBuilder().environment(null).customAttributes(Map.of("PRDorHML", "HML")).build()))
                .isEqualTo(Environment.NON_PRODUCTION);
        assertThat(Environment.of(web.vm().toBuilder().environment(null).customAttributes(Map.of("PRDorHML", "PRD")).build()))
                .isEqualTo(Environment.PRODUCTION);
        assertThat(Environment.of(web.vm().toBuilder().environment("").customAttributes(Map.of("Environment", "Dev-2")).build()))
                .isEqualTo(Environment.NON_PRODUCTION);
        assertThat(Environment.of(web.vm().toBuilder().environment("Gold").customAttributes(Map.of("Backup", "Test")).build()))
                .as("an unknown word, and a column that does not state the environment").isEqualTo(Environment.UNSTATED);
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
    void putsAnOverrideInTheWaveOfItsDisposition() {
        List<Outcome> fleet = FixtureFleet.overriddenFleet();   // app-web-01 overridden to Keep as VM
        assertThat(plan(fleet).rows()).filteredOn(r -> !r.total())
                .extracting(r -> r.wave() + " | " + r.group() + " | " + r.size().workloads())
                .as("wave 1's only workload is overridden to Keep as VM: the plan starts with wave 2")
                .containsExactly("REMEDIATE | prod-a | 1", "REMEDIATE | prod-b | 1", "VM_ON_KUBERNETES | pci-zone | 1",
                        "DECIDE_LAST | /Legacy | 1", "DECIDE_LAST | Web shop | 1", "DECIDE_LAST | " + WavePlan.NO_GROUP + " | 3");
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
        Assessment padded = with(web, "app-web-02", "  Web shop ", null, "Production");
        Assessment blank = with(web, "app-web-03", "  ", null, null);
        assertThat(plan(List.of(web, padded, blank)).rows())
                .filteredOn(r -> !r.total())
                .extracting(r -> r.by() + " " + r.group() + " " + r.size().workloads())
                .containsExactly("CLUSTER prod-a 1", "APPLICATION Web shop 2");
    }

    @Test
    void namesSubWavesLikeSpreadsheetColumns() {
        assertThat(List.of(0, 1, 25, 26, 27, 701, 702)).extracting(WavePlan.Assigner::letters)
                .containsExactly("a", "b", "z", "aa", "ab", "zz", "aaa");
    }

    // property tests: random fleets, fixed seeds

    @Test
    void putsEveryWorkloadInExactlyOneWaveAndTheRowsAgreeWithTheWorkloads() {
        forEachRandomFleet((fleet, limit, planned) -> {
            assertThat(planned.order()).hasSameSizeAs(fleet).containsExactlyInAnyOrderElementsOf(fleet);
            assertThat(planned.plan().total().workloads()).isEqualTo(fleet.size());
            assertThat(planned.plan().total()).isEqualTo(fleet.stream().map(a -> Tally.of(a.vm())).reduce(Tally.NONE, Tally::plus));
            Map<String, Long> fromRows = new HashMap<>();
            planned.plan().rows().stream().filter(r -> !r.total())
                    .forEach(r -> fromRows.merge(r.subWave() + "\u0000" + r.group(), r.size().workloads(), Long::sum));
            Map<String, Long> fromWorkloads = new HashMap<>();
            for (int i = 0; i < planned.order().size(); i++) {
                fromWorkloads.merge(planned.waves().get(i) + "\u0000" + WavePlan.Group.of(planned.order().get(i).vm()).name(), 1L, Long::sum);
            }
            assertThat(fromWorkloads).isEqualTo(fromRows);
        });
    }

    @Test
    void givesEachWaveTheSizeOfItsWorkloadsAlsoWhenItHasSubWaves() {
        forEachRandomFleet((fleet, limit, planned) -> {
            Map<MigrationWave, Tally> fromWorkloads = new java.util.EnumMap<>(MigrationWave.class);
            for (int i = 0; i < planned.order().size(); i++) {
                String label = planned.waves().get(i);   // "2" or "2a": the wave's digit first
                MigrationWave wave = java.util.Arrays.stream(MigrationWave.values())
                        .filter(w -> label.startsWith(String.valueOf(w.digit()))).findFirst().orElseThrow();
                fromWorkloads.merge(wave, Tally.of(planned.order().get(i).vm()), Tally::plus);
            }
            for (MigrationWave w : MigrationWave.values()) {
                assertThat(planned.plan().wave(w)).as("wave %s, limit %d", w, limit)
                        .isEqualTo(fromWorkloads.getOrDefault(w, Tally.NONE));
            }
        });
    }

    @Test
    void keepsEveryWaveWithinTheLimitUnlessOneApplicationAloneIsLarger() {
        forEachRandomFleet((fleet, limit, planned) -> {
            for (WavePlan.Row total : planned.plan().rows().stream().filter(r -> r.total() && r.subWave() != null).toList()) {
                List<WavePlan.Row> groups = planned.plan().rows().stream()
                        .filter(r -> !r.total() && r.subWave().equals(total.subWave())).toList();
                if (total.size().workloads() > limit) {
                    assertThat(groups).as("sub-wave %s over the limit %d", total.subWave(), limit).singleElement()
                            .satisfies(g -> assertThat(g.by()).isEqualTo(WavePlan.GroupedBy.APPLICATION))
                            .satisfies(g -> assertThat(g.note()).contains("an application is not split"));
                }
            }
        });
    }

    @Test
    void neverSplitsAnApplicationAcrossWaves() {
        forEachRandomFleet((fleet, limit, planned) -> {
            Map<String, Set<String>> wavesOf = new HashMap<>();
            for (int i = 0; i < planned.order().size(); i++) {
                WavePlan.Group g = WavePlan.Group.of(planned.order().get(i).vm());
                if (g.by() == WavePlan.GroupedBy.APPLICATION) {
                    wavesOf.computeIfAbsent(g.name(), k -> new HashSet<>()).add(planned.waves().get(i));
                }
            }
            wavesOf.forEach((app, waves) -> assertThat(waves).as(app).hasSize(1));
        });
    }

    @Test
    void movesNonProductionGroupsInEarlierSubWavesThanTheOthersOfTheirWave() {
        forEachRandomFleet((fleet, limit, planned) -> {
            List<String> order = planned.plan().subWaves();
            Map<MigrationWave, Integer> lastNonProduction = new HashMap<>();
            Map<MigrationWave, Integer> firstOther = new HashMap<>();
            for (WavePlan.Row r : planned.plan().rows()) {
                if (!r.total()) {
                    int at = order.indexOf(r.subWave());
                    if (r.environment() == Environment.NON_PRODUCTION) {
                        lastNonProduction.merge(r.wave(), at, Math::max);
                    } else {
                        firstOther.merge(r.wave(), at, Math::min);
                    }
                }
            }
            lastNonProduction.forEach((wave, at) -> assertThat(at).as(wave.name()).isLessThan(firstOther.getOrDefault(wave, Integer.MAX_VALUE)));
        });
    }

    @Test
    void ordersTheWorkloadsByWaveThenGroupThenName() {
        forEachRandomFleet((fleet, limit, planned) -> {
            List<String> subWaves = planned.plan().subWaves();
            for (int i = 1; i < planned.order().size(); i++) {
                Assessment before = planned.order().get(i - 1);
                Assessment after = planned.order().get(i);
                int waveBefore = subWaves.indexOf(planned.waves().get(i - 1));
                int waveAfter = subWaves.indexOf(planned.waves().get(i));
                assertThat(waveBefore).isLessThanOrEqualTo(waveAfter);
                int slotBefore = planned.layout().slot(WavePlan.Key.of(before));
                int slotAfter = planned.layout().slot(WavePlan.Key.of(after));
                assertThat(slotBefore).isLessThanOrEqualTo(slotAfter);
                if (slotBefore == slotAfter) {
                    assertThat(Outcome.REPORT_ORDER.compare(before, after)).isLessThanOrEqualTo(0);
                }
            }
        });
    }

    private interface FleetCheck {
        void check(List<Assessment> fleet, int limit, PlannedFleet planned);
    }

    private static void forEachRandomFleet(FleetCheck check) {
        for (int seed = 0; seed < FLEETS; seed++) {
            List<Assessment> fleet = RandomFleet.of(20_260_000L + seed, seed % 7 == 0 ? seed % 3 : 1 + seed % 180);
            int limit = LIMITS[seed % LIMITS.length];
            check.check(fleet, limit, PlannedFleet.of(fleet, limit));
        }
    }

    private static Assessment with(Assessment a, String name, String application, String folder, String environment) {
        VmRecord vm = FixtureFleet.vm(FixtureFleet.RVTOOLS, a.source().row(), name).cpus(a.vm().cpus()).memoryMib(a.vm().memoryMib())
                .inUseMib(a.vm().inUseMib()).cluster(a.vm().cluster()).application(application).folder(folder).environment(environment)
                .build();
        return new Assessment(vm,
                a.os(), a.findings(), a.portabilityScore(), a.legacyOsScore(), a.isolationScore(), a.fitnessScore(), a.tier(),
                a.disposition(), a.assessedDisposition(), a.computedDisposition(), a.overrideReason(), a.completeness(), a.lane(),
                a.role(), a.confidence());
    }

    private static Assessment withTier(Assessment a, FitnessTier tier) {
        return new Assessment(a.vm(), a.os(), a.findings(), a.portabilityScore(), a.legacyOsScore(), a.isolationScore(),
                a.fitnessScore(), tier, a.disposition(), a.assessedDisposition(), a.computedDisposition(), a.overrideReason(),
                a.completeness(), a.lane(), a.role(), a.confidence());
    }
}
