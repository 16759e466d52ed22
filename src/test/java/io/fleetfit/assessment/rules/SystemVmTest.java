package io.fleetfit.assessment.rules;

import static io.fleetfit.assessment.Fixtures.vm;
import static io.fleetfit.assessment.Fixtures.workload;
import static org.assertj.core.api.Assertions.assertThat;

import io.fleetfit.assessment.Effect;
import io.fleetfit.assessment.Excluded;
import org.junit.jupiter.api.Test;

class SystemVmTest {

    private final SystemVm rule = new SystemVm();

    @Test
    void excludesVsphereClusterServiceAgents() {
        var f = rule.evaluate(workload(vm("vCLS-4c4c4544-0048-3510-8052-b4c04f4a4d32"))).orElseThrow();
        assertThat(f.effect()).isEqualTo(Effect.EXCLUDE);
        assertThat(f.ruleId()).isEqualTo(Excluded.Kind.SYSTEM_VM.ruleId());
        assertThat(f.evidence()).startsWith("VM name: \"vCLS-");
        assertThat(rule.evaluate(workload(vm("vCLS (1)")))).isPresent();
    }

    @Test
    void excludesVspherePodVms() {
        assertThat(rule.evaluate(workload(vm("nginx-7d9c").osTools(null).osConfig("VMware Photon CRX (64-bit)"))))
                .hasValueSatisfying(f -> assertThat(f.evidence()).contains("Photon CRX"));
    }

    @Test
    void keepsVmsThatMerelyMentionVcls() {
        assertThat(rule.evaluate(workload(vm("app-vcls-monitor")))).isEmpty();
        assertThat(rule.evaluate(workload(vm("vclsproxy01")))).isEmpty();
    }
}
