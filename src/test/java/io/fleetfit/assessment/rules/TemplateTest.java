package io.fleetfit.assessment.rules;

import static io.fleetfit.assessment.Fixtures.vm;
import static io.fleetfit.assessment.Fixtures.vmWithOs;
import static io.fleetfit.assessment.Fixtures.workload;
import static org.assertj.core.api.Assertions.assertThat;

import io.fleetfit.assessment.Finding;
import org.junit.jupiter.api.Test;

class TemplateTest {

    private final Template rule = new Template();

    @Test
    void excludesTemplates() {
        Finding f = rule.evaluate(workload(vm().template(true))).orElseThrow();
        assertThat(f.ruleId()).isEqualTo(rule.id());
        assertThat(f.reason()).contains("template").endsWith(".");
        assertThat(f.evidence()).isEqualTo("Template: \"True\"");
    }

    @Test
    void passesVms() {
        assertThat(rule.evaluate(workload(vm().template(false)))).isEmpty();
    }
}
