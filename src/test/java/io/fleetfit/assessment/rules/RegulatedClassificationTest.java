package io.fleetfit.assessment.rules;

import static io.fleetfit.assessment.Fixtures.vm;
import static io.fleetfit.assessment.Fixtures.workload;
import static org.assertj.core.api.Assertions.assertThat;

import io.fleetfit.assessment.Effect;
import io.fleetfit.assessment.Finding;
import io.fleetfit.assessment.Keywords;
import io.fleetfit.assessment.Workload;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class RegulatedClassificationTest {

    private final RegulatedClassification rule = RegulatedClassification.standard();

    @Test
    void keepsRegulatedDataOnItsOwnKernel() {
        RegulatedClassification alone = new RegulatedClassification();
        Finding f = alone.evaluate(workload(vm().dataClassification("Regulated"))).orElseThrow();
        assertThat(f.ruleId()).isEqualTo("ISOL-007");
        assertThat(f.effect()).isEqualTo(Effect.REQUIRES_VM);
        assertThat(f.reason()).contains("regulated data").endsWith(".");
        assertThat(f.evidence()).isEqualTo("Data classification: \"Regulated\"");
    }

    @Test
    void oneFactGivesOneFinding() {
        // the consultant's value alone, the same value also in the template's column, another case
        for (Workload w : List.of(workload(vm().dataClassification("Regulated")),
                workload(vm().dataClassification("Regulated").customAttributes(Map.of("Data classification", "Regulated"))),
                workload(vm().dataClassification("regulated").customAttributes(Map.of("Data classification", "Regulated"))))) {
            List<Finding> findings = Stream.of(RegulatedData.standard(), rule).flatMap(r -> r.evaluate(w).stream()).toList();
            assertThat(findings).hasSize(1);
            assertThat(findings.get(0).evidence()).isEqualToIgnoringCase("Data classification: \"Regulated\"");
        }
    }

    @Test
    void anotherFactIsListedBeside() {
        RegulatedClassification typedOnly = new RegulatedClassification();
        Workload w = workload(vm().dataClassification("Regulated").annotation("PCI zone"));
        assertThat(typedOnly.evaluate(w)).isPresent();
    }

    @Test
    void passesLowerClassifications() {
        for (String c : List.of("Public", "Internal", "Confidential", "Restricted")) {
            assertThat(rule.evaluate(workload(vm().dataClassification(c)))).as(c).isEmpty();
        }
    }

    @Test
    void saysNothingWhenNotRecorded() {
        assertThat(rule.evaluate(workload(vm().dataClassification(null)))).isEmpty();
    }
}
