package io.fleetfit.assessment.rules;

import static io.fleetfit.assessment.Fixtures.vm;
import static io.fleetfit.assessment.Fixtures.vmWithOs;
import static io.fleetfit.assessment.Fixtures.workload;
import static org.assertj.core.api.Assertions.assertThat;

import io.fleetfit.assessment.Finding;
import org.junit.jupiter.api.Test;

class WindowsBefore2016Test {

    private final WindowsBefore2016 rule = new WindowsBefore2016();

    @Test
    void flagsWindowsServer2012() {
        Finding f = rule.evaluate(workload(vmWithOs("Microsoft Windows Server 2012 (64-bit)"))).orElseThrow();
        assertThat(f.ruleId()).isEqualTo(rule.id());
        assertThat(f.reason()).contains("only stay a VM").endsWith(".");
        assertThat(f.evidence()).contains("2012");
    }

    @Test
    void flagsWindowsClientEditions() {
        Finding f = rule.evaluate(workload(vmWithOs("Microsoft Windows 10 (64-bit)"))).orElseThrow();
        assertThat(f.ruleId()).isEqualTo(rule.id());
        assertThat(f.reason()).contains("client edition").endsWith(".");
        assertThat(f.evidence()).contains("Windows 10");
    }

    @Test
    void passesWindowsServer2016() {
        assertThat(rule.evaluate(workload(vmWithOs("Microsoft Windows Server 2016 (64-bit)")))).isEmpty();
    }
}
