package io.fleetfit.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fleetfit.assessment.Assessment;
import io.fleetfit.assessment.Assessor;
import io.fleetfit.assessment.Excluded;
import io.fleetfit.assessment.Outcome;
import io.fleetfit.assessment.Rejection;
import io.fleetfit.assessment.RoleCatalog;
import io.fleetfit.assessment.RuleCatalog;
import io.fleetfit.assessment.SourceRef;
import io.fleetfit.assessment.VmRecord;
import io.fleetfit.run.Pseudonyms.Kind;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class PseudonymiserTest {

    private static final Pseudonyms KEY = Pseudonyms.ofKeyFile("a.key", "secret one\n".getBytes(StandardCharsets.UTF_8));
    private static final SourceRef SOURCE = new SourceRef("acme.xlsx", "vInfo", 7);

    @Test
    void derivesEachPseudonymFromTheKeyByHmac() throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec("secret one".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        byte[] hash = mac.doFinal("vm\u0000web-01".getBytes(StandardCharsets.UTF_8));
        assertThat(KEY.of(Kind.VM, "web-01")).isEqualTo("vm-" + java.util.HexFormat.of().formatHex(hash, 0, 5));
        // the same key, another file's line end: the same pseudonym; another key or kind: another
        assertThat(Pseudonyms.ofKeyFile("b.key", "secret one".getBytes(StandardCharsets.UTF_8)).of(Kind.VM, "web-01"))
                .isEqualTo(KEY.of(Kind.VM, "web-01"));
        assertThat(Pseudonyms.ofKeyFile("c.key", "secret two".getBytes(StandardCharsets.UTF_8)).of(Kind.VM, "web-01"))
                .isNotEqualTo(KEY.of(Kind.VM, "web-01"));
        assertThat(KEY.of(Kind.HOST, "web-01")).startsWith("host-").isNotEqualTo(KEY.of(Kind.VM, "web-01").replace("vm-", "host-"));
        assertThat(Pseudonyms.TOKEN.matcher("see vm-0123456789 and host-abcdef0123.").results().count()).isEqualTo(2);
    }

    @Test
    void refusesAnEmptyKeyFile() {
        assertThatThrownBy(() -> Pseudonyms.ofKeyFile("empty.key", " \r\n".getBytes(StandardCharsets.UTF_8)))
                .hasMessage("key file empty.key is empty: it must hold the secret the pseudonyms are derived from");
    }

    @Test
    void replacesEveryIdentifyingValueAndKeepsTheFactsTheRulesRead() {
        Map<String, String> custom = new LinkedHashMap<>();
        custom.put("PCI scope", "Yes");
        custom.put("Cost centre", "CC-4711 Payments");
        custom.put("Environment", "Production");
        custom.put("MAC Address", "00:50:56:01:0d:de");
        VmRecord vm = VmRecord.builder(SOURCE, "pay-db-01").dnsName("pay-db-01.acme.example").primaryIp("10.1.2.3, 10.1.2.4")
                .viSdkServer("vc01.acme.example").datacenter("DC-Berlin").cluster("Prod-Cluster").host("esx07.acme.example")
                .folder("/Payments/Decommission").resourcePool("Gold").annotation("Old payment DB, to be deleted")
                .networks("VLAN10-Pay;VLAN20-Backup").application("Payments").owner("Jane Doe").osTools("Microsoft Windows Server 2008 R2 (64-bit)")
                .cpus(4).memoryMib(8192L).customAttributes(custom).build();
        Outcome judged = new Assessor(RuleCatalog.standard(io.fleetfit.assessment.Fixtures.settings()), RoleCatalog.bundled()).assess(vm);
        Pseudonymiser names = new Pseudonymiser(KEY);
        Assessment shown = (Assessment) names.apply(judged);
        Assessment real = (Assessment) judged;

        VmRecord p = shown.vm();
        assertThat(p.vmName()).isEqualTo(KEY.of(Kind.VM, "pay-db-01"));
        assertThat(p.primaryIp()).isEqualTo(KEY.of(Kind.IP, "10.1.2.3") + ", " + KEY.of(Kind.IP, "10.1.2.4"));
        assertThat(p.networks()).isEqualTo(KEY.of(Kind.NETWORK, "VLAN10-Pay") + ";" + KEY.of(Kind.NETWORK, "VLAN20-Backup"));
        assertThat(p.folder()).isEqualTo(KEY.of(Kind.FOLDER, "/Payments/Decommission"));
        assertThat(p.customAttributes()).containsEntry("PCI scope", "Yes").containsEntry("Environment", "Production")
                .containsEntry("Cost centre", KEY.of(Kind.ATTRIBUTE, "CC-4711 Payments"))
                .containsEntry("MAC Address", KEY.of(Kind.MAC, "00:50:56:01:0d:de"));
        assertThat(p.osTools()).isEqualTo(vm.osTools());
        // the judgement is the real one; the evidence quotes pseudonyms
        assertThat(shown.disposition()).isEqualTo(real.disposition());
        assertThat(shown.findings()).extracting(f -> f.ruleId()).isEqualTo(real.findings().stream().map(f -> f.ruleId()).toList());
        assertThat(real.findings()).anySatisfy(f -> assertThat(f.evidence()).contains("/Payments/Decommission"));
        String all = shown.findings().toString() + shown.role();
        for (String original : new String[] {"pay-db-01", "Payments", "Decommission", "Old payment DB", "Prod-Cluster", "CC-4711"}) {
            assertThat(all).doesNotContain(original);
        }
        assertThat(shown.findings()).anySatisfy(f -> assertThat(f.evidence()).isEqualTo("Folder: \"" + p.folder() + "\""));
        assertThat(shown.findings()).anySatisfy(f -> assertThat(f.evidence()).contains("Windows Server 2008 R2"));
        // the map gives every original back
        assertThat(names.map()).containsEntry(p.vmName(), "pay-db-01").containsEntry(p.owner(), "Jane Doe")
                .containsEntry(KEY.of(Kind.IP, "10.1.2.4"), "10.1.2.4");
        assertThat(names.original(p.cluster())).isEqualTo("Prod-Cluster");
    }

    @Test
    void replacesAValueInATextOnlyWhereItStandsApartAndNeverInsideAPseudonym() {
        VmRecord vm = VmRecord.builder(SOURCE, "vCLS-1").folder("host").cluster("Linux").osTools("VMware Photon OS (64-bit)").build();
        Excluded judged = (Excluded) new Assessor(RuleCatalog.standard(io.fleetfit.assessment.Fixtures.settings()), RoleCatalog.bundled()).assess(vm);
        Pseudonymiser names = new Pseudonymiser(KEY);
        Excluded shown = (Excluded) names.apply(judged);
        assertThat(shown.reason().evidence()).isEqualTo("VM name: \"" + KEY.of(Kind.VM, "vCLS-1") + "\"");
        assertThat(shown.reason().reason()).isEqualTo(judged.reason().reason());   // "vSphere Cluster Service agent": no value in it
        Rejection rejected = (Rejection) names.apply(new Rejection(SOURCE, "web 01", "Memory of web 01 is 'x', not a number."));
        assertThat(rejected.vmName()).isEqualTo(KEY.of(Kind.VM, "web 01"));
        assertThat(rejected.reason()).isEqualTo("Memory of " + rejected.vmName() + " is 'x', not a number.");
    }
}
