package io.fleetfit.assessment.rules;

import static io.fleetfit.assessment.Fixtures.vm;
import static io.fleetfit.assessment.Fixtures.vmWithOs;
import static io.fleetfit.assessment.Fixtures.workload;
import static org.assertj.core.api.Assertions.assertThat;

import io.fleetfit.assessment.Finding;
import org.junit.jupiter.api.Test;

class PassthroughDeviceTest {

    private final PassthroughDevice rule = new PassthroughDevice();

    @Test
    void blocksFixedPassthrough() {
        Finding f = rule.evaluate(workload(vm().fixedPassthruHotPlug(true))).orElseThrow();
        assertThat(f.ruleId()).isEqualTo(rule.id());
        assertThat(f.reason()).contains("passthrough").endsWith(".");
        assertThat(f.evidence()).contains("Fixed Passthru HotPlug = True");
    }

    @Test
    void passesWithoutPassthrough() {
        assertThat(rule.evaluate(workload(vm().fixedPassthruHotPlug(false)))).isEmpty();
    }

    @Test
    void saysNothingWhenNotStated() {
        assertThat(rule.evaluate(workload(vm().fixedPassthruHotPlug(null)))).isEmpty();
    }
}
