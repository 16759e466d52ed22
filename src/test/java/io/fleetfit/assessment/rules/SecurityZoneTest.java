package io.fleetfit.assessment.rules;

import static io.fleetfit.assessment.Fixtures.vm;
import static io.fleetfit.assessment.Fixtures.vmWithOs;
import static io.fleetfit.assessment.Fixtures.workload;
import static org.assertj.core.api.Assertions.assertThat;

import io.fleetfit.assessment.Finding;
import org.junit.jupiter.api.Test;

class SecurityZoneTest {

    private final SecurityZone rule = SecurityZone.standard();

    @Test
    void flagsDmzFolder() {
        Finding f = rule.evaluate(workload(vm().folder("Prod/DMZ"))).orElseThrow();
        assertThat(f.ruleId()).isEqualTo(rule.id());
        assertThat(f.reason()).contains("dmz").endsWith(".");
        assertThat(f.evidence()).isEqualTo("Folder: \"Prod/DMZ\"");
    }

    @Test
    void flagsAirGappedResourcePool() {
        Finding f = rule.evaluate(workload(vm().resourcePool("Air-gapped lab"))).orElseThrow();
        assertThat(f.ruleId()).isEqualTo(rule.id());
        assertThat(f.reason()).contains("air gapped").endsWith(".");
        assertThat(f.evidence()).isEqualTo("Resource pool: \"Air-gapped lab\"");
    }

    @Test
    void passesAPlainFolder() {
        assertThat(rule.evaluate(workload(vm().folder("Applications")))).isEmpty();
    }

    @Test
    void leavesTheConsultantsKernelRequirementToIsol005() {
        assertThat(rule.evaluate(workload(vm().isolationRequirement("Dedicated kernel")))).isEmpty();
    }

    @Test
    void addedKeywordsFindTheClientsZoneNames() {
        assertThat(rule.evaluate(workload(vm().folder("Perimeter-Net")))).isEmpty();
        assertThat(rule.with("add_keywords", "perimeter").evaluate(workload(vm().folder("Perimeter-Net")))).isPresent();
    }
}
