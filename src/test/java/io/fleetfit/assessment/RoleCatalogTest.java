package io.fleetfit.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The bundled workload role catalog on names and texts taken from real inventories: for every
 * family a text that reveals the role and a near miss that must not.
 */
class RoleCatalogTest {

    private static final RoleCatalog CATALOG = RoleCatalog.bundled();

    private static final String WINDOWS = "Microsoft Windows Server 2019 (64-bit)";

    /**
     * family | field the text is in | text | guest | role expected ("" for none). A row whose role
     * is of its family is a hit; any other row is a near miss for that family. Fields: vm, dns,
     * annotation, folder, pool, vapp, application, attribute ("header=value"), os. Guests: ubuntu
     * (the fixture's Ubuntu 22.04), windows (Windows Server 2019), or an OS string as written.
     */
    static final String CASES = """
            virtualisation-platform | vm         | GRPSRVVCSA                                | VMware Photon OS (64-bit) | vcenter
            virtualisation-platform | annotation | VMware vCenter Server Appliance           | VMware Photon OS (64-bit) | vcenter
            virtualisation-platform | vm         | P-VC-01                                   | VMware Photon OS (64-bit) | vcenter
            virtualisation-platform | vm         | bcvcent02                                 | SUSE Linux Enterprise 11 (64-bit) | vcenter
            virtualisation-platform | vm         | smlnsxedge01                              | ubuntu  | nsx
            virtualisation-platform | vm         | vRealize-Operations-Manager               | VMware Photon OS (64-bit) | aria
            virtualisation-platform | vm         | VRLI1                                     | Other 3.x or later Linux (64-bit) | aria
            virtualisation-platform | vm         | SRM-PROD.SLNY.COM                         | Other 3.x or later Linux (64-bit) | vsphere-replication
            virtualisation-platform | attribute  | Last EMC vProxy Backup=Backup Server=grpsrvbck, Policy=VProxy, Workflow=GRPSRVVCSA-GRPSRVVPROXY, Action=backup, JobId=6966176 | windows |
            virtualisation-platform | folder     | /DC Senior/VCenter                        | windows |
            virtualisation-platform | vm         | GRPSRVVRA - VLAN235                       | ubuntu  |
            virtualisation-platform | folder     | /Gruppo Lonati vSphere/DMZ/DINEMA - VRA    | ubuntu  |
            backup                  | folder     | /DC Senior/Proxy-Veeam                    | windows | backup-proxy
            backup                  | vm         | BMVEEAMONE01SEN                           | windows | backup-proxy
            backup                  | vm         | VEEAM-HELPER-01                           | ubuntu  | backup-proxy
            backup                  | annotation | SnapCenter Plug-in for VMware vSphere is used to backup and restore virtual machines | Other 4.x Linux (64-bit) | backup-proxy
            backup                  | attribute  | Rubrik_LastBackup=Last Backup successfully completed at Thu May 29 22:43:27 UTC 2025 | windows |
            backup                  | attribute  | Backup=Yes                                | windows |
            backup                  | annotation | vRanger Backup & Replication: Type [Full] Result [Success] Time [21/09/2013 15:08:31] Repository [ESXi_DD] | windows |
            backup                  | annotation | Veeam Backup: Job name: [Daily], Backup host: [vbr01], Backup folder: [D:\\Backups] | ubuntu |
            backup                  | vm         | reverseproxy-01-exVarnishDev              | ubuntu  | web-server
            backup                  | dns        | revproxy-ovh-01-ex-varnish                | ubuntu  | web-server
            network-appliance       | annotation | PA-VM-10.2.9                              | CentOS 4/5/6/7 (64-bit) | firewall-appliance
            network-appliance       | os         | PanOS 10.1.9                              | PanOS 10.1.9 | firewall-appliance
            network-appliance       | vm         | FortiAnalyzer-VM                          | Other 3.x Linux (64-bit) | firewall-appliance
            network-appliance       | dns        | pfSense-KUBERNETES.k8s.local              | FreeBSD 12 (64-bit) | firewall-appliance
            network-appliance       | vm         | P-IMP-GW-WAF-01A                          | CentOS 7 (64-bit) | firewall-appliance
            network-appliance       | vm         | SMLNLB01                                  | Other 2.6.x Linux (64-bit) | firewall-appliance
            network-appliance       | vm         | S2-LNX-ROUTER-01                          | Oracle Linux 8 (64-bit) | firewall-appliance
            network-appliance       | attribute  | ClusterInvariantVMMId=4be47f59-1a2b-4f5c-9f5e-0f5a2b3c4d5e | ubuntu |
            network-appliance       | annotation | Disks=000000010000000000000000,52 b2 77 af 77 99 7e 79-e6 f5 a1 | windows |
            network-appliance       | annotation | Windows Firewall disabled for the backup agent | windows |
            network-appliance       | vm         | SMLFWAGGREGATOR                           | ubuntu  |
            network-appliance       | dns        | fortune-web01                              | ubuntu  | web-server
            container-platform      | vm         | NODE01-C01-KUBERNETES                     | ubuntu  | container-platform
            container-platform      | vm         | RANCHER01-KUBERNETES                      | ubuntu  | container-platform
            container-platform      | annotation | Kubernetes worker node, pool b            | ubuntu  | container-platform
            container-platform      | pool       | /pcc-92-222-223-54_datacenter3405/Cluster1/Resources/KUBERNETES-5002 | ubuntu |
            container-platform      | vm         | LONKUB22BELLERI                           | ubuntu  |
            directory               | vm         | DC01                                      | windows | domain-controller
            directory               | vm         | SRVDC02                                   | windows | domain-controller
            directory               | vm         | ADBSRVDC02                                | windows | domain-controller
            directory               | vm         | GRPDC05                                   | windows | domain-controller
            directory               | vm         | STDC01SEN                                 | windows | domain-controller
            directory               | vm         | Banchero16dc01                            | windows | domain-controller
            directory               | vm         | P-AD-DS-06                                | windows | domain-controller
            directory               | annotation | domain controller                         | ubuntu  | domain-controller
            directory               | annotation | Domänencontroller Standort Linz           | windows | domain-controller
            directory               | annotation | Contrôleur de domaine principal           | windows | domain-controller
            directory               | folder     | /USFQ/Controladores de Dominio            | windows | domain-controller
            directory               | annotation | Controller di dominio sede                | windows | domain-controller
            directory               | annotation | Controlador de domínio da filial          | windows | domain-controller
            directory               | vm         | LAASADCON                                 | windows | directory-sync
            directory               | vm         | SMLDHCP2201                               | windows | dns-dhcp
            directory               | vm         | dcache                                    | windows |
            directory               | vm         | adcprod                                   | windows |
            directory               | vm         | DCIM                                      | windows |
            directory               | folder     | /DC Senior/Bellatrix                      | windows |
            directory               | vm         | pDNS-primary                              | ubuntu  |
            directory               | annotation | Servidor web del dominio usfq.edu.ec      | ubuntu  | web-server
            desktop                 | vm         | STRDS01SEN                                | windows | terminal-server
            desktop                 | vm         | VMTSP16SEN                                | windows | terminal-server
            desktop                 | vm         | VMRDSGW01                                 | windows | terminal-server
            desktop                 | vm         | BMTSPLUS01S1P                             | windows | remote-desktop
            desktop                 | folder     | /DC Senior/Sirius/TSPLUS - SEGMENTO 1     | windows | remote-desktop
            desktop                 | folder     | /DC Senior/Bellatrix/Farm - RDWEB         | windows | remote-desktop
            desktop                 | vm         | SMLXENAPP1.SLNY.COM                       | Microsoft Windows Server 2008 R2 (64-bit) | remote-desktop
            desktop                 | annotation | Escritorio remoto para contabilidad       | windows | remote-desktop
            desktop                 | annotation | Bureau à distance, équipe paie            | windows | remote-desktop
            desktop                 | vm         | RDV-ADMIN                                 | ubuntu  |
            desktop                 | vm         | SRVREPORTS                                | ubuntu  |
            desktop                 | vm         | HORIZONFIN                                | windows |
            messaging               | vm         | Banchero8exch01                           | windows | exchange
            messaging               | annotation | Microsoft Exchange 2016 mailbox           | windows | exchange
            messaging               | vm         | BMRABBIT01SEN                             | Debian GNU/Linux 11 (64-bit) | message-broker
            messaging               | vm         | MEMCACHED-01-TIR                          | ubuntu  | message-broker
            messaging               | annotation | EDI exchange with suppliers               | windows |
            messaging               | annotation | RD connection broker                      | windows | remote-desktop
            collaboration           | vm         | SMLSHAREPOINT                             | windows | sharepoint
            collaboration           | vm         | SRV-SP-01                                 | windows |
            systems-management      | vm         | BMWSUS01SEN                               | windows | wsus
            systems-management      | vm         | GRPSRVWSUS                                | windows | wsus
            systems-management      | vm         | SCCM01                                    | windows | sccm
            systems-management      | vm         | GRPPCMECMOR01                             | Microsoft Windows XP Professional (32-bit) |
            file-print              | vm         | BC19PRINT                                 | windows | print-server
            file-print              | vm         | GRPSRVSPOOL01                             | windows | print-server
            file-print              | folder     | /Gruppo Lonati vSphere/LONATI - Servizi di Gruppo/STAMPA | windows | print-server
            file-print              | annotation | Druckserver Linz                          | windows | print-server
            file-print              | vm         | BMFS01SEN                                 | windows | file-server
            file-print              | annotation | Servidor de archivos de RRHH              | windows | file-server
            file-print              | vm         | DINSRVPROFILE                             | windows |
            file-print              | vm         | CMS_PRO-NFS                               | ubuntu  |
            file-print              | annotation | blueprint of the billing service          | windows |
            database                | vm         | BOWSQL14                                  | windows | sql-server
            database                | vm         | BOWSQL14                                  | ubuntu  | database-linux
            database                | vm         | ntsqltst02                                | windows | sql-server
            database                | vm         | mcsflsql1                                 | windows | sql-server
            database                | attribute  | DB SQL=YES                                | windows | sql-server
            database                | vm         | Banchero19ORCL                            | windows | oracle-database
            database                | annotation | Oracle Database 19c, RAC node 2           | Oracle Linux 8 (64-bit) | oracle-database
            database                | annotation | Datenbank für die Lohnbuchhaltung         | ubuntu  | database-linux
            database                | annotation | Base de datos de matrículas               | ubuntu  | database-linux
            database                | annotation | Base de données clients                   | ubuntu  | database-linux
            database                | annotation | Banco de dados do ERP                     | ubuntu  | database-linux
            database                | folder     | /Sede/Server basedati                     | ubuntu  | database-linux
            database                | vm         | P-DB-GALERA-OL9-01                        | Oracle Linux 9 (64-bit) | database-linux
            database                | os         | Oracle Linux 8 (64-bit)                   | Oracle Linux 8 (64-bit) |
            database                | annotation | prenotaora                                | ubuntu  |
            database                | attribute  | DB SQL=NO                                 | windows |
            database                | vm         | SANDBOX01                                 | ubuntu  |
            database                | vm         | P-IMP-DBF-01                              | Other 3.x Linux (64-bit) | firewall-appliance
            legacy                  | annotation | AS400 emulator for the warehouse          | windows | mainframe-emulator
            legacy                  | vm         | HERCULES                                  | ubuntu  |
            licensing               | vm         | GRPSRVLIC01                               | windows | license-server
            licensing               | folder     | /Gruppo Lonati vSphere/LONATI - Servizi di Gruppo/LICENZE | windows | license-server
            licensing               | annotation | FlexLM license server                     | ubuntu  | license-server
            licensing               | vm         | SMLPUBLIC                                 | ubuntu  |
            licensing               | annotation | Windows license activated                 | windows |
            appliance               | annotation | Qualys Virtual Scanner Appliance, build:qVSA-2.7.45-2 | Other 2.6.x Linux (32-bit) | vendor-appliance
            appliance               | annotation | netsight_appliance_64bit.6.3.0.179        | ubuntu  | vendor-appliance
            appliance               | vm         | Cisco Wireless Lan Controller             | Other (64-bit) | vendor-appliance
            appliance               | vm         | SMLRAPID7-HONEYPOT-DMZ                    | ubuntu  | vendor-appliance
            appliance               | annotation | Apply the monthly patches first           | ubuntu  |
            web                     | vm         | VMWEBH01SEN                               | windows | web-server
            web                     | vm         | GRPNGINX - VLAN2410 - 2768                | ubuntu  | web-server
            web                     | vm         | GRPSRVIISA                                | windows | web-server
            web                     | annotation | Server Plancia Di Comando Web server Venturini | ubuntu | web-server
            web                     | annotation | Servidor web de la biblioteca             | ubuntu  | web-server
            web                     | annotation | Virtual Appliance - NetApp Inc. For support please visit http://www.netapp.com | Debian GNU/Linux 12 (64-bit) | vendor-appliance
            web                     | annotation | See https://www.example.com/runbook       | ubuntu  |
            web                     | vm         | SMLRAPID7VM                               | ubuntu  |
            app-server              | vm         | PHP-FPM-TIR-01                            | ubuntu  | app-server
            app-server              | vm         | P-WORDPRESS-OL-01                         | Oracle Linux 8 (64-bit) | app-server
            app-server              | annotation | ASP.NET intranet, .NET Framework 4.8      | windows | dotnet-app
            app-server              | vm         | BC19PRL-APP1                              | windows |
            app-server              | vm         | NODE01                                    | ubuntu  |
            app-server              | annotation | NET 10.1.2.0/24, core switch              | windows |
            """;

    @ParameterizedTest(name = "{0}: {1} {2} on {3} -> {4}")
    @CsvSource(delimiter = '|', textBlock = CASES)
    void recognisesRealNamesAndTextsAndMissesTheirLookAlikes(String family, String field, String text, String guest,
                                                              String expected) {
        VmRecord vm = record(field, text, guest);

        Optional<RoleMatch> match = CATALOG.match(vm, OsRecognizer.recognize(vm));

        assertThat(match.map(m -> m.role().id()).orElse(""))
                .as("%s = %s", field, text)
                .isEqualTo(expected == null ? "" : expected);
    }

    @Test
    void theTableHasAHitAndANearMissForEveryFamily() {
        Map<String, String> familyOf = new HashMap<>();
        CATALOG.roles().forEach(r -> familyOf.put(r.id(), r.family()));
        Set<String> hits = new HashSet<>();
        Set<String> misses = new HashSet<>();
        for (String line : CASES.strip().split("\n")) {
            String[] f = line.split("\\|");
            String family = f[0].strip();
            String role = f.length > 4 ? f[4].strip() : "";
            assertThat(familyOf.containsValue(family)).as("family %s of line %s", family, line).isTrue();
            (family.equals(familyOf.get(role)) ? hits : misses).add(family);
        }

        Set<String> families = new TreeSet<>(familyOf.values());
        assertThat(hits).containsAll(families);
        assertThat(misses).containsAll(families);
    }

    @Test
    void theAttributesFileRoleWinsByIdAndByLabel() {
        VmRecord byId = Fixtures.vm("GRPDC05").role("web-server").build();
        VmRecord byLabel = Fixtures.vm("GRPDC05").role("SQL Server on Windows").build();
        VmRecord byIdWithSpaces = Fixtures.vm("x17").role("Domain Controller").build();

        RoleMatch id = CATALOG.match(byId, OsRecognizer.recognize(byId)).orElseThrow();
        RoleMatch label = CATALOG.match(byLabel, OsRecognizer.recognize(byLabel)).orElseThrow();
        RoleMatch spaced = CATALOG.match(byIdWithSpaces, OsRecognizer.recognize(byIdWithSpaces)).orElseThrow();

        assertThat(id.role().id()).isEqualTo("web-server");
        assertThat(id.stated()).isTrue();
        assertThat(id.field()).isEqualTo(RoleMatch.ATTRIBUTE_FIELD);
        // stated, so it holds even where the role's os would not admit the guest (Ubuntu)
        assertThat(label.role().id()).isEqualTo("sql-server");
        assertThat(spaced.role().id()).isEqualTo("domain-controller");
    }

    @Test
    void anAffirmativeCustomAttributeStatesTheRoleInItsHeader() {
        VmRecord yes = windows("x17").customAttributes(ordered("PRDorHML", "PRD/Blank", "DB SQL", "YES")).build();
        VmRecord no = windows("x17").customAttributes(ordered("PRDorHML", "PRD/Blank", "DB SQL", "NO")).build();
        VmRecord german = windows("x17").customAttributes(ordered("Datenbank", "ja")).build();

        RoleMatch m = CATALOG.match(yes, OsRecognizer.recognize(yes)).orElseThrow();

        assertThat(m.role().id()).isEqualTo("sql-server");
        assertThat(m.field()).isEqualTo("DB SQL");
        assertThat(m.value()).isEqualTo("DB SQL (YES)");
        assertThat(CATALOG.match(no, OsRecognizer.recognize(no))).isEmpty();
        assertThat(CATALOG.match(german, OsRecognizer.recognize(german))).map(r -> r.role().id()).contains("sql-server");
    }

    @Test
    void onlyTheDnsNamesHostPartIsANameSignal() {
        VmRecord inDcDomain = Fixtures.vm("x17").dnsName("x17.dc01.corp.example").build();
        VmRecord dcHost = Fixtures.vm("x17").dnsName("dc01.corp.example").osTools(WINDOWS).osConfig(null).guestDetail(null).build();
        VmRecord webHost = Fixtures.vm("x17").dnsName("web01.sql.corp.example").build();

        assertThat(CATALOG.match(inDcDomain, OsRecognizer.recognize(inDcDomain))).isEmpty();
        RoleMatch dc = CATALOG.match(dcHost, OsRecognizer.recognize(dcHost)).orElseThrow();
        assertThat(dc.role().id()).isEqualTo("domain-controller");
        assertThat(dc.field()).isEqualTo("DNS Name");
        assertThat(dc.value()).isEqualTo("dc01");
        assertThat(CATALOG.match(webHost, OsRecognizer.recognize(webHost))).map(r -> r.role().id()).contains("web-server");
    }

    @Test
    void nameSignalsAreNotLookedForInPlacementOrAnnotations() {
        VmRecord folder = Fixtures.vm("x17").folder("/DC1/Servers").osTools(WINDOWS).osConfig(null).guestDetail(null).build();
        VmRecord annotation = Fixtures.vm("x17").annotation("moved from DC1 to DC2").osTools(WINDOWS).osConfig(null)
                .guestDetail(null).build();

        assertThat(CATALOG.match(folder, OsRecognizer.recognize(folder))).isEmpty();
        assertThat(CATALOG.match(annotation, OsRecognizer.recognize(annotation))).isEmpty();
    }

    @Test
    void theFirstRoleInCatalogOrderWinsWhateverTheField() {
        // the name says web server, the annotation domain controller: the domain controller comes first
        VmRecord vm = windows("WEB01").annotation("also a domain controller").build();

        RoleMatch m = CATALOG.match(vm, OsRecognizer.recognize(vm)).orElseThrow();

        assertThat(m.role().id()).isEqualTo("domain-controller");
        assertThat(m.evidence()).isEqualTo("Annotation: \"also a domain controller\" (the words \"domain controller\")");
    }

    @Test
    void accentsCaseAndCompatibilityFormsDoNotMatter() {
        for (String text : List.of("CONTRÔLEUR DE DOMAINE", "Domänen-Controller", "ＳＱＬ Server", "DATENBANK GROẞHANDEL")) {
            VmRecord vm = windows("x17").annotation(text).build();
            assertThat(CATALOG.match(vm, OsRecognizer.recognize(vm))).as(text).isPresent();
        }
        assertThat(RoleText.words("GROẞHANDEL Straße")).containsExactly("grosshandel", "strasse");
        assertThat(RoleText.words("ADBSRVDC02")).containsExactly("adbsrvdc", "02");
    }

    @Test
    void aBadEffectIsNamedWithItsLine() {
        assertThatThrownBy(() -> parse("x,X,f,frobnicate,any,x,Do it."))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("test line 3")
                .hasMessageContaining("effect 'frobnicate'");
    }

    @Test
    void aDuplicateIdIsNamedWithBothLines() {
        assertThatThrownBy(() -> parse("x,X,f,replace,any,x,Do it.", "x,Y,f,replace,any,y,Do it."))
                .hasMessageContaining("test line 4")
                .hasMessageContaining("role 'x' is already defined on line 3");
    }

    @Test
    void anUnclosedQuoteIsNamedWithItsLine() {
        assertThatThrownBy(() -> parse("x,\"X,f,replace,any,x,Do it."))
                .hasMessageContaining("test line 3")
                .hasMessageContaining("a quoted field is not closed");
    }

    @Test
    void aGluedPhraseIsNamedWithItsLine() {
        assertThatThrownBy(() -> parse("x,X,f,replace,any,dc;*a b*,Do it."))
                .hasMessageContaining("test line 3")
                .hasMessageContaining("'*a b*'")
                .hasMessageContaining("glues one word only");
    }

    @Test
    void aStarInsideASignalIsNamedWithItsLine() {
        assertThatThrownBy(() -> parse("x,X,f,replace,any,sql*srv,Do it."))
                .hasMessageContaining("test line 3")
                .hasMessageContaining("'sql*srv'")
                .hasMessageContaining("only at the start or the end");
    }

    @Test
    void aWellFormedCatalogParsesWithItsVersion() {
        RoleCatalog c = parse("x,X,f,requires-vm,windows,name:*dc;domain controller,Keep it.");

        assertThat(c.version()).isEqualTo("test 1");
        assertThat(c.roles()).singleElement().satisfies(r -> {
            assertThat(r.effect()).isEqualTo(Role.RoleEffect.REQUIRES_VM);
            assertThat(r.os()).isEqualTo(Role.OsScope.WINDOWS);
            assertThat(r.signals()).extracting(Role.Signal::text).containsExactly("name:*dc", "domain controller");
            assertThat(r.signals().get(0).namesOnly()).isTrue();
            assertThat(r.signals().get(0).glue()).isEqualTo(Role.Signal.Glue.SUFFIX);
        });
    }

    @Test
    void catalogIdsAreUniqueAndEveryRoleHasSignalsAndARecommendation() {
        Set<String> ids = new HashSet<>();
        for (Role r : CATALOG.roles()) {
            assertThat(ids.add(r.id())).as("duplicate id %s", r.id()).isTrue();
            assertThat(r.signals()).as(r.id()).isNotEmpty();
            assertThat(r.label()).as(r.id()).isNotBlank();
            assertThat(r.family()).as(r.id()).isNotBlank();
            assertThat(r.recommendation()).as(r.id()).matches("[A-Z].*\\.$");
        }
        assertThat(CATALOG.version()).matches("fleetfit workload roles \\d{4}\\.\\d{2}-\\d+");
        assertThat(CATALOG.sha256()).hasSize(64);
    }

    @Test
    void rolesThatDecideOnTheirOwnComeBeforeDatabasesAndTheEvidenceForContainers() {
        List<Role> roles = CATALOG.roles();
        int lastDeciding = -1;
        int firstOther = roles.size();
        for (int i = 0; i < roles.size(); i++) {
            Role.RoleEffect e = roles.get(i).effect();
            if (e == Role.RoleEffect.REPLACE || e == Role.RoleEffect.REQUIRES_VM) {
                lastDeciding = i;
            } else {
                firstOther = Math.min(firstOther, i);
            }
        }
        assertThat(lastDeciding).isLessThan(firstOther);
    }

    @Test
    void theVmsOwnTextsComeBeforeItsPlacement() {
        VmRecord cache = Fixtures.vm("redis-sessions-01").folder("Api").annotation(null).build();
        assertThat(CATALOG.match(cache, OsRecognizer.recognize(cache)))
                .hasValueSatisfying(m -> assertThat(m.role().id()).isEqualTo("message-broker"));
        VmRecord placed = Fixtures.vm("srv-0815").folder("/Infrastructure/Proxy-Veeam").annotation(null).build();
        assertThat(CATALOG.match(placed, OsRecognizer.recognize(placed)))
                .hasValueSatisfying(m -> assertThat(m.field()).isEqualTo("Folder"));
    }

    @Test
    void anOsStringRevealsAppliancesOnly() {
        VmRecord oracleLinux = Fixtures.vm("srv-0815").folder(null).annotation(null)
                .osTools("Oracle Linux 8 (64-bit)").osConfig(null).guestDetail(null).build();
        assertThat(CATALOG.match(oracleLinux, OsRecognizer.recognize(oracleLinux))).isEmpty();
    }

    private static RoleCatalog parse(String... roleLines) {
        List<String> lines = new java.util.ArrayList<>(List.of("# version: test 1", "role,label,family,effect,os,signals,recommendation"));
        lines.addAll(List.of(roleLines));
        return RoleCatalog.parse("test", "", lines);
    }

    private static VmRecord record(String field, String text, String guest) {
        boolean named = field.equals("vm");
        VmRecord.Builder b = Fixtures.vm(named ? text : "x17").folder(null);
        switch (guest) {
            case "ubuntu" -> { }
            case "windows" -> b.osTools(WINDOWS).osConfig(null).guestDetail(null);
            default -> b.osTools(guest).osConfig(null).guestDetail(null);
        }
        switch (field) {
            case "vm", "os" -> { }
            case "dns" -> b.dnsName(text);
            case "annotation" -> b.annotation(text);
            case "folder" -> b.folder(text);
            case "pool" -> b.resourcePool(text);
            case "vapp" -> b.vApp(text);
            case "application" -> b.application(text);
            case "attribute" -> {
                int eq = text.indexOf('=');
                b.customAttributes(Map.of(text.substring(0, eq), text.substring(eq + 1)));
            }
            default -> throw new IllegalArgumentException("field " + field);
        }
        return b.build();
    }

    private static VmRecord.Builder windows(String name) {
        return Fixtures.vm(name).folder(null).osTools(WINDOWS).osConfig(null).guestDetail(null);
    }

    private static Map<String, String> ordered(String... keyValues) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put(keyValues[i], keyValues[i + 1]);
        }
        return m;
    }
}
