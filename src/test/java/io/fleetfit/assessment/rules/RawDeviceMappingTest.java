package io.fleetfit.assessment.rules;

import static io.fleetfit.assessment.Fixtures.vm;
import static io.fleetfit.assessment.Fixtures.workload;
import static org.assertj.core.api.Assertions.assertThat;

import io.fleetfit.assessment.Effect;
import io.fleetfit.assessment.Finding;
import io.fleetfit.assessment.Severity;
import org.junit.jupiter.api.Test;

class RawDeviceMappingTest {

    private final RawDeviceMapping rule = new RawDeviceMapping();

    @Test
    void flagsMajorWorkAndBlockedLiveMigration() {
        Finding f = rule.evaluate(workload(vm().rawDeviceMappings(2))).orElseThrow();
        assertThat(f.ruleId()).isEqualTo("PORT-014");
        assertThat(f.severity()).isEqualTo(Severity.MAJOR);
        assertThat(f.effect()).isEqualTo(Effect.REMEDIATE);
        assertThat(f.reason()).startsWith("Has 2 raw device mappings").contains("KubeVirt live migration is blocked").endsWith(".");
        assertThat(f.evidence()).isEqualTo("2 disks mapped raw (vDisk Raw: True)");
    }

    @Test
    void passesVirtualDisks() {
        assertThat(rule.evaluate(workload(vm().rawDeviceMappings(0)))).isEmpty();
    }

    @Test
    void saysNothingWithoutVdisk() {
        assertThat(rule.evaluate(workload(vm().rawDeviceMappings(null)))).isEmpty();
    }
}
