package io.fleetfit.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.fleetfit.assessment.Assessment;
import io.fleetfit.assessment.AssessmentSettings;
import io.fleetfit.assessment.Assessor;
import io.fleetfit.assessment.PowerState;
import io.fleetfit.assessment.Rule;
import io.fleetfit.assessment.RuleCatalog;
import io.fleetfit.assessment.SourceRef;
import io.fleetfit.assessment.VmRecord;
import java.util.List;
import org.junit.jupiter.api.Test;

class FleetFindingsTest {

    private static final List<Rule> RULES = RuleCatalog.standard(AssessmentSettings.standard(FixtureFleet.AS_OF));
    private static final Assessor ASSESSOR = Assessor.standard(AssessmentSettings.standard(FixtureFleet.AS_OF));

    private static Assessment windows(int row, String name, String os, PowerState power) {
        VmRecord vm = VmRecord.builder(new SourceRef("fleet.xlsx", "vInfo", row), name).osTools(os).powerState(power)
                .cpus(2).memoryMib(4096L).build();
        return (Assessment) ASSESSOR.assess(vm);
    }

    @Test
    void countsTheWorkloadsOfEachRuleCountedOnceAndNoOtherRule() {
        FleetFindings.Accumulator acc = new FleetFindings.Accumulator(RULES);
        List<Assessment> fleet = List.of(
                windows(2, "srv-lob-01", "Microsoft Windows Server 2019 (64-bit)", PowerState.ON),
                windows(3, "srv-lob-02", "Microsoft Windows Server 2022 (64-bit)", PowerState.ON),
                windows(4, "srv-old-03", "Microsoft Windows Server 2019 (64-bit)", PowerState.OFF),   // a retire candidate counts too
                windows(5, "srv-iis-04", "Microsoft Windows Server 2019 (64-bit)", PowerState.ON),    // evidence of a web workload
                windows(6, "srv-2012-05", "Microsoft Windows Server 2012 (64-bit)", PowerState.ON));
        fleet.forEach(acc::add);

        FleetFindings once = acc.tally();
        assertThat(once.rows()).singleElement().satisfies(r -> {
            assertThat(r.ruleId()).isEqualTo("PORT-020");
            assertThat(r.size().workloads()).isEqualTo(3);
            assertThat(r.size().vcpus()).isEqualTo(6);
            assertThat(r.share()).isCloseTo(3.0 / 5, within(1e-9));
            assertThat(r.description()).contains("Windows containers");
            assertThat(r.effect()).isEqualTo(io.fleetfit.assessment.Effect.REQUIRES_VM);
        });
        assertThat(fleet).filteredOn(a -> a.findings().stream().anyMatch(f -> f.ruleId().equals("PORT-020"))).hasSize(3);
        assertThat(RULES).filteredOn(Rule::countedOnce).extracting(Rule::id).containsExactly("PORT-020");
    }

    @Test
    void listsNothingForAFleetWithoutSuchFindings() {
        FleetFindings.Accumulator acc = new FleetFindings.Accumulator(RULES);
        acc.add(windows(2, "srv-2012-01", "Microsoft Windows Server 2012 (64-bit)", PowerState.ON));
        assertThat(acc.tally().rows()).isEmpty();
        assertThat(acc.tally().row("PORT-020")).isEmpty();
    }
}
