package io.fleetfit.summary;

import io.fleetfit.assessment.Assessment;
import io.fleetfit.assessment.Outcome;
import io.fleetfit.assessment.VmRecord;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Random fleets for property tests, seeded: the fixture fleet's assessments (every wave) on VMs
 * with random names, sizes, applications, folders, clusters and environments, in report order.
 */
public final class RandomFleet {

    private static final String[] APPLICATIONS = {"Billing", "CRM", "Payroll", "Web shop", "Intranet", "Search", "ERP", "Mail"};
    private static final String[] FOLDERS = {"/Web", "/Batch", "/Legacy", "/Finance", "/Dev"};
    private static final String[] CLUSTERS = {"prod-a", "prod-b", "test-a"};
    private static final String[] ENVIRONMENTS = {"Production", "Dev", "Test", "UAT", "prd", "something"};

    private RandomFleet() {
    }

    /** Up to {@code size} workloads. */
    public static List<Assessment> of(long seed, int size) {
        Random random = new Random(seed);
        List<Assessment> templates = FixtureFleet.mixedFleet().stream()
                .filter(o -> o instanceof Assessment).map(o -> (Assessment) o).toList();
        List<Assessment> fleet = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            Assessment t = templates.get(random.nextInt(templates.size()));
            VmRecord.Builder vm = FixtureFleet.vm(FixtureFleet.RVTOOLS, i + 2, "vm-" + random.nextInt(size * 2 + 1))
                    .cpus(1 + random.nextInt(16)).memoryMib(1024L * (1 + random.nextInt(64))).inUseMib(1024L * random.nextInt(500));
            if (random.nextInt(10) < 4) {
                vm.application(APPLICATIONS[random.nextInt(APPLICATIONS.length)]);
            }
            if (random.nextInt(10) < 5) {
                vm.folder(FOLDERS[random.nextInt(FOLDERS.length)]);
            }
            if (random.nextInt(10) < 7) {
                vm.cluster(CLUSTERS[random.nextInt(CLUSTERS.length)]);
            }
            if (random.nextInt(10) < 3) {
                vm.environment(ENVIRONMENTS[random.nextInt(ENVIRONMENTS.length)]);
            }
            if (random.nextInt(10) < 3) {
                Map<String, String> custom = new LinkedHashMap<>();
                custom.put("PRDorHML", random.nextBoolean() ? "PRD" : "HML");
                vm.customAttributes(custom);
            }
            fleet.add(new Assessment(vm.build(), t.os(), t.findings(), t.portabilityScore(), t.legacyOsScore(), t.isolationScore(),
                    t.fitnessScore(), t.tier(), t.disposition(), t.assessedDisposition(), t.computedDisposition(), t.overrideReason(),
                    t.completeness(), t.lane(), t.role(), t.confidence()));
        }
        fleet.sort(Outcome.REPORT_ORDER);
        return fleet;
    }
}
