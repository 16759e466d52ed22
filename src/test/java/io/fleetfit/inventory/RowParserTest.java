package io.fleetfit.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import io.fleetfit.assessment.PowerState;
import io.fleetfit.assessment.Rejection;
import io.fleetfit.assessment.SourceRef;
import io.fleetfit.assessment.VmRecord;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RowParserTest {

    private static final SourceRef SOURCE = new SourceRef("acme.xlsx", "vInfo", 7);
    private static final HeaderMap SMALL = HeaderMap.of(List.of("VM", "Powerstate", "Template", "CPUs",
            "Memory", "Provisioned MiB", "In Use MiB", "Annotation", "Fixed Passthru HotPlug", "Num Monitors"));

    @Test
    void readsAnRvtoolsRowIntoARecord() {
        HeaderMap header = HeaderMap.of(List.of("VM", "Powerstate", "Template", "DNS Name", "CPUs", "Memory",
                "Primary IP Address", "Resource pool", "Folder", "vApp", "FT State", "Latency Sensitivity",
                "Num Monitors", "Provisioned MiB", "In Use MiB", "Cluster rule(s)", "Annotation", "Post-it",
                "Datacenter", "Cluster", "Host", "OS according to the configuration file",
                "OS according to the VMware Tools", "Guest Detailed Data", "SMBIOS UUID", "VM UUID",
                "VI SDK Server", "Fixed Passthru HotPlug"));
        List<String> cells = List.of("acme-web-01", "poweredOn", "False", "web01.acme.example", "4", "16384",
                "10.1.2.3", "/DC1/Prod/Resources/Web", "Web", "", "notConfigured", "normal",
                "1", "102400", "51200", "", "Frontend", "call Bob",
                "DC1", "Prod", "esx01.acme.example", "Ubuntu Linux (64-bit)",
                "Ubuntu Linux (64-bit)", "prettyName='Ubuntu 22.04.4 LTS'", "4207aaaa-0000-0000-0000-000000000001",
                "5007bbbb-0000-0000-0000-000000000001", "vcenter01.acme.example", "False");

        VmRecord vm = vm(RowParser.parse(SOURCE, header, cells));

        assertThat(vm.source()).isEqualTo(SOURCE);
        assertThat(vm.vmName()).isEqualTo("acme-web-01");
        assertThat(vm.powerState()).isEqualTo(PowerState.ON);
        assertThat(vm.template()).isFalse();
        assertThat(vm.dnsName()).isEqualTo("web01.acme.example");
        assertThat(vm.cpus()).isEqualTo(4);
        assertThat(vm.memoryMib()).isEqualTo(16384L);
        assertThat(vm.primaryIp()).isEqualTo("10.1.2.3");
        assertThat(vm.resourcePool()).isEqualTo("/DC1/Prod/Resources/Web");
        assertThat(vm.folder()).isEqualTo("Web");
        assertThat(vm.vApp()).isNull();
        assertThat(vm.ftState()).isEqualTo("notConfigured");
        assertThat(vm.latencySensitivity()).isEqualTo("normal");
        assertThat(vm.numMonitors()).isEqualTo(1);
        assertThat(vm.provisionedMib()).isEqualTo(102400L);
        assertThat(vm.inUseMib()).isEqualTo(51200L);
        assertThat(vm.clusterRules()).isNull();
        assertThat(vm.annotation()).isEqualTo("Frontend");
        assertThat(vm.customAttributes()).containsExactly(Map.entry("Post-it", "call Bob"));
        assertThat(vm.datacenter()).isEqualTo("DC1");
        assertThat(vm.cluster()).isEqualTo("Prod");
        assertThat(vm.host()).isEqualTo("esx01.acme.example");
        assertThat(vm.osConfig()).isEqualTo("Ubuntu Linux (64-bit)");
        assertThat(vm.osTools()).isEqualTo("Ubuntu Linux (64-bit)");
        assertThat(vm.guestDetail()).isEqualTo("prettyName='Ubuntu 22.04.4 LTS'");
        assertThat(vm.smbiosUuid()).isEqualTo("4207aaaa-0000-0000-0000-000000000001");
        assertThat(vm.vmUuid()).isEqualTo("5007bbbb-0000-0000-0000-000000000001");
        assertThat(vm.viSdkServer()).isEqualTo("vcenter01.acme.example");
        assertThat(vm.fixedPassthruHotPlug()).isFalse();
        assertThat(vm.warnings()).isEmpty();
    }

    @Test
    void rejectsARowWithoutVmName() {
        ReadRow row = RowParser.parse(SOURCE, SMALL, List.of("  ", "poweredOn", "False", "2"));

        assertThat(row).isEqualTo(new ReadRow.Rejected(new Rejection(SOURCE, "", "No VM name in column VM.")));
    }

    @Test
    void rejectionNamesTheVmColumnAsTheFileSpellsIt() {
        HeaderMap header = HeaderMap.of(List.of("VM Name", "CPUs"));

        ReadRow row = RowParser.parse(SOURCE, header, List.of("", "2"));

        assertThat(((ReadRow.Rejected) row).rejection().reason()).isEqualTo("No VM name in column VM Name.");
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', value = {
        "16384 | 16384",
        "16,384 | 16384",
        "16 384 | 16384",
        "16\u00A0384 | 16384",
        "1,048,576 | 1048576",
        "1.048.576 | 1048576",
        "16384.0 | 16384",
        "2048.4 | 2048",
        "2048.5 | 2049",
        "'  512 ' | 512",
    })
    void readsMibWithThousandsSeparatorsAndRounds(String raw, long expected) {
        VmRecord vm = vm(RowParser.parse(SOURCE, SMALL, cells("Memory", raw)));

        assertThat(vm.memoryMib()).isEqualTo(expected);
        assertThat(vm.warnings()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"4", "4.0", "4.00", "+4"})
    void readsWholeCpuCountsWrittenAsDecimals(String raw) {
        assertThat(vm(RowParser.parse(SOURCE, SMALL, cells("CPUs", raw))).cpus()).isEqualTo(4);
    }

    @Test
    void unreadableNumberBecomesUnknownWithAWarningNamingColumnAndValue() {
        VmRecord vm = vm(RowParser.parse(SOURCE, SMALL, cells("CPUs", "four")));

        assertThat(vm.cpus()).isNull();
        assertThat(vm.warnings()).containsExactly("CPUs 'four' is not a number; treated as unknown.");
    }

    @Test
    void negativeNumberBecomesUnknownWithAWarning() {
        VmRecord vm = vm(RowParser.parse(SOURCE, SMALL, cells("Provisioned MiB", "-1")));

        assertThat(vm.provisionedMib()).isNull();
        assertThat(vm.warnings()).containsExactly("Provisioned MiB '-1' is negative; treated as unknown.");
    }

    @Test
    void hugeNumberBecomesUnknownWithoutBeingExpanded() {
        VmRecord vm = vm(RowParser.parse(SOURCE, SMALL, cells("Memory", "1E+999999999")));

        assertThat(vm.memoryMib()).isNull();
        assertThat(vm.warnings()).containsExactly("Memory '1E+999999999' is too large; treated as unknown.");
    }

    @Test
    void fractionalCpuCountBecomesUnknownWithAWarning() {
        VmRecord vm = vm(RowParser.parse(SOURCE, SMALL, cells("CPUs", "2.5")));

        assertThat(vm.cpus()).isNull();
        assertThat(vm.warnings()).containsExactly("CPUs '2.5' is not a whole number; treated as unknown.");
    }

    @Test
    void zeroCpusAndMemoryOfAnInaccessibleVmAreUnknown() {
        List<String> cells = cells("CPUs", "0");
        cells.set(4, "0");
        cells.set(6, "0");

        VmRecord vm = vm(RowParser.parse(SOURCE, SMALL, cells));

        assertThat(vm.cpus()).isNull();
        assertThat(vm.memoryMib()).isNull();
        assertThat(vm.inUseMib()).isZero();
        assertThat(vm.warnings()).hasSize(2).allSatisfy(w -> assertThat(w).contains("is zero"));
    }

    @Test
    void ambiguousDecimalCommaIsNotGuessed() {
        VmRecord vm = vm(RowParser.parse(SOURCE, SMALL, cells("Memory", "4,5")));

        assertThat(vm.memoryMib()).isNull();
        assertThat(vm.warnings()).containsExactly("Memory '4,5' is not a number; treated as unknown.");
    }

    @Test
    void warningUsesTheHeaderAsTheFileSpellsIt() {
        HeaderMap header = HeaderMap.of(List.of("VM Name", "Memory MB"));

        VmRecord vm = vm(RowParser.parse(SOURCE, header, List.of("a", "lots")));

        assertThat(vm.warnings()).containsExactly("Memory MB 'lots' is not a number; treated as unknown.");
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource({"True, true", "False, false", "TRUE, true", "false, false", "Yes, true", "No, false",
        "yes, true", "1, true", "0, false"})
    void readsBooleanSpellings(String raw, boolean expected) {
        VmRecord vm = vm(RowParser.parse(SOURCE, SMALL, cells("Template", raw)));

        assertThat(vm.template()).isEqualTo(expected);
        assertThat(vm.warnings()).isEmpty();
    }

    @Test
    void unreadableBooleanBecomesUnknownWithAWarning() {
        VmRecord vm = vm(RowParser.parse(SOURCE, SMALL, cells("Fixed Passthru HotPlug", "maybe")));

        assertThat(vm.fixedPassthruHotPlug()).isNull();
        assertThat(vm.warnings())
                .containsExactly("Fixed Passthru HotPlug 'maybe' is not True or False; treated as unknown.");
    }

    @Test
    void unknownPowerStateIsKeptAsUnknownWithAWarning() {
        VmRecord vm = vm(RowParser.parse(SOURCE, SMALL, cells("Powerstate", "hibernating")));

        assertThat(vm.powerState()).isEqualTo(PowerState.UNKNOWN);
        assertThat(vm.warnings()).containsExactly("Powerstate 'hibernating' is not a known power state; treated as unknown.");
    }

    @Test
    void blankAndMissingCellsAreNotStated() {
        VmRecord vm = vm(RowParser.parse(SOURCE, SMALL, Arrays.asList("acme-db-01", "", null)));

        assertThat(vm.powerState()).isEqualTo(PowerState.UNKNOWN);
        assertThat(vm.template()).isNull();
        assertThat(vm.cpus()).isNull();
        assertThat(vm.memoryMib()).isNull();
        assertThat(vm.annotation()).isNull();
        assertThat(vm.warnings()).isEmpty();
    }

    @Test
    void keepsFormulaLikeTextAsTrimmedText() {
        String formula = "=HYPERLINK(\"https://wiki.acme.example/web\",\"Runbook\")";

        VmRecord vm = vm(RowParser.parse(SOURCE, SMALL, cells("Annotation", "  " + formula + "  ")));

        assertThat(vm.annotation()).isEqualTo(formula);
    }

    @Test
    void customAttributesHoldOnlyNonBlankValues() {
        HeaderMap header = HeaderMap.of(List.of("VM", "Backup", "Owner", "Compliance"));

        VmRecord vm = vm(RowParser.parse(SOURCE, header, List.of("acme-pay-01", " ", "Team Pay", "PCI-DSS")));

        assertThat(vm.customAttributes()).containsOnly(
                Map.entry("Owner", "Team Pay"), Map.entry("Compliance", "PCI-DSS"));
    }

    @Test
    void blankRowIsAllNullOrWhitespace() {
        assertThat(RowParser.isBlank(Arrays.asList(null, "", "  ", "\t"))).isTrue();
        assertThat(RowParser.isBlank(List.of())).isTrue();
        assertThat(RowParser.isBlank(Arrays.asList(null, "x"))).isFalse();
    }

    private static List<String> cells(String header, String value) {
        List<String> cells = new ArrayList<>(List.of("acme-app-01", "poweredOn", "False", "2", "4096", "", "",
                "", "", ""));
        cells.set(SMALL.headers().indexOf(header), value);
        return cells;
    }

    private static VmRecord vm(ReadRow row) {
        assertThat(row).isInstanceOf(ReadRow.Vm.class);
        return ((ReadRow.Vm) row).vm();
    }
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "4,5 | 4.5",
        "1,234 | 1.234",
        "1,234,567 | 1234567",
        "32.768 | 32768",
        "1.234,5 | 1234.5",
        "16 384,25 | 16384.25",
        "16 384 | 16384",
        "1.048.576 | 1048576",
        "4.5 | 4.5",
    })
    void decimalCommaFileReadsEuropeanNumbers(String raw, String expected) {
        assertThat(RowParser.parseNumber(raw, true)).isEqualByComparingTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "1.234,5 | 1234.5",
        "1,234.5 | 1234.5",
        "1,234 | 1234",
        "32.768 | 32.768",
    })
    void commaFileReadsUnambiguousNumbersEitherWay(String raw, String expected) {
        assertThat(RowParser.parseNumber(raw, false)).isEqualByComparingTo(expected);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
        "4096 | 4096", "007 | 7", " 12 | 12", "-42 | -42", "+5 | 5", "0 | 0", "99999999999999999999 | 99999999999999999999",
        "- | null", "+ | null", "'' | null", "1-2 | null", "١٢ | null", "4096 MB | null",
    })
    void readsPlainIntegersAsTheyAreAndNothingThatOnlyLooksLikeOne(String raw, String expected) {
        for (boolean decimalComma : new boolean[] {false, true}) {
            BigDecimal n = RowParser.parseNumber(raw, decimalComma);
            if (expected == null) {
                assertThat(n).as(raw).isNull();
            } else {
                assertThat(n).as(raw).isEqualTo(new BigDecimal(expected)).extracting(BigDecimal::scale).isEqualTo(0);
            }
        }
    }

    @ParameterizedTest(name = "{0} + {1} + {2} -> {3}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "Windows Server 2016 Standard | - | x64 | Windows Server 2016 Standard (64-bit)",
        "Ubuntu | 22.04 | - | Ubuntu 22.04",
        "Ubuntu Linux (64-bit) | 22.04 | - | Ubuntu Linux 22.04 (64-bit)",
        "Red Hat Enterprise Linux 8 | 8 | x86_64 | Red Hat Enterprise Linux 8 (64-bit)",
        "Windows 7 (32-bit) | - | x86 | Windows 7 (32-bit)",
        "CentOS | 7.9 | X86 | CentOS 7.9 (32-bit)",
        "Debian | 12 | arm64 | Debian 12",
        "- | 22.04 | - | 22.04",
        "- | - | x64 | -",
    })
    void joinsOsNameVersionAndArchitecture(String name, String version, String architecture, String expected) {
        assertThat(RowParser.osWithVersion(name, version, architecture)).isEqualTo(expected);
    }

    @Test
    void primaryIpIsTheFirstOfAList() {
        assertThat(RowParser.firstAddress("10.12.31.233, 10.12.32.11")).isEqualTo("10.12.31.233");
        assertThat(RowParser.firstAddress("10.0.0.1;10.0.0.2")).isEqualTo("10.0.0.1");
        assertThat(RowParser.firstAddress("fe80::1")).isEqualTo("fe80::1");
    }

    @Test
    void tagsBecomeAttributesAndFillEnvironmentOwnerApplication() {
        HeaderMap header = HeaderMap.of(List.of("VM", "Owner", "Tags"));

        VmRecord vm = vm(RowParser.parse(SOURCE, header, List.of("web", "Ops",
                "env=prod; owner=someone-else; app=shop; Business Unit=Retail; PCI; zone:1")));

        assertThat(vm.environment()).isEqualTo("prod");
        assertThat(vm.owner()).isEqualTo("Ops");
        assertThat(vm.application()).isEqualTo("shop");
        assertThat(vm.businessUnit()).isEqualTo("Retail");
        assertThat(vm.customAttributes()).containsEntry("Owner", "Ops").containsEntry("env", "prod")
                .containsEntry("zone", "1").containsEntry("Tags", "PCI");
    }

    @Test
    void attributeColumnsFillTheRecordAndStayCustomAttributes() {
        HeaderMap header = HeaderMap.of(List.of("VM", "Application", "Env", "BU", "Backup"));

        VmRecord vm = vm(RowParser.parse(SOURCE, header, List.of("web", "Shop", "Test", "Retail", "daily")));

        assertThat(vm.application()).isEqualTo("Shop");
        assertThat(vm.environment()).isEqualTo("Test");
        assertThat(vm.businessUnit()).isEqualTo("Retail");
        assertThat(vm.customAttributes()).containsOnlyKeys("Application", "Env", "BU", "Backup");
    }

    @Test
    void warningNamesTheHeaderOfTheCellActuallyRead() {
        HeaderMap header = HeaderMap.of(List.of("VM", "CPU.NumberOfCores", "CPU.NumberOfLogicalCores"));

        VmRecord vm = vm(RowParser.parse(SOURCE, header, List.of("web", "", "many")));

        assertThat(vm.cpus()).isNull();
        assertThat(vm.warnings()).containsExactly("CPU.NumberOfLogicalCores 'many' is not a number; treated as unknown.");
    }
}
