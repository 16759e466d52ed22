package io.fleetfit.assessment.rules;

import static io.fleetfit.assessment.Fixtures.vm;
import static io.fleetfit.assessment.Fixtures.vmWithOs;
import static io.fleetfit.assessment.Fixtures.workload;
import static org.assertj.core.api.Assertions.assertThat;

import io.fleetfit.assessment.Finding;
import org.junit.jupiter.api.Test;

class UnrecognisedOsTest {

    private final UnrecognisedOs rule = new UnrecognisedOs();

    @Test
    void marksAnUnknownString() {
        Finding f = rule.evaluate(workload(vmWithOs("Zork OS 3"))).orElseThrow();
        assertThat(f.ruleId()).isEqualTo(rule.id());
        assertThat(f.reason()).contains("Zork OS 3").endsWith(".");
        assertThat(f.evidence()).contains("Zork OS 3");
    }

    @Test
    void passesAKnownString() {
        assertThat(rule.evaluate(workload(vm()))).isEmpty();
    }

    @Test
    void leavesAMissingOsToMissingOs() {
        assertThat(rule.evaluate(workload(vm().osTools(null).osConfig(null)))).isEmpty();
    }
}
