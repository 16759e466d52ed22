package io.fleetfit.assessment.rules;

import static io.fleetfit.assessment.Fixtures.vm;
import static io.fleetfit.assessment.Fixtures.vmWithOs;
import static io.fleetfit.assessment.Fixtures.workload;
import static org.assertj.core.api.Assertions.assertThat;

import io.fleetfit.assessment.Finding;
import io.fleetfit.assessment.Fixtures;
import org.junit.jupiter.api.Test;

class OsExtendedSupportOnlyTest {

    private final OsExtendedSupportOnly rule = new OsExtendedSupportOnly(Fixtures.settings().lifecycle(), java.time.LocalDate.of(2025, 6, 1));

    @Test
    void flagsRhel7InElsIn2025() {
        Finding f = rule.evaluate(workload(vmWithOs("Red Hat Enterprise Linux 7 (64-bit)"))).orElseThrow();
        assertThat(f.ruleId()).isEqualTo(rule.id());
        assertThat(f.reason()).contains("extended support until").endsWith(".");
        assertThat(f.evidence()).contains("Red Hat Enterprise Linux 7");
    }

    @Test
    void passesRhel9() {
        assertThat(rule.evaluate(workload(vmWithOs("Red Hat Enterprise Linux 9 (64-bit)")))).isEmpty();
    }
}
