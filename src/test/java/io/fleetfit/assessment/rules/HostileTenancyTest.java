package io.fleetfit.assessment.rules;

import static io.fleetfit.assessment.Fixtures.vm;
import static io.fleetfit.assessment.Fixtures.vmWithOs;
import static io.fleetfit.assessment.Fixtures.workload;
import static org.assertj.core.api.Assertions.assertThat;

import io.fleetfit.assessment.Finding;
import org.junit.jupiter.api.Test;

class HostileTenancyTest {

    private final HostileTenancy rule = HostileTenancy.standard();

    @Test
    void flagsMultiTenantVapp() {
        Finding f = rule.evaluate(workload(vm().vApp("Multi-tenant sandbox"))).orElseThrow();
        assertThat(f.ruleId()).isEqualTo(rule.id());
        assertThat(f.reason()).contains("multi tenant").endsWith(".");
        assertThat(f.evidence()).isEqualTo("vApp: \"Multi-tenant sandbox\"");
    }

    @Test
    void passesAPlainVapp() {
        assertThat(rule.evaluate(workload(vm().vApp("Web tier")))).isEmpty();
    }

    @Test
    void replacedKeywordsFindTheClientsWords() {
        HostileTenancy tuned = rule.with("keywords", "customer sandbox");
        assertThat(tuned.evaluate(workload(vm().vApp("Customer sandbox 7")))).isPresent();
        assertThat(tuned.evaluate(workload(vm().vApp("multi-tenant")))).isEmpty();
    }
}
