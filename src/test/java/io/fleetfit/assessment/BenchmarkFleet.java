package io.fleetfit.assessment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * A realistic, seeded fleet of distinct {@link VmRecord}s for the core benchmark: the shape of an
 * RVTools 4.7 export read with every tab (vInfo, vDisk, vPartition, vNetwork, vUSB, vHost). As in
 * real exports, OS strings are few (18 guest types, the Tools and configuration-file columns
 * disagreeing on some VMs) while Guest Detailed Data varies with the kernel or build each VM
 * runs; names, UUIDs, sizes, folders, annotations and custom attributes differ per VM.
 */
public final class BenchmarkFleet {

    /**
     * Guest OS as vSphere names it, "Windows" or a Linux kernel version pattern, the prettyName
     * pattern of Guest Detailed Data, and the share per mille.
     */
    private enum Os {
        WIN2019("Microsoft Windows Server 2019 (64-bit)", "Windows", "Windows Server 2019, 64-bit (Build 17763.%d)", 220),
        WIN2022("Microsoft Windows Server 2022 (64-bit)", "Windows", "Windows Server 2022, 64-bit (Build 20348.%d)", 150),
        WIN2016("Microsoft Windows Server 2016 or later (64-bit)", "Windows", "Windows Server 2016, 64-bit (Build 14393.%d)", 110),
        WIN2012("Microsoft Windows Server 2012 (64-bit)", "Windows", "Windows Server 2012 R2 Standard, 64-bit (Build 9600.%d)", 60),
        WIN2008R2("Microsoft Windows Server 2008 R2 (64-bit)", "Windows", null, 25),
        WIN10("Microsoft Windows 10 (64-bit)", "Windows", "Windows 10 Enterprise, 64-bit (Build 19045.%d)", 15),
        RHEL9("Red Hat Enterprise Linux 9 (64-bit)", "5.14.0-%d.el9_4.x86_64", "Red Hat Enterprise Linux 9.4 (Plow)", 60),
        RHEL8("Red Hat Enterprise Linux 8 (64-bit)", "4.18.0-%d.el8_10.x86_64", "Red Hat Enterprise Linux 8.10 (Ootpa)", 80),
        RHEL7("Red Hat Enterprise Linux 7 (64-bit)", "3.10.0-%d.el7.x86_64", "Red Hat Enterprise Linux Server 7.9 (Maipo)", 30),
        CENTOS7("CentOS 7 (64-bit)", "3.10.0-%d.el7.x86_64", "CentOS Linux 7 (Core)", 40),
        ORACLE8("Oracle Linux 8 (64-bit)", "5.15.0-%d.el8uek.x86_64", "Oracle Linux Server 8.10", 25),
        UBUNTU2204("Ubuntu Linux (64-bit)", "5.15.0-%d-generic", "Ubuntu 22.04.4 LTS", 70),
        UBUNTU2004("Ubuntu Linux (64-bit)", "5.4.0-%d-generic", "Ubuntu 20.04.6 LTS", 35),
        DEBIAN12("Debian GNU/Linux 12 (64-bit)", "6.1.0-%d-amd64", "Debian GNU/Linux 12 (bookworm)", 25),
        SLES15("SUSE Linux Enterprise 15 (64-bit)", "5.14.21-150500.%d-default", "SUSE Linux Enterprise Server 15 SP5", 20),
        OTHER26("Other 2.6.x Linux (64-bit)", "2.6.32-%d.el6.x86_64", null, 15),
        PHOTON("VMware Photon OS (64-bit)", "5.10.%d-2.ph4", "VMware Photon OS/Linux", 10),
        NONE(null, null, null, 10);

        final String name;
        final String kernel;
        final String pretty;
        final int perMille;

        Os(String name, String kernel, String pretty, int perMille) {
            this.name = name;
            this.kernel = kernel;
            this.pretty = pretty;
            this.perMille = perMille;
        }

        static Os draw(Random random) {
            int pick = random.nextInt(1000);
            for (Os os : values()) {
                pick -= os.perMille;
                if (pick < 0) {
                    return os;
                }
            }
            return NONE;
        }
    }

    private static final String[] APPS = {"web", "app", "api", "batch", "mq", "files", "print", "build", "mon", "sql", "ora", "cache"};
    private static final String[] FOLDERS = {"/Production/Web", "/Production/Back office", "/Test", "/Development",
        "/Infrastructure", "/Citrix", "/Discovered virtual machine"};
    private static final String[] ANNOTATIONS = {"Owner: team %d, patch window Sunday 02:00",
        "Created by vRA on request %d", "Migrated from old cluster, ticket INC%d",
        "Internet facing reverse proxy %d", "PCI-DSS cardholder data, audit %d", "DMZ jump host %d",
        "Contact the service desk before rebooting (%d)"};

    private BenchmarkFleet() {
    }

    /** {@code n} distinct records, the same for the same seed. */
    public static List<VmRecord> of(int n, long seed) {
        Random r = new Random(seed);
        List<VmRecord> fleet = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            fleet.add(vm(r, i));
        }
        return fleet;
    }

    private static VmRecord vm(Random r, int i) {
        Os os = Os.draw(r);
        boolean tools = os != Os.NONE && r.nextInt(100) >= 8;
        String app = APPS[r.nextInt(APPS.length)];
        String name = String.format(Locale.ROOT, "%s%s-%05d", r.nextBoolean() ? "p" : "t", app, i);
        int cpus = new int[] {1, 2, 2, 4, 4, 4, 8, 8, 16, 24, 48}[r.nextInt(11)];
        long memory = cpus * (r.nextBoolean() ? 4096L : 2048L) + (r.nextInt(50) == 0 ? 300_000L : 0);
        long disk = (40 + r.nextInt(400)) * 1024L + (r.nextInt(200) == 0 ? 3L << 20 : 0);
        int cluster = i / 400 + 1;
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("Backup", r.nextInt(10) == 0 ? "" : "Daily " + (1 + r.nextInt(4)) + ":00");
        attributes.put("Last backup", "2025-05-" + (10 + r.nextInt(19)) + " 0" + r.nextInt(10) + ":12:44");
        if (r.nextInt(4) == 0) {
            attributes.put("PRDorHML", r.nextBoolean() ? "PRD" : "HML");
        }
        return VmRecord.builder(new SourceRef("bench-fleet.xlsx", "vInfo", i + 2L), name)
                .vmUuid(String.format(Locale.ROOT, "5003%04x-%04x-4000-8000-%012x", i >>> 16, i & 0xffff, (long) i * 7919))
                .smbiosUuid(String.format(Locale.ROOT, "4203%04x-%04x-4000-8000-%012x", i >>> 16, i & 0xffff, (long) i * 104729))
                .dnsName(name + ".acme.local")
                .primaryIp("10." + (i >> 16 & 255) + "." + (i >> 8 & 255) + "." + (i & 255))
                .viSdkServer("vcenter01.acme.local")
                .powerState(r.nextInt(10) == 0 ? PowerState.OFF : PowerState.ON)
                .template(r.nextInt(100) == 0)
                .osConfig(os == Os.OTHER26 || os == Os.NONE || r.nextInt(20) != 0 ? os.name : "Other 3.x or later Linux (64-bit)")
                .osTools(tools ? os.name : null)
                .guestDetail(tools && os.pretty != null ? guestDetail(r, os) : null)
                .cpus(cpus)
                .memoryMib(memory)
                .provisionedMib(disk + memory)
                .inUseMib(disk / 3 + memory)
                .datacenter("DC1")
                .cluster(String.format(Locale.ROOT, "Cluster-%03d", cluster))
                .host(String.format(Locale.ROOT, "esx%04d.acme.local", i / 25 + 1))
                .folder(FOLDERS[r.nextInt(FOLDERS.length)])
                .resourcePool(String.format(Locale.ROOT, "/DC1/Cluster-%03d/Resources", cluster))
                .annotation(r.nextInt(3) == 0 ? String.format(Locale.ROOT, ANNOTATIONS[r.nextInt(ANNOTATIONS.length)], i) : null)
                .fixedPassthruHotPlug(false)
                .latencySensitivity(r.nextInt(500) == 0 ? "high" : "normal")
                .ftState("notConfigured")
                .numMonitors(1)
                .clusterRules(r.nextInt(100) == 0 ? "keep-apart-" + cluster : null)
                .diskCount(1 + r.nextInt(4))
                .diskCapacityMib(disk)
                .rawDeviceMappings(r.nextInt(200) == 0 ? 1 : 0)
                .multiWriterDisks(r.nextInt(300) == 0 ? 2 : 0)
                .independentDisks(r.nextInt(100) == 0 ? 1 : 0)
                .partitionConsumedMib(disk / 4)
                .nicAdapterTypes(r.nextInt(500) == 0 ? "Vmxnet3;SriovEthernetCard" : "Vmxnet3")
                .passthroughNics(r.nextInt(500) == 0 ? 1 : 0)
                .networks("VLAN" + (100 + r.nextInt(40)))
                .usbDevices(r.nextInt(500) == 0 ? 1 : 0)
                .esxiVersion("VMware ESXi 8.0.3 build-24674464")
                .hostCpuModel("Intel(R) Xeon(R) Gold 6346 CPU @ 3.10GHz")
                .factSheets(Set.of("vInfo", "vDisk", "vPartition", "vNetwork", "vUSB", "vHost"))
                .customAttributes(attributes)
                .build();
    }

    /**
     * The same records with new instances of every string the core reads (OS columns, Guest
     * Detailed Data, name, annotation, placement, custom attributes), as a reader makes them for
     * each row: nothing computed on a string instance (its hash code) carries over from a previous
     * pass over the fleet.
     */
    static List<VmRecord> withFreshStrings(List<VmRecord> fleet) {
        List<VmRecord> copy = new ArrayList<>(fleet.size());
        for (VmRecord vm : fleet) {
            Map<String, String> attributes = new LinkedHashMap<>();
            vm.customAttributes().forEach((k, v) -> attributes.put(fresh(k), fresh(v)));
            copy.add(vm.toBuilder().osTools(fresh(vm.osTools())).osConfig(fresh(vm.osConfig()))
                    .guestDetail(fresh(vm.guestDetail())).annotation(fresh(vm.annotation())).folder(fresh(vm.folder()))
                    .resourcePool(fresh(vm.resourcePool())).cluster(fresh(vm.cluster())).customAttributes(attributes).build());
        }
        return copy;
    }

    private static String fresh(String s) {
        return s == null ? null : new String(s.toCharArray());
    }

    /** Guest Detailed Data as RVTools 4.7 writes it: Windows builds and Linux kernels vary per VM. */
    private static String guestDetail(Random r, Os os) {
        if (os.kernel.equals("Windows")) {
            int build = 4000 + r.nextInt(8) * 100;
            return "architecture='X86' bitness='64' buildNumber='" + build + "' distroName='Windows' distroVersion='10.0'"
                    + " familyName='Windows' kernelVersion='" + build + "' prettyName='" + String.format(Locale.ROOT, os.pretty, build) + "'";
        }
        String kernel = String.format(Locale.ROOT, os.kernel, 100 + r.nextInt(12) * 7);
        return "architecture='X86' bitness='64' distroName='" + os.pretty.split(" ")[0] + "' familyName='Linux' kernelVersion='"
                + kernel + "' prettyName='" + os.pretty + "'";
    }
}
