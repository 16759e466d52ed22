package io.fleetfit.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import io.fleetfit.assessment.SourceRef;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HeaderMapTest {

    @Test
    void mapsEveryCanonicalColumnOfAnRvtools47Header() {
        HeaderMap map = HeaderMap.of(HeaderMap.STANDARD_VINFO_HEADERS);

        int vinfoColumns = 0;
        for (InventoryColumn column : InventoryColumn.values()) {
            if (HeaderMap.STANDARD_VINFO_HEADERS.contains(column.label())) {
                vinfoColumns++;
                assertThat(map.has(column)).as(column.name()).isTrue();
                assertThat(map.headerOf(column)).isEqualTo(column.label());
            }
        }
        assertThat(vinfoColumns).isEqualTo(28);
        assertThat(map.sourceFormat()).isEqualTo(SourceFormat.RVTOOLS);
        assertThat(map.indexOf(InventoryColumn.VM_NAME)).isZero();
        assertThat(map.indexOf(InventoryColumn.CPUS)).isEqualTo(16);
        assertThat(map.customAttributeHeaders()).isEmpty();
        assertThat(map.isInventoryHeader()).isTrue();
        assertThat(map.isRvtoolsLayout()).isTrue();
    }

    @Test
    void standardHeaderListIsRvtools4714VinfoWithoutDuplicates() {
        assertThat(HeaderMap.STANDARD_VINFO_HEADERS).hasSize(90)
                .startsWith("VM", "Powerstate", "Template")
                .endsWith("VI SDK Server", "VI SDK UUID")
                .contains("Network #8", "SRM Placeholder", "Fixed Passthru HotPlug", "Guest Detailed Data");
        assertThat(new HashSet<>(HeaderMap.STANDARD_VINFO_HEADERS)).hasSize(90);
    }

    @Test
    void matchesHeadersIgnoringCaseAndWhitespace() {
        HeaderMap map = HeaderMap.of(List.of("  vm ", "POWERSTATE", "In  Use\tMiB", "os according to THE vmware tools"));

        assertThat(map.indexOf(InventoryColumn.VM_NAME)).isEqualTo(0);
        assertThat(map.indexOf(InventoryColumn.POWER_STATE)).isEqualTo(1);
        assertThat(map.indexOf(InventoryColumn.IN_USE_MIB)).isEqualTo(2);
        assertThat(map.indexOf(InventoryColumn.OS_TOOLS)).isEqualTo(3);
        assertThat(map.customAttributeHeaders()).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "VM Name | VM_NAME",
        "Power State | POWER_STATE",
        "Memory MiB | MEMORY_MIB",
        "Memory MB | MEMORY_MIB",
        "Provisioned MB | PROVISIONED_MIB",
        "In Use MB | IN_USE_MIB",
        "OS | OS_CONFIG",
        "vCPUs | CPUS",
        "Notes | ANNOTATION",
        "VM Status | POWER_STATE",
    })
    void acceptsCommonAliases(String header, InventoryColumn column) {
        assertThat(InventoryColumn.forHeader(header)).contains(column);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "vInfoVMName | VM_NAME",
        "vInfoPowerstate | POWER_STATE",
        "vInfoTemplate | TEMPLATE",
        "vInfoCPUs | CPUS",
        "vInfoMemory | MEMORY_MIB",
        "vInfoProvisioned | PROVISIONED_MIB",
        "vInfoInUse | IN_USE_MIB",
        "vInfoOS | OS_CONFIG",
        "vInfoOsAccordingToConfigFile | OS_CONFIG",
        "vInfoOSTools | OS_TOOLS",
        "vInfoGuestHostName | DNS_NAME",
        "vInfoDataCenter | DATACENTER",
        "vInfoVISDKServer | VI_SDK_SERVER",
        "vInfoUUID | SMBIOS_UUID",
        "vInfoFTState | FT_STATE",
        "vInfoNumMonitors | NUM_MONITORS",
        "vInfoFixedPassthruHotPlug | FIXED_PASSTHRU_HOTPLUG",
        "VINFOLATENCYSENSITIVITY | LATENCY_SENSITIVITY",
    })
    void mapsTabPrefixedRvtoolsCsvHeaders(String header, InventoryColumn column) {
        assertThat(InventoryColumn.forHeader(header)).contains(column);
    }

    @Test
    void leavesUnknownHeadersUnmapped() {
        assertThat(InventoryColumn.forHeader("Post-it")).isEmpty();
        assertThat(InventoryColumn.forHeader("vInfo")).isEmpty();
        assertThat(InventoryColumn.forHeader("vInfo_tags_Team")).isEmpty();
        assertThat(InventoryColumn.forHeader(null)).isEmpty();
    }

    @Test
    void firstOfDuplicateHeadersWins() {
        HeaderMap map = HeaderMap.of(List.of("VM", "CPUs", "Memory", "CPUs", "VM Name"));

        assertThat(map.indexOf(InventoryColumn.VM_NAME)).isZero();
        assertThat(map.indexOf(InventoryColumn.CPUS)).isEqualTo(1);
        assertThat(map.customAttributeHeaders()).isEmpty();
    }

    @Test
    void nonStandardHeadersAreCustomAttributesInSheetOrder() {
        HeaderMap map = HeaderMap.of(List.of("VM", "PRDorHML", "DB SQL", "Powerstate", "Config status",
                "Network #1", "Annotation", "Post-it", "Rubrik_LastBackup", "Backup", "Datacenter", "", "Backup"));

        assertThat(map.customAttributeHeaders())
                .containsExactly("PRDorHML", "DB SQL", "Post-it", "Rubrik_LastBackup", "Backup");
    }

    @Test
    void tabPrefixedStandardHeadersAreNotCustomAttributes() {
        HeaderMap map = HeaderMap.of(List.of("vInfoVMName", "vInfoConfigStatus", "vInfoNetwork1",
                "vInfoHWVersion", "vInfoVISDKUUID", "vInfo_tags_Team"));

        assertThat(HeaderMap.isStandardVinfoHeader("vInfoConfigStatus")).isTrue();
        assertThat(HeaderMap.isStandardVinfoHeader("vInfoNetwork1")).isTrue();
        assertThat(map.customAttributeHeaders()).containsExactly("vInfo_tags_Team");
    }

    @Test
    void aliasedColumnsAreNotCustomAttributes() {
        HeaderMap map = HeaderMap.of(List.of("VM Name", "Power State", "Memory MB", "Owner"));

        assertThat(map.customAttributeHeaders()).containsExactly("Owner");
        assertThat(map.headerOf(InventoryColumn.MEMORY_MIB)).isEqualTo("Memory MB");
        assertThat(map.isRvtoolsLayout()).isFalse();
    }

    @Test
    void isInventoryHeaderOnlyWithAVmColumn() {
        assertThat(HeaderMap.of(List.of("VM Name", "CPUs")).isInventoryHeader()).isTrue();
        assertThat(HeaderMap.of(List.of("Name", "Message", "Message type")).isInventoryHeader()).isFalse();
        assertThat(HeaderMap.of(List.of()).isInventoryHeader()).isFalse();
    }

    @Test
    void absentColumnIsReportedByItsLabel() {
        HeaderMap map = HeaderMap.of(List.of("VM"));

        assertThat(map.has(InventoryColumn.CPUS)).isFalse();
        assertThat(map.indexOf(InventoryColumn.CPUS)).isEqualTo(-1);
        assertThat(map.headerOf(InventoryColumn.CPUS)).isEqualTo("CPUs");
    }

    @Test
    void ignoresByteOrderMarkAndBlankOrNullHeaders() {
        ArrayList<String> row = new ArrayList<>(List.of("\uFEFFVM", " ", "CPUs"));
        row.add(null);
        HeaderMap map = HeaderMap.of(row);

        assertThat(map.indexOf(InventoryColumn.VM_NAME)).isZero();
        assertThat(map.indexOf(InventoryColumn.CPUS)).isEqualTo(2);
        assertThat(map.customAttributeHeaders()).isEmpty();
        assertThat(map.headers()).containsExactly("VM", "", "CPUs", "");
    }
    @Test
    void survivesJavaSerializationAsSparkShipsIt() throws Exception {
        HeaderMap map = HeaderMap.of(List.of("Name", "RAM (GB)", "Disk 1 size (In GB)", "Tags"),
                new ReadOptions(null, Map.of("Name", "vm_name")), true);

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(map);
        }
        HeaderMap copy;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            copy = (HeaderMap) in.readObject();
        }
        ReadRow row = RowParser.parse(new SourceRef("m.csv", "", 2), copy, List.of("web", "1,5", "10", "env:test"));

        assertThat(copy.sourceFormat()).isEqualTo(SourceFormat.MAPPED);
        assertThat(copy.notes()).isEqualTo(map.notes());
        assertThat(row).isEqualTo(RowParser.parse(new SourceRef("m.csv", "", 2), map, List.of("web", "1,5", "10", "env:test")));
        assertThat(((ReadRow.Vm) row).vm().memoryMib()).isEqualTo(1536L);
        assertThat(((ReadRow.Vm) row).vm().environment()).isEqualTo("test");
    }

    @Test
    void hostNameIsTheDnsNameAndTheVmNameOnlyWhenNothingElseNamesIt() {
        HeaderMap withVm = HeaderMap.of(List.of("VM", "HostName"));
        HeaderMap withoutVm = HeaderMap.of(List.of("HostName", "ExternalId"));

        assertThat(withVm.indexOf(InventoryColumn.VM_NAME)).isZero();
        assertThat(withVm.indexOf(InventoryColumn.DNS_NAME)).isEqualTo(1);
        assertThat(withoutVm.indexOf(InventoryColumn.VM_NAME)).isZero();
        assertThat(withoutVm.customAttributeHeaders()).containsExactly("ExternalId");
    }

    @Test
    void mappedIgnoredColumnIsNeitherFactNorAttribute() {
        HeaderMap map = HeaderMap.of(List.of("VM", "Erstellt von", "Backup"),
                new ReadOptions(null, Map.of("Erstellt von", "ignore", "Backup", "attribute")));

        assertThat(map.customAttributeHeaders()).containsExactly("Backup");
    }
}
