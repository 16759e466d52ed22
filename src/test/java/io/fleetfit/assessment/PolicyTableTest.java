package io.fleetfit.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.aggregator.ArgumentsAccessor;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * Realistic workloads and what {@code shared/ASSESSMENT.md} says should become of them, in
 * {@code src/test/resources/policy/workloads.csv}: a description, the facts that matter, the
 * expected disposition and fitness tier, and the rule ids of every finding expected. The
 * expectations were written from the policy before the code was run; where the policy leaves the
 * answer open, a comment line above the row says so and which reading was chosen.
 *
 * <p>Facts are {@code key=value} pairs separated by {@code " | "} (the value is everything after
 * the first {@code =}). Every other fact has the default of a powered-on VM read from a complete
 * RVTools 4.7 export (every tab present, no passthrough, USB, RDM or shared disk): 4 vCPUs,
 * 8 GiB, 40 GiB in use, folder /Production/Apps, cluster Cluster-A. Keys: {@code name tools
 * config detail power template cpus mem inuse annotation folder pool vapp cluster attr:HEADER
 * passthru nics adapters usb rdm mw indep latency ft monitors rules class isolation state app role
 * dns asof}.
 *
 * <p>An optional sixth column names the role the workload must be recognised as (a role id of the
 * role catalog, {@code -} for none); empty, the role is not checked.
 *
 * <p>Expected findings are ';'-separated rule ids, compared as a set; {@code A/B} means exactly one
 * of A and B (two rules that read the same fact and take turns reporting it, see
 * {@code RegulatedClassification}). Disposition {@code EXCLUDED} means a template, listed and not
 * assessed. The standard catalog is judged at 2026-11-26 unless a row sets {@code asof}.
 */
class PolicyTableTest {

    static final LocalDate AS_OF = LocalDate.of(2026, 11, 26);
    private static final Map<LocalDate, Assessor> ASSESSORS = new ConcurrentHashMap<>();

    @ParameterizedTest(name = "{index}: {0}")
    @CsvFileSource(resources = "/policy/workloads.csv", numLinesToSkip = 1, maxCharsPerColumn = 4096)
    void judgesLikeThePolicy(ArgumentsAccessor row) {
        String description = row.getString(0);
        String facts = row.getString(1);
        String disposition = row.getString(2);
        String tier = row.getString(3);
        String findings = row.size() > 4 ? row.getString(4) : null;
        String role = row.size() > 5 ? row.getString(5) : null;
        Map<String, String> f = facts(facts);
        LocalDate asOf = f.containsKey("asof") ? LocalDate.parse(f.remove("asof")) : AS_OF;
        Outcome outcome = ASSESSORS.computeIfAbsent(asOf, d -> Assessor.standard(AssessmentSettings.standard(d)))
                .assess(record(f));

        if (disposition.equals("EXCLUDED")) {
            assertThat(outcome).as(description).isInstanceOf(Excluded.class);
            return;
        }
        assertThat(outcome).as(description).isInstanceOf(Assessment.class);
        Assessment a = (Assessment) outcome;
        String got = a.findings().stream().map(x -> x.ruleId() + " (" + x.reason() + ")").collect(Collectors.joining("\n  "));
        assertThat(a.disposition()).as("%s: disposition; findings:%n  %s", description, got)
                .isEqualTo(Disposition.valueOf(disposition));
        assertThat(a.tier()).as("%s: tier (fitness %d); findings:%n  %s", description, a.fitnessScore(), got)
                .isEqualTo(FitnessTier.valueOf(tier));
        assertFindings(description, a.findings(), findings == null ? "" : findings);
        if (role != null) {
            assertThat(a.role() == null ? "-" : a.role().role().id()).as("%s: role; findings:%n  %s", description, got).isEqualTo(role);
        }
    }

    private static void assertFindings(String description, List<Finding> actual, String expected) {
        List<String> ids = new ArrayList<>(actual.stream().map(Finding::ruleId).toList());
        List<String> missing = new ArrayList<>();
        for (String token : expected.split(";")) {
            String t = token.strip();
            if (t.isEmpty()) {
                continue;
            }
            List<String> alternatives = List.of(t.split("/"));
            List<String> present = alternatives.stream().filter(ids::contains).toList();
            if (present.size() == 1) {
                ids.remove(present.get(0));
            } else {
                missing.add(present.isEmpty() ? t : t + " (more than one present)");
            }
        }
        assertThat(missing).as("%s: expected findings not found; unexpected: %s", description, ids).isEmpty();
        assertThat(ids).as("%s: unexpected findings", description).isEmpty();
    }

    static Map<String, String> facts(String facts) {
        Map<String, String> f = new LinkedHashMap<>();
        if (facts == null) {
            return f;
        }
        for (String pair : facts.split(" \\| ")) {
            int eq = pair.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException("not key=value: " + pair);
            }
            f.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
        }
        return f;
    }

    /** A record with the defaults described above, then the row's facts. */
    static VmRecord record(Map<String, String> f) {
        VmRecord.Builder b = VmRecord.builder(new SourceRef("policy-table.csv", "", 2), f.getOrDefault("name", "acme-vm-01"))
                .vmUuid("5003c0de-0000-4000-8000-000000000001")
                .powerState(PowerState.ON)
                .template(false)
                .cpus(4)
                .memoryMib(8192L)
                .provisionedMib(102_400L)
                .inUseMib(40_960L)
                .datacenter("DC1")
                .cluster("Cluster-A")
                .host("esx01.acme.local")
                .folder("/Production/Apps")
                .resourcePool("Resources")
                .fixedPassthruHotPlug(false)
                .latencySensitivity("normal")
                .ftState("notConfigured")
                .numMonitors(1)
                .diskCount(2)
                .rawDeviceMappings(0)
                .multiWriterDisks(0)
                .independentDisks(0)
                .nicAdapterTypes("Vmxnet3")
                .passthroughNics(0)
                .usbDevices(0)
                .factSheets(java.util.Set.of("vInfo", "vDisk", "vPartition", "vNetwork", "vUSB", "vHost"));
        Map<String, String> attributes = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : f.entrySet()) {
            String v = e.getValue();
            switch (e.getKey()) {
                case "name" -> { }
                case "dns" -> b.dnsName(v);
                case "app" -> b.application(v);
                case "role" -> b.role(v);
                case "tools" -> b.osTools(v);
                case "config" -> b.osConfig(v);
                case "detail" -> b.guestDetail(v);
                case "power" -> b.powerState(PowerState.parse(v));
                case "template" -> b.template(Boolean.valueOf(v));
                case "cpus" -> b.cpus(Integer.valueOf(v));
                case "mem" -> b.memoryMib(Long.valueOf(v));
                case "inuse" -> b.inUseMib(Long.valueOf(v));
                case "annotation" -> b.annotation(v);
                case "folder" -> b.folder(v);
                case "pool" -> b.resourcePool(v);
                case "vapp" -> b.vApp(v);
                case "cluster" -> b.cluster(v);
                case "passthru" -> b.fixedPassthruHotPlug(Boolean.valueOf(v));
                case "nics" -> b.passthroughNics(Integer.valueOf(v));
                case "adapters" -> b.nicAdapterTypes(v);
                case "usb" -> b.usbDevices(Integer.valueOf(v));
                case "rdm" -> b.rawDeviceMappings(Integer.valueOf(v));
                case "mw" -> b.multiWriterDisks(Integer.valueOf(v));
                case "indep" -> b.independentDisks(Integer.valueOf(v));
                case "latency" -> b.latencySensitivity(v);
                case "ft" -> b.ftState(v);
                case "monitors" -> b.numMonitors(Integer.valueOf(v));
                case "rules" -> b.clusterRules(v);
                case "class" -> b.dataClassification(v);
                case "isolation" -> b.isolationRequirement(v);
                case "state" -> b.statefulness(v);
                default -> {
                    if (!e.getKey().startsWith("attr:")) {
                        throw new IllegalArgumentException("unknown fact " + e.getKey());
                    }
                    attributes.put(e.getKey().substring("attr:".length()), v);
                }
            }
        }
        return b.customAttributes(attributes).build();
    }
}
