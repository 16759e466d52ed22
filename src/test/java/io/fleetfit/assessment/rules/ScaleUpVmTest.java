package io.fleetfit.assessment.rules;

import static io.fleetfit.assessment.Fixtures.vm;
import static io.fleetfit.assessment.Fixtures.vmWithOs;
import static io.fleetfit.assessment.Fixtures.workload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fleetfit.assessment.Finding;
import org.junit.jupiter.api.Test;

class ScaleUpVmTest {

    private final ScaleUpVm rule = ScaleUpVm.standard();

    @Test
    void flagsMoreThan32Vcpus() {
        Finding f = rule.evaluate(workload(vm().cpus(48))).orElseThrow();
        assertThat(f.ruleId()).isEqualTo(rule.id());
        assertThat(f.reason()).contains("48 vCPUs").endsWith(".");
        assertThat(f.evidence()).isEqualTo("48 vCPUs (CPUs)");
    }

    @Test
    void flagsMoreThan256GibMemory() {
        Finding f = rule.evaluate(workload(vm().memoryMib(512L * 1024))).orElseThrow();
        assertThat(f.ruleId()).isEqualTo(rule.id());
        assertThat(f.reason()).contains("512 GiB").endsWith(".");
        assertThat(f.evidence()).isEqualTo("512 GiB of memory (Memory: 524288 MiB)");
    }

    @Test
    void passesExactly32Vcpus() {
        assertThat(rule.evaluate(workload(vm().cpus(32).memoryMib(256L * 1024)))).isEmpty();
    }

    @Test
    void saysNothingWhenSizeUnknown() {
        assertThat(rule.evaluate(workload(vm().cpus(null).memoryMib(null)))).isEmpty();
    }

    @Test
    void listsItsThresholdsAsTheRulesFileSpellsThem() {
        assertThat(rule.parameters()).containsExactly(java.util.Map.entry("max_vcpus", "32"), java.util.Map.entry("max_memory_gib", "256"));
        assertThat(rule.description()).contains("more than 32 vCPUs or more than 256 GiB of memory");
    }

    @Test
    void aRaisedVcpuThresholdLetsA48VcpuVmPass() {
        ScaleUpVm tuned = rule.with("max_vcpus", "64");
        assertThat(tuned.evaluate(workload(vm().cpus(48)))).isEmpty();
        assertThat(tuned.evaluate(workload(vm().cpus(65)))).hasValueSatisfying(f -> assertThat(f.reason()).contains("the 64 a typical"));
        assertThat(tuned.description()).contains("more than 64 vCPUs");
    }

    @Test
    void aLoweredMemoryThresholdFlagsA128GibVm() {
        ScaleUpVm tuned = rule.with("max_memory_gib", "96.5");
        assertThat(tuned.parameters()).containsEntry("max_memory_gib", "96.5");
        assertThat(tuned.evaluate(workload(vm().memoryMib(128L * 1024)))).isPresent();
    }

    @Test
    void refusesThresholdsThatAreNotNumbers() {
        assertThatThrownBy(() -> rule.with("max_vcpus", "0")).hasMessage("max_vcpus must be a whole number from 1 to 4096, not '0'");
        assertThatThrownBy(() -> rule.with("max_memory_gib", "lots")).hasMessageContaining("max_memory_gib must be a number greater than 0");
        assertThatThrownBy(() -> rule.with("keywords", "big")).hasMessage("PORT-005 has no setting 'keywords'");
    }
}
