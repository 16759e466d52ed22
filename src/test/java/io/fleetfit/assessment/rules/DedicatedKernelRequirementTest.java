package io.fleetfit.assessment.rules;

import static io.fleetfit.assessment.Fixtures.vm;
import static io.fleetfit.assessment.Fixtures.workload;
import static org.assertj.core.api.Assertions.assertThat;

import io.fleetfit.assessment.Effect;
import io.fleetfit.assessment.Finding;
import io.fleetfit.assessment.Keywords;
import io.fleetfit.assessment.Workload;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class DedicatedKernelRequirementTest {

    private final DedicatedKernelRequirement rule = DedicatedKernelRequirement.standard();

    @Test
    void keepsAVmWhenTheConsultantAsksForItsOwnKernel() {
        Finding f = rule.evaluate(workload(vm().isolationRequirement("Own kernel"))).orElseThrow();
        assertThat(f.ruleId()).isEqualTo("ISOL-005");
        assertThat(f.effect()).isEqualTo(Effect.REQUIRES_VM);
        assertThat(f.reason()).contains("dedicated kernel").endsWith(".");
        assertThat(f.evidence()).isEqualTo("Isolation requirement: \"Own kernel\"");
    }

    @Test
    void firesWhenNoKeywordRuleReportsTheValue() {
        DedicatedKernelRequirement alone = new DedicatedKernelRequirement();
        assertThat(alone.evaluate(workload(vm().isolationRequirement("Dedicated kernel"))))
                .hasValueSatisfying(f -> assertThat(f.evidence()).isEqualTo("Isolation requirement: \"Dedicated kernel\""));
    }

    @Test
    void theTemplatesValueGivesOneFindingWhicheverRuleReportsIt() {
        // the template's drop-down value, as the attributes file and as the template column
        for (Workload w : new Workload[] {workload(vm().isolationRequirement("Dedicated kernel")),
            workload(vm().isolationRequirement("Dedicated kernel").customAttributes(Map.of("Isolation requirement", "Dedicated kernel")))}) {
            long findings = Stream.of(SecurityZone.standard(), rule)
                    .flatMap(r -> r.evaluate(w).stream())
                    .filter(f -> f.evidence().equals("Isolation requirement: \"Dedicated kernel\""))
                    .count();
            assertThat(findings).isEqualTo(1);
        }
    }

    @Test
    void passesOtherRequirements() {
        assertThat(rule.evaluate(workload(vm().isolationRequirement("None")))).isEmpty();
        assertThat(rule.evaluate(workload(vm().isolationRequirement("Sandboxed")))).isEmpty();
    }

    @Test
    void saysNothingWhenNotRecorded() {
        assertThat(rule.evaluate(workload(vm().isolationRequirement(null)))).isEmpty();
    }
}
