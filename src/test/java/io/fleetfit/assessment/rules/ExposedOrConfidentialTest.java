package io.fleetfit.assessment.rules;

import static io.fleetfit.assessment.Fixtures.vm;
import static io.fleetfit.assessment.Fixtures.vmWithOs;
import static io.fleetfit.assessment.Fixtures.workload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fleetfit.assessment.Finding;
import org.junit.jupiter.api.Test;

class ExposedOrConfidentialTest {

    private final ExposedOrConfidential rule = ExposedOrConfidential.standard();

    @Test
    void notesInternetFacing() {
        Finding f = rule.evaluate(workload(vm().annotation("Internet facing web shop"))).orElseThrow();
        assertThat(f.ruleId()).isEqualTo(rule.id());
        assertThat(f.reason()).contains("gVisor").endsWith(".");
        assertThat(f.evidence()).isEqualTo("Annotation: \"Internet facing web shop\"");
    }

    @Test
    void leavesTheTemplatesIsolationColumnToIsol006() {
        assertThat(rule.evaluate(workload(vm().customAttributes(java.util.Map.of("Isolation requirement", "Sandboxed"))))).isEmpty();
    }

    @Test
    void passesInternal() {
        assertThat(rule.evaluate(workload(vm().annotation("internal wiki")))).isEmpty();
    }

    @Test
    void leavesTheConsultantsSandboxRequirementToIsol006() {
        assertThat(rule.evaluate(workload(vm().isolationRequirement("Sandboxed")))).isEmpty();
    }

    @Test
    void leavesTheConsultantsClassificationToIsol008() {
        assertThat(rule.evaluate(workload(vm().dataClassification("Confidential")))).isEmpty();
    }

    @Test
    void refusesAnEmptyKeywordList() {
        assertThatThrownBy(() -> rule.with("keywords", " ; ")).hasMessageContaining("keywords needs at least one keyword");
    }
}
