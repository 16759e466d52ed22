package io.fleetfit.assessment.rules;

import static io.fleetfit.assessment.Fixtures.vm;
import static io.fleetfit.assessment.Fixtures.workload;
import static org.assertj.core.api.Assertions.assertThat;

import io.fleetfit.assessment.Effect;
import io.fleetfit.assessment.Finding;
import io.fleetfit.assessment.Severity;
import io.fleetfit.assessment.VmRecord;
import org.junit.jupiter.api.Test;

/** The three rules that turn a recognised role into a finding: PORT-018, PORT-019 and GEN-007. */
class RoleRulesTest {

    private static VmRecord.Builder windows(String name) {
        return vm(name).osTools("Microsoft Windows Server 2019 (64-bit)").osConfig(null).guestDetail(null).folder(null);
    }

    @Test
    void keepsADomainControllerAVmAndNamesTheTextThatRevealedIt() {
        Finding f = new RoleNeedsFullOs().evaluate(workload(windows("ADBSRVDC02"))).orElseThrow();
        assertThat(f.effect()).isEqualTo(Effect.REQUIRES_VM);
        assertThat(f.severity()).isEqualTo(Severity.BLOCKER);
        assertThat(f.reason()).startsWith("Recognised as an Active Directory domain controller").endsWith(".");
        assertThat(f.evidence()).isEqualTo("VM name: \"ADBSRVDC02\" (a word ending in \"dc\")");
    }

    @Test
    void replacesTheVcenterApplianceWhateverItsOsSays() {
        Finding f = new PlatformAppliance().evaluate(workload(vm("mgmt-17").osTools(null).osConfig(null).guestDetail(null)
                .annotation("VMware vCenter Server Appliance"))).orElseThrow();
        assertThat(f.effect()).isEqualTo(Effect.REPLACE);
        assertThat(f.reason()).contains("target platform").endsWith(".");
        assertThat(f.evidence()).startsWith("Annotation: \"VMware vCenter Server Appliance\" (the words ");
    }

    @Test
    void namesAWebServerAsEvidenceForContainers() {
        Finding f = new RoleEvidence().evaluate(workload(vm("shop-nginx-01"))).orElseThrow();
        assertThat(f.effect()).isEqualTo(Effect.NOTE);
        assertThat(f.reason()).startsWith("Recognised as a web server or web API, a workload containers are made for.");
    }

    @Test
    void saysNothingOfAVmWithoutARole() {
        var w = workload(vm("srv-0042").folder(null));
        assertThat(new RoleNeedsFullOs().evaluate(w)).isEmpty();
        assertThat(new PlatformAppliance().evaluate(w)).isEmpty();
        assertThat(new RoleEvidence().evaluate(w)).isEmpty();
    }

    @Test
    void eachRoleRuleLeavesTheOtherEffectsAlone() {
        var dc = workload(windows("SRVDC02"));
        assertThat(new PlatformAppliance().evaluate(dc)).isEmpty();
        assertThat(new RoleEvidence().evaluate(dc)).isEmpty();
        assertThat(new DatabaseEngine().evaluate(dc)).isEmpty();
    }
}
