package io.fleetfit.assessment.rules;

import static io.fleetfit.assessment.Fixtures.vmWithOs;
import static io.fleetfit.assessment.Fixtures.workload;
import static org.assertj.core.api.Assertions.assertThat;

import io.fleetfit.assessment.Dimension;
import io.fleetfit.assessment.Effect;
import io.fleetfit.assessment.Finding;
import io.fleetfit.assessment.LifecycleCatalog;
import org.junit.jupiter.api.Test;

class OsReleaseNotInCatalogTest {

    private final OsReleaseNotInCatalog rule = new OsReleaseNotInCatalog(LifecycleCatalog.bundled());

    @Test
    void notesAReleaseTheCatalogDoesNotList() {
        Finding f = rule.evaluate(workload(vmWithOs("Red Hat Enterprise Linux 3 (32-bit)"))).orElseThrow();
        assertThat(f.ruleId()).isEqualTo("GEN-005");
        assertThat(f.dimension()).isEqualTo(Dimension.GENERAL);
        assertThat(f.effect()).isEqualTo(Effect.NOTE);
        assertThat(f.reason()).startsWith("Runs Red Hat Enterprise Linux 3, which the lifecycle catalog does not list").endsWith(".");
        assertThat(f.evidence()).isEqualTo("OS according to the VMware Tools: \"Red Hat Enterprise Linux 3 (32-bit)\"");
    }

    @Test
    void passesAReleaseTheCatalogLists() {
        assertThat(rule.evaluate(workload(vmWithOs("Red Hat Enterprise Linux 8 (64-bit)")))).isEmpty();
    }

    @Test
    void saysNothingWithoutARelease() {
        // no release to look up: the missing release lowers the completeness instead
        assertThat(rule.evaluate(workload(vmWithOs("Ubuntu Linux (64-bit)")))).isEmpty();
        assertThat(rule.evaluate(workload(vmWithOs("Other 2.6.x Linux (64-bit)")))).isEmpty();
    }
}
