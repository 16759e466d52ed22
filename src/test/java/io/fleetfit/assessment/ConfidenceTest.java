package io.fleetfit.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConfidenceTest {

    private static Assessment assess(VmRecord.Builder vm) {
        return (Assessment) Fixtures.assessor().assess(vm.build());
    }

    /** A complete RVTools row: vDisk and vNetwork joined. */
    private static VmRecord.Builder joined(String name) {
        return Fixtures.vm(name).rawDeviceMappings(0).multiWriterDisks(0).nicAdapterTypes("Vmxnet3").passthroughNics(0);
    }

    @Test
    void isHighWithAKnownReleaseARecognisedRoleAndKnownHardware() {
        Confidence c = assess(joined("shop-nginx-01")).confidence();
        assertThat(c.level()).isEqualTo(Confidence.Level.HIGH);
        assertThat(c.basis()).contains("role recognised (Web server");
    }

    @Test
    void isAtMostMediumWhenNothingIsKnownOfTheWorkload() {
        Confidence c = assess(joined("srv-0042").folder(null)).confidence();
        assertThat(c.level()).isEqualTo(Confidence.Level.MEDIUM);
        assertThat(c.missingFacts()).contains("application");
        assertThat(c.questions()).contains("Which application runs here, and who owns it?", "Is it stateless, or where does it keep its data?");
    }

    @Test
    void isHighWhenTheConsultantNamedTheApplication() {
        Confidence c = assess(joined("srv-0042").application("Payroll").statefulness("Stateless")).confidence();
        assertThat(c.level()).isEqualTo(Confidence.Level.HIGH);
        assertThat(c.missingFacts()).isEmpty();
    }

    @Test
    void isLowForAnOsWithoutRelease() {
        Confidence c = assess(joined("shop-nginx-01").guestDetail(null)).confidence();
        assertThat(c.level()).isEqualTo(Confidence.Level.LOW);
        assertThat(c.missingFacts()).contains("OS release");
        assertThat(c.questions()).contains("Which Ubuntu release does it run?");
    }

    @Test
    void isLowForAnOsFromTheConfigurationFileOnly() {
        Confidence c = assess(joined("shop-nginx-01").osTools(null).guestDetail(null).osConfig("Red Hat Enterprise Linux 9 (64-bit)")).confidence();
        assertThat(c.level()).isEqualTo(Confidence.Level.LOW);
    }

    @Test
    void asksForTheReleaseOfARange() {
        Confidence c = assess(joined("shop-nginx-01").osTools("CentOS 4/5/6/7 (64-bit)").osConfig(null).guestDetail(null)).confidence();
        assertThat(c.level()).isEqualTo(Confidence.Level.LOW);
        assertThat(c.questions()).anyMatch(q -> q.startsWith("Which CentOS release does it run"));
    }

    @Test
    void isMediumWithoutDiskAndNetworkDetails() {
        Confidence c = assess(Fixtures.vm("shop-nginx-01")).confidence();
        assertThat(c.level()).isEqualTo(Confidence.Level.MEDIUM);
        assertThat(c.missingFacts()).contains("disk and network details (vDisk, vNetwork)");
    }

    @Test
    void judgesAnApplianceByItsRole() {
        Confidence c = assess(Fixtures.vm("mgmt-17").osTools(null).osConfig(null).guestDetail(null)
                .annotation("VMware vCenter Server Appliance")).confidence();
        assertThat(c.level()).isEqualTo(Confidence.Level.MEDIUM);
    }

    @Test
    void asksWhetherAPoweredOffVmIsStillNeeded() {
        Confidence c = assess(joined("shop-nginx-01").powerState(PowerState.OFF)).confidence();
        assertThat(c.questions()).contains("It is powered off: is it still needed?");
    }
}
