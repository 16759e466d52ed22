package io.fleetfit.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fleetfit.assessment.LifecycleCatalog;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LifecycleFileTest {

    @Test
    void readsAConsultantsCatalogWithItsVersionAndHash() {
        byte[] csv = ("\uFEFF# version: Acme lifecycle 2026-10\nproduct,release,name,support_end,extended_support_end\n"
                + "rhel,7,Red Hat Enterprise Linux 7,2024-06-30,2029-06-30\n").getBytes(StandardCharsets.UTF_8);
        LifecycleFile f = LifecycleFile.read("acme-lifecycle.csv", csv);
        assertThat(f.catalog().version()).isEqualTo("Acme lifecycle 2026-10");
        assertThat(f.catalog().find("rhel", "7").orElseThrow().statusAt(LocalDate.of(2026, 11, 26)))
                .isEqualTo(LifecycleCatalog.Status.EXTENDED_SUPPORT_ONLY);
        assertThat(f.sha256()).hasSize(64);
    }

    @Test
    void aCatalogWithoutVersionIsNamedByItsFile() {
        LifecycleFile f = LifecycleFile.read("mine.csv", "rhel,7,RHEL 7,2024-06-30,\n".getBytes(StandardCharsets.UTF_8));
        assertThat(f.catalog().version()).isEqualTo("mine.csv");
    }

    @Test
    void refusesBadLinesAndEmptyCatalogs() {
        assertThatThrownBy(() -> LifecycleFile.read("mine.csv", "rhel,7,RHEL 7,30.06.2024,\n".getBytes(StandardCharsets.UTF_8)))
                .hasMessageStartingWith("mine.csv line 1: dates must be YYYY-MM-DD");
        assertThatThrownBy(() -> LifecycleFile.read("mine.csv", "# nothing\n".getBytes(StandardCharsets.UTF_8)))
                .hasMessageStartingWith("mine.csv: no release in the lifecycle catalog");
    }
}
