package io.fleetfit.assessment.rules;

import static io.fleetfit.assessment.Fixtures.vm;
import static io.fleetfit.assessment.Fixtures.vmWithOs;
import static io.fleetfit.assessment.Fixtures.workload;
import static org.assertj.core.api.Assertions.assertThat;

import io.fleetfit.assessment.Finding;
import org.junit.jupiter.api.Test;

class WindowsContainerNodesTest {

    private final WindowsContainerNodes rule = new WindowsContainerNodes();

    @Test
    void notesWindowsNodesFor2019() {
        Finding f = rule.evaluate(workload(vmWithOs("Microsoft Windows Server 2019 (64-bit)"))).orElseThrow();
        assertThat(f.ruleId()).isEqualTo(rule.id());
        assertThat(f.reason()).contains("Windows worker nodes").endsWith(".");
        assertThat(f.evidence()).contains("2019");
    }

    @Test
    void treats2016OrLaterAs2016() {
        Finding f = rule.evaluate(workload(vmWithOs("Microsoft Windows Server 2016 or later (64-bit)"))).orElseThrow();
        assertThat(f.ruleId()).isEqualTo(rule.id());
        assertThat(f.reason()).contains("Windows Server 2016").endsWith(".");
        assertThat(f.evidence()).contains("2016 or later");
    }

    @Test
    void saysNothingForWindows2012() {
        assertThat(rule.evaluate(workload(vmWithOs("Microsoft Windows Server 2012 (64-bit)")))).isEmpty();
    }

    @Test
    void saysNothingForLinux() {
        assertThat(rule.evaluate(workload(vm()))).isEmpty();
    }
}
