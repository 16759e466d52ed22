package io.fleetfit.assessment.rules;

import static io.fleetfit.assessment.Fixtures.vm;
import static io.fleetfit.assessment.Fixtures.vmWithOs;
import static io.fleetfit.assessment.Fixtures.workload;
import static org.assertj.core.api.Assertions.assertThat;

import io.fleetfit.assessment.Finding;
import org.junit.jupiter.api.Test;

class LargeStorageTest {

    private final LargeStorage rule = LargeStorage.standard();

    @Test
    void flagsMoreThan2TibInUse() {
        Finding f = rule.evaluate(workload(vm().inUseMib(3L * 1024 * 1024))).orElseThrow();
        assertThat(f.ruleId()).isEqualTo(rule.id());
        assertThat(f.reason()).contains("3.0 TiB").endsWith(".");
        assertThat(f.evidence()).contains("In Use MiB = 3145728");
    }

    @Test
    void passes2Tib() {
        assertThat(rule.evaluate(workload(vm().inUseMib(2L * 1024 * 1024)))).isEmpty();
    }
}
