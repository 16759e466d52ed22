package io.fleetfit.tools.generate;

import static org.assertj.core.api.Assertions.assertThat;

import io.fleetfit.assessment.VmRecord;
import io.fleetfit.inventory.ReadRow;
import io.fleetfit.inventory.ReadSummary;
import io.fleetfit.inventory.XlsxInventoryReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RvtoolsFleetTest {

    private static final int VMS = 400;

    @TempDir
    Path temp;

    @Test
    void sameSeedWritesTheSameWorkbook() throws IOException {
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        ByteArrayOutputStream second = new ByteArrayOutputStream();

        RvtoolsFleet.write(first, 50, 7L);
        RvtoolsFleet.write(second, 50, 7L);

        assertThat(first.toByteArray()).isEqualTo(second.toByteArray());
    }

    @Test
    void writesAnRvtoolsExportWhoseTabsJoinOntoEveryVm() throws IOException {
        Path file = temp.resolve("fleet.xlsx");
        Map<String, Integer> written = RvtoolsFleet.write(file, VMS, RvtoolsFleet.DEFAULT_SEED);
        List<VmRecord> vms = new ArrayList<>();

        ReadSummary summary = XlsxInventoryReader.read("fleet.xlsx", file, row -> vms.add(((ReadRow.Vm) row).vm()));

        assertThat(written).containsOnlyKeys("vInfo", "vDisk", "vPartition", "vNetwork", "vUSB", "vHost", "vMetaData")
                .containsEntry("vInfo", VMS).containsEntry("vHost", VMS / 25).containsEntry("vMetaData", 1);
        assertThat(summary).isEqualTo(new ReadSummary("fleet.xlsx", "vInfo", "RVTools xlsx", "4.7.1.4", VMS));
        assertThat(vms).allSatisfy(vm -> {
            assertThat(vm.warnings()).isEmpty();
            assertThat(vm.diskCount()).isBetween(1, 4);
            assertThat(vm.nicAdapterTypes()).isNotNull();
            assertThat(vm.diskCapacityMib()).isLessThanOrEqualTo(vm.provisionedMib());
            assertThat(vm.folder()).startsWith("/DC1/");
            assertThat(vm.hostCpuModel()).isNotBlank();
            assertThat(vm.partitionConsumedMib() != null).isEqualTo(vm.osTools() != null);
        });
        assertThat(vms.stream().mapToInt(VmRecord::diskCount).sum()).isEqualTo(written.get("vDisk"));
        assertThat(vms.stream().mapToInt(VmRecord::usbDevices).sum()).isEqualTo(written.get("vUSB"));
        assertThat(vms).filteredOn(vm -> vm.osTools() == null && vm.osConfig() != null).isNotEmpty();
        assertThat(vms).extracting(VmRecord::osConfig).contains("Microsoft Windows Server 2019 (64-bit)",
                "Red Hat Enterprise Linux 8 (64-bit)", "Ubuntu Linux (64-bit)");
        assertThat(Files.size(file)).isPositive();
    }
}
