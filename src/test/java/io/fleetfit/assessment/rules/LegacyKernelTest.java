package io.fleetfit.assessment.rules;

import static io.fleetfit.assessment.Fixtures.vm;
import static io.fleetfit.assessment.Fixtures.vmWithOs;
import static io.fleetfit.assessment.Fixtures.workload;
import static org.assertj.core.api.Assertions.assertThat;

import io.fleetfit.assessment.Finding;
import org.junit.jupiter.api.Test;

class LegacyKernelTest {

    private final LegacyKernel rule = new LegacyKernel();

    @Test
    void flagsOther26xLinux() {
        Finding f = rule.evaluate(workload(vmWithOs("Other 2.6.x Linux (64-bit)"))).orElseThrow();
        assertThat(f.ruleId()).isEqualTo(rule.id());
        assertThat(f.reason()).contains("2.6").endsWith(".");
        assertThat(f.evidence()).contains("Other 2.6.x Linux");
    }

    @Test
    void flagsRhel6() {
        Finding f = rule.evaluate(workload(vmWithOs("Red Hat Enterprise Linux 6 (64-bit)"))).orElseThrow();
        assertThat(f.ruleId()).isEqualTo(rule.id());
        assertThat(f.reason()).contains("2.6").endsWith(".");
        assertThat(f.evidence()).contains("Red Hat Enterprise Linux 6");
    }

    @Test
    void passesRhel8() {
        assertThat(rule.evaluate(workload(vmWithOs("Red Hat Enterprise Linux 8 (64-bit)")))).isEmpty();
    }
}
