package io.fleetfit.assessment.rules;

import static io.fleetfit.assessment.Fixtures.vm;
import static io.fleetfit.assessment.Fixtures.workload;
import static org.assertj.core.api.Assertions.assertThat;

import io.fleetfit.assessment.Effect;
import io.fleetfit.assessment.Finding;
import io.fleetfit.assessment.Keywords;
import io.fleetfit.assessment.Workload;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SandboxRequirementTest {

    private final SandboxRequirement rule = SandboxRequirement.standard();

    @Test
    void recommendsASandboxedRuntime() {
        Finding f = rule.evaluate(workload(vm().isolationRequirement("gVisor"))).orElseThrow();
        assertThat(f.ruleId()).isEqualTo("ISOL-006");
        assertThat(f.effect()).isEqualTo(Effect.NOTE);
        assertThat(f.reason()).contains("gVisor").contains("Kata").endsWith(".");
        assertThat(f.evidence()).isEqualTo("Isolation requirement: \"gVisor\"");
    }

    @Test
    void firesWhenNoKeywordRuleRecommendsTheSandbox() {
        SandboxRequirement alone = new SandboxRequirement();
        assertThat(alone.evaluate(workload(vm().isolationRequirement("Sandboxed")))).isPresent();
    }

    @Test
    void oneFindingPerFact() {
        Workload plain = workload(vm().isolationRequirement("Sandboxed"));
        assertThat(Stream.of(ExposedOrConfidential.standard(), rule).flatMap(r -> r.evaluate(plain).stream()))
                .extracting(Finding::ruleId).containsExactly(rule.id());
        Workload twoFacts = workload(vm().isolationRequirement("Sandboxed").annotation("Internet facing shop"));
        assertThat(Stream.of(ExposedOrConfidential.standard(), rule).flatMap(r -> r.evaluate(twoFacts).stream()))
                .extracting(Finding::ruleId).containsExactly("ISOL-004", rule.id());
    }

    @Test
    void passesOtherRequirements() {
        assertThat(rule.evaluate(workload(vm().isolationRequirement("None")))).isEmpty();
        assertThat(rule.evaluate(workload(vm().isolationRequirement("Dedicated kernel")))).isEmpty();
    }

    @Test
    void saysNothingWhenNotRecorded() {
        assertThat(rule.evaluate(workload(vm().isolationRequirement(null)))).isEmpty();
    }
}
