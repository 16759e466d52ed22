package io.fleetfit.assessment;

import static io.fleetfit.assessment.OsFamily.APPLIANCE;
import static io.fleetfit.assessment.OsFamily.BSD;
import static io.fleetfit.assessment.OsFamily.DOS;
import static io.fleetfit.assessment.OsFamily.HP_UX;
import static io.fleetfit.assessment.OsFamily.LINUX;
import static io.fleetfit.assessment.OsFamily.MACOS;
import static io.fleetfit.assessment.OsFamily.NETWARE;
import static io.fleetfit.assessment.OsFamily.OS2;
import static io.fleetfit.assessment.OsFamily.OTHER;
import static io.fleetfit.assessment.OsFamily.SOLARIS;
import static io.fleetfit.assessment.OsFamily.WINDOWS_CLIENT;
import static io.fleetfit.assessment.OsFamily.WINDOWS_SERVER;
import static io.fleetfit.assessment.OsRecognizer.CONFIG_COLUMN;
import static io.fleetfit.assessment.OsRecognizer.TOOLS_COLUMN;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every distinct OS string of the real inventories in {@code shared/real-inventories} (RVTools
 * vInfo OS columns of rvtools/*.xlsx and other/*.xlsx, rvtools-csv, other/vcdkit__vmlist.csv,
 * azure-migrate OS name, the CMDB's "Betriebssystem", the Ansible facts and Guest Detailed Data
 * pretty names listed in SOURCES.md) is either recognised as stated here or deliberately left
 * unrecognised ({@link #DELIBERATELY_UNRECOGNISED}).
 */
class OsRecognizerTest {

    /** What one string must be recognised as. */
    record Case(String raw, OsFamily family, String product, String release, Integer bits, String kernel) {
        @Override
        public String toString() {
            return raw;
        }
    }

    private static Case c(String raw, OsFamily family, String product, String release, Integer bits, String kernel) {
        return new Case(raw, family, product, release, bits, kernel);
    }

    /** vSphere guest OS names from the "OS according to ..." columns (RVTools, server list, vCD list). */
    static final List<Case> VSPHERE_NAMES = List.of(
            c("CentOS 4/5 (64-bit)", LINUX, "centos", "5", 64, "2.6"),
            c("CentOS 4/5 or later (64-bit)", LINUX, "centos", "5", 64, null),
            c("CentOS 4/5/6 (64-bit)", LINUX, "centos", "6", 64, "2.6"),
            c("CentOS 4/5/6/7 (64-bit)", LINUX, "centos", "7", 64, null),
            c("CentOS 7 (64-bit)", LINUX, "centos", "7", 64, null),
            c("CentOS 8 (64-bit)", LINUX, "centos", "8", 64, null),
            c("Debian GNU/Linux 6 (64-bit)", LINUX, "debian", "6", 64, "2.6"),
            c("Debian GNU/Linux 10 (64-bit)", LINUX, "debian", "10", 64, null),
            c("Debian GNU/Linux 11 (64-bit)", LINUX, "debian", "11", 64, null),
            c("Debian GNU/Linux 12 (64-bit)", LINUX, "debian", "12", 64, null),
            c("FreeBSD 12 (64-bit)", BSD, "freebsd", "12", 64, null),
            c("FreeBSD 12 or later versions (64-bit)", BSD, "freebsd", "12", 64, null),
            c("Microsoft Windows 10 (32-bit)", WINDOWS_CLIENT, "windows", "10", 32, null),
            c("Microsoft Windows 10 (64-bit)", WINDOWS_CLIENT, "windows", "10", 64, null),
            c("Microsoft Windows 7 (32-bit)", WINDOWS_CLIENT, "windows", "7", 32, null),
            c("Microsoft Windows 7 (64-bit)", WINDOWS_CLIENT, "windows", "7", 64, null),
            c("Microsoft Windows XP Professional (32-bit)", WINDOWS_CLIENT, "windows", "xp", 32, null),
            c("Microsoft Windows Server 2003 (64-bit)", WINDOWS_SERVER, "windows-server", "2003", 64, null),
            c("Microsoft Windows Server 2003 Standard (32-bit)", WINDOWS_SERVER, "windows-server", "2003", 32, null),
            c("Microsoft Windows Server 2003, Standard Edition (32-bit)", WINDOWS_SERVER, "windows-server", "2003", 32, null),
            c("Microsoft Windows Server 2008 (32-bit)", WINDOWS_SERVER, "windows-server", "2008", 32, null),
            c("Microsoft Windows Server 2008 R2 (64-bit)", WINDOWS_SERVER, "windows-server", "2008-r2", 64, null),
            c("Microsoft Windows Server 2012 (64-bit)", WINDOWS_SERVER, "windows-server", "2012", 64, null),
            c("Microsoft Windows Server 2016 (64-bit)", WINDOWS_SERVER, "windows-server", "2016", 64, null),
            c("Microsoft Windows Server 2016 or later (64-bit)", WINDOWS_SERVER, "windows-server", "2016", 64, null),
            c("Microsoft Windows Server 2019 (64-bit)", WINDOWS_SERVER, "windows-server", "2019", 64, null),
            c("Microsoft Windows Server 2022 (64-bit)", WINDOWS_SERVER, "windows-server", "2022", 64, null),
            c("Microsoft Windows Server 2025 (64-bit)", WINDOWS_SERVER, "windows-server", "2025", 64, null),
            c("Oracle Linux 7 (64-bit)", LINUX, "oracle-linux", "7", 64, null),
            c("Oracle Linux 8 (64-bit)", LINUX, "oracle-linux", "8", 64, null),
            c("Oracle Linux 9 (64-bit)", LINUX, "oracle-linux", "9", 64, null),
            c("Oracle Solaris 10 (64-bit)", SOLARIS, "solaris", "10", 64, null),
            c("Other (32-bit)", OTHER, null, null, 32, null),
            c("Other (64-bit)", OTHER, null, null, 64, null),
            c("Other 2.6.x Linux (32-bit)", LINUX, null, null, 32, "2.6"),
            c("Other 2.6.x Linux (64-bit)", LINUX, null, null, 64, "2.6"),
            c("Other 2.6x Linux (32-bit)", LINUX, null, null, 32, "2.6"),
            c("Other 2.6x Linux (64-bit)", LINUX, null, null, 64, "2.6"),
            c("Other 3.x Linux (64-bit)", LINUX, null, null, 64, "3.x"),
            c("Other 3.x or later Linux (64-bit)", LINUX, null, null, 64, "3.x"),
            c("Other 4.x Linux (64-bit)", LINUX, null, null, 64, "4.x"),
            c("Other 4.x or later Linux (64-bit)", LINUX, null, null, 64, "4.x"),
            c("Other 5.x Linux (64-bit)", LINUX, null, null, 64, "5.x"),
            c("Other 6.x or later Linux (64-bit)", LINUX, null, null, 64, "6.x"),
            c("Other Linux (64-bit)", LINUX, null, null, 64, null),
            c("Red Hat Enterprise Linux 5 (64-bit)", LINUX, "rhel", "5", 64, "2.6"),
            c("Red Hat Enterprise Linux 6 (32-bit)", LINUX, "rhel", "6", 32, "2.6"),
            c("Red Hat Enterprise Linux 6 (64-bit)", LINUX, "rhel", "6", 64, "2.6"),
            c("Red Hat Enterprise Linux 7 (64-bit)", LINUX, "rhel", "7", 64, null),
            c("Red Hat Enterprise Linux 8 (64-bit)", LINUX, "rhel", "8", 64, null),
            c("Red Hat Enterprise Linux 9 (64-bit)", LINUX, "rhel", "9", 64, null),
            c("Red Hat Fedora (64-bit)", LINUX, "fedora", null, 64, null),
            c("Rocky Linux (64-bit)", LINUX, "rocky-linux", null, 64, null),
            c("SUSE Linux Enterprise 10 (32-bit)", LINUX, "sles", "10", 32, "2.6"),
            c("SUSE Linux Enterprise 10 (64-bit)", LINUX, "sles", "10", 64, "2.6"),
            c("SUSE Linux Enterprise 11 (64-bit)", LINUX, "sles", "11", 64, "2.6"),
            c("SUSE Linux Enterprise 12 (64-bit)", LINUX, "sles", "12", 64, null),
            c("SUSE openSUSE (64-bit)", LINUX, "opensuse", null, 64, null),
            c("Ubuntu Linux (32-bit)", LINUX, "ubuntu", null, 32, null),
            c("Ubuntu Linux (64-bit)", LINUX, "ubuntu", null, 64, null),
            c("VMware Photon OS (64-bit)", LINUX, "photon", null, 64, null));

    /** vSphere guest ids, found instead of names in the configuration-file column of rvtools-csv. */
    static final List<Case> GUEST_IDS = List.of(
            c("centos64Guest", LINUX, "centos", "5", 64, "2.6"),
            c("centos7_64Guest", LINUX, "centos", "7", 64, null),
            c("oracleLinux8_64Guest", LINUX, "oracle-linux", "8", 64, null),
            c("other26xLinux64Guest", LINUX, null, null, 64, "2.6"),
            c("windows2019srv_64Guest", WINDOWS_SERVER, "windows-server", "2019", 64, null));

    /** Network and vendor appliances in the Tools column. */
    static final List<Case> APPLIANCES = List.of(
            c("PanOS 10.1.9", APPLIANCE, null, null, null, null),
            c("FortiAnalyzer-VM64 v7.2.10-build1682 250211 (GA)", APPLIANCE, null, null, null, null),
            // the container runtime VM of vSphere Pods: managed by vSphere, not a guest to migrate
            c("VMware Photon CRX (64-bit)", APPLIANCE, null, null, 64, null));

    /**
     * Guest Detailed Data prettyName values (VMware Tools' os-release or Windows product name); of
     * the Windows ones, which differ only in their build number, one per release.
     */
    static final List<Case> PRETTY_NAMES = List.of(
            c("CentOS Linux 7 (Core)", LINUX, "centos", "7", null, null),
            c("CentOS Linux 8", LINUX, "centos", "8", null, null),
            c("Debian GNU/Linux 11 (bullseye)", LINUX, "debian", "11", null, null),
            c("Debian GNU/Linux 12 (bookworm)", LINUX, "debian", "12", null, null),
            c("Fedora Linux 38 (Server Edition)", LINUX, "fedora", "38", null, null),
            c("Oracle Linux Server 7.9", LINUX, "oracle-linux", "7", null, null),
            c("Oracle Linux Server 8.7", LINUX, "oracle-linux", "8", null, null),
            c("Oracle Linux Server 8.9", LINUX, "oracle-linux", "8", null, null),
            c("Oracle Linux Server 8.10", LINUX, "oracle-linux", "8", null, null),
            c("Oracle Linux Server 9.5", LINUX, "oracle-linux", "9", null, null),
            c("Oracle Linux Server 9.6", LINUX, "oracle-linux", "9", null, null),
            c("Red Hat Enterprise Linux 8.7 (Ootpa)", LINUX, "rhel", "8", null, null),
            c("Red Hat Enterprise Linux 8.10 (Ootpa)", LINUX, "rhel", "8", null, null),
            c("Red Hat Enterprise Linux 9.2 (Plow)", LINUX, "rhel", "9", null, null),
            c("Red Hat Enterprise Linux 9.3 (Plow)", LINUX, "rhel", "9", null, null),
            c("Red Hat Enterprise Linux 9.5 (Plow)", LINUX, "rhel", "9", null, null),
            c("Rocky Linux 9.5 (Blue Onyx)", LINUX, "rocky-linux", "9", null, null),
            c("SUSE Linux Enterprise Server 12 SP5", LINUX, "sles", "12", null, null),
            c("Ubuntu 18.04.2 LTS", LINUX, "ubuntu", "18.04", null, null),
            c("Ubuntu 20.04.6 LTS", LINUX, "ubuntu", "20.04", null, null),
            c("Ubuntu 22.04.2 LTS", LINUX, "ubuntu", "22.04", null, null),
            c("Ubuntu 22.04.3 LTS", LINUX, "ubuntu", "22.04", null, null),
            c("Ubuntu 22.04.4 LTS", LINUX, "ubuntu", "22.04", null, null),
            c("Ubuntu 22.04.5 LTS", LINUX, "ubuntu", "22.04", null, null),
            c("Ubuntu 24.04 LTS", LINUX, "ubuntu", "24.04", null, null),
            c("Ubuntu 24.04.1 LTS", LINUX, "ubuntu", "24.04", null, null),
            c("Ubuntu 24.04.2 LTS", LINUX, "ubuntu", "24.04", null, null),
            c("Ubuntu 24.04.3 LTS", LINUX, "ubuntu", "24.04", null, null),
            c("VMware Photon OS/Linux", LINUX, "photon", null, null, null),
            c("Windows 10 Pro, 64-bit (Build 19045.5487)", WINDOWS_CLIENT, "windows", "10", 64, null),
            c("Windows 7 Professional, 64-bit Service Pack 1 (Build 7601)", WINDOWS_CLIENT, "windows", "7", 64, null),
            c("Windows Server 2008 R2 Standard Edition, 64-bit Service Pack 1 (Build 7601)", WINDOWS_SERVER, "windows-server", "2008-r2", 64, null),
            c("Windows Server 2012 R2 Standard Edition, 64-bit (Build 9600)", WINDOWS_SERVER, "windows-server", "2012-r2", 64, null),
            c("Windows Server 2016, 64-bit (Build 14393.8783)", WINDOWS_SERVER, "windows-server", "2016", 64, null),
            c("Windows Server 2019, 64-bit (Build 17763.8276)", WINDOWS_SERVER, "windows-server", "2019", 64, null),
            c("Windows Server 2022, 64-bit (Build 20348.4648)", WINDOWS_SERVER, "windows-server", "2022", 64, null),
            c("Windows Server 2025, 64-bit (Build 26100.32230)", WINDOWS_SERVER, "windows-server", "2025", 64, null));

    /**
     * Azure Migrate "OS name" (its "OS version" column is empty in the real file) and the
     * name-plus-version pairs of Azure Migrate / AWS Migration Hub imports, passed concatenated.
     */
    static final List<Case> MIGRATION_TOOL_NAMES = List.of(
            c("Microsoft Windows Server 2008 R2 Standard", WINDOWS_SERVER, "windows-server", "2008-r2", null, null),
            c("Windows Server 2012 R2 Datacenter", WINDOWS_SERVER, "windows-server", "2012-r2", null, null),
            c("Windows Server 2016 Standard", WINDOWS_SERVER, "windows-server", "2016", null, null),
            c("Windows Server 2019 Datacenter", WINDOWS_SERVER, "windows-server", "2019", null, null),
            c("Ubuntu 20.04", LINUX, "ubuntu", "20.04", null, null),
            c("RHEL 7.9", LINUX, "rhel", "7", null, null),
            c("CentOS Linux 7 (Core)", LINUX, "centos", "7", null, null),
            c("Red Hat Enterprise Linux Server release 7.9 (Maipo)", LINUX, "rhel", "7", null, null),
            c("Debian GNU/Linux 11 (bullseye)", LINUX, "debian", "11", null, null),
            c("Linux", LINUX, null, null, null, null));

    /** The CMDB's "Betriebssystem" shorthand and the Ansible distribution names of SOURCES.md. */
    static final List<Case> CMDB_AND_ANSIBLE_NAMES = List.of(
            c("W2022", WINDOWS_SERVER, "windows-server", "2022", null, null),
            c("CentOS 6.6", LINUX, "centos", "6", null, "2.6"),
            c("Debian 6.0.10", LINUX, "debian", "6", null, "2.6"),
            c("Ubuntu 14.04", LINUX, "ubuntu", "14.04", null, null),
            c("OpenBSD release", BSD, null, null, null, null),
            c("Solaris 10", SOLARIS, "solaris", "10", null, null),
            c("Windows 2012", WINDOWS_SERVER, "windows-server", "2012", null, null));

    /** Families the brief names that the real inventories do not contain. */
    static final List<Case> OTHER_FAMILIES = List.of(
            c("Novell NetWare 6.x (32-bit)", NETWARE, null, null, 32, null),
            c("MS-DOS (32-bit)", DOS, null, null, 32, null),
            c("IBM OS/2 (32-bit)", OS2, null, null, 32, null),
            c("Apple macOS 10.15 (64-bit)", MACOS, null, null, 64, null),
            c("Mac OS X 10.6 (64-bit)", MACOS, null, null, 64, null),
            c("HP-UX 11i v3", HP_UX, null, null, null, null),
            c("IBM AIX 7.2", OsFamily.AIX, "aix", "7.2", null, null),
            c("Sun Solaris 9", SOLARIS, "solaris", "9", null, null),
            c("NetBSD 9 (64-bit)", BSD, null, null, 64, null),
            c("F5 BIG-IP", APPLIANCE, null, null, null, null),
            c("Cisco ASAv", APPLIANCE, null, null, null, null),
            c("VMware ESXi 7.0 or later (64-bit)", APPLIANCE, null, null, 64, null),
            c("VMware NSX Edge", APPLIANCE, null, null, null, null),
            c("Citrix ADC", APPLIANCE, null, null, null, null),
            c("Juniper vSRX", APPLIANCE, null, null, null, null),
            c("Red Hat Enterprise Linux 3 (32-bit)", LINUX, "rhel", "3", 32, "2.4"),
            // RHEL 4 shipped kernel 2.6.9, so it is a 2.6 era release
            c("Red Hat Enterprise Linux 4 (32-bit)", LINUX, "rhel", "4", 32, "2.6"),
            c("Oracle Linux 4/5 or later (64-bit)", LINUX, "oracle-linux", "5", 64, null),
            c("Other 2.4.x Linux (32-bit)", LINUX, null, null, 32, "2.4"),
            c("CentOS Stream 9", LINUX, "centos-stream", "9", null, null),
            c("AlmaLinux 9.4", LINUX, "almalinux", "9", null, null),
            c("Amazon Linux 2", LINUX, "amazon-linux", "2", null, null),
            c("openSUSE Leap 15.6", LINUX, "opensuse", "15.6", null, null),
            c("Alpine Linux v3.20", LINUX, "alpine", "3.20", null, null),
            c("VMware Photon OS 5.0", LINUX, "photon", "5.0", null, null),
            c("Debian bookworm", LINUX, "debian", "12", null, null),
            c("Microsoft Windows Vista (32-bit)", WINDOWS_CLIENT, "windows", "vista", 32, null),
            c("Microsoft Windows 8.1 (64-bit)", WINDOWS_CLIENT, "windows", "8.1", 64, null),
            c("Microsoft Windows 11 (64-bit)", WINDOWS_CLIENT, "windows", "11", 64, null),
            c("otherGuest64", OTHER, null, null, 64, null));

    /**
     * Real strings left unrecognised on purpose: each could be more than one OS, and fleetfit
     * never guesses.
     */
    static final List<String> DELIBERATELY_UNRECOGNISED = List.of(
            // Ansible's name for NT 6.1: Windows 7 or Windows Server 2008 R2
            "Microsoft Windows NT 6.1.7601 Service Pack 1",
            // a Guest Detailed Data prettyName (Tools column "Other 4.x Linux"): an unknown vendor distribution
            "MLOS 3.0",
            // AWS Migration Hub's OS.Name examples without a version: client or server, RHEL or old Red Hat Linux
            "Windows",
            "Red Hat");

    static Stream<Case> recognisedStrings() {
        return Stream.of(VSPHERE_NAMES, GUEST_IDS, APPLIANCES, PRETTY_NAMES, MIGRATION_TOOL_NAMES,
                CMDB_AND_ANSIBLE_NAMES, OTHER_FAMILIES).flatMap(List::stream);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("recognisedStrings")
    void recognisesFamilyProductReleaseBitsAndKernel(Case expected) {
        OsInfo os = OsRecognizer.recognize(expected.raw(), CONFIG_COLUMN);

        assertThat(os.family()).as("family").isEqualTo(expected.family());
        assertThat(os.product()).as("product").isEqualTo(expected.product());
        assertThat(os.release()).as("release").isEqualTo(expected.release());
        assertThat(os.bits()).as("bits").isEqualTo(expected.bits());
        assertThat(os.kernel()).as("kernel").isEqualTo(expected.kernel());
        assertThat(os.raw()).isEqualTo(expected.raw());
        assertThat(os.sourceColumn()).isEqualTo(CONFIG_COLUMN);
        assertThat(os.displayName()).isNotBlank();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("deliberatelyUnrecognised")
    void leavesAmbiguousStringsUnrecognised(String raw) {
        OsInfo os = OsRecognizer.recognize(raw, TOOLS_COLUMN);

        assertThat(os.recognised()).isFalse();
        assertThat(os.family()).isNull();
        assertThat(os.product()).isNull();
        assertThat(os.release()).isNull();
        assertThat(os.stated()).isTrue();
        assertThat(os.raw()).isEqualTo(raw);
        assertThat(os.sourceColumn()).isEqualTo(TOOLS_COLUMN);
    }

    static Stream<String> deliberatelyUnrecognised() {
        return DELIBERATELY_UNRECOGNISED.stream();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "\t"})
    void givesNoneForABlankString(String raw) {
        assertThat(OsRecognizer.recognize(raw, TOOLS_COLUMN)).isEqualTo(OsInfo.NONE);
    }

    @Test
    void namesReleasesReadably() {
        assertThat(label("Microsoft Windows Server 2008 R2 (64-bit)")).isEqualTo("Windows Server 2008 R2");
        assertThat(label("Red Hat Enterprise Linux 8 (64-bit)")).isEqualTo("Red Hat Enterprise Linux 8");
        assertThat(label("Ubuntu 22.04.4 LTS")).isEqualTo("Ubuntu 22.04");
        assertThat(label("Microsoft Windows Server 2016 or later (64-bit)")).isEqualTo("Windows Server 2016 or later");
        assertThat(label("CentOS 4/5 or later (64-bit)")).isEqualTo("CentOS 4/5 or later");
        assertThat(label("Other 2.6.x Linux (64-bit)")).isEqualTo("Other Linux (kernel 2.6.x)");
        assertThat(label("Microsoft Windows XP Professional (32-bit)")).isEqualTo("Windows XP");
    }

    private static String label(String raw) {
        return OsRecognizer.recognize(raw, TOOLS_COLUMN).label();
    }

    // ---- a record's columns -----------------------------------------------------------------

    private static VmRecord vm(String tools, String config, String guestDetail) {
        return VmRecord.builder(new SourceRef("RVTools.xlsx", "vInfo", 2), "vm01")
                .osTools(tools).osConfig(config).guestDetail(guestDetail).build();
    }

    @Test
    void prefersTheToolsStringOverTheConfigurationFile() {
        OsInfo os = OsRecognizer.recognize(vm("Microsoft Windows Server 2019 (64-bit)",
                "Microsoft Windows Server 2016 (64-bit)", null));

        assertThat(os.release()).isEqualTo("2019");
        assertThat(os.raw()).isEqualTo("Microsoft Windows Server 2019 (64-bit)");
        assertThat(os.sourceColumn()).isEqualTo(TOOLS_COLUMN);
    }

    @Test
    void prefersToolsEvenWhenTheConfigurationFileIsMoreSpecific() {
        OsInfo os = OsRecognizer.recognize(vm("Other 4.x Linux (64-bit)", "Debian GNU/Linux 11 (64-bit)", null));

        assertThat(os.product()).isNull();
        assertThat(os.kernel()).isEqualTo("4.x");
        assertThat(os.sourceColumn()).isEqualTo(TOOLS_COLUMN);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = " ")
    void fallsBackToTheConfigurationFileWhenToolsIsBlank(String tools) {
        OsInfo os = OsRecognizer.recognize(vm(tools, "Oracle Linux 8 (64-bit)", null));

        assertThat(os.product()).isEqualTo("oracle-linux");
        assertThat(os.release()).isEqualTo("8");
        assertThat(os.sourceColumn()).isEqualTo(CONFIG_COLUMN);
    }

    @Test
    void usesTheConfigurationFileWhenToolsNamesSomethingUnrecognised() {
        OsInfo os = OsRecognizer.recognize(vm("MLOS 3.0", "Red Hat Enterprise Linux 6 (64-bit)", null));

        assertThat(os.product()).isEqualTo("rhel");
        assertThat(os.release()).isEqualTo("6");
        assertThat(os.raw()).isEqualTo("Red Hat Enterprise Linux 6 (64-bit)");
        assertThat(os.sourceColumn()).isEqualTo(CONFIG_COLUMN);
    }

    @Test
    void keepsTheUnrecognisedToolsStringWhenTheConfigurationFileIsNoBetter() {
        OsInfo os = OsRecognizer.recognize(vm("MLOS 3.0", "Microsoft Windows NT 6.1.7601 Service Pack 1", null));

        assertThat(os.recognised()).isFalse();
        assertThat(os.raw()).isEqualTo("MLOS 3.0");
        assertThat(os.sourceColumn()).isEqualTo(TOOLS_COLUMN);
    }

    @Test
    void givesNoneWhenNeitherColumnStatesAnOs() {
        assertThat(OsRecognizer.recognize(vm(null, " ", "bitness='64' familyName='Linux'"))).isEqualTo(OsInfo.NONE);
    }

    // ---- Guest Detailed Data (real values of abeggi__Farm_Lonati and kylow__RVTOOLEX) ---------

    /** A VM's OS columns and Guest Detailed Data, and what the recognised release must become. */
    record Completion(String tools, String config, String guestDetail, String column, String product,
                      String release, String displayName, Integer bits, String kernel) {
        @Override
        public String toString() {
            return (tools != null ? tools : config) + " + " + displayName;
        }
    }

    static final List<Completion> COMPLETIONS = List.of(
            new Completion("Ubuntu Linux (64-bit)", "Ubuntu Linux (64-bit)",
                    "architecture='X86' bitness='64' distroAddlVersion='22.04.4 LTS (Jammy Jellyfish)' distroName='Ubuntu' distroVersion='22.04' familyName='Linux' kernelVersion='5.15.0-160-generic' prettyName='Ubuntu 22.04.4 LTS'",
                    TOOLS_COLUMN, "ubuntu", "22.04", "Ubuntu 22.04", 64, "5.x"),
            new Completion(null, "Ubuntu Linux (64-bit)",
                    "architecture='X86' bitness='64' distroName='Ubuntu' distroVersion='22.04' familyName='Linux' kernelVersion='5.15.0-91-generic' prettyName='Ubuntu 22.04.4 LTS'",
                    CONFIG_COLUMN, "ubuntu", "22.04", "Ubuntu 22.04", 64, "5.x"),
            new Completion("Rocky Linux (64-bit)", "Red Hat Enterprise Linux 7 (64-bit)",
                    "architecture='X86' bitness='64' cpeString='cpe:/o:rocky:rocky:9::baseos' distroAddlVersion='9.5 (Blue Onyx)' distroName='Rocky Linux' distroVersion='9.5' familyName='Linux' kernelVersion='5.14.0-503.15.1.el9_5.x86_64' prettyName='Rocky Linux 9.5 (Blue Onyx)'",
                    TOOLS_COLUMN, "rocky-linux", "9", "Rocky Linux 9", 64, "5.x"),
            new Completion("Red Hat Fedora (64-bit)", "Red Hat Fedora (64-bit)",
                    "architecture='X86' bitness='64' distroName='Fedora Linux' distroVersion='38' familyName='Linux' kernelVersion='6.3.8-200.fc38.x86_64' prettyName='Fedora Linux 38 (Server Edition)'",
                    TOOLS_COLUMN, "fedora", "38", "Fedora Linux 38", 64, "6.x"),
            // prettyName carries no release here; distroName and distroVersion do
            new Completion("VMware Photon OS (64-bit)", "Other 3.x or later Linux (64-bit)",
                    "architecture='X86' bitness='64' distroAddlVersion='4.0' distroName='VMware Photon OS' distroVersion='4.0' familyName='Linux' kernelVersion='5.10.233-2.ph4' prettyName='VMware Photon OS/Linux'",
                    TOOLS_COLUMN, "photon", "4.0", "VMware Photon OS 4.0", 64, "5.x"),
            // vSphere's "Windows Server 2012" guest type also covers 2012 R2
            new Completion("Microsoft Windows Server 2012 (64-bit)", "Microsoft Windows Server 2012 (64-bit)",
                    "architecture='X86' bitness='64' buildNumber='9600' distroName='Windows' distroVersion='6.3' familyName='Windows' kernelVersion='9600' prettyName='Windows Server 2012 R2 Standard Edition, 64-bit (Build 9600)'",
                    TOOLS_COLUMN, "windows-server", "2012-r2", "Windows Server 2012 R2", 64, null),
            // "2016 or later" is a lower bound that the pretty name raises
            new Completion(null, "Microsoft Windows Server 2016 or later (64-bit)",
                    "architecture='X86' bitness='64' buildNumber='17763' distroName='Windows' distroVersion='10.0' familyName='Windows' kernelVersion='17763.6659' prettyName='Windows Server 2019, 64-bit (Build 17763.6659)'",
                    CONFIG_COLUMN, "windows-server", "2019", "Windows Server 2019", 64, null),
            new Completion(null, "Microsoft Windows Server 2016 or later (64-bit)",
                    "architecture='X86' bitness='64' buildNumber='14393' distroName='Windows' distroVersion='10.0' familyName='Windows' kernelVersion='14393.8783' prettyName='Windows Server 2016, 64-bit (Build 14393.8783)'",
                    CONFIG_COLUMN, "windows-server", "2016", "Windows Server 2016", 64, null));

    static Stream<Completion> completions() {
        return COMPLETIONS.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("completions")
    void completesTheReleaseFromGuestDetailedData(Completion expected) {
        OsInfo os = OsRecognizer.recognize(vm(expected.tools(), expected.config(), expected.guestDetail()));

        assertThat(os.sourceColumn()).isEqualTo(expected.column());
        assertThat(os.raw()).isEqualTo(expected.column().equals(TOOLS_COLUMN) ? expected.tools() : expected.config());
        assertThat(os.product()).isEqualTo(expected.product());
        assertThat(os.release()).isEqualTo(expected.release());
        assertThat(os.displayName()).isEqualTo(expected.displayName());
        assertThat(os.bits()).isEqualTo(expected.bits());
        assertThat(os.kernel()).isEqualTo(expected.kernel());
    }

    @Test
    void keepsTheStatedReleaseWhenGuestDetailedDataAgrees() {
        OsInfo os = OsRecognizer.recognize(vm("Debian GNU/Linux 11 (64-bit)", "Debian GNU/Linux 10 (64-bit)",
                "architecture='X86' bitness='64' distroName='Debian' distroVersion='11' familyName='Linux' kernelVersion='5.10.0-26-amd64' prettyName='Debian GNU/Linux 11 (bullseye)'"));

        assertThat(os.release()).isEqualTo("11");
        assertThat(os.displayName()).isEqualTo("Debian 11");
        assertThat(os.kernel()).isNull();
    }

    @Test
    void ignoresGuestDetailedDataNamingAnUnknownDistribution() {
        OsInfo os = OsRecognizer.recognize(vm("Other 4.x Linux (64-bit)", "Red Hat Enterprise Linux 6 (64-bit)",
                "architecture='X86' bitness='64' distroName='MLOS' distroVersion='3.0' familyName='Linux' kernelVersion='4.19.267-1.mlos3.x86_64' prettyName='MLOS 3.0'"));

        assertThat(os.family()).isEqualTo(LINUX);
        assertThat(os.product()).isNull();
        assertThat(os.release()).isNull();
        assertThat(os.kernel()).isEqualTo("4.x");
    }

    @Test
    void ignoresGuestDetailedDataWithoutARelease() {
        OsInfo os = OsRecognizer.recognize(vm("Other 6.x or later Linux (64-bit)", "Other 3.x Linux (64-bit)",
                "architecture='X86' bitness='64' distroName='Other Linux (64-bit)' familyName='Linux' kernelVersion='6.12.39-Acronis-b1005-x86_64'"));

        assertThat(os.product()).isNull();
        assertThat(os.release()).isNull();
        assertThat(os.kernel()).isEqualTo("6.x");
    }

    @Test
    void ignoresGuestDetailedDataNamingAnotherProduct() {
        OsInfo os = OsRecognizer.recognize(vm("Ubuntu Linux (64-bit)", null,
                "bitness='64' distroName='Debian' distroVersion='12' familyName='Linux' prettyName='Debian GNU/Linux 12 (bookworm)'"));

        assertThat(os.product()).isEqualTo("ubuntu");
        assertThat(os.release()).isNull();
    }
}
