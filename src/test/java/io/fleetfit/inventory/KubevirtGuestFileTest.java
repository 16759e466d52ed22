package io.fleetfit.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fleetfit.assessment.OsFamily;
import io.fleetfit.assessment.OsInfo;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class KubevirtGuestFileTest {

    private static OsInfo windows(String release) {
        return new OsInfo("Microsoft Windows Server " + release + " (64-bit)", "OS according to the VMware Tools",
                OsFamily.WINDOWS_SERVER, "windows-server", release, "Windows Server " + release, 64, null);
    }

    @Test
    void readsAConsultantsCatalogWithItsVersionAndHash() {
        byte[] csv = ("\uFEFF# version: Acme KubeVirt guests 2026-11\nproduct,releases,supported,name,upgrade\n"
                + "windows-server,2019+,yes,Windows Server 2019 and later,\n"
                + "windows-server,*,no,Windows Server 2016 and older,Windows Server 2022\n").getBytes(StandardCharsets.UTF_8);
        KubevirtGuestFile f = KubevirtGuestFile.read("acme-kubevirt-guests.csv", csv);
        assertThat(f.catalog().version()).isEqualTo("Acme KubeVirt guests 2026-11");
        assertThat(f.catalog().entries()).hasSize(2);
        assertThat(f.catalog().judge(windows("2022")).supported()).isTrue();
        assertThat(f.catalog().judge(windows("2016")).upgrade()).isEqualTo("Windows Server 2022");
        assertThat(f.sha256()).hasSize(64);
    }

    @Test
    void aCatalogWithoutVersionIsNamedByItsFile() {
        KubevirtGuestFile f = KubevirtGuestFile.read("mine.csv", "rhel,8+,yes,RHEL 8 and later,\n".getBytes(StandardCharsets.UTF_8));
        assertThat(f.catalog().version()).isEqualTo("mine.csv");
    }

    @Test
    void refusesBadLinesAndEmptyCatalogs() {
        assertThatThrownBy(() -> KubevirtGuestFile.read("mine.csv", "rhel,8+,maybe,RHEL 8,\n".getBytes(StandardCharsets.UTF_8)))
                .hasMessageStartingWith("mine.csv line 1: supported must be yes or no");
        assertThatThrownBy(() -> KubevirtGuestFile.read("mine.csv", "# nothing\nproduct,releases,supported,name,upgrade\n"
                .getBytes(StandardCharsets.UTF_8)))
                .hasMessageStartingWith("mine.csv: no row in the KubeVirt guest catalog");
    }
}
