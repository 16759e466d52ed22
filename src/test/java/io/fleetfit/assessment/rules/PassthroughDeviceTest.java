package io.fleetfit.assessment.rules;

import static io.fleetfit.assessment.Fixtures.vm;
import static io.fleetfit.assessment.Fixtures.workload;
import static org.assertj.core.api.Assertions.assertThat;

import io.fleetfit.assessment.Effect;
import io.fleetfit.assessment.Finding;
import io.fleetfit.assessment.Severity;
import org.junit.jupiter.api.Test;

class PassthroughDeviceTest {

    private final PassthroughDevice rule = new PassthroughDevice();

    /** "Fixed Passthru HotPlug" says hot-plug is enabled, not that a device is attached: information, never a blocker. */
    @Test
    void notesPassthroughHotPlugAsInformationOnly() {
        Finding f = rule.evaluate(workload(vm().fixedPassthruHotPlug(true))).orElseThrow();
        assertThat(f.ruleId()).isEqualTo("PORT-004");
        assertThat(f.severity()).isEqualTo(Severity.INFO);
        assertThat(f.effect()).isEqualTo(Effect.NOTE);
        assertThat(rule.weight()).isEqualTo(1);
        assertThat(f.reason()).contains("passthrough").contains("confirm").endsWith(".");
        assertThat(f.evidence()).isEqualTo("Fixed Passthru HotPlug: \"True\"");
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
