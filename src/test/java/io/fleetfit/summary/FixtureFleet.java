package io.fleetfit.summary;

import io.fleetfit.assessment.Assessment;
import io.fleetfit.assessment.Completeness;
import io.fleetfit.assessment.Confidence;
import io.fleetfit.assessment.Dimension;
import io.fleetfit.assessment.Disposition;
import io.fleetfit.assessment.Effect;
import io.fleetfit.assessment.Excluded;
import io.fleetfit.assessment.Finding;
import io.fleetfit.assessment.Lane;
import io.fleetfit.assessment.LifecycleCatalog;
import io.fleetfit.assessment.OsFamily;
import io.fleetfit.assessment.OsInfo;
import io.fleetfit.assessment.Outcome;
import io.fleetfit.assessment.PowerState;
import io.fleetfit.assessment.Rejection;
import io.fleetfit.assessment.Role;
import io.fleetfit.assessment.RoleCatalog;
import io.fleetfit.assessment.RoleMatch;
import io.fleetfit.assessment.Rule;
import io.fleetfit.assessment.Scoring;
import io.fleetfit.assessment.Severity;
import io.fleetfit.assessment.SourceRef;
import io.fleetfit.assessment.VmRecord;
import io.fleetfit.assessment.Workload;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A small, varied fleet built from plain records: every disposition (a Refactor lane among them), roles, a template,
 * a system VM, a rejection and hostile text;
 * storage stated by vInfo's In Use, by vPartition only (legacy-nt-04) and by vDisk only (old-report-05). The summary
 * tests count it; the report tests render it, so both read the same figures.
 */
public final class FixtureFleet {

    public static final String RVTOOLS = "rvtools-acme.xlsx";
    public static final String CMDB = "cmdb-extra.csv";
    public static final String BROKEN = "broken-export.xlsx";
    public static final String TOOLS = "OS according to the VMware Tools";
    public static final String CONFIG = "OS according to the configuration file";

    public static final String RVTOOLS_SHA = "3a7bd3e2360a3d29eea436fcfb7e44c735d117c42d1c1835420b6b9942dd4f1b";

    public static final String FORMULA_ANNOTATION = "=HYPERLINK(\"http://x\")";
    public static final String FORMULA_VM = "+cmd|' /C calc'!A0";

    /** A rule that never fires: the Method sheet only needs its declaration. */
    public record TestRule(String id, Dimension dimension, Severity severity, Effect effect, int weight, String description)
            implements Rule {
        @Override
        public Optional<Finding> evaluate(Workload workload) {
            return Optional.empty();
        }
    }

    public static final TestRule NO_RUNTIME = new TestRule("PORT-001", Dimension.PORTABILITY, Severity.BLOCKER, Effect.REQUIRES_VM, 100,
            "Flags guests that no container runtime supports (old Windows, Solaris, BSD, appliances).");
    public static final TestRule WINDOWS_NODES = new TestRule("PORT-003", Dimension.PORTABILITY, Severity.MODERATE, Effect.REMEDIATE, 15,
            "Flags a Windows Server 2016 or later web or application workload: it needs Windows worker nodes and a rebuilt image.");
    public static final TestRule PASSTHROUGH = new TestRule("PORT-004", Dimension.PORTABILITY, Severity.BLOCKER, Effect.BLOCKS_KUBEVIRT, 100,
            "Flags passthrough, SR-IOV and USB devices, which block containers and KubeVirt alike.");
    public static final TestRule SCALE_UP = new TestRule("PORT-005", Dimension.PORTABILITY, Severity.MODERATE, Effect.REMEDIATE, 20,
            "Flags scale-up VMs (more than 32 vCPUs or 256 GiB of memory) that should be split first.");
    public static final TestRule APPLIANCE = new TestRule("PORT-019", Dimension.PORTABILITY, Severity.BLOCKER, Effect.REPLACE, 100,
            "Marks platform and vendor appliances whose function the target platform or a service provides for replacement.");
    public static final TestRule PAST_SUPPORT = new TestRule("LEGACY-001", Dimension.LEGACY_OS, Severity.MAJOR, Effect.REMEDIATE, 40,
            "Flags OS releases past all vendor support at the assessment date.");
    public static final TestRule REGULATED = new TestRule("ISOL-001", Dimension.ISOLATION, Severity.BLOCKER, Effect.REQUIRES_VM, 100,
            "Flags regulated data (PCI DSS, HIPAA, SOX) in annotations and custom attributes.");
    public static final TestRule TEMPLATE = new TestRule("GEN-001", Dimension.GENERAL, Severity.INFO, Effect.EXCLUDE, 1,
            "Excludes templates (Template = True): listed and counted, never assessed as workloads.");
    public static final TestRule SYSTEM_VM = new TestRule(Excluded.Kind.SYSTEM_VM.ruleId(), Dimension.GENERAL, Severity.INFO, Effect.EXCLUDE, 1,
            "Excludes system VMs that vSphere creates and removes itself (vCLS agents, vSphere Pod VMs): listed and counted, never assessed.");
    public static final TestRule POWERED_OFF = new TestRule("GEN-002", Dimension.GENERAL, Severity.INFO, Effect.RETIRE, 1,
            "Marks powered-off VMs as retire candidates, keeping their would-be assessment.");
    public static final TestRule UNRECOGNISED = new TestRule("GEN-004", Dimension.GENERAL, Severity.INFO, Effect.INSUFFICIENT_DATA, 1,
            "Flags OS strings nothing recognises: the workload cannot be judged without a guess.");

    private FixtureFleet() {
    }

    /**
     * A small role catalog with the roles the fixtures name: fixed, so a change to the bundled catalog does not change the
     * golden files.
     */
    public static final RoleCatalog ROLES = roles(
            "# version: fixture roles 2025-06",
            "role,label,family,effect,os,signals,recommendation",
            "vcenter,VMware vCenter Server Appliance,virtualisation-platform,replace,any,vcenter server appliance;*vcsa*,"
                    + "Replace: the target platform's own management takes its place.",
            "domain-controller,Active Directory domain controller,directory,requires-vm,any,domain controller;name:*dc,"
                    + "Keep as a VM: domain controllers need a full Windows OS.",
            "database-linux,Database server,database,database,any,postgres;name:db,"
                    + "\"Containerize after remediation: run it with an operator, on persistent volumes.\"",
            "web-server,Web server,web,container,any,iis;nginx;name:*web,Containerize: web servers are what containers are made for.");

    private static RoleCatalog roles(String... lines) {
        return RoleCatalog.parse("fixture", RoleCatalog.sha256(String.join("\n", lines).getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                List.of(lines));
    }

    /** The assessment date of the fixture run: the lifecycle catalog has a release of each status on it. */
    public static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);

    /** The client's input files: the two the fleet comes from, and one that could not be read. */
    public static List<InputFile> inputs() {
        return List.of(new InputFile(RVTOOLS, "RVTools xlsx", "vInfo", "RVTools 4.7.1.4", null, "no vUSB tab: USB devices unknown")
                        .withSha256(RVTOOLS_SHA),
                new InputFile(CMDB, "RVTools-layout CSV", "", "", null),
                new InputFile(BROKEN, "", "", "", "Not an Excel file: the zip header is missing."));
    }

    /** The rules the fleet's findings come from, in catalog order. */
    public static List<Rule> rules() {
        return List.of(TEMPLATE, SYSTEM_VM, POWERED_OFF, UNRECOGNISED, NO_RUNTIME, WINDOWS_NODES, PASSTHROUGH, SCALE_UP, APPLIANCE,
                PAST_SUPPORT, REGULATED);
    }

    /** A small lifecycle catalog covering the fixture fleet's releases, one of each status at 2025-06-30. */
    public static LifecycleCatalog lifecycle() {
        return LifecycleCatalog.parse("fixture", List.of(
                "# version: endoflife.date 2025-06-01",
                "product,release,name,support_end,extended_support_end",
                "ubuntu,22.04,Ubuntu 22.04,2027-04-01,2032-04-09",
                "windows-server,2019,Windows Server 2019,2029-01-09,",
                "windows-server,2008-r2,Windows Server 2008 R2,2020-01-14,2023-01-10",
                "rhel,7,Red Hat Enterprise Linux 7,2024-06-30,2028-06-30",
                "rhel,9,Red Hat Enterprise Linux 9,2032-05-31,2035-05-31",
                "centos,7,CentOS 7,2024-06-30,"));
    }

    /** Every outcome kind and disposition, in report order. */
    public static List<Outcome> mixedFleet() {
        List<Outcome> outcomes = new ArrayList<>();
        outcomes.add(assessment(vm(RVTOOLS, 2, "app-web-01").cpus(4).memoryMib(8192L).inUseMib(40_960L)
                        .cluster("prod-a").host("esx01.acme.local").folder("/Web").vmUuid("5003a1b2-0000-4000-8000-000000000001")
                        .application("Web shop").owner("Jane Roe").environment("Production")
                        .customAttributes(new java.util.LinkedHashMap<>(java.util.Map.of("Backup", "Daily"))),
                linux("Ubuntu Linux (64-bit)", "ubuntu", "22.04", "Ubuntu 22.04"),
                Disposition.CONTAINERIZE, Disposition.CONTAINERIZE, List.of(), role("web-server", "VM", "app-web-01", "name:*web")));
        outcomes.add(assessment(vm(CMDB, 2, "app-win-02").cpus(2).memoryMib(4096L).inUseMib(61_440L).cluster("prod-a")
                        .annotation("IIS intranet portal"),
                os("Microsoft Windows Server 2019 (64-bit)", CONFIG, OsFamily.WINDOWS_SERVER, "windows-server", "2019", "Windows Server 2019"),
                Disposition.CONTAINERIZE_AFTER_REMEDIATION, Disposition.CONTAINERIZE_AFTER_REMEDIATION,
                List.of(WINDOWS_NODES.finding("Runs Windows Server 2019 as a web server: it can move to a Windows container once its"
                        + " image is rebuilt on a Windows Server Core base, on Windows worker nodes.",
                        CONFIG + ": \"Microsoft Windows Server 2019 (64-bit)\"; Annotation: \"IIS intranet portal\" (the word \"iis\")")),
                role("web-server", "Annotation", "IIS intranet portal", "iis")));
        outcomes.add(assessment(vm(RVTOOLS, 3, "batch-big-03").cpus(48).memoryMib(393_216L).inUseMib(1_536_000L)
                        .cluster("prod-b").host("esx07.acme.local")
                        .warnings(List.of("Provisioned MiB = 'n/a' is not a number; the fact is treated as not stated.")),
                linux("Red Hat Enterprise Linux 7 (64-bit)", "rhel", "7", "Red Hat Enterprise Linux 7"),
                Disposition.CONTAINERIZE_AFTER_REMEDIATION, Disposition.CONTAINERIZE_AFTER_REMEDIATION,
                List.of(SCALE_UP.finding("Has 48 vCPUs and 384 GiB of memory; split it before containerizing.", "48 vCPUs (CPUs); 384 GiB of memory (Memory: 393216 MiB)"),
                        PAST_SUPPORT.finding("Runs Red Hat Enterprise Linux 7, past all vendor support since 2024-06-30.",
                                TOOLS + ": \"Red Hat Enterprise Linux 7 (64-bit)\""))));
        outcomes.add(assessment(vm(RVTOOLS, 4, "db-pay-01").cpus(8).memoryMib(32_768L).inUseMib(512_000L)
                        .cluster("pci-zone").annotation(FORMULA_ANNOTATION),
                linux("Red Hat Enterprise Linux 9 (64-bit)", "rhel", "9", "Red Hat Enterprise Linux 9"),
                Disposition.VM_ON_KUBERNETES, Disposition.VM_ON_KUBERNETES,
                List.of(REGULATED.finding("Is marked as holding regulated data (pci); it needs its own kernel, so it stays a VM.",
                        FORMULA_ANNOTATION)), role("database-linux", "VM", "db-pay-01", "name:db")));
        outcomes.add(assessment(vm(RVTOOLS, 5, "legacy-nt-04").cpus(40).memoryMib(65_536L).partitionConsumedMib(204_800L)
                        .fixedPassthruHotPlug(true).folder("/Legacy"),
                os("Microsoft Windows Server 2008 R2 (64-bit)", TOOLS, OsFamily.WINDOWS_SERVER, "windows-server", "2008-r2", "Windows Server 2008 R2"),
                Disposition.KEEP_AS_VM, Disposition.KEEP_AS_VM,
                List.of(NO_RUNTIME.finding("Runs Windows Server 2008 R2, which no container runtime supports.",
                                TOOLS + ": \"Microsoft Windows Server 2008 R2 (64-bit)\""),
                        PASSTHROUGH.finding("Has a passthrough device attached, which blocks containers and KubeVirt.", "Fixed Passthru HotPlug: \"True\""),
                        SCALE_UP.finding("Has 40 vCPUs; split it before containerizing.", "40 vCPUs (CPUs)"),
                        PAST_SUPPORT.finding("Runs Windows Server 2008 R2, past all vendor support since 2020-01-14.",
                                TOOLS + ": \"Microsoft Windows Server 2008 R2 (64-bit)\""))));
        outcomes.add(assessment(vm(RVTOOLS, 6, "old-report-05").powerState(PowerState.OFF).cpus(2).memoryMib(2048L).diskCapacityMib(10_240L),
                linux("CentOS 7 (64-bit)", "centos", "7", "CentOS 7"),
                Disposition.RETIRE_CANDIDATE, Disposition.CONTAINERIZE_AFTER_REMEDIATION,
                List.of(POWERED_OFF.finding("Is powered off; confirm it is still needed before migrating it.", "Powered off (Powerstate)"),
                        PAST_SUPPORT.finding("Runs CentOS 7, past all vendor support since 2024-06-30.", TOOLS + ": \"CentOS 7 (64-bit)\""))));
        outcomes.add(assessment(vm(RVTOOLS, 7, FORMULA_VM).memoryMib(1024L),
                new OsInfo("Custom appliance OS", CONFIG, null, null, null, null, null, null),
                Disposition.INSUFFICIENT_DATA, Disposition.INSUFFICIENT_DATA,
                List.of(UNRECOGNISED.finding("States the OS as 'Custom appliance OS', which nothing recognises.",
                        CONFIG + ": \"Custom appliance OS\""))));
        outcomes.add(assessment(vm(RVTOOLS, 10, "vcsa-01").cpus(4).memoryMib(21_504L).inUseMib(51_200L)
                        .annotation("VMware vCenter Server Appliance"),
                linux("VMware Photon OS (64-bit)", null, null, null),
                Disposition.REPLACE, Disposition.REPLACE,
                List.of(APPLIANCE.finding("Recognised as a VMware vCenter Server Appliance, whose function the target platform or a"
                        + " service provides.", "Annotation: \"VMware vCenter Server Appliance\" (the words \"vcenter server appliance\")")),
                role("vcenter", "Annotation", "VMware vCenter Server Appliance", "vcenter server appliance")));
        VmRecord template = vm(RVTOOLS, 8, "tpl-ubuntu-22").template(true).osTools("Ubuntu Linux (64-bit)").build();
        outcomes.add(new Excluded(template, linux("Ubuntu Linux (64-bit)", "ubuntu", null, null),
                TEMPLATE.finding("Is a template, not a workload: listed and counted, not assessed.", "Template: \"True\"")));
        outcomes.add(new Rejection(new SourceRef(RVTOOLS, "vInfo", 9), "", "No VM name in column VM."));
        VmRecord agent = vm(RVTOOLS, 11, "vCLS-4c4c4544-0052").osTools("VMware Photon OS (64-bit)").build();
        outcomes.add(new Excluded(agent, linux("VMware Photon OS (64-bit)", null, null, null),
                SYSTEM_VM.finding("Is a vSphere Cluster Service agent VM, which vSphere creates and removes itself: not a workload.",
                        "VM name: \"vCLS-4c4c4544-0052\"")));
        outcomes.sort(Outcome.REPORT_ORDER);
        return List.copyOf(outcomes);
    }

    /** The fixture fleet's workload of this name. */
    public static Assessment workload(String vmName) {
        return (Assessment) mixedFleet().stream().filter(o -> o.vmName().equals(vmName)).findFirst().orElseThrow();
    }

    /** The fixture fleet with the consultant's override on one workload: app-web-01 kept as a VM. */
    public static List<Outcome> overriddenFleet() {
        List<Outcome> outcomes = new ArrayList<>();
        for (Outcome o : mixedFleet()) {
            if (o instanceof Assessment a && a.vmName().equals("app-web-01")) {
                o = new Assessment(a.vm(), a.os(), a.findings(), a.portabilityScore(), a.legacyOsScore(), a.isolationScore(),
                        a.fitnessScore(), a.tier(), Disposition.KEEP_AS_VM, a.assessedDisposition(), a.computedDisposition(),
                        "An HSM is attached over a dedicated VLAN.", a.completeness(), Disposition.KEEP_AS_VM.lane(), a.role(),
                        a.confidence());
            }
            outcomes.add(o);
        }
        return outcomes;
    }

    public static VmRecord.Builder vm(String file, long row, String name) {
        return VmRecord.builder(new SourceRef(file, file.endsWith(".csv") ? "" : "vInfo", row), name)
                .powerState(PowerState.ON).datacenter("dc-east");
    }

    public static OsInfo linux(String raw, String product, String release, String name) {
        return os(raw, TOOLS, OsFamily.LINUX, product, release, name);
    }

    public static OsInfo os(String raw, String column, OsFamily family, String product, String release, String name) {
        return new OsInfo(raw, column, family, product, release, name, 64, null);
    }

    /** A role of the fixture role catalog, as recognised from {@code field} = {@code value}. */
    public static RoleMatch role(String id, String field, String value, String signal) {
        return new RoleMatch(ROLES.find(id).orElseThrow(), field, value, signal);
    }

    public static Assessment assessment(VmRecord.Builder vm, OsInfo os, Disposition disposition, Disposition assessed, List<Finding> findings) {
        return assessment(vm, os, disposition, assessed, findings, null);
    }

    /**
     * An assessment scored as the product scores: {@link Scoring} turns the findings into scores, tier and disposition
     * (Excellent fit only with a role containers are made for); the dispositions given must be the ones it reaches,
     * so the fixtures cannot drift from the policy.
     */
    public static Assessment assessment(VmRecord.Builder vm, OsInfo os, Disposition disposition, Disposition assessed, List<Finding> findings,
                                 RoleMatch role) {
        Scoring.Verdict v = Scoring.verdict(findings, role != null && role.role().effect() == Role.RoleEffect.CONTAINER);
        if (v.disposition() != disposition || v.assessedDisposition() != assessed) {
            throw new IllegalStateException(vm.build().vmName() + ": the findings give " + v.disposition() + " / "
                    + v.assessedDisposition() + ", not " + disposition + " / " + assessed);
        }
        VmRecord record = vm.build();
        Workload w = new Workload(record, os, role);
        return new Assessment(record, os, findings, v.portability(), v.legacyOs(), v.isolation(), v.fitness(), v.tier(),
                disposition, assessed, disposition, null, Completeness.of(w), Lane.of(disposition, findings), role,
                Confidence.of(w, role, assessed));
    }
}
