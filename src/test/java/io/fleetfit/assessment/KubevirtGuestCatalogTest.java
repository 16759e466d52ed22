package io.fleetfit.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class KubevirtGuestCatalogTest {

    private static OsInfo os(String s) {
        return OsRecognizer.recognize(s, OsRecognizer.TOOLS_COLUMN);
    }

    @Test
    void supportsTheGuestsOpenShiftVirtualizationCertifies() {
        KubevirtGuestCatalog c = KubevirtGuestCatalog.bundled();
        assertThat(c.version()).startsWith("fleetfit KubeVirt guests");
        for (String s : List.of("Red Hat Enterprise Linux 7 (64-bit)", "Red Hat Enterprise Linux 10 (64-bit)",
                "Microsoft Windows Server 2016 (64-bit)", "Microsoft Windows Server 2025 (64-bit)", "Microsoft Windows 11 (64-bit)")) {
            assertThat(c.judge(os(s)).supported()).as(s).isTrue();
        }
        assertThat(c.supportedNames()).contains("Red Hat Enterprise Linux 7 and later", "Windows 10 and 11");
    }

    @Test
    void judgesAnOpenRangeByItsMostFavourableRelease() {
        KubevirtGuestCatalog c = KubevirtGuestCatalog.bundled();
        assertThat(c.judge(os("Oracle Linux 4/5 or later (64-bit)")).supported()).isTrue();
        assertThat(c.judge(os("CentOS 4/5 or later (64-bit)")).supported()).isFalse();
    }

    @Test
    void neverSupportsA32BitGuest() {
        var v = KubevirtGuestCatalog.bundled().judge(os("Microsoft Windows 10 (32-bit)"));
        assertThat(v.supported()).isFalse();
        assertThat(v.upgrade()).contains("64-bit");
    }

    @Test
    void readsAConsultantsCatalogInTheSameFormat() {
        KubevirtGuestCatalog c = KubevirtGuestCatalog.parse("acme-guests.csv", List.of(
                "# version: Acme KubeVirt 2026-12",
                "product,releases,supported,name,upgrade",
                "rhel,8-9,yes,RHEL 8 and 9,",
                "rhel,-7,no,RHEL 7 and older,\"RHEL 9, tested by Acme\""));
        assertThat(c.version()).isEqualTo("Acme KubeVirt 2026-12");
        assertThat(c.judge(os("Red Hat Enterprise Linux 9 (64-bit)")).supported()).isTrue();
        assertThat(c.judge(os("Red Hat Enterprise Linux 10 (64-bit)")).supported()).isFalse();
        assertThat(c.judge(os("Red Hat Enterprise Linux 7 (64-bit)")).upgrade()).isEqualTo("RHEL 9, tested by Acme");
        assertThat(c.judge(os("Microsoft Windows Server 2022 (64-bit)")).supported()).isFalse();
    }

    @Test
    void refusesALineNotInTheFormatNamingIt() {
        assertThatThrownBy(() -> KubevirtGuestCatalog.parse("g.csv", List.of("product,releases,supported,name,upgrade", "rhel,7+,maybe,RHEL,")))
                .hasMessage("g.csv line 2: supported must be yes or no, not 'maybe'");
        assertThatThrownBy(() -> KubevirtGuestCatalog.parse("g.csv", List.of("rhel,7+,yes")))
                .hasMessage("g.csv line 1: expected 5 fields (product,releases,supported,name,upgrade), found 3");
        assertThatThrownBy(() -> KubevirtGuestCatalog.parse("g.csv", List.of("rhel,,yes,RHEL,")))
                .hasMessageStartingWith("g.csv line 1: releases '' must be");
    }
}
