package io.fleetfit.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleConfigTest {

    /** The lines as a CSV rules file, read by the reader a run uses ({@code RulesFile}). */
    private static RuleConfig parse(String... lines) {
        return Fixtures.rulesFile("rules.csv", lines);
    }

    private static List<Rule> apply(String... lines) {
        return parse(lines).applyTo(RuleCatalog.standard(Fixtures.settings()));
    }

    @Test
    void readsSettingsSkippingHeaderCommentsAndBlankLines() throws Exception {
        String[] lines = {
            "\uFEFFrule,setting,value,note",
            "# raise the vCPU limit: the client's worker nodes are big",
            "",
            "PORT-005,max_vcpus,48,Worker nodes have 64 vCPUs",
            "port-007 , Weight , 10 ",
            "ISOL-001,add_keywords,\"gdpr; kreditkarte\"",
            "ISOL-004,enabled,No,,"};
        RuleConfig c = parse(lines);
        assertThat(c.settings()).containsExactly(
                new RuleConfig.Setting(4, "PORT-005", "max_vcpus", "48", "Worker nodes have 64 vCPUs"),
                new RuleConfig.Setting(5, "PORT-007", "weight", "10", ""),
                new RuleConfig.Setting(6, "ISOL-001", "add_keywords", "gdpr; kreditkarte", ""),
                new RuleConfig.Setting(7, "ISOL-004", "enabled", "false", ""));
        assertThat(c.file()).contains("rules.csv");
        assertThat(c.sha256()).contains(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Fixtures.rulesCsv(lines))));
        assertThat(c.isDefault()).isFalse();
    }

    @Test
    void readsSemicolonSeparatedFilesAsExcelWritesThem() {
        RuleConfig c = parse("rule;setting;value", "ISOL-002;keywords;\"dmz;perimeter\"", "PORT-006;max_in_use_tib;1.5");
        assertThat(c.settings()).extracting(RuleConfig.Setting::value).containsExactly("dmz;perimeter", "1.5");
    }

    @Test
    void readsAKeywordListUnquotedInACommaSeparatedFile() {
        RuleConfig c = parse("ISOL-001,keywords,pci;hipaa;gdpr");
        assertThat(c.settings().get(0).value()).isEqualTo("pci;hipaa;gdpr");
    }

    @Test
    void refusesABadWeightNamingFileLineAndRange() {
        assertThatThrownBy(() -> parse("rule,setting,value", "PORT-007,weight,150"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rules.csv line 2: PORT-007 weight must be a whole number from 1 to 100, not '150'");
    }

    @Test
    void refusesAnUnknownSeverityListingTheSeverities() {
        assertThatThrownBy(() -> parse("PORT-007,severity,critical"))
                .hasMessage("rules.csv line 1: PORT-007 severity must be one of Info, Minor, Moderate, Major, Blocker, not 'critical'");
    }

    @Test
    void refusesAnEffectARuleFileCannotGive() {
        assertThatThrownBy(() -> parse("PORT-007,effect,RETIRE"))
                .hasMessageContaining("line 1: PORT-007 effect must be one of NOTE, REMEDIATE, REQUIRES_VM, BLOCKS_KUBEVIRT, not 'RETIRE'");
    }

    @Test
    void refusesAnEnabledThatIsNotYesOrNo() {
        assertThatThrownBy(() -> parse("", "ISOL-004,enabled,maybe"))
                .hasMessage("rules.csv line 2: ISOL-004 enabled must be true or false, not 'maybe'");
    }

    @Test
    void refusesASettingGivenTwice() {
        assertThatThrownBy(() -> parse("PORT-007,weight,10", "PORT-005,weight,10", "PORT-007,weight,12"))
                .hasMessage("rules.csv line 3: PORT-007 weight is already set on line 1; each setting once per rule");
    }

    @Test
    void refusesRowsWithoutAValueOrWithTooManyCells() {
        assertThatThrownBy(() -> parse("PORT-007,weight")).hasMessageContaining("rules.csv line 1: expected rule,setting,value");
        assertThatThrownBy(() -> parse("PORT-007,weight,,note")).hasMessage("rules.csv line 1: PORT-007 weight: no value");
        assertThatThrownBy(() -> parse("PORT-007,weight,10,note,more")).hasMessageContaining("found 5 cells");
    }

    @Test
    void refusesAnUnknownRuleIdListingTheRules() {
        assertThatThrownBy(() -> apply("rule,setting,value", "PORT-999,weight,10"))
                .hasMessageStartingWith("rules.csv line 2: unknown rule 'PORT-999'; the rules are GEN-001, ")
                .hasMessageContaining("ISOL-004");
    }

    @Test
    void refusesARetiredRuleIdNamingTheRuleThatTookItsPlace() {
        assertThatThrownBy(() -> apply("rule,setting,value", "LEGACY-004,enabled,false"))
                .hasMessage("rules.csv line 2: LEGACY-004 (Windows older than 2016) was retired in rule catalog 2026.12-2"
                        + " and merged into PORT-001; set PORT-001 instead");
    }

    @Test
    void refusesASettingTheRuleDoesNotHaveListingItsSettings() {
        assertThatThrownBy(() -> apply("PORT-001,max_vcpus,48"))
                .hasMessage("rules.csv line 1: PORT-001 has no setting 'max_vcpus'; its settings are enabled, severity, effect, weight");
        assertThatThrownBy(() -> apply("PORT-005,keywords,big"))
                .hasMessage("rules.csv line 1: PORT-005 has no setting 'keywords'; its settings are enabled, severity, effect, weight,"
                        + " max_vcpus, max_memory_gib");
    }

    @Test
    void refusesABadParameterValueSayingWhatIsAllowed() {
        assertThatThrownBy(() -> apply("", "PORT-005,max_vcpus,lots"))
                .hasMessage("rules.csv line 2: PORT-005 max_vcpus must be a whole number from 1 to 4096, not 'lots'");
        assertThatThrownBy(() -> apply("PORT-005,max_memory_gib,-1"))
                .hasMessage("rules.csv line 1: PORT-005 max_memory_gib must be a number greater than 0 and at most 65536"
                        + " (decimal point, not comma), not '-1'");
    }

    @Test
    void refusesADecimalCommaInASize() {
        assertThatThrownBy(() -> apply("PORT-006;max_in_use_tib;1,5"))
                .hasMessageContaining("PORT-006 max_in_use_tib must be a number greater than 0 and at most 1024 (decimal point, not comma), not '1,5'");
    }

    @Test
    void refusesAnEmptyKeywordList() {
        assertThatThrownBy(() -> apply("ISOL-002,keywords,; ;"))
                .hasMessageContaining("line 1: ISOL-002 keywords needs at least one keyword");
    }

    @Test
    void letsOnlyEnabledBeSetOnStateAndDataRules() {
        assertThat(apply("GEN-002,enabled,false")).filteredOn(r -> r.id().equals("GEN-002"))
                .allSatisfy(r -> assertThat(ConfiguredRule.enabled(r)).isFalse());
        assertThatThrownBy(() -> apply("GEN-002,weight,10"))
                .hasMessage("rules.csv line 1: GEN-002 decides the disposition without a score (State and data), so only enabled"
                        + " can be set on it, not weight");
    }

    @Test
    void refusesMakingARuleThatForcesAVmLessThanABlocker() {
        assertThatThrownBy(() -> apply("ISOL-001,severity,Major"))
                .hasMessage("rules.csv line 1: ISOL-001 effect REQUIRES_VM forces a VM, which only a Blocker may do, but its severity"
                        + " is Major; also set 'ISOL-001,effect,REMEDIATE' (or NOTE) so it no longer forces a VM, or keep severity Blocker");
    }

    @Test
    void refusesABlockerThatDoesNotForceAVm() {
        assertThatThrownBy(() -> apply("PORT-005,severity,Blocker"))
                .hasMessageContaining("line 1: PORT-005 severity Blocker needs effect REQUIRES_VM or BLOCKS_KUBEVIRT")
                .hasMessageContaining("also set 'PORT-005,effect,REQUIRES_VM'");
        assertThatThrownBy(() -> apply("PORT-005,effect,REQUIRES_VM"))
                .hasMessageContaining("line 1: PORT-005 effect REQUIRES_VM forces a VM")
                .hasMessageContaining("also set 'PORT-005,severity,Blocker'");
    }

    @Test
    void acceptsSeverityAndEffectChangedTogether() {
        Rule r = apply("ISOL-001,severity,Major,Client accepts shared kernels for PCI", "ISOL-001,effect,Remediate").stream()
                .filter(x -> x.id().equals("ISOL-001")).findFirst().orElseThrow();
        assertThat(r.severity()).isEqualTo(Severity.MAJOR);
        assertThat(r.effect()).isEqualTo(Effect.REMEDIATE);
        assertThat(ConfiguredRule.changes(r)).containsExactly(
                "severity Blocker → Major: Client accepts shared kernels for PCI", "effect REQUIRES_VM → REMEDIATE");
    }

    @Test
    void theDefaultConfigurationChangesNothing() {
        List<Rule> standard = RuleCatalog.standard(Fixtures.settings());
        assertThat(RuleConfig.DEFAULT.applyTo(standard)).isSameAs(standard);
        assertThat(RuleConfig.DEFAULT.isDefault()).isTrue();
        assertThat(parse("rule,setting,value").settings()).isEmpty();
    }
    private static Rule rule(List<Rule> rules, String id) {
        return rules.stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    /** A file for several clients: every client's rows, and each client's own. */
    private static RuleConfig forSeveralClients() {
        return parse(
                "client,rule,setting,value,note",
                ",PORT-007,weight,10,Managed PostgreSQL for everyone",
                ",PORT-005,max_vcpus,48",
                "Globex,PORT-007,weight,40,Globex runs its own databases",
                "globex,ISOL-004,enabled,false",
                "acme-corp,PORT-005,max_vcpus,64");
    }

    @Test
    void aClientsOwnRowWinsOverTheRowForEveryClientForTheSameSetting() {
        RuleConfig file = forSeveralClients();
        assertThat(file.namesClients()).isTrue();
        assertThat(file.clients()).containsExactly("Globex", "acme-corp");
        RuleConfig globex = file.forClient("GLOBEX", "globex");
        assertThat(globex.settings()).extracting(RuleConfig.Setting::line).containsExactly(3, 4, 5);
        List<Rule> rules = globex.applyTo(RuleCatalog.standard(Fixtures.settings()));
        assertThat(rule(rules, "PORT-007").weight()).isEqualTo(40);
        assertThat(ConfiguredRule.enabled(rule(rules, "ISOL-004"))).isFalse();
        assertThat(ConfiguredRule.changes(rule(rules, "PORT-005"))).containsExactly("max_vcpus 32 → 48");
        // acme is named by its folder; its own vCPU limit replaces the one for every client
        RuleConfig acme = file.forClient("Acme Corp", "acme-corp");
        assertThat(acme.settings()).extracting(RuleConfig.Setting::line).containsExactly(2, 6);
        assertThat(ConfiguredRule.changes(rule(acme.applyTo(RuleCatalog.standard(Fixtures.settings())), "PORT-005")))
                .containsExactly("max_vcpus 32 → 64");
    }

    @Test
    void withoutAClientOnlyTheRowsForEveryClientApply() {
        RuleConfig file = forSeveralClients();
        List<Rule> rules = file.applyTo(RuleCatalog.standard(Fixtures.settings()));
        assertThat(rule(rules, "PORT-007").weight()).isEqualTo(10);
        assertThat(ConfiguredRule.enabled(rule(rules, "ISOL-004"))).isTrue();
        assertThat(file.applied()).extracting(RuleConfig.Setting::line).containsExactly(2, 3);
        // a client with no rows of its own gets the rows for every client
        assertThat(file.forClient("Initech", "initech").applied()).extracting(RuleConfig.Setting::line).containsExactly(2, 3);
        assertThat(file.forOtherClients(List.of("Globex Inc", "globex"))).extracting(RuleConfig.Setting::line).containsExactly(6);
    }

    @Test
    void aFileWithoutAClientColumnIsTheSameForEveryClient() {
        RuleConfig file = parse("rule,setting,value", "PORT-007,weight,10");
        assertThat(file.namesClients()).isFalse();
        assertThat(file.forClient("Globex", "globex")).isSameAs(file);
        assertThat(file.forOtherClients(List.of("globex"))).isEmpty();
    }

    @Test
    void refusesASettingGivenTwiceForOneClient() {
        assertThatThrownBy(() -> parse("client,rule,setting,value", "globex,PORT-007,weight,10", "GLOBEX,PORT-007,weight,20"))
                .hasMessage("rules.csv line 3: PORT-007 weight is already set on line 2 for client 'GLOBEX'; each setting once per rule");
        // by the client's name and by its folder's: found when the client is known
        RuleConfig both = parse("client,rule,setting,value", "Acme Corp,PORT-007,weight,10", "acme-corp,PORT-007,weight,20");
        assertThatThrownBy(() -> both.forClient("Acme Corp", "acme-corp"))
                .hasMessage("rules.csv line 3: PORT-007 weight is already set for this client on line 2 (client 'Acme Corp');"
                        + " each setting once per rule and client");
    }

    @Test
    void aRowOfAClientColumnFileNeedsARuleSettingAndValue() {
        assertThatThrownBy(() -> parse("client,rule,setting,value", "globex,PORT-007"))
                .hasMessage("rules.csv line 2: expected client,rule,setting,value and an optional note, found 2 cells");
    }

    @Test
    void tunesARolesSignals() {
        RuleConfig config = parse(
                "rule,setting,value",
                "role:database-linux,add_signals,hana;name:*hdb",
                "role:domain-controller,signals,domain controller");
        RoleCatalog roles = config.applyTo(RoleCatalog.bundled());
        VmRecord hana = Fixtures.vm("acme-hana-01").build();
        assertThat(roles.match(hana, OsRecognizer.recognize(hana))).hasValueSatisfying(m -> assertThat(m.role().id()).isEqualTo("database-linux"));
        VmRecord dc = Fixtures.vm("SRVDC02").osTools("Microsoft Windows Server 2019 (64-bit)").osConfig(null).guestDetail(null).folder(null).build();
        assertThat(RoleCatalog.bundled().match(dc, OsRecognizer.recognize(dc))).isPresent();
        assertThat(roles.match(dc, OsRecognizer.recognize(dc))).isEmpty();
        // role rows are not rules: the rule catalog takes the file as it is
        List<Rule> standard = RuleCatalog.standard(Fixtures.settings());
        assertThat(config.applyTo(standard)).isSameAs(standard);
    }

    @Test
    void refusesAnUnknownRoleOrSettingNamingTheLine() {
        assertThatThrownBy(() -> parse("role:mainframe-9000,add_signals,x")
                .applyTo(RoleCatalog.bundled())).hasMessageStartingWith("rules.csv line 1: unknown role 'mainframe-9000'; the roles are ");
        assertThatThrownBy(() -> parse("role:web-server,weight,10")
                .applyTo(RoleCatalog.bundled())).hasMessage("rules.csv line 1: role web-server has no setting 'weight'; roles have signals and add_signals");
        assertThatThrownBy(() -> parse("role:web-server,add_signals,*a b*")
                .applyTo(RoleCatalog.bundled())).hasMessageContaining("glues one word only");
    }

    @Test
    void setsCapacityRatiosFromPlanRowsLeavingTheRulesAsStandard() {
        RuleConfig c = parse("rule,setting,value,note", "plan,cpu_overcommit,6:1,Acme's hosts run 6:1 today",
                "Plan,Memory headroom,0.25", "plan,container_rightsizing,0.4");
        CapacityRatios ratios = c.capacityRatios();
        assertThat(ratios.cpuOvercommit()).isEqualTo(6.0);
        assertThat(ratios.memoryHeadroom()).isEqualTo(0.25);
        assertThat(ratios.containerRightsizing()).isEqualTo(0.4);
        assertThat(ratios.containerCpuOvercommit()).as("not set: standard").isEqualTo(CapacityRatios.DEFAULT.containerCpuOvercommit());
        assertThat(ratios.storageHeadroom()).isEqualTo(CapacityRatios.DEFAULT.storageHeadroom());
        assertThat(ratios.changed()).containsExactly(
                new CapacityRatios.Change(2, "cpu_overcommit", 4, 6, "Acme's hosts run 6:1 today"),
                new CapacityRatios.Change(3, "memory_headroom", 0.2, 0.25, ""),
                new CapacityRatios.Change(4, "container_rightsizing", 0.5, 0.4, ""));
        List<Rule> standard = RuleCatalog.standard(Fixtures.settings());
        assertThat(c.applyTo(standard)).as("plan rows change no rule").isSameAs(standard);
    }

    @Test
    void usesTheStandardRatiosWithoutPlanRows() {
        assertThat(RuleConfig.DEFAULT.capacityRatios()).isEqualTo(CapacityRatios.DEFAULT);
        assertThat(parse("PORT-007,weight,10").capacityRatios().isDefault()).isTrue();
    }

    @Test
    void refusesAPlanRowWithAnUnknownSettingOrAValueOutOfRange() {
        assertThatThrownBy(() -> parse("rule,setting,value", "plan,cpu_ratio,4"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rules.csv line 2: plan has no setting 'cpu_ratio'; its settings are cpu_overcommit,"
                        + " container_cpu_overcommit, memory_headroom, storage_headroom, container_rightsizing, wave_size");
        assertThatThrownBy(() -> parse("plan,cpu_overcommit,0.5"))
                .hasMessage("rules.csv line 1: plan cpu_overcommit must be a number from 1 to 32 (4 means 4:1), not '0.5'");
        assertThatThrownBy(() -> parse("plan,memory_headroom,20%"))
                .hasMessage("rules.csv line 1: plan memory_headroom must be a share from 0 to 1 (0.2 means 20 %), not '20%'");
        assertThatThrownBy(() -> parse("plan,container_rightsizing,0"))
                .hasMessage("rules.csv line 1: plan container_rightsizing must be a share above 0 and at most 1 (0.5 means 50 %), not '0'");
        assertThatThrownBy(() -> parse("plan,storage_headroom,0.1", "plan,storage_headroom,0.3"))
                .hasMessageStartingWith("rules.csv line 2: PLAN storage_headroom is already set on line 1");
    }

    @Test
    void setsTheWaveSizeWithAPlanRowAndRefusesAnythingButAWholeNumber() {
        assertThat(RuleConfig.DEFAULT.waveSize()).isEqualTo(RuleConfig.DEFAULT_WAVE_SIZE);
        RuleConfig config = parse("rule,setting,value", "plan,wave_size,40,two teams of 20");
        assertThat(config.waveSize()).isEqualTo(40);
        assertThat(apply("rule,setting,value", "plan,wave_size,40")).as("not a rule: the catalog unchanged")
                .noneMatch(r -> r instanceof ConfiguredRule).extracting(Rule::id)
                .containsExactlyElementsOf(RuleCatalog.standard(Fixtures.settings()).stream().map(Rule::id).toList());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> parse("rule,setting,value", "plan,wave_size,0"))
                .hasMessage("rules.csv line 2: plan wave_size must be a whole number from 1 to 100000, not '0'");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> parse("rule,setting,value", "plan,wave_limit,10"))
                .hasMessageEndingWith("has no setting 'wave_limit'; its settings are cpu_overcommit, container_cpu_overcommit,"
                        + " memory_headroom, storage_headroom, container_rightsizing, wave_size");
    }
}
