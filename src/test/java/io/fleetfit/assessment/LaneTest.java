package io.fleetfit.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LaneTest {

    private static Finding f(String id, Effect e) {
        return Fixtures.finding(id, Dimension.PORTABILITY, Severity.MAJOR, e, 10);
    }

    @Test
    void everyDispositionHasTheLaneThePolicyNames() {
        assertThat(Disposition.CONTAINERIZE.lane()).isEqualTo(Lane.REPLATFORM);
        assertThat(Disposition.CONTAINERIZE_AFTER_REMEDIATION.lane()).isEqualTo(Lane.REPLATFORM);
        assertThat(Disposition.VM_ON_KUBERNETES.lane()).isEqualTo(Lane.REHOST);
        assertThat(Disposition.KEEP_AS_VM.lane()).isEqualTo(Lane.RETAIN);
        assertThat(Disposition.REPLACE.lane()).isEqualTo(Lane.REPURCHASE);
        assertThat(Disposition.RETIRE_CANDIDATE.lane()).isEqualTo(Lane.RETIRE);
        assertThat(Disposition.INSUFFICIENT_DATA.lane()).isEqualTo(Lane.ASSESS);
    }

    @Test
    void containerizingAfterAnArchitectureChangeIsRefactor() {
        assertThat(Lane.of(Disposition.CONTAINERIZE_AFTER_REMEDIATION, List.of(f("PORT-017", Effect.REMEDIATE)))).isEqualTo(Lane.REFACTOR);
        assertThat(Lane.of(Disposition.CONTAINERIZE_AFTER_REMEDIATION, List.of(f("LEGACY-001", Effect.REMEDIATE)))).isEqualTo(Lane.REPLATFORM);
        assertThat(Lane.of(Disposition.VM_ON_KUBERNETES, List.of(f("PORT-017", Effect.REMEDIATE)))).isEqualTo(Lane.REHOST);
    }
}
