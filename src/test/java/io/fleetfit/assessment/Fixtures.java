package io.fleetfit.assessment;

import io.fleetfit.inventory.RulesFile;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;

/** Records with sensible defaults: a powered-on Ubuntu 22.04 VM; each test overrides what it is about. */
public final class Fixtures {

    public static final LocalDate AS_OF = LocalDate.of(2026, 11, 26);

    private Fixtures() {
    }

    public static VmRecord.Builder vm() {
        return vm("app-01");
    }

    public static VmRecord.Builder vm(String name) {
        return VmRecord.builder(new SourceRef("acme.xlsx", "vInfo", 2), name)
                .vmUuid("5000c0de-0000-0000-0000-000000000001")
                .powerState(PowerState.ON)
                .template(false)
                .osConfig("Ubuntu Linux (64-bit)")
                .osTools("Ubuntu Linux (64-bit)")
                .guestDetail("bitness='64' distroName='Ubuntu' distroVersion='22.04' familyName='Linux' prettyName='Ubuntu 22.04.4 LTS'")
                .cpus(4)
                .memoryMib(8192L)
                .provisionedMib(102400L)
                .inUseMib(40960L)
                .datacenter("DC1")
                .cluster("Cluster-A")
                .host("esx01.acme.example")
                .folder("Applications")
                .latencySensitivity("normal")
                .ftState("notConfigured")
                .numMonitors(1)
                .fixedPassthruHotPlug(false)
                .customAttributes(Map.of());
    }

    /** A record whose OS is {@code os} in the Tools column and nowhere else. */
    public static VmRecord.Builder vmWithOs(String os) {
        return vm().osTools(os).osConfig(null).guestDetail(null);
    }

    public static Workload workload(VmRecord.Builder b) {
        return Workload.of(b.build(), RoleCatalog.bundled());
    }

    public static AssessmentSettings settings() {
        return AssessmentSettings.standard(AS_OF);
    }

    /** A rules file of these lines, as a CSV file's bytes. */
    public static byte[] rulesCsv(String... lines) {
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    }

    /** A client's rules file of these lines, read as a run reads one: by {@link RulesFile}. */
    public static RuleConfig rulesFile(String name, String... lines) {
        return RulesFile.read(name, rulesCsv(lines));
    }

    public static Assessor assessor() {
        return Assessor.standard(settings());
    }

    public static Finding finding(String id, Dimension d, Severity s, Effect e, int weight) {
        return new Finding(id, d, s, e, weight, "A test finding.", "Test = 1");
    }
}
