package io.fleetfit.assessment.rules;

import static io.fleetfit.assessment.Fixtures.vm;
import static io.fleetfit.assessment.Fixtures.vmWithOs;
import static io.fleetfit.assessment.Fixtures.workload;
import static org.assertj.core.api.Assertions.assertThat;

import io.fleetfit.assessment.Finding;
import org.junit.jupiter.api.Test;

class RegulatedDataTest {

    private final RegulatedData rule = RegulatedData.standard();

    @Test
    void flagsPciDssInTheAnnotation() {
        Finding f = rule.evaluate(workload(vm().annotation("Payments - PCI-DSS scope"))).orElseThrow();
        assertThat(f.ruleId()).isEqualTo(rule.id());
        assertThat(f.reason()).contains("pci dss").endsWith(".");
        assertThat(f.evidence()).contains("Annotation = Payments - PCI-DSS scope");
    }

    @Test
    void flagsHipaaInACustomAttribute() {
        Finding f = rule.evaluate(workload(vm().customAttributes(java.util.Map.of("Compliance", "hipaa")))).orElseThrow();
        assertThat(f.ruleId()).isEqualTo(rule.id());
        assertThat(f.reason()).contains("hipaa").endsWith(".");
        assertThat(f.evidence()).contains("Compliance = hipaa");
    }

    @Test
    void flagsAYesInACustomPciColumn() {
        Finding f = rule.evaluate(workload(vm().customAttributes(java.util.Map.of("PCI", "Yes")))).orElseThrow();
        assertThat(f.ruleId()).isEqualTo(rule.id());
        assertThat(f.reason()).contains("pci").endsWith(".");
        assertThat(f.evidence()).contains("PCI = PCI (Yes)");
    }

    @Test
    void flagsTheTemplatesRegulatedClassification() {
        assertThat(rule.evaluate(workload(vm().customAttributes(java.util.Map.of("Data classification", "Regulated")))))
                .hasValueSatisfying(f -> assertThat(f.evidence()).isEqualTo("Data classification = Regulated"));
    }

    @Test
    void ignoresWordsContainingKeywords() {
        assertThat(rule.evaluate(workload(vm().annotation("Spacious epicentre of soxhlet experiments")))).isEmpty();
    }
}
