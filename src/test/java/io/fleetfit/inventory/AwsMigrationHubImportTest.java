package io.fleetfit.inventory;

import static io.fleetfit.inventory.AzureMigrateImportTest.vm;
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

/**
 * AWS Migration Hub's import CSV, built from the field list of the import template
 * (../shared/real-inventories/aws-migration-hub/awsdocs__discovery-import.md): no real filled-in
 * file is public, so the rows follow the documentation's descriptions and examples.
 */
class AwsMigrationHubImportTest {

    static final String HEADER = "ExternalId,SMBiosId,IPAddress,MACAddress,HostName,VMware.MoRefId,VMware.VCenterId,"
            + "CPU.NumberOfProcessors,CPU.NumberOfCores,CPU.NumberOfLogicalCores,OS.Name,OS.Version,VMware.VMName,"
            + "RAM.TotalSizeInMB,RAM.UsedSizeInMB.Avg,RAM.UsedSizeInMB.Max,CPU.UsagePct.Avg,CPU.UsagePct.Max,"
            + "DiskReadsPerSecondInKB.Avg,DiskWritesPerSecondInKB.Avg,DiskReadsPerSecondInKB.Max,"
            + "DiskWritesPerSecondInKB.Max,DiskReadsOpsPerSecond.Avg,DiskWritesOpsPerSecond.Avg,"
            + "DiskReadsOpsPerSecond.Max,DiskWritesOpsPerSecond.Max,NetworkReadsPerSecondInKB.Avg,"
            + "NetworkWritesPerSecondInKB.Avg,NetworkReadsPerSecondInKB.Max,NetworkWritesPerSecondInKB.Max,"
            + "Applications,Tags";
    static final String FILE = HEADER + "\n"
            // a VMware VM: named by VMware.VMName, cores counted, tags naming environment and owner
            + "Inventory Id 1,4212a0b1-5c6d-7e8f-9a0b-1c2d3e4f5a6b,\"10.12.31.233, 10.12.32.11\",00:1B:44:11:3A:B7,"
            + "web01.corp.example,vm-1021,0f5ab8e3-1234-4c1d-9a77-5c2d3e4f5a6b,2,4,8,Ubuntu,22.04,Corp1,8192,"
            + "4096,6144,23.9,55.3,1159,199,3789,1843,45,8,1083,535,45,8,1083,535,"
            + "\"Webshop, Payments\",\"Environment:Production, Owner:team-web, zone:1, critical:yes\"\n"
            // a physical server: no VM name, so the host name; no cores, so logical cores
            + "Server 2,,192.0.0.2,,db02.corp.example,,,2,,16,Windows Server 2019,Datacenter,,65536,,,,,,,,,,,,,,,,,"
            + ",\"zone:3, critical:no, zone:1\"\n"
            // only the matching key
            + "CMBD Id 3,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,\n";

    @TempDir
    Path dir;

    @Test
    void recognisesTheImportTemplateByItsDottedFieldNames() {
        HeaderMap map = HeaderMap.of(List.of(HEADER.split(",")));

        assertThat(map.sourceFormat()).isEqualTo(SourceFormat.AWS_MIGRATION_HUB);
        assertThat(map.sourceFormat().label()).isEqualTo("AWS Migration Hub import CSV");
        assertThat(map.unitNotes()).containsExactly(
                "RAM.TotalSizeInMB: RAM labelled MB is binary (as vSphere and Hyper-V report it); read as MiB unchanged.");
    }

    @Test
    void readsVmwareVmWithApplicationsAndTags() throws IOException {
        VmRecord vm = vm(read().get(0));

        assertThat(vm.vmName()).isEqualTo("Corp1");
        assertThat(vm.dnsName()).isEqualTo("web01.corp.example");
        assertThat(vm.smbiosUuid()).isEqualTo("4212a0b1-5c6d-7e8f-9a0b-1c2d3e4f5a6b");
        assertThat(vm.primaryIp()).isEqualTo("10.12.31.233");
        assertThat(vm.viSdkServer()).isEqualTo("0f5ab8e3-1234-4c1d-9a77-5c2d3e4f5a6b");
        assertThat(vm.cpus()).isEqualTo(4);
        assertThat(vm.memoryMib()).isEqualTo(8192L);
        assertThat(vm.osConfig()).isEqualTo("Ubuntu 22.04");
        assertThat(vm.application()).isEqualTo("Webshop, Payments");
        assertThat(vm.environment()).isEqualTo("Production");
        assertThat(vm.owner()).isEqualTo("team-web");
        assertThat(vm.customAttributes())
                .containsEntry("zone", "1").containsEntry("critical", "yes").containsEntry("Environment", "Production")
                .containsEntry("ExternalId", "Inventory Id 1").containsEntry("VMware.MoRefId", "vm-1021")
                .doesNotContainKey("Tags");
        assertThat(vm.warnings()).isEmpty();
    }

    @Test
    void namesAServerWithoutVmNameByHostNameAndCountsLogicalCores() throws IOException {
        VmRecord vm = vm(read().get(1));

        assertThat(vm.vmName()).isEqualTo("db02.corp.example");
        assertThat(vm.cpus()).isEqualTo(16);
        assertThat(vm.osConfig()).isEqualTo("Windows Server 2019 Datacenter");
        assertThat(vm.memoryMib()).isEqualTo(65536L);
        assertThat(vm.customAttributes()).containsEntry("zone", "3, 1").containsEntry("critical", "no");
        assertThat(vm.environment()).isNull();
    }

    @Test
    void namesARecordWithOnlyTheMatchingKeyByItsExternalId() throws IOException {
        VmRecord vm = vm(read().get(2));

        assertThat(vm.vmName()).isEqualTo("CMBD Id 3");
        assertThat(vm.cpus()).isNull();
    }

    private List<ReadRow> read() throws IOException {
        Path file = Files.write(dir.resolve("aws-import.csv"), FILE.getBytes(StandardCharsets.UTF_8));
        List<ReadRow> rows = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file)) {
            ReadSummary summary = CsvInventoryReader.read("aws-import.csv", in, ReadOptions.DEFAULT, rows::add);
            assertThat(summary.rows()).isEqualTo(3);
            assertThat(summary.format()).isEqualTo("AWS Migration Hub import CSV");
        }
        return rows;
    }
}
