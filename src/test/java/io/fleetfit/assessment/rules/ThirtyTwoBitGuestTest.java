package io.fleetfit.assessment.rules;

import static io.fleetfit.assessment.Fixtures.vm;
import static io.fleetfit.assessment.Fixtures.vmWithOs;
import static io.fleetfit.assessment.Fixtures.workload;
import static org.assertj.core.api.Assertions.assertThat;

import io.fleetfit.assessment.Finding;
import org.junit.jupiter.api.Test;

class ThirtyTwoBitGuestTest {

    private final ThirtyTwoBitGuest rule = new ThirtyTwoBitGuest();

    @Test
    void blocks32BitUbuntu() {
        Finding f = rule.evaluate(workload(vmWithOs("Ubuntu Linux (32-bit)"))).orElseThrow();
        assertThat(f.ruleId()).isEqualTo(rule.id());
        assertThat(f.reason()).contains("32-bit").endsWith(".");
        assertThat(f.evidence()).contains("Ubuntu Linux (32-bit)");
    }

    @Test
    void passes64Bit() {
        assertThat(rule.evaluate(workload(vm()))).isEmpty();
    }
}
