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
        assertThat(f.evidence()).isEqualTo("Annotation: \"Payments - PCI-DSS scope\"");
    }

    @Test
    void flagsHipaaInACustomAttribute() {
        Finding f = rule.evaluate(workload(vm().customAttributes(java.util.Map.of("Compliance", "hipaa")))).orElseThrow();
        assertThat(f.ruleId()).isEqualTo(rule.id());
        assertThat(f.reason()).contains("hipaa").endsWith(".");
        assertThat(f.evidence()).isEqualTo("Compliance: \"hipaa\"");
    }

    @Test
    void flagsAYesInACustomPciColumn() {
        Finding f = rule.evaluate(workload(vm().customAttributes(java.util.Map.of("PCI", "Yes")))).orElseThrow();
        assertThat(f.ruleId()).isEqualTo(rule.id());
        assertThat(f.reason()).contains("pci").endsWith(".");
        assertThat(f.evidence()).isEqualTo("PCI: \"Yes\"");
    }

    @Test
    void leavesTheTemplatesClassificationColumnToIsol007() {
        assertThat(rule.evaluate(workload(vm().customAttributes(java.util.Map.of("Data classification", "Regulated"))))).isEmpty();
    }

    @Test
    void ignoresWordsContainingKeywords() {
        assertThat(rule.evaluate(workload(vm().annotation("Spacious epicentre of soxhlet experiments")))).isEmpty();
    }

    @Test
    void leavesTheConsultantsClassificationToIsol007() {
        assertThat(rule.evaluate(workload(vm().dataClassification("Regulated")))).isEmpty();
    }

    @Test
    void passesTheConsultantsInternalDataClassification() {
        assertThat(rule.evaluate(workload(vm().dataClassification("Internal")))).isEmpty();
    }

    @Test
    void replacedKeywordsFindOnlyTheClientsWords() {
        RegulatedData tuned = rule.with("keywords", "kreditkarte; bafin");
        assertThat(tuned.parameters()).containsEntry("keywords", "kreditkarte; bafin");
        assertThat(tuned.evaluate(workload(vm().annotation("Kreditkarten-Zahlungen, Kreditkarte")))).isPresent();
        assertThat(tuned.evaluate(workload(vm().annotation("PCI-DSS scope")))).isEmpty();
    }

    @Test
    void addedKeywordsKeepTheStandardOnes() {
        RegulatedData tuned = rule.with("add_keywords", "gdpr");
        assertThat(tuned.evaluate(workload(vm().annotation("GDPR personal data")))).isPresent();
        assertThat(tuned.evaluate(workload(vm().annotation("PCI-DSS scope")))).isPresent();
        assertThat(tuned.parameters().get("keywords")).startsWith("pci dss; pcidss; pci;").endsWith("; gdpr");
    }
}
