package io.fleetfit.assessment.rules;

import static io.fleetfit.assessment.Fixtures.vm;
import static io.fleetfit.assessment.Fixtures.vmWithOs;
import static io.fleetfit.assessment.Fixtures.workload;
import static org.assertj.core.api.Assertions.assertThat;

import io.fleetfit.assessment.Finding;
import org.junit.jupiter.api.Test;

class HostAffinityRuleTest {

    private final HostAffinityRule rule = new HostAffinityRule();

    @Test
    void notesAnAffinityRule() {
        Finding f = rule.evaluate(workload(vm().clusterRules("sql-anti-affinity"))).orElseThrow();
        assertThat(f.ruleId()).isEqualTo(rule.id());
        assertThat(f.reason()).contains("affinity").endsWith(".");
        assertThat(f.evidence()).isEqualTo("Cluster rule(s): \"sql-anti-affinity\"");
    }

    @Test
    void passesWithoutRules() {
        assertThat(rule.evaluate(workload(vm().clusterRules(" ")))).isEmpty();
    }
}
