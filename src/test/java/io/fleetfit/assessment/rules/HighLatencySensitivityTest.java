package io.fleetfit.assessment.rules;

import static io.fleetfit.assessment.Fixtures.vm;
import static io.fleetfit.assessment.Fixtures.vmWithOs;
import static io.fleetfit.assessment.Fixtures.workload;
import static org.assertj.core.api.Assertions.assertThat;

import io.fleetfit.assessment.Finding;
import org.junit.jupiter.api.Test;

class HighLatencySensitivityTest {

    private final HighLatencySensitivity rule = new HighLatencySensitivity();

    @Test
    void flagsHigh() {
        Finding f = rule.evaluate(workload(vm().latencySensitivity("high"))).orElseThrow();
        assertThat(f.ruleId()).isEqualTo(rule.id());
        assertThat(f.reason()).contains("latency").endsWith(".");
        assertThat(f.evidence()).isEqualTo("Latency Sensitivity: \"high\"");
    }

    @Test
    void passesNormal() {
        assertThat(rule.evaluate(workload(vm().latencySensitivity("normal")))).isEmpty();
    }
}
