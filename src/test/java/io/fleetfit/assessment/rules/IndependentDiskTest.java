package io.fleetfit.assessment.rules;

import static io.fleetfit.assessment.Fixtures.vm;
import static io.fleetfit.assessment.Fixtures.workload;
import static org.assertj.core.api.Assertions.assertThat;

import io.fleetfit.assessment.Effect;
import io.fleetfit.assessment.Finding;
import org.junit.jupiter.api.Test;

class IndependentDiskTest {

    private final IndependentDisk rule = new IndependentDisk();

    @Test
    void notesAnIndependentDisk() {
        Finding f = rule.evaluate(workload(vm().independentDisks(1).rawDeviceMappings(0))).orElseThrow();
        assertThat(f.ruleId()).isEqualTo("PORT-016");
        assertThat(f.effect()).isEqualTo(Effect.NOTE);
        assertThat(f.reason()).startsWith("Has a virtual disk in an independent mode").contains("dependent mode").endsWith(".");
        assertThat(f.evidence()).isEqualTo("1 disk in independent mode (vDisk Disk Mode)");
    }

    @Test
    void leavesIndependentRawDeviceMappingsToTheirOwnRule() {
        // real exports (abeggi__BCspa1) show every physical RDM disk in an independent mode
        assertThat(rule.evaluate(workload(vm().independentDisks(2).rawDeviceMappings(2)))).isEmpty();
    }

    @Test
    void countsIndependentDisksBeyondTheRawOnes() {
        assertThat(rule.evaluate(workload(vm().independentDisks(3).rawDeviceMappings(1)))).hasValueSatisfying(f -> {
            assertThat(f.reason()).startsWith("Has 2 virtual disks in an independent mode");
            assertThat(f.evidence()).isEqualTo("3 disks in independent mode (vDisk Disk Mode), 1 of them a raw device mapping");
        });
    }

    @Test
    void passesDependentDisks() {
        assertThat(rule.evaluate(workload(vm().independentDisks(0).rawDeviceMappings(0)))).isEmpty();
    }

    @Test
    void saysNothingWithoutVdisk() {
        assertThat(rule.evaluate(workload(vm().independentDisks(null)))).isEmpty();
    }
}
