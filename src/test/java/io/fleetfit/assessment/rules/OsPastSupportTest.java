package io.fleetfit.assessment.rules;

import static io.fleetfit.assessment.Fixtures.vm;
import static io.fleetfit.assessment.Fixtures.vmWithOs;
import static io.fleetfit.assessment.Fixtures.workload;
import static org.assertj.core.api.Assertions.assertThat;

import io.fleetfit.assessment.Finding;
import io.fleetfit.assessment.Fixtures;
import org.junit.jupiter.api.Test;

class OsPastSupportTest {

    private final OsPastSupport rule = new OsPastSupport(Fixtures.settings().lifecycle(), Fixtures.AS_OF);

    @Test
    void flagsCentos7() {
        Finding f = rule.evaluate(workload(vmWithOs("CentOS 7 (64-bit)"))).orElseThrow();
        assertThat(f.ruleId()).isEqualTo(rule.id());
        assertThat(f.reason()).contains("CentOS").endsWith(".");
        assertThat(f.evidence()).contains("CentOS 7");
    }

    @Test
    void flagsWindows2003() {
        Finding f = rule.evaluate(workload(vmWithOs("Microsoft Windows Server 2003 Standard (32-bit)"))).orElseThrow();
        assertThat(f.ruleId()).isEqualTo(rule.id());
        assertThat(f.reason()).contains("2003").endsWith(".");
        assertThat(f.evidence()).contains("2003");
    }

    @Test
    void passesUbuntu2204() {
        assertThat(rule.evaluate(workload(vm()))).isEmpty();
    }

    @Test
    void saysNothingWithoutARelease() {
        assertThat(rule.evaluate(workload(vmWithOs("Ubuntu Linux (64-bit)")))).isEmpty();
    }
}
