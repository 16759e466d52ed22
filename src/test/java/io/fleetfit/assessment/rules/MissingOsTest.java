package io.fleetfit.assessment.rules;

import static io.fleetfit.assessment.Fixtures.vm;
import static io.fleetfit.assessment.Fixtures.vmWithOs;
import static io.fleetfit.assessment.Fixtures.workload;
import static org.assertj.core.api.Assertions.assertThat;

import io.fleetfit.assessment.Finding;
import org.junit.jupiter.api.Test;

class MissingOsTest {

    private final MissingOs rule = new MissingOs();

    @Test
    void marksBothOsColumnsEmpty() {
        Finding f = rule.evaluate(workload(vm().osTools(null).osConfig(" ").guestDetail(null))).orElseThrow();
        assertThat(f.ruleId()).isEqualTo(rule.id());
        assertThat(f.reason()).contains("no OS").endsWith(".");
        assertThat(f.evidence()).startsWith("Neither OS column states an OS");
    }

    @Test
    void passesWhenOnlyTheConfigFileStatesTheOs() {
        assertThat(rule.evaluate(workload(vm().osTools(null).osConfig("CentOS 7 (64-bit)")))).isEmpty();
    }
}
