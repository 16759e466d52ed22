package io.fleetfit.assessment.rules;

import static io.fleetfit.assessment.Fixtures.vm;
import static io.fleetfit.assessment.Fixtures.workload;
import static org.assertj.core.api.Assertions.assertThat;

import io.fleetfit.assessment.Effect;
import io.fleetfit.assessment.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StatefulWorkloadTest {

    private final StatefulWorkload rule = new StatefulWorkload();

    @Test
    void flagsStateToExternalise() {
        Finding f = rule.evaluate(workload(vm().statefulness("Stateful"))).orElseThrow();
        assertThat(f.ruleId()).isEqualTo("PORT-017");
        assertThat(f.effect()).isEqualTo(Effect.REMEDIATE);
        assertThat(f.reason()).contains("externalised").endsWith(".");
        assertThat(f.evidence()).isEqualTo("Statefulness: \"Stateful\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"stateful", " STATEFUL ", "Stateful (sessions)"})
    void readsTheValueTolerantly(String value) {
        assertThat(rule.evaluate(workload(vm().statefulness(value)))).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Stateless", "not stateful", "", " "})
    void passesStatelessWorkloads(String value) {
        assertThat(rule.evaluate(workload(vm().statefulness(value)))).isEmpty();
    }

    @Test
    void saysNothingWhenNotRecorded() {
        assertThat(rule.evaluate(workload(vm().statefulness(null)))).isEmpty();
    }
}
