package io.fleetfit.assessment.rules;

import static io.fleetfit.assessment.Fixtures.vm;
import static io.fleetfit.assessment.Fixtures.vmWithOs;
import static io.fleetfit.assessment.Fixtures.workload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fleetfit.assessment.Finding;
import org.junit.jupiter.api.Test;

class LargeStorageTest {

    private final LargeStorage rule = LargeStorage.standard();

    @Test
    void flagsMoreThan2TibInUse() {
        Finding f = rule.evaluate(workload(vm().inUseMib(3L * 1024 * 1024))).orElseThrow();
        assertThat(f.ruleId()).isEqualTo(rule.id());
        assertThat(f.reason()).contains("3.0 TiB").endsWith(".");
        assertThat(f.evidence()).isEqualTo("3.0 TiB in use (In Use MiB: 3145728)");
    }

    @Test
    void passes2Tib() {
        assertThat(rule.evaluate(workload(vm().inUseMib(2L * 1024 * 1024)))).isEmpty();
    }

    @Test
    void listsItsThresholdInTib() {
        assertThat(rule.parameters()).containsExactly(java.util.Map.entry("max_in_use_tib", "2"));
        assertThat(rule.description()).contains("more than 2 TiB");
    }

    @Test
    void aLoweredThresholdFlagsHalfATebibyte() {
        LargeStorage tuned = rule.with("max_in_use_tib", "0.25");
        assertThat(tuned.evaluate(workload(vm().inUseMib(512L * 1024)))).isPresent();
        assertThat(tuned.evaluate(workload(vm().inUseMib(200L * 1024)))).isEmpty();
        assertThat(tuned.parameters()).containsEntry("max_in_use_tib", "0.25");
    }

    @Test
    void refusesAThresholdThatIsNotPositive() {
        assertThatThrownBy(() -> rule.with("max_in_use_tib", "0")).hasMessageContaining("greater than 0");
    }
}
