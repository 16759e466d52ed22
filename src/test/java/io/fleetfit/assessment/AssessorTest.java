package io.fleetfit.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The assessor judges the OS-only rules once per distinct OS: every workload must still get its own OS's findings. */
class AssessorTest {

    private static List<String> ruleIds(Outcome o) {
        return ((Assessment) o).findings().stream().map(Finding::ruleId).toList();
    }

    @Test
    void eachWorkloadGetsTheFindingsOfItsOwnOs() {
        Assessor assessor = Fixtures.assessor();
        Outcome old = assessor.assess(Fixtures.vmWithOs("Microsoft Windows Server 2008 R2 (64-bit)").build());
        Outcome current = assessor.assess(Fixtures.vmWithOs("Microsoft Windows Server 2022 (64-bit)").build());
        Outcome oldAgain = assessor.assess(Fixtures.vmWithOs("Microsoft Windows Server 2008 R2 (64-bit)").build());
        Outcome linux = assessor.assess(Fixtures.vmWithOs("CentOS 4/5 (32-bit)").build());

        assertThat(ruleIds(old)).contains("PORT-001", "LEGACY-001").doesNotContain("PORT-020");
        assertThat(ruleIds(current)).contains("PORT-020").doesNotContain("PORT-001", "LEGACY-001");
        assertThat(ruleIds(oldAgain)).isEqualTo(ruleIds(old));
        assertThat(ruleIds(linux)).contains("PORT-002").doesNotContain("PORT-020", "PORT-001");
        // the same answers as judging each workload afresh, with a new assessor
        for (Outcome o : List.of(old, current, oldAgain, linux)) {
            VmRecord vm = ((Assessment) o).vm();
            assertThat(o).isEqualTo(Fixtures.assessor().assess(vm));
        }
    }

    @Test
    void aRuleSwitchedOffByTheRulesFileStaysOffForEveryOs() {
        Assessor assessor = new Assessor(Fixtures.assessor().rules().stream()
                .map(r -> r.id().equals("PORT-001") ? new ConfiguredRule(r, false, r.severity(), r.effect(), r.weight(), List.of("switched off")) : r)
                .toList(), RoleCatalog.bundled());
        assertThat(assessor.rules()).filteredOn(r -> r.id().equals("PORT-001")).singleElement()
                .satisfies(r -> assertThat(r.readsOsOnly()).isTrue());
        assertThat(ruleIds(assessor.assess(Fixtures.vmWithOs("Microsoft Windows Server 2008 R2 (64-bit)").build()))).doesNotContain("PORT-001");
    }
}
