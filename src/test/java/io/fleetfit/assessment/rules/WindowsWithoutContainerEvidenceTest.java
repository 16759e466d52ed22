package io.fleetfit.assessment.rules;

import static io.fleetfit.assessment.Fixtures.vm;
import static io.fleetfit.assessment.Fixtures.workload;
import static org.assertj.core.api.Assertions.assertThat;

import io.fleetfit.assessment.Effect;
import io.fleetfit.assessment.Finding;
import io.fleetfit.assessment.Severity;
import io.fleetfit.assessment.VmRecord;
import org.junit.jupiter.api.Test;

class WindowsWithoutContainerEvidenceTest {

    private final WindowsWithoutContainerEvidence rule = new WindowsWithoutContainerEvidence();

    private static VmRecord.Builder windows(String name, String os) {
        return vm(name).osTools(os).osConfig(null).guestDetail(null).folder(null);
    }

    @Test
    void keepsAWindowsServerWithNothingKnownAboutItAVm() {
        Finding f = rule.evaluate(workload(windows("srv-0042", "Microsoft Windows Server 2022 (64-bit)"))).orElseThrow();
        assertThat(f.effect()).isEqualTo(Effect.REQUIRES_VM);
        assertThat(f.severity()).isEqualTo(Severity.BLOCKER);
        assertThat(f.reason()).contains("IIS or .NET").contains("would move it").endsWith(".");
        assertThat(f.evidence()).contains("no workload role recognised");
    }

    @Test
    void treats2016OrLaterAsWindowsWithContainers() {
        assertThat(rule.evaluate(workload(windows("srv-0042", "Microsoft Windows Server 2016 or later (64-bit)")))).isPresent();
    }

    @Test
    void leavesAWebServerToWindowsContainers() {
        assertThat(rule.evaluate(workload(windows("web01", "Microsoft Windows Server 2019 (64-bit)")))).isEmpty();
    }

    @Test
    void leavesADomainControllerToTheRoleRule() {
        assertThat(rule.evaluate(workload(windows("SRVDC02", "Microsoft Windows Server 2019 (64-bit)")))).isEmpty();
    }

    @Test
    void saysNothingOfOlderWindowsOrLinux() {
        assertThat(rule.evaluate(workload(windows("srv-0042", "Microsoft Windows Server 2012 (64-bit)")))).isEmpty();
        assertThat(rule.evaluate(workload(vm("srv-0042")))).isEmpty();
    }
}
