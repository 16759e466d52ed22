package io.fleetfit.assessment.rules;

import static io.fleetfit.assessment.Fixtures.vm;
import static io.fleetfit.assessment.Fixtures.workload;
import static org.assertj.core.api.Assertions.assertThat;

import io.fleetfit.assessment.Effect;
import io.fleetfit.assessment.Finding;
import io.fleetfit.assessment.VmRecord;
import org.junit.jupiter.api.Test;

class WindowsContainerNodesTest {

    private final WindowsContainerNodes rule = new WindowsContainerNodes();

    private static VmRecord.Builder windows(String name, String os) {
        return vm(name).osTools(os).osConfig(null).guestDetail(null).folder(null);
    }

    @Test
    void sendsAnIisWebServerOn2019ToWindowsContainersAfterRemediation() {
        Finding f = rule.evaluate(workload(windows("web01", "Microsoft Windows Server 2019 (64-bit)").annotation("IIS intranet"))).orElseThrow();
        assertThat(f.effect()).isEqualTo(Effect.REMEDIATE);
        assertThat(f.reason()).contains("Windows worker nodes").contains("Server Core").endsWith(".");
        assertThat(f.evidence()).contains("2019").contains("web01");
    }

    @Test
    void saysNothingWithoutEvidenceOfAWebWorkload() {
        assertThat(rule.evaluate(workload(windows("srv-0042", "Microsoft Windows Server 2019 (64-bit)")))).isEmpty();
    }

    @Test
    void saysNothingForWindows2012EvenAsAWebServer() {
        assertThat(rule.evaluate(workload(windows("web01", "Microsoft Windows Server 2012 (64-bit)")))).isEmpty();
    }

    @Test
    void saysNothingForLinux() {
        assertThat(rule.evaluate(workload(vm("web01")))).isEmpty();
    }
}
