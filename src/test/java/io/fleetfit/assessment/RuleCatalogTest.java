package io.fleetfit.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RuleCatalogTest {

    private final List<Rule> rules = RuleCatalog.standard(Fixtures.settings());

    @Test
    void idsAreUniqueAndPrefixedByTheirDimension() {
        Set<String> ids = new HashSet<>();
        for (Rule r : rules) {
            assertThat(ids.add(r.id())).as("duplicate id %s", r.id()).isTrue();
            assertThat(r.id()).matches(r.dimension().idPrefix() + "-\\d{3}");
        }
    }

    @Test
    void retiredIdsAreNeverReusedAndNameARuleOfTheCatalog() {
        assertThat(RuleCatalog.RETIRED).isNotEmpty().allSatisfy(r -> {
            assertThat(rules).extracting(Rule::id).as(r.id()).doesNotContain(r.id()).contains(r.mergedInto());
            assertThat(r.id()).matches("[A-Z]+-\\d{3}");
        });
        assertThat(RuleCatalog.retired("LEGACY-004")).get().extracting(RuleCatalog.Retired::mergedInto).isEqualTo("PORT-001");
        assertThat(RuleCatalog.retired("PORT-001")).isEmpty();
    }

    @Test
    void statesNoFactTwice() {
        // one Windows Server 2012 VM: PORT-001 says it has no container runtime; no second rule says it again
        Assessment a = (Assessment) Fixtures.assessor().assess(Fixtures.vmWithOs("Microsoft Windows Server 2012 (64-bit)").build());
        assertThat(a.findings()).extracting(Finding::ruleId).containsOnlyOnce("PORT-001").doesNotContain("LEGACY-004");
        assertThat(a.findings()).filteredOn(f -> f.reason().contains("Windows Server 2016")).hasSize(1);
    }

    @Test
    void weightsAreInRange() {
        assertThat(rules).allSatisfy(r -> assertThat(r.weight()).as(r.id()).isBetween(1, 100));
    }

    @Test
    void descriptionsAreSentences() {
        assertThat(rules).allSatisfy(r -> assertThat(r.description()).as(r.id()).matches("[A-Z].*\\.$"));
    }

    @Test
    void blockingEffectsAreBlockers() {
        assertThat(rules).filteredOn(r -> r.effect() == Effect.REQUIRES_VM || r.effect() == Effect.BLOCKS_KUBEVIRT)
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r.severity()).as(r.id()).isEqualTo(Severity.BLOCKER));
    }

    @Test
    void coversEveryDimensionAndTheFirstCutSignals() {
        assertThat(rules).extracting(Rule::dimension).contains(Dimension.values());
        assertThat(rules).extracting(Rule::effect)
                .contains(Effect.EXCLUDE, Effect.RETIRE, Effect.INSUFFICIENT_DATA, Effect.REQUIRES_VM,
                        Effect.BLOCKS_KUBEVIRT, Effect.REMEDIATE, Effect.NOTE);
    }

    @Test
    void everyFindingCarriesItsRulesValues() {
        Assessor assessor = Fixtures.assessor();
        // a record that trips many rules at once
        VmRecord vm = Fixtures.vmWithOs("Microsoft Windows Server 2008 R2 (32-bit)")
                .annotation("PCI-DSS scope, internet-facing").folder("DMZ").cpus(64)
                .fixedPassthruHotPlug(true).latencySensitivity("high").ftState("running").numMonitors(2)
                .clusterRules("keep-apart").build();
        Assessment a = (Assessment) assessor.assess(vm);
        assertThat(a.findings()).hasSizeGreaterThan(8);
        for (Finding f : a.findings()) {
            Rule r = rules.stream().filter(x -> x.id().equals(f.ruleId())).findFirst().orElseThrow();
            assertThat(f.dimension()).isEqualTo(r.dimension());
            assertThat(f.severity()).isEqualTo(r.severity());
            assertThat(f.effect()).isEqualTo(r.effect());
            assertThat(f.weight()).isEqualTo(r.weight());
            assertThat(f.reason()).as(f.ruleId()).matches("[A-Z].*\\.$");
            assertThat(f.evidence()).as(f.ruleId()).isNotBlank();
        }
    }
}
