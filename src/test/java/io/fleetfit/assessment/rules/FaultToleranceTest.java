package io.fleetfit.assessment.rules;

import static io.fleetfit.assessment.Fixtures.vm;
import static io.fleetfit.assessment.Fixtures.vmWithOs;
import static io.fleetfit.assessment.Fixtures.workload;
import static org.assertj.core.api.Assertions.assertThat;

import io.fleetfit.assessment.Finding;
import org.junit.jupiter.api.Test;

class FaultToleranceTest {

    private final FaultTolerance rule = new FaultTolerance();

    @Test
    void flagsRunningFt() {
        Finding f = rule.evaluate(workload(vm().ftState("running"))).orElseThrow();
        assertThat(f.ruleId()).isEqualTo(rule.id());
        assertThat(f.reason()).contains("Fault Tolerance").endsWith(".");
        assertThat(f.evidence()).isEqualTo("FT State: \"running\"");
    }

    @Test
    void passesNotConfigured() {
        assertThat(rule.evaluate(workload(vm().ftState("notConfigured")))).isEmpty();
    }
}
