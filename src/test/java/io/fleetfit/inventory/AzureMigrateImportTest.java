package io.fleetfit.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import io.fleetfit.assessment.VmRecord;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Azure Migrate's "Import using CSV" file, as the portal's template has it: UTF-8 with a BOM, "*" on mandatory columns. */
class AzureMigrateImportTest {

    /** The header and the three rows of ../shared/real-inventories/azure-migrate/polichtm__AzureMigrateimport-01.csv. */
    static final String REAL_FILE = "\uFEFF*Server name,IP addresses,*Cores,*Memory (In MB),*OS name,OS version,"
            + "OS architecture,Server type,Hypervisor,CPU utilization percentage,Memory utilization percentage,"
            + "Network adapters,Network In throughput,Network Out throughput,Boot type,Number of disks,"
            + "Storage in use (In GB),Disk 1 size (In GB),Disk 1 read throughput (MB per second),"
            + "Disk 1 write throughput (MB per second),Disk 1 read ops (operations per second),"
            + "Disk 1 write ops (operations per second),Disk 2 size (In GB),Disk 2 read throughput (MB per second),"
            + "Disk 2 write throughput (MB per second),Disk 2 read ops (operations per second),"
            + "Disk 2 write ops (operations per second)\r\n"
            + "DC01,192.168.0.2,1,2048,Microsoft Windows Server 2008 R2 Standard,,x64,Virtual,Hyper-V,25,45,1,25,25,BIOS,1,40,45,50,30,20,10,,,,,\r\n"
            + "FS01,192.168.0.5,1,2048,Windows Server 2012 R2 Datacenter,,x64,Virtual,Hyper-V,50,50,1,50,60,BIOS,1,50,60,300,200,300,250,,,,,\r\n"
            + "WEB01,192.168.0.6,1,2048,Windows Server 2016 Standard,,x64,Virtual,Hyper-V,10,30,1,65,90,BIOS,1,35,50,100,50,100,50,,,,,\r\n";

    @TempDir
    Path dir;

    @Test
    void recognisesTheRealFileByItsStarredHeadersDespiteTheBom() throws IOException {
        Path file = write("AzureMigrateimport-01.csv", REAL_FILE);

        CsvInventoryReader.CsvHeader header = inspect(file);
        HeaderMap map = HeaderMap.of(header, ReadOptions.DEFAULT);

        assertThat(header.charset()).isEqualTo("UTF-8");
        assertThat(header.cells().get(0)).isEqualTo("*Server name");
        assertThat(map.sourceFormat()).isEqualTo(SourceFormat.AZURE_MIGRATE);
        assertThat(map.sourceFormat().label()).isEqualTo("Azure Migrate import CSV");
        assertThat(map.headerOf(InventoryColumn.VM_NAME)).isEqualTo("*Server name");
    }

    @Test
    void joinsOsNameAndArchitectureAndReadsSizes() throws IOException {
        List<ReadRow> rows = new ArrayList<>();
        ReadSummary summary = read(write("azure.csv", REAL_FILE), rows);

        assertThat(summary.rows()).isEqualTo(3);
        assertThat(summary.format()).isEqualTo("Azure Migrate import CSV");
        VmRecord dc01 = vm(rows.get(0));
        assertThat(dc01.vmName()).isEqualTo("DC01");
        assertThat(dc01.primaryIp()).isEqualTo("192.168.0.2");
        assertThat(dc01.osConfig()).isEqualTo("Microsoft Windows Server 2008 R2 Standard (64-bit)");
        assertThat(dc01.cpus()).isEqualTo(1);
        // RAM labelled MB is binary: 2048 "MB" is a 2 GiB VM, not 1953 MiB
        assertThat(dc01.memoryMib()).isEqualTo(2048L);
        // 45 decimal GB of disk, 40 GB in use
        assertThat(dc01.provisionedMib()).isEqualTo(42915L);
        assertThat(dc01.inUseMib()).isEqualTo(38147L);
        assertThat(dc01.diskCount()).isEqualTo(1);
        assertThat(dc01.customAttributes()).containsEntry("Hypervisor", "Hyper-V").containsEntry("Server type", "Virtual")
                .doesNotContainKeys("*Server name", "Disk 1 size (In GB)", "OS architecture");
        assertThat(dc01.warnings()).isEmpty();
        assertThat(vm(rows.get(1)).osConfig()).isEqualTo("Windows Server 2012 R2 Datacenter (64-bit)");
        assertThat(vm(rows.get(2)).osConfig()).isEqualTo("Windows Server 2016 Standard (64-bit)");
    }

    @Test
    void sumsEveryDiskIntoProvisionedStorageAndSaysSo() throws IOException {
        String csv = "*Server name,*Cores,*Memory (In MB),*OS name,OS version,OS architecture,Disk 1 size (In GB),"
                + "Disk 2 size (In GB),Disk 3 size (In GB)\n"
                + "app01,4,8192,Ubuntu,22.04,x64,100,\"1,000\",\n"
                + "app02,2,4096,Red Hat Enterprise Linux,8.6,x86,,,\n";
        List<ReadRow> rows = new ArrayList<>();
        ReadSummary summary = read(write("azure-disks.csv", csv), rows);

        VmRecord app01 = vm(rows.get(0));
        assertThat(app01.provisionedMib()).isEqualTo(Math.round(1_100e9 / 1_048_576));
        assertThat(app01.osConfig()).isEqualTo("Ubuntu 22.04 (64-bit)");
        VmRecord app02 = vm(rows.get(1));
        assertThat(app02.provisionedMib()).isNull();
        assertThat(app02.osConfig()).isEqualTo("Red Hat Enterprise Linux 8.6 (32-bit)");
        assertThat(summary.notes()).contains(
                "*Memory (In MB): RAM labelled MB is binary (as vSphere and Hyper-V report it); read as MiB unchanged.",
                "Disk 1 size (In GB), Disk 2 size (In GB), Disk 3 size (In GB): decimal GB converted to MiB"
                        + " (x 1,000,000,000 / 1,048,576).",
                "Disk 1 size (In GB), Disk 2 size (In GB), Disk 3 size (In GB): summed into provisioned storage.");
    }

    private Path write(String name, String text) throws IOException {
        return Files.write(dir.resolve(name), text.getBytes(StandardCharsets.UTF_8));
    }

    private static CsvInventoryReader.CsvHeader inspect(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return CsvInventoryReader.inspect(in);
        }
    }

    private static ReadSummary read(Path file, List<ReadRow> rows) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return CsvInventoryReader.read(file.getFileName().toString(), in, ReadOptions.DEFAULT, rows::add);
        }
    }

    static VmRecord vm(ReadRow row) {
        assertThat(row).isInstanceOf(ReadRow.Vm.class);
        return ((ReadRow.Vm) row).vm();
    }
}
