package io.fleetfit.assessment.rules;

import static io.fleetfit.assessment.Fixtures.vm;
import static io.fleetfit.assessment.Fixtures.vmWithOs;
import static io.fleetfit.assessment.Fixtures.workload;
import static org.assertj.core.api.Assertions.assertThat;

import io.fleetfit.assessment.Finding;
import org.junit.jupiter.api.Test;

class ExposedOrConfidentialTest {

    private final ExposedOrConfidential rule = ExposedOrConfidential.standard();

    @Test
    void notesInternetFacing() {
        Finding f = rule.evaluate(workload(vm().annotation("Internet facing web shop"))).orElseThrow();
        assertThat(f.ruleId()).isEqualTo(rule.id());
        assertThat(f.reason()).contains("gVisor").endsWith(".");
        assertThat(f.evidence()).contains("Annotation = Internet facing web shop");
    }

    @Test
    void notesTheTemplatesSandboxedRequirement() {
        assertThat(rule.evaluate(workload(vm().customAttributes(java.util.Map.of("Isolation requirement", "Sandboxed")))))
                .hasValueSatisfying(f -> assertThat(f.reason()).contains("gVisor"));
    }

    @Test
    void passesInternal() {
        assertThat(rule.evaluate(workload(vm().annotation("internal wiki")))).isEmpty();
    }
}
