package io.fleetfit.assessment.rules;

import static io.fleetfit.assessment.Fixtures.vmWithOs;
import static io.fleetfit.assessment.Fixtures.workload;
import static org.assertj.core.api.Assertions.assertThat;

import io.fleetfit.assessment.Effect;
import io.fleetfit.assessment.KubevirtGuestCatalog;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GuestNotOnKubevirtTest {

    private final GuestNotOnKubevirt rule = new GuestNotOnKubevirt(KubevirtGuestCatalog.bundled());

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Microsoft Windows Server 2008 R2 (64-bit)|Windows Server 2019 or later",
        "Microsoft Windows Server 2012 (64-bit)|Windows Server 2019 or later",
        "Microsoft Windows XP Professional (32-bit)|64-bit",
        "Microsoft Windows 7 (64-bit)|Windows 10 or 11",
        "Red Hat Enterprise Linux 6 (64-bit)|RHEL 7 or later",
        "CentOS 7 (64-bit)|RHEL 7",
        "CentOS 4/5/6/7 (64-bit)|RHEL 7",
        "SUSE Linux Enterprise 11 (64-bit)|SUSE Linux Enterprise 15",
        "Oracle Solaris 10 (64-bit)|a guest OS that KubeVirt platforms support",
        "Other (64-bit)|a guest OS that KubeVirt platforms support",
        "Ubuntu Linux (32-bit)|64-bit",
    })
    void namesTheUpgradeForAnUnsupportedGuest(String os, String upgrade) {
        var f = rule.evaluate(workload(vmWithOs(os))).orElseThrow();
        assertThat(f.effect()).isEqualTo(Effect.NOT_KUBEVIRT_GUEST);
        assertThat(f.reason()).contains(upgrade).endsWith(".");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Microsoft Windows Server 2016 (64-bit)",
        "Microsoft Windows Server 2016 or later (64-bit)",
        "Microsoft Windows Server 2022 (64-bit)",
        "Microsoft Windows 10 (64-bit)",
        "Red Hat Enterprise Linux 7 (64-bit)",
        "Red Hat Enterprise Linux 9 (64-bit)",
        "SUSE Linux Enterprise 15 (64-bit)",
        "SUSE Linux Enterprise 12 (64-bit)",
        "Ubuntu 22.04.4 LTS",
        "Debian GNU/Linux 12 (64-bit)",
        "Rocky Linux 9.3 (Blue Onyx)",
    })
    void saysNothingOfASupportedGuest(String os) {
        assertThat(rule.evaluate(workload(vmWithOs(os)))).isEmpty();
    }
}
