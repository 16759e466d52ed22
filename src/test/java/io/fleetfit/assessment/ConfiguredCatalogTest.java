package io.fleetfit.assessment;

import static io.fleetfit.assessment.Fixtures.vm;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The catalog a client's rules file configures, judged end to end by the {@link Assessor}. */
class ConfiguredCatalogTest {

    private static AssessmentSettings settings(String... lines) {
        return Fixtures.settings().withRules(Fixtures.rulesFile("rules.csv", lines));
    }

    private static Assessment assess(AssessmentSettings settings, VmRecord.Builder vm) {
        return (Assessment) Assessor.standard(settings).assess(vm.build());
    }

    private static Rule rule(List<Rule> rules, String id) {
        return rules.stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void aChangedWeightChangesTheScore() {
        VmRecord.Builder db = vm("acme-sql-01");
        Assessment standard = assess(Fixtures.settings(), db);
        Assessment tuned = assess(settings("PORT-007,weight,5"), db);
        assertThat(standard.findings()).extracting(Finding::ruleId).contains("PORT-007");
        assertThat(standard.portabilityScore()).isEqualTo(70);
        assertThat(tuned.portabilityScore()).isEqualTo(95);
        assertThat(tuned.fitnessScore()).isEqualTo(standard.fitnessScore() + 25);
        assertThat(tuned.findings()).filteredOn(f -> f.ruleId().equals("PORT-007")).singleElement()
                .satisfies(f -> assertThat(f.weight()).isEqualTo(5));
    }

    @Test
    void aSwitchedOffRuleNeverFiresButStaysListed() {
        AssessmentSettings off = settings("ISOL-004,enabled,false");
        VmRecord.Builder exposed = vm().annotation("Internet facing web shop");
        assertThat(assess(Fixtures.settings(), exposed).findings()).extracting(Finding::ruleId).contains("ISOL-004");
        assertThat(assess(off, exposed).findings()).extracting(Finding::ruleId).doesNotContain("ISOL-004");
        assertThat(assess(off, exposed).isolationScore()).isEqualTo(100);
        List<Rule> rules = RuleCatalog.configured(off, off.rules());
        assertThat(rules).extracting(Rule::id).containsExactlyElementsOf(
                RuleCatalog.standard(off).stream().map(Rule::id).toList());
        assertThat(ConfiguredRule.enabled(rule(rules, "ISOL-004"))).isFalse();
        assertThat(ConfiguredRule.changes(rule(rules, "ISOL-004"))).containsExactly("switched off");
    }

    @Test
    void replacedKeywordsFindTheClientsWordsOnly() {
        AssessmentSettings replaced = settings("ISOL-001,keywords,kreditkarte;bafin");
        assertThat(assess(replaced, vm().annotation("Kreditkarte Zahlungen")).disposition()).isEqualTo(Disposition.VM_ON_KUBERNETES);
        assertThat(assess(replaced, vm().annotation("PCI-DSS scope")).findings()).extracting(Finding::ruleId).doesNotContain("ISOL-001");
        assertThat(ConfiguredRule.parameters(rule(Assessor.standard(replaced).rules(), "ISOL-001")))
                .containsEntry("keywords", "kreditkarte; bafin");
    }

    @Test
    void addedKeywordsFindTheClientsWordsAndTheStandardOnes() {
        AssessmentSettings added = settings("ISOL-001,add_keywords,kreditkarte", "ISOL-001,keywords,pci");
        assertThat(assess(added, vm().annotation("Kreditkarte Zahlungen")).findings()).extracting(Finding::ruleId).contains("ISOL-001");
        assertThat(assess(added, vm().annotation("PCI-DSS scope")).findings()).extracting(Finding::ruleId).contains("ISOL-001");
        assertThat(assess(added, vm().annotation("HIPAA records")).findings()).extracting(Finding::ruleId)
                .as("keywords replaced the standard list before add_keywords added to it, whatever the row order")
                .doesNotContain("ISOL-001");
        assertThat(ConfiguredRule.changes(rule(Assessor.standard(added).rules(), "ISOL-001")))
                .as("in file order").containsExactly("keywords added: kreditkarte", "keywords replaced (standard list: "
                        + RuleParameters.format(io.fleetfit.assessment.rules.RegulatedData.standard().keywords()) + ")");
    }

    @Test
    void aRaisedThresholdLetsABiggerVmPass() {
        VmRecord.Builder big = vm().cpus(48).memoryMib(300L * 1024);
        assertThat(assess(Fixtures.settings(), big).findings()).extracting(Finding::ruleId).contains("PORT-005");
        assertThat(assess(settings("PORT-005,max_vcpus,64", "PORT-005,max_memory_gib,512"), big).findings())
                .extracting(Finding::ruleId).doesNotContain("PORT-005");
        assertThat(assess(settings("PORT-005,max_vcpus,64"), big).findings())
                .as("memory still over the standard 256 GiB").extracting(Finding::ruleId).contains("PORT-005");
    }

    @Test
    void aLoweredStorageThresholdFlagsASmallerVm() {
        VmRecord.Builder vm = vm().inUseMib(600L * 1024);
        assertThat(assess(settings("PORT-006,max_in_use_tib,0.5"), vm).findings()).extracting(Finding::ruleId).contains("PORT-006");
        assertThat(assess(Fixtures.settings(), vm).findings()).extracting(Finding::ruleId).doesNotContain("PORT-006");
    }

    @Test
    void aChangedEffectChangesTheDispositionAndTheReasonSaysSo() {
        AssessmentSettings softer = settings("ISOL-001,severity,Major", "ISOL-001,effect,REMEDIATE", "ISOL-001,weight,30");
        Assessment a = assess(softer, vm().annotation("PCI-DSS scope"));
        assertThat(a.disposition()).isEqualTo(Disposition.CONTAINERIZE_AFTER_REMEDIATION);
        assertThat(a.tier()).isNotEqualTo(FitnessTier.NO_FIT);
        assertThat(a.isolationScore()).isEqualTo(70);
        Finding f = a.findings().stream().filter(x -> x.ruleId().equals("ISOL-001")).findFirst().orElseThrow();
        assertThat(f.severity()).isEqualTo(Severity.MAJOR);
        assertThat(f.reason()).endsWith("The client's rules file makes this finding remediation work.");
    }

    @Test
    void aConfiguredCatalogKeepsTheCatalogsInvariants() {
        AssessmentSettings s = settings("ISOL-001,severity,Major", "ISOL-001,effect,NOTE", "PORT-005,severity,Blocker",
                "PORT-005,effect,REQUIRES_VM", "PORT-007,weight,100", "PORT-003,weight,1");
        for (Rule r : RuleCatalog.configured(s, s.rules())) {
            assertThat(r.weight()).as(r.id()).isBetween(1, 100);
            assertThat(r.description()).as(r.id()).matches("[A-Z].*\\.$");
            boolean forcesVm = r.effect() == Effect.REQUIRES_VM || r.effect() == Effect.BLOCKS_KUBEVIRT;
            if (r instanceof ConfiguredRule) {
                assertThat(forcesVm).as(r.id()).isEqualTo(r.severity() == Severity.BLOCKER);
            } else if (forcesVm) {
                assertThat(r.severity()).as(r.id()).isEqualTo(Severity.BLOCKER);
            }
        }
    }

    @Test
    void theSettingsTravelToExecutorsWithTheRules() throws Exception {
        AssessmentSettings s = settings("PORT-007,weight,5", "ISOL-001,add_keywords,kreditkarte");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(s);
        }
        AssessmentSettings copy;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            copy = (AssessmentSettings) in.readObject();
        }
        assertThat(copy.rules()).isEqualTo(s.rules());
        assertThat(assess(copy, vm("acme-sql-01").annotation("Kreditkarte")).findings())
                .extracting(Finding::ruleId, Finding::weight).contains(org.assertj.core.groups.Tuple.tuple("PORT-007", 5));
    }

    @Test
    void standardSettingsUseTheStandardRules() {
        AssessmentSettings s = AssessmentSettings.standard(Fixtures.AS_OF);
        assertThat(s.rules()).isEqualTo(RuleConfig.DEFAULT);
        assertThat(Assessor.standard(s).rules()).extracting(Rule::id)
                .containsExactlyElementsOf(RuleCatalog.standard(s).stream().map(Rule::id).toList());
        assertThat(Assessor.standard(s).rules()).noneMatch(r -> r instanceof ConfiguredRule);
    }
}
