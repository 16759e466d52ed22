package io.fleetfit.assessment.rules;

import static io.fleetfit.assessment.Fixtures.vm;
import static io.fleetfit.assessment.Fixtures.vmWithOs;
import static io.fleetfit.assessment.Fixtures.workload;
import static org.assertj.core.api.Assertions.assertThat;

import io.fleetfit.assessment.Finding;
import org.junit.jupiter.api.Test;

class ScaleUpVmTest {

    private final ScaleUpVm rule = ScaleUpVm.standard();

    @Test
    void flagsMoreThan32Vcpus() {
        Finding f = rule.evaluate(workload(vm().cpus(48))).orElseThrow();
        assertThat(f.ruleId()).isEqualTo(rule.id());
        assertThat(f.reason()).contains("48 vCPUs").endsWith(".");
        assertThat(f.evidence()).contains("CPUs = 48");
    }

    @Test
    void flagsMoreThan256GibMemory() {
        Finding f = rule.evaluate(workload(vm().memoryMib(512L * 1024))).orElseThrow();
        assertThat(f.ruleId()).isEqualTo(rule.id());
        assertThat(f.reason()).contains("512 GiB").endsWith(".");
        assertThat(f.evidence()).contains("Memory = 524288 MiB");
    }

    @Test
    void passesExactly32Vcpus() {
        assertThat(rule.evaluate(workload(vm().cpus(32).memoryMib(256L * 1024)))).isEmpty();
    }

    @Test
    void saysNothingWhenSizeUnknown() {
        assertThat(rule.evaluate(workload(vm().cpus(null).memoryMib(null)))).isEmpty();
    }
}
