package io.fleetfit.assessment.rules;

import static io.fleetfit.assessment.Fixtures.vm;
import static io.fleetfit.assessment.Fixtures.vmWithOs;
import static io.fleetfit.assessment.Fixtures.workload;
import static org.assertj.core.api.Assertions.assertThat;

import io.fleetfit.assessment.Finding;
import org.junit.jupiter.api.Test;

class SeveralMonitorsTest {

    private final SeveralMonitors rule = new SeveralMonitors();

    @Test
    void flagsTwoMonitors() {
        Finding f = rule.evaluate(workload(vm().numMonitors(2))).orElseThrow();
        assertThat(f.ruleId()).isEqualTo(rule.id());
        assertThat(f.reason()).contains("2 virtual monitors").endsWith(".");
        assertThat(f.evidence()).isEqualTo("2 virtual monitors (Num Monitors)");
    }

    @Test
    void passesOneMonitor() {
        assertThat(rule.evaluate(workload(vm().numMonitors(1)))).isEmpty();
    }
}
