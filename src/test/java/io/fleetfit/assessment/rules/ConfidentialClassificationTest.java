package io.fleetfit.assessment.rules;

import static io.fleetfit.assessment.Fixtures.vm;
import static io.fleetfit.assessment.Fixtures.workload;
import static org.assertj.core.api.Assertions.assertThat;

import io.fleetfit.assessment.Effect;
import io.fleetfit.assessment.Finding;
import io.fleetfit.assessment.Keywords;
import io.fleetfit.assessment.Workload;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ConfidentialClassificationTest {

    private final ConfidentialClassification rule = ConfidentialClassification.standard();
    private final ConfidentialClassification alone = new ConfidentialClassification();

    @Test
    void recommendsASandboxForConfidentialData() {
        Finding f = alone.evaluate(workload(vm().dataClassification("Confidential"))).orElseThrow();
        assertThat(f.ruleId()).isEqualTo("ISOL-008");
        assertThat(f.effect()).isEqualTo(Effect.NOTE);
        assertThat(f.reason()).contains("gVisor").endsWith(".");
        assertThat(f.evidence()).isEqualTo("Data classification: \"Confidential\"");
        assertThat(alone.evaluate(workload(vm().dataClassification("Restricted")))).isPresent();
    }

    @Test
    void oneFindingPerFact() {
        Workload typedOnly = workload(vm().dataClassification("Confidential"));
        assertThat(Stream.of(ExposedOrConfidential.standard(), rule).flatMap(r -> r.evaluate(typedOnly).stream()))
                .extracting(Finding::ruleId).containsExactly(rule.id());
        Workload twoFacts = workload(vm().dataClassification("Confidential").annotation("internet facing"));
        assertThat(Stream.of(ExposedOrConfidential.standard(), rule).flatMap(r -> r.evaluate(twoFacts).stream()))
                .extracting(Finding::ruleId).containsExactly("ISOL-004", rule.id());
        assertThat(alone.evaluate(workload(vm().dataClassification("Confidential").isolationRequirement("Sandboxed"))))
                .as("the sandbox requirement makes the recommendation").isEmpty();
    }

    @Test
    void passesOtherClassifications() {
        for (String c : List.of("Public", "Internal", "Regulated")) {
            assertThat(alone.evaluate(workload(vm().dataClassification(c)))).as(c).isEmpty();
        }
    }

    @Test
    void saysNothingWhenNotRecorded() {
        assertThat(alone.evaluate(workload(vm().dataClassification(null)))).isEmpty();
    }
}
