package io.fleetfit.assessment.rules;

import static io.fleetfit.assessment.Fixtures.vm;
import static io.fleetfit.assessment.Fixtures.vmWithOs;
import static io.fleetfit.assessment.Fixtures.workload;
import static org.assertj.core.api.Assertions.assertThat;

import io.fleetfit.assessment.Finding;
import org.junit.jupiter.api.Test;

class OsWithoutContainerRuntimeTest {

    private final OsWithoutContainerRuntime rule = new OsWithoutContainerRuntime();

    @Test
    void blocksWindowsServer2008R2() {
        Finding f = rule.evaluate(workload(vmWithOs("Microsoft Windows Server 2008 R2 (64-bit)"))).orElseThrow();
        assertThat(f.ruleId()).isEqualTo(rule.id());
        assertThat(f.reason()).isEqualTo("Runs Windows Server 2008 R2, older than Windows Server 2016, the first Windows release"
                + " with containers: it can only run as a VM.");
        assertThat(f.evidence()).isEqualTo("OS according to the VMware Tools: \"Microsoft Windows Server 2008 R2 (64-bit)\"");
    }

    @Test
    void blocksWindowsServer2012R2() {
        Finding f = rule.evaluate(workload(vmWithOs("Microsoft Windows Server 2012 R2 (64-bit)"))).orElseThrow();
        assertThat(f.reason()).contains("Windows Server 2012 R2, older than Windows Server 2016").endsWith(".");
    }

    @Test
    void blocksSolaris() {
        Finding f = rule.evaluate(workload(vmWithOs("Oracle Solaris 10 (64-bit)"))).orElseThrow();
        assertThat(f.ruleId()).isEqualTo(rule.id());
        assertThat(f.reason()).contains("no container runtime").endsWith(".");
        assertThat(f.evidence()).contains("Solaris");
    }

    @Test
    void blocksFreeBsd() {
        Finding f = rule.evaluate(workload(vmWithOs("FreeBSD 12 or later versions (64-bit)"))).orElseThrow();
        assertThat(f.ruleId()).isEqualTo(rule.id());
        assertThat(f.reason()).contains("FreeBSD").endsWith(".");
        assertThat(f.evidence()).contains("FreeBSD");
    }

    @Test
    void blocksUnspecifiedOtherGuest() {
        Finding f = rule.evaluate(workload(vmWithOs("Other (64-bit)"))).orElseThrow();
        assertThat(f.ruleId()).isEqualTo(rule.id());
        assertThat(f.reason()).contains("only run as a VM").endsWith(".");
        assertThat(f.evidence()).contains("Other (64-bit)");
    }

    @Test
    void blocksWindowsClient() {
        Finding f = rule.evaluate(workload(vmWithOs("Microsoft Windows 10 (64-bit)"))).orElseThrow();
        assertThat(f.ruleId()).isEqualTo(rule.id());
        assertThat(f.reason()).isEqualTo("Runs Windows 10, a Windows client edition: Windows containers need Windows Server 2016"
                + " or later, so it can only run as a VM.");
        assertThat(f.evidence()).contains("Windows 10");
    }

    @Test
    void passesLinux() {
        assertThat(rule.evaluate(workload(vm()))).isEmpty();
    }

    @Test
    void passesWindowsServer2016() {
        assertThat(rule.evaluate(workload(vmWithOs("Microsoft Windows Server 2016 (64-bit)")))).isEmpty();
    }

    @Test
    void passesWindowsServer2019() {
        assertThat(rule.evaluate(workload(vmWithOs("Microsoft Windows Server 2019 (64-bit)")))).isEmpty();
    }

    @Test
    void saysNothingAboutAnUnrecognisedString() {
        assertThat(rule.evaluate(workload(vmWithOs("Zork OS 3")))).isEmpty();
    }
}
