package io.fleetfit.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.fleetfit.assessment.Assessment;
import io.fleetfit.assessment.AssessmentSettings;
import io.fleetfit.assessment.Assessor;
import io.fleetfit.assessment.Confidence;
import io.fleetfit.assessment.Disposition;
import io.fleetfit.assessment.Excluded;
import io.fleetfit.assessment.KubevirtGuestCatalog;
import io.fleetfit.assessment.OsFamily;
import io.fleetfit.assessment.OsRecognizer;
import io.fleetfit.assessment.Outcome;
import io.fleetfit.assessment.Role;
import io.fleetfit.assessment.VmRecord;
import io.fleetfit.inventory.FieldMapping;
import io.fleetfit.inventory.InventoryFormat;
import io.fleetfit.inventory.ReadOptions;
import io.fleetfit.inventory.ReadRow;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The sanity a consultant checks first on a real estate, over every real RVTools and CSV
 * inventory in FLEETFIT_REAL_INVENTORIES (skipped, visibly, when it is not set): the judgement
 * core alone, files read with the inventory readers and judged with the standard assessor.
 *
 * <p>What counts as "named or annotated as" a domain controller, a Remote Desktop host and so on
 * is written here with patterns of its own, not taken from the role catalog, so a catalog that
 * misses such a VM fails here instead of passing by its own definition.
 */
class RealJudgementTest {

    /** The date the real-inventory job test assesses at. */
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 26);

    private static final Set<Disposition> CONTAINERS =
            EnumSet.of(Disposition.CONTAINERIZE, Disposition.CONTAINERIZE_AFTER_REMEDIATION);

    /** The folders that hold inventories (the others hold lifecycle data, facts of other tools and documentation). */
    private static final List<String> INVENTORY_FOLDERS = List.of("rvtools", "rvtools-csv", "azure-migrate", "other");

    /** The German CMDB export is read as a consultant would: with the project's mapping for it. */
    private static final String GERMAN_CMDB = "spiral023__Server-Doku";
    private static final Path GERMAN_CMDB_MAPPING = Path.of("jobs/mappings/german-cmdb.csv");

    private static List<Judged> judged;

    /** One input row that became a record, and what became of it. */
    record Judged(String file, VmRecord vm, Outcome outcome) {

        Assessment assessment() {
            return outcome instanceof Assessment a ? a : null;
        }

        /** The texts a VM is named or annotated with: VM name, DNS host name, annotation, the OS string as stated. */
        String names() {
            String dns = vm.dnsName() == null ? "" : vm.dnsName().split("\\.", 2)[0];
            return vm.vmName() + " " + dns;
        }

        String annotation() {
            return vm.annotation() == null ? "" : vm.annotation();
        }

        @Override
        public String toString() {
            Assessment a = assessment();
            return file + ": " + vm.vmName() + (a == null ? " (" + outcome.status() + ")"
                    : " -> " + a.disposition() + " / " + a.assessedDisposition() + ", role "
                    + (a.role() == null ? "none" : a.role().evidence()) + ", OS " + a.os().label());
        }
    }

    /** A kind of VM that must never be containerized, recognised by its own patterns on names and on annotations. */
    private record Kind(String what, Pattern name, Pattern annotation, int atLeast) {

        boolean matches(Judged j) {
            String os = j.vm().osTools() + " " + j.vm().osConfig();
            return name.matcher(j.names()).find() || annotation.matcher(j.annotation()).find()
                    || annotation.matcher(os).find();
        }
    }

    private static final List<Kind> MUST_STAY_OFF_CONTAINERS = List.of(
            // a letter run that ends in "dc" before a digit or the end of a name part: DC01, ADBSRVDC02,
            // Banchero16dc01; not dcache, adcprod or DCIM
            new Kind("domain controller",
                    Pattern.compile("(?i)(?<![a-z])[a-z]*dc(?![a-z])"),
                    Pattern.compile("(?i)domain[ -]?controller|dom(ä|ae?)nen-?controller|contr[oô]leur de domaine"
                            + "|controlador(es)? de dom[ií]nio|controller di dominio|\\bad ds\\b"), 20),
            new Kind("Remote Desktop host",
                    Pattern.compile("(?i)rds|rdweb|rdsh|rdgw|tsplus|xenapp|xendesktop|citrix|terminal ?server"),
                    Pattern.compile("(?i)remote desktop|terminal ?server|citrix|xenapp|escritorio remoto|bureau à distance"), 25),
            new Kind("WSUS or SCCM server",
                    Pattern.compile("(?i)wsus|sccm|configmgr|(?<![a-z])mecm(?![a-z])"),
                    Pattern.compile("(?i)\\bwsus\\b|\\bsccm\\b|configuration manager|update services"), 4),
            new Kind("vCenter",
                    Pattern.compile("(?i)vcenter|vcsa|vcent|(?<![a-z])vc(?![a-z])"),
                    Pattern.compile("(?i)vcenter server appliance"), 5),
            new Kind("firewall",
                    Pattern.compile("(?i)firewall|fortigate|forti(analyzer|manager|authenticator|data)|pfsense|opnsense"
                            + "|paloalto|(?<![a-z])fw(?![a-z])|(?<![a-z])pa-vm"),
                    Pattern.compile("(?i)pa-vm|panos|fortinet|fortianalyzer|firewall appliance"), 15));

    private static Path folder() {
        String dir = System.getenv("FLEETFIT_REAL_INVENTORIES");
        assumeTrue(dir != null && Files.isDirectory(Path.of(dir)),
                "FLEETFIT_REAL_INVENTORIES is not set to a folder: real-inventory judgement tests skipped");
        return Path.of(dir);
    }

    /** Every row of every real inventory, judged once for all the tests. */
    private static synchronized List<Judged> judged() throws IOException {
        Path root = folder();
        if (judged == null) {
            Assessor assessor = Assessor.standard(AssessmentSettings.standard(AS_OF));
            List<Judged> all = new ArrayList<>();
            for (Path file : inventories(root)) {
                String name = file.getFileName().toString();
                ReadOptions options = name.startsWith(GERMAN_CMDB)
                        ? new ReadOptions(null, FieldMapping.parse(GERMAN_CMDB_MAPPING.toString(),
                                Files.readAllLines(GERMAN_CMDB_MAPPING)))
                        : ReadOptions.DEFAULT;
                List<ReadRow> rows = new ArrayList<>();
                try (InputStream in = Files.newInputStream(file)) {
                    InventoryFormat.of(name).orElseThrow().read(name, in, options, rows::add);
                }
                for (ReadRow row : rows) {
                    if (row instanceof ReadRow.Vm vm) {
                        all.add(new Judged(name, vm.vm(), assessor.assess(vm.vm())));
                    }
                }
            }
            judged = List.copyOf(all);
        }
        return judged;
    }

    private static List<Path> inventories(Path root) throws IOException {
        List<Path> files = new ArrayList<>();
        for (String sub : INVENTORY_FOLDERS) {
            try (Stream<Path> s = Files.list(root.resolve(sub))) {
                s.filter(p -> InventoryFormat.isInventoryFile(p.getFileName().toString())).sorted().forEach(files::add);
            }
        }
        return files;
    }

    private static List<Judged> assessed() throws IOException {
        return judged().stream().filter(j -> j.assessment() != null).toList();
    }

    @Test
    void readsEveryRealInventory() throws IOException {
        Map<String, Long> perFile = judged().stream()
                .collect(Collectors.groupingBy(Judged::file, TreeMap::new, Collectors.counting()));

        assertThat(perFile).hasSizeGreaterThanOrEqualTo(12);
        assertThat(perFile.values().stream().mapToLong(Long::longValue).sum()).isGreaterThanOrEqualTo(2110);
    }

    @Test
    void noDomainControllerRdsHostUpdateServerVcenterOrFirewallGoesToContainers() throws IOException {
        List<Judged> all = assessed();
        for (Kind kind : MUST_STAY_OFF_CONTAINERS) {
            List<Judged> named = all.stream().filter(kind::matches).toList();

            assertThat(named).as("VMs named or annotated as a %s", kind.what()).hasSizeGreaterThanOrEqualTo(kind.atLeast());
            assertThat(named).as("%s: none goes to containers, even as a retire candidate's would-be verdict", kind.what())
                    .allSatisfy(j -> {
                        assertThat(j.assessment().disposition()).isNotIn(CONTAINERS);
                        assertThat(j.assessment().assessedDisposition()).isNotIn(CONTAINERS);
                    });
        }
    }

    @Test
    void windowsGoesToContainersOnlyWithEvidenceOfAWebOrDotNetWorkload() throws IOException {
        List<Judged> windows = assessed().stream()
                .filter(j -> j.assessment().os().is(OsFamily.WINDOWS_SERVER) || j.assessment().os().is(OsFamily.WINDOWS_CLIENT))
                .toList();
        List<Judged> toContainers = windows.stream()
                .filter(j -> CONTAINERS.contains(j.assessment().disposition()) || CONTAINERS.contains(j.assessment().assessedDisposition()))
                .toList();

        assertThat(windows).hasSizeGreaterThan(1000);
        assertThat(toContainers).as("some Windows web servers do go").isNotEmpty()
                .allSatisfy(j -> {
                    assertThat(j.assessment().role()).isNotNull();
                    assertThat(j.assessment().role().role().effect()).isEqualTo(Role.RoleEffect.CONTAINER);
                    assertThat(j.assessment().disposition()).isNotEqualTo(Disposition.CONTAINERIZE);
                });
    }

    @Test
    void noGuestOutsideTheKubevirtCatalogIsAVmOnKubernetes() throws IOException {
        KubevirtGuestCatalog guests = KubevirtGuestCatalog.bundled();
        List<Judged> onKubernetes = assessed().stream()
                .filter(j -> j.assessment().disposition() == Disposition.VM_ON_KUBERNETES
                        || j.assessment().assessedDisposition() == Disposition.VM_ON_KUBERNETES)
                .toList();

        assertThat(onKubernetes).isNotEmpty()
                .allSatisfy(j -> assertThat(guests.judge(j.assessment().os()).supported()).as("a KubeVirt guest").isTrue());
        assertThat(assessed()).as("and Keep as VM is chosen where the guest is not one")
                .anySatisfy(j -> assertThat(j.assessment().disposition()).isEqualTo(Disposition.KEEP_AS_VM));
    }

    @Test
    void everyVsphereClusterServiceAgentIsASystemVm() throws IOException {
        List<Judged> vcls = judged().stream().filter(j -> j.vm().vmName().regionMatches(true, 0, "vCLS-", 0, 5)).toList();

        assertThat(vcls).hasSizeGreaterThanOrEqualTo(5).allSatisfy(j -> {
            assertThat(j.outcome()).isInstanceOf(Excluded.class);
            assertThat(((Excluded) j.outcome()).kind()).isEqualTo(Excluded.Kind.SYSTEM_VM);
        });
    }

    /**
     * Confidence follows the evidence, so a real estate shows more than one level. One level for
     * a whole file passes only where it is Low and no VM of the file could have a strong OS:
     * vcdkit's vCloud export states every OS in the configuration file's words alone, and Low for
     * all is then the policy's answer, not a constant.
     */
    @Test
    void confidenceIsNotTheSameForEveryVmOfAFile() throws IOException {
        Map<String, List<Judged>> byFile = assessed().stream()
                .collect(Collectors.groupingBy(Judged::file, TreeMap::new, Collectors.toList()));
        byFile.values().removeIf(vms -> vms.size() <= 10);

        assertThat(byFile).hasSizeGreaterThanOrEqualTo(9).allSatisfy((file, vms) -> {
            Set<Confidence.Level> seen = vms.stream().map(j -> j.assessment().confidence().level())
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(Confidence.Level.class)));
            boolean strongOsPossible = vms.stream().anyMatch(j -> j.vm().osTools() != null || j.vm().guestDetail() != null);
            if (seen.size() == 1) {
                assertThat(seen).as("%s: one level for all %d VMs", file, vms.size()).containsOnly(Confidence.Level.LOW);
                assertThat(strongOsPossible).as("%s: one level although some OS is stated by VMware Tools", file).isFalse();
            }
        });
        assertThat(byFile.values()).as("files whose VMs differ in confidence")
                .filteredOn(vms -> vms.stream().map(j -> j.assessment().confidence().level()).distinct().count() > 1)
                .hasSizeGreaterThanOrEqualTo(8);
    }

    @Test
    void noRoleIsReadFromWhatABackupToolWritesAboutAVm() throws IOException {
        // "Last EMC vProxy Backup = ... Policy=VProxy, Workflow=GRPSRVVCSA-GRPSRVVPROXY" made 167 VMs vCenters
        assertThat(assessed()).filteredOn(j -> j.assessment().role() != null)
                .allSatisfy(j -> assertThat(j.assessment().role().field()).as(j.toString())
                        .doesNotContainIgnoringCase("backup").doesNotContainIgnoringCase("vproxy"));
    }

    @Test
    void theOsStringRevealsNothingButAnAppliance() throws IOException {
        // "Oracle Linux 8" made 129 VMs Oracle databases
        assertThat(assessed()).filteredOn(j -> j.assessment().role() != null
                        && (OsRecognizer.TOOLS_COLUMN.equals(j.assessment().role().field())
                        || OsRecognizer.CONFIG_COLUMN.equals(j.assessment().role().field())))
                .allSatisfy(j -> assertThat(j.assessment().role().role().effect()).as(j.toString())
                        .isEqualTo(Role.RoleEffect.REPLACE));
    }

    @ParameterizedTest(name = "{1} in {0} is {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Farm_Lonati      | ADBSRVDC02                   | domain-controller
            Farm_Lonati      | GRPDC05                      | domain-controller
            Bluemix_4.xlsx   | STDC01SEN                    | domain-controller
            Bluemix_4.xlsx   | STRDS01SEN                   | terminal-server
            Bluemix_4.xlsx   | VMTSPLUS01S1P                | remote-desktop
            Bluemix_4.xlsx   | BMWSUS01SEN                  | wsus
            Bluemix_4.xlsx   | STWSUS01SEN                  | wsus
            Bluemix_4.xlsx   | VMWSUS01SEN                  | wsus
            Farm_Lonati      | GRPSRVWSUS                   | wsus
            Bluemix_4.xlsx   | BMVEEAMONE01SEN              | backup-proxy
            Farm_Lonati      | GRPSRVVCSA                   | vcenter
            kylow__RVTOOLEX  | P-VC-01                      | vcenter
            kylow__RVTOOLEX  | P-FW-INV-01                  | firewall-appliance
            Farm_Lonati      | FortiAnalyzer-VM             | firewall-appliance
            Bluemix_4.xlsx   | BMSQL01SEN                   | sql-server
            DB-columns       | VMSQLP01SEN                  | sql-server
            bcspa2           | Banchero19ORCL               | oracle-database
            kylow__RVTOOLEX  | P-DB-GALERA-OL9-01           | database-linux
            RVTools_2024     | NODE01-C01-KUBERNETES        | container-platform
            RVTools_2024     | reverseproxy-01-exVarnishDev | web-server
            Bluemix_4.xlsx   | VMWEBP01SEN                  | web-server
            Farm_Lonati      | GRPOTV                       | vendor-appliance
            Farm_Lonati      | DIN-IP-Ubuntu01              |
            Farm_Lonati      | GRPJDEMOBILE                 |
            kylow__RVTOOLEX  | P-FIN-MS-01                  |
            """)
    void namedRealVmsHaveTheirRole(String file, String vmName, String role) throws IOException {
        List<Judged> found = assessed().stream()
                .filter(j -> j.file().contains(file) && j.vm().vmName().equals(vmName)).toList();

        assertThat(found).as(vmName).isNotEmpty().allSatisfy(j -> assertThat(
                j.assessment().role() == null ? "" : j.assessment().role().role().id()).as(j.toString())
                .isEqualTo(role == null ? "" : role));
    }
}
