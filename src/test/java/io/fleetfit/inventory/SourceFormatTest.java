package io.fleetfit.inventory;

import static io.fleetfit.inventory.AzureMigrateImportTest.vm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fleetfit.assessment.PowerState;
import io.fleetfit.assessment.SourceRef;
import io.fleetfit.assessment.VmRecord;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SourceFormatTest {

    /** The RVTools 3.x vInfo header: 4.x's with sizes headed MB and KB. */
    static final List<String> RVTOOLS_3_HEADER = HeaderMap.STANDARD_VINFO_HEADERS.stream()
            .map(h -> h.replace(" MiB", " MB").replace(" KiB", " KB")).toList();

    /** ServerList of ../shared/real-inventories/other/bmead21__RVTools_Kyndryl-processed.xlsx. */
    static final List<String> KYNDRYL_SERVER_LIST = List.of("VM Name", "Powerstate", "CPUs", "Memory (GB)",
            "Provisioned Disk (GB)", "In Use Disk (GB)", "Cluster", "OS according to the configuration file",
            "In Scope for Prod?", "In Scope for DR?", "Notes");

    @TempDir
    Path dir;

    @Test
    void namesTheTabPrefixedRvtoolsCsvExportAndReadsIt() throws IOException {
        String csv = "vInfoVMName,vInfoPowerstate,vInfoTemplate,vInfoConfigStatus,vInfoDNSName,vInfoCPUs,vInfoMemory,"
                + "vInfoNICs,vInfoDisks,vInfoProvisioned,vInfoInUse,vInfoAnnotation,vInfoDataCenter,vInfoCluster,"
                + "vInfoHost,vInfoOS,vInfoOSTools,vInfoUUID,vInfoInstanceUUID,vInfoVISDKServer,vInfo_tags_Team\n"
                + "acme-web-01,poweredOn,False,green,web01.acme.local,4,8192,1,2,102400,51200,Webshop,DC1,Prod,"
                + "esx01,Ubuntu Linux (64-bit),Ubuntu Linux (64-bit),4212a0b1-0000-0000-0000-000000000001,"
                + "50123456-0000-0000-0000-000000000001,vc01.acme.local,Web\n";
        Path file = Files.write(dir.resolve("RVTools_tabvInfo.csv"), csv.getBytes(StandardCharsets.UTF_8));

        List<ReadRow> rows = new ArrayList<>();
        ReadSummary summary;
        try (InputStream in = Files.newInputStream(file)) {
            summary = CsvInventoryReader.read("RVTools_tabvInfo.csv", in, ReadOptions.DEFAULT, rows::add);
        }

        assertThat(summary.format()).isEqualTo("RVTools CSV export");
        VmRecord vm = vm(rows.get(0));
        assertThat(vm.powerState()).isEqualTo(PowerState.ON);
        assertThat(vm.cpus()).isEqualTo(4);
        assertThat(vm.memoryMib()).isEqualTo(8192L);
        assertThat(vm.provisionedMib()).isEqualTo(102_400L);
        assertThat(vm.diskCount()).isEqualTo(2);
        assertThat(vm.osTools()).isEqualTo("Ubuntu Linux (64-bit)");
        assertThat(vm.smbiosUuid()).isEqualTo("4212a0b1-0000-0000-0000-000000000001");
        assertThat(vm.vmUuid()).isEqualTo("50123456-0000-0000-0000-000000000001");
        assertThat(vm.customAttributes()).containsExactly(Map.entry("vInfo_tags_Team", "Web"));
    }

    @Test
    void rvtools3HeadersAreRvtoolsWithMbSizesReadAsMib() {
        HeaderMap map = HeaderMap.of(RVTOOLS_3_HEADER);

        assertThat(map.sourceFormat()).isEqualTo(SourceFormat.RVTOOLS);
        assertThat(map.headerOf(InventoryColumn.PROVISIONED_MIB)).isEqualTo("Provisioned MB");
        assertThat(map.customAttributeHeaders()).isEmpty();
        assertThat(map.unitNotes()).containsExactly("Provisioned MB, In Use MB: storage labelled MB is binary"
                + " (RVTools 3.x's name for MiB); read as MiB unchanged.");
        VmRecord vm = vm(RowParser.parse(new SourceRef("v3.xlsx", "vInfo", 2), map,
                cells(RVTOOLS_3_HEADER, Map.of("VM", "old-01", "Memory", "4096", "Provisioned MB", "40960"))));
        assertThat(vm.memoryMib()).isEqualTo(4096L);
        assertThat(vm.provisionedMib()).isEqualTo(40_960L);
    }

    @Test
    void serverListInGigabytesIsGenericWithRamBinaryAndDisksDecimal() {
        HeaderMap map = HeaderMap.of(KYNDRYL_SERVER_LIST);

        assertThat(map.sourceFormat()).isEqualTo(SourceFormat.GENERIC);
        assertThat(map.sourceFormat().label()).isEqualTo("Generic inventory");
        assertThat(map.unitNotes()).containsExactly(
                "Memory (GB): RAM labelled GB is binary; converted from GiB to MiB (x 1,024).",
                "Provisioned Disk (GB), In Use Disk (GB): decimal GB converted to MiB (x 1,000,000,000 / 1,048,576).");
        // the first real row: 4 GB of RAM (the tool divided MiB by 1024), 129.38 GB of disk (MiB / 953.7)
        VmRecord vm = vm(RowParser.parse(new SourceRef("k.xlsx", "ServerList", 2), map,
                List.of("AEDC3.SMLENROLLER.COM", "poweredOn", "2", "4", "129.38", "86.59999999999999", "SML-PROD",
                        "Microsoft Windows Server 2012 (64-bit)", "", "", "")));
        assertThat(vm.memoryMib()).isEqualTo(4096L);
        assertThat(vm.provisionedMib()).isEqualTo(Math.round(129.38e9 / 1_048_576));
        assertThat(vm.inUseMib()).isEqualTo(Math.round(86.6e9 / 1_048_576));
    }

    @Test
    void plainVinfoHeaderIsRvtools() {
        assertThat(HeaderMap.of(HeaderMap.STANDARD_VINFO_HEADERS).sourceFormat().label()).isEqualTo("RVTools vInfo");
    }

    @Test
    void anyMappedHeaderMakesTheFileMapped() {
        ReadOptions options = new ReadOptions(null, Map.of("Hostname", "vm_name"));

        assertThat(HeaderMap.of(List.of("Hostname", "OS"), options).sourceFormat()).isEqualTo(SourceFormat.MAPPED);
        assertThat(HeaderMap.of(List.of("VM", "OS"), options).sourceFormat()).isEqualTo(SourceFormat.GENERIC);
    }

    @Test
    void forcedFormatNamesTheFileButEveryColumnIsStillRead() {
        HeaderMap map = HeaderMap.of(List.of("VM", "CPUs"), new ReadOptions("Azure-Migrate", Map.of()));

        assertThat(map.sourceFormat()).isEqualTo(SourceFormat.AZURE_MIGRATE);
        assertThat(map.has(InventoryColumn.CPUS)).isTrue();
    }

    @Test
    void forcedFormatReachesTheCsvReader() throws IOException {
        Path file = Files.write(dir.resolve("list.csv"), "VM,CPUs\nweb,2\n".getBytes(StandardCharsets.UTF_8));

        ReadSummary summary;
        try (InputStream in = Files.newInputStream(file)) {
            summary = CsvInventoryReader.read("list.csv", in, new ReadOptions("rvtools", Map.of()), r -> { });
        }

        assertThat(summary.format()).isEqualTo("RVTools CSV");
    }

    @ParameterizedTest
    @ValueSource(strings = {"rvtools", "rvtools-csv", "azure-migrate", "aws-mhub", "template", "generic"})
    void everyIdForcesItsFormat(String id) {
        assertThat(new ReadOptions(id, Map.of()).format().id()).isEqualTo(id);
    }

    @Test
    void unknownFormatIdIsRefusedListingTheValidOnes() {
        assertThatThrownBy(() -> new ReadOptions("vmware", Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Unknown inventory format 'vmware'; valid formats are: rvtools, rvtools-csv, azure-migrate,"
                        + " aws-mhub, template, mapped, generic.");
    }

    @Test
    void mappedFormatNeedsAMapping() {
        assertThatThrownBy(() -> new ReadOptions("mapped", Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--mapping");
        assertThat(new ReadOptions("mapped", Map.of("Name", "vm_name")).format()).isEqualTo(SourceFormat.MAPPED);
    }

    @Test
    void unknownFieldInOptionsIsRefused() {
        assertThatThrownBy(() -> new ReadOptions(null, Map.of("Name", "hostname")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("unknown field 'hostname'; fields are: vm_name, vm_uuid,");
    }

    @Test
    void starsAreNotEnoughWithoutAzuresHeaders() {
        assertThat(HeaderMap.of(List.of("*VM", "*Owner")).sourceFormat()).isEqualTo(SourceFormat.GENERIC);
        assertThat(HeaderMap.of(List.of("Server name", "Cores", "Memory (In MB)", "OS name")).sourceFormat())
                .isEqualTo(SourceFormat.AZURE_MIGRATE);
    }

    private static List<String> cells(List<String> header, Map<String, String> values) {
        List<String> cells = new ArrayList<>();
        for (String h : header) {
            cells.add(values.getOrDefault(h, ""));
        }
        return cells;
    }
}
