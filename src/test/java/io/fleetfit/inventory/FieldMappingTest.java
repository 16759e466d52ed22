package io.fleetfit.inventory;

import static io.fleetfit.inventory.AzureMigrateImportTest.vm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fleetfit.assessment.SourceRef;
import io.fleetfit.assessment.VmRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FieldMappingTest {

    /** The header row of ../shared/real-inventories/other/spiral023__Server-Doku-23-02-2026-01_44_01.xlsx, sheet "Server Doku". */
    static final List<String> SERVER_DOKU_HEADER = List.of("Name", "Sektionen", "Kategorie", "Servertyp", "Firma",
            "Wartungsfenster", "Domäne", "IP", "HW-Überwachung", "Hardware", "EoS", "Betriebssystem", "Kommentar",
            "SysV", "SysV Kürzel", "SysV Abteilung", "SysVStv", "SysVStv Kürzel", "SysVStv Abteilung",
            "Monitoringgruppe", "AD-Tier", "DC", "BZ", "Prüfflags", "Erstellt von", "Erstellungsdatum",
            "Geändert von", "Änderungsdatum", "Standort", "Serverraum", "Schrankreihe", "Schrank",
            "HW-Verantwortlicher", "RSB-IP", "TSM-Backup", "Minimalbetrieb", "Monitoring-Name Stmk",
            "Monitoring-Priority Stmk", "Monitoring-ServiceTime Stmk", "CV-Backup", "AZ");
    /** Its one data row, cell by cell (booleans as Excel shows them). */
    static final List<String> SERVER_DOKU_ROW = List.of("servername1101", "SERVER", "Kategorie 2-4e",
            "Applikationsserver", "RAITEC", "SRVSTD1", "GRZ.RBGOOE.AT", "10.18.77.129", "n", "VMware", "", "W2022",
            "Testserver Ferialpraktikant", "ASANGER Philipp", "lrcuasa", "RAITEC/IN-VIA", "WINTER Simon", "lrcuwis",
            "RAITEC/IN-VIA", "Mis", "1", "0", "E", "0         ", "SDDC", "2025-07-18T09:08:10", "lrcukoj",
            "2025-11-20T13:10:00", "RZ Linz", "VCenter9910", "CL_LNZ_SRV_9910_WIN06", "VMware", "RAITEC/IN-VIA", " ",
            "TRUE", "FALSE", "", "", "", "TRUE", "FTZ");

    private static final Path GERMAN_CMDB = Path.of("jobs", "mappings", "german-cmdb.csv");

    @Test
    void exampleMappingReadsTheGermanCmdbExport() throws IOException {
        Map<String, String> mapping = FieldMapping.parse(GERMAN_CMDB.toString(),
                Files.readAllLines(GERMAN_CMDB, StandardCharsets.UTF_8));
        HeaderMap map = HeaderMap.of(SERVER_DOKU_HEADER, new ReadOptions(null, mapping));

        VmRecord vm = vm(RowParser.parse(new SourceRef("Server-Doku.xlsx", "Server Doku", 2), map, SERVER_DOKU_ROW));

        assertThat(map.sourceFormat()).isEqualTo(SourceFormat.MAPPED);
        assertThat(map.sourceFormat().label()).isEqualTo("Mapped (mapping file)");
        assertThat(map.notes()).containsExactly("Mapping file: 11 of 11 mapped headers found.");
        assertThat(vm.vmName()).isEqualTo("servername1101");
        assertThat(vm.primaryIp()).isEqualTo("10.18.77.129");
        assertThat(vm.osConfig()).isEqualTo("W2022");
        assertThat(vm.annotation()).isEqualTo("Testserver Ferialpraktikant");
        assertThat(vm.owner()).isEqualTo("ASANGER Philipp");
        assertThat(vm.businessUnit()).isEqualTo("RAITEC/IN-VIA");
        assertThat(vm.datacenter()).isEqualTo("RZ Linz");
        assertThat(vm.viSdkServer()).isEqualTo("VCenter9910");
        assertThat(vm.cluster()).isEqualTo("CL_LNZ_SRV_9910_WIN06");
        assertThat(vm.customAttributes())
                .containsEntry("Servertyp", "Applikationsserver").containsEntry("Domäne", "GRZ.RBGOOE.AT")
                .containsEntry("AD-Tier", "1").containsEntry("SysV", "ASANGER Philipp")
                .doesNotContainKeys("Name", "IP", "Betriebssystem", "Erstellt von", "Geändert von", "RSB-IP");
        assertThat(vm.cpus()).isNull();
        assertThat(vm.warnings()).isEmpty();
    }

    @Test
    void withoutTheMappingTheCmdbExportHasNoVmColumn() {
        assertThat(HeaderMap.of(SERVER_DOKU_HEADER).isInventoryHeader()).isFalse();
    }

    @Test
    void mappingWinsOverAliasesAndCarriesTheUnit() {
        Map<String, String> mapping = FieldMapping.parse("m.properties", List.of(
                "# sizes in this CMDB are decimal GB",
                "Host=vm_name",
                "RAM\\ GB=memory_gib",
                "Disk GB=provisioned_gb",
                "Memory=ignore"));
        HeaderMap map = HeaderMap.of(List.of("Host", "RAM GB", "Disk GB", "Memory", "VM"), new ReadOptions(null, mapping));

        VmRecord vm = vm(RowParser.parse(new SourceRef("c.csv", "", 2), map, List.of("srv1", "8", "100", "1", "other")));

        assertThat(vm.vmName()).isEqualTo("srv1");
        assertThat(vm.host()).isNull();
        assertThat(vm.memoryMib()).isEqualTo(8192L);
        assertThat(vm.provisionedMib()).isEqualTo(Math.round(100e9 / 1_048_576));
        assertThat(vm.customAttributes()).isEmpty();
        assertThat(map.unitNotes()).containsExactly("RAM GB: mapped as memory_gib; GiB converted to MiB (x 1,024).",
                "Disk GB: mapped as provisioned_gb; decimal GB converted to MiB (x 1,000,000,000 / 1,048,576).");
    }

    @Test
    void readsCsvAndPropertiesLinesCommentsQuotesAndBom() {
        Map<String, String> mapping = FieldMapping.parse("m.csv", List.of(
                "\uFEFFheader,field",
                "# comment",
                "",
                "  Server , VM_NAME ",
                "\"Speicher, in GB\",memory_gib",
                "Betriebs\\u00adsystem=os",
                "Network #1;attribute",
                "Umgebung\tenvironment"));

        assertThat(mapping).containsExactly(Map.entry("Server", "vm_name"), Map.entry("Speicher, in GB", "memory_gib"),
                Map.entry("Betriebs\u00adsystem", "os"), Map.entry("Network #1", "attribute"),
                Map.entry("Umgebung", "environment"));
    }

    @Test
    void unknownFieldIsRefusedNamingFileAndLine() {
        assertThatThrownBy(() -> FieldMapping.parse("cmdb.csv", List.of("# x", "Name,vm_name", "RAM,memory")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("cmdb.csv line 3: unknown field 'memory'; fields are: vm_name,")
                .hasMessageContaining("memory_mib, memory_gib, memory_tib, memory_mb, memory_gb, memory_tb");
    }

    @Test
    void lineWithoutFieldIsRefusedNamingTheLine() {
        assertThatThrownBy(() -> FieldMapping.parse("cmdb.csv", List.of("Name")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cmdb.csv line 1: expected 'header,field' or 'header=field', found 'Name'.");
    }

    @Test
    void headerMappedTwiceIsRefused() {
        assertThatThrownBy(() -> FieldMapping.parse("cmdb.csv", List.of("Name,vm_name", "NAME,dns_name")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cmdb.csv line 2: header 'NAME' is already mapped on line 1.");
    }

    @Test
    void fieldListNamesEveryColumnAndEveryUnit() {
        assertThat(FieldMapping.fields()).contains("vm_name", "vm_uuid", "smbios_uuid", "dns_name", "primary_ip",
                "power_state", "template", "os", "os_version", "cpus", "memory_mib", "memory_mb", "memory_gb",
                "provisioned_mib", "provisioned_gb", "in_use_mib", "in_use_gb", "datacenter", "cluster", "host",
                "folder", "resource_pool", "vapp", "annotation", "application", "owner", "environment",
                "business_unit", "tags", "attribute", "ignore")
                .doesNotContain("memory", "provisioned", "in_use");
    }

    @Test
    void twoHeadersForOneFieldAreReadInSheetOrder() {
        HeaderMap map = HeaderMap.of(List.of("Hostname", "FQDN"),
                new ReadOptions(null, Map.of("Hostname", "vm_name", "FQDN", "vm_name")));

        assertThat(vm(RowParser.parse(new SourceRef("c.csv", "", 2), map, List.of("", "a.example"))).vmName())
                .isEqualTo("a.example");
    }
}
