package io.fleetfit.assessment.rules;

import static io.fleetfit.assessment.Fixtures.vm;
import static io.fleetfit.assessment.Fixtures.vmWithOs;
import static io.fleetfit.assessment.Fixtures.workload;
import static org.assertj.core.api.Assertions.assertThat;

import io.fleetfit.assessment.Finding;
import io.fleetfit.assessment.PowerState;
import org.junit.jupiter.api.Test;

class PoweredOffTest {

    private final PoweredOff rule = new PoweredOff();

    @Test
    void marksPoweredOff() {
        Finding f = rule.evaluate(workload(vm().powerState(PowerState.OFF))).orElseThrow();
        assertThat(f.ruleId()).isEqualTo(rule.id());
        assertThat(f.reason()).contains("powered off").endsWith(".");
        assertThat(f.evidence()).isEqualTo("Powered off (Powerstate)");
    }

    @Test
    void passesPoweredOn() {
        assertThat(rule.evaluate(workload(vm().powerState(PowerState.ON)))).isEmpty();
    }

    @Test
    void passesSuspended() {
        assertThat(rule.evaluate(workload(vm().powerState(PowerState.SUSPENDED)))).isEmpty();
    }
}
