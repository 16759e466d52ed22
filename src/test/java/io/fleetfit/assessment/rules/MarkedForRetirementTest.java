package io.fleetfit.assessment.rules;

import static io.fleetfit.assessment.Fixtures.vm;
import static io.fleetfit.assessment.Fixtures.workload;
import static org.assertj.core.api.Assertions.assertThat;

import io.fleetfit.assessment.Finding;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MarkedForRetirementTest {

    private final MarkedForRetirement rule = MarkedForRetirement.standard();

    @Test
    void marksTheNamesRealEstatesUse() {
        // names from the real inventories: an Italian and an English marker, a suffix and a dated note
        for (String name : new String[] {"GRPJDEFAT05 da dismettere", "GRPSRVIFSASSYST1 - eliminare", "SMLVROPSRC01-OLD",
                "SAGE2QB-DELETE_ON_7-1-24", "SMLMalone - Delete on 10%2f12%2f2024", "web01_decom"}) {
            Finding f = rule.evaluate(workload(vm(name))).orElseThrow(() -> new AssertionError(name));
            assertThat(f.ruleId()).isEqualTo("GEN-009");
            assertThat(f.reason()).startsWith("Is marked for decommissioning (").contains("in its VM)").endsWith(".");
            assertThat(f.evidence()).isEqualTo("VM name: \"" + name + "\"");
        }
    }

    @Test
    void marksAFolderOrACustomAttribute() {
        assertThat(rule.evaluate(workload(vm("app-01").folder("Decommissioned"))).orElseThrow().evidence())
                .isEqualTo("Folder: \"Decommissioned\"");
        assertThat(rule.evaluate(workload(vm("app-01").customAttributes(Map.of("Lifecycle", "Zu löschen 2026")))))
                .hasValueSatisfying(f -> assertThat(f.evidence()).isEqualTo("Lifecycle: \"Zu löschen 2026\""));
    }

    @Test
    void passesNamesThatOnlyContainAMarkersLetters() {
        for (String name : new String[] {"gold-db-01", "oldenburg-fs01", "deletion-svc", "retirement-portal", "decompose"}) {
            assertThat(rule.evaluate(workload(vm(name)))).as(name).isEmpty();
        }
    }

    @Test
    void readsNoAnnotationAndPassesANegation() {
        assertThat(rule.evaluate(workload(vm("app-01").annotation("Replaces the old server; to be deleted in Q3")))).isEmpty();
        assertThat(rule.evaluate(workload(vm("app-01").folder("Do not delete")))).isEmpty();
        assertThat(rule.evaluate(workload(vm("app-01").customAttributes(Map.of("Note", "non eliminare"))))).isEmpty();
    }

    @Test
    void addedKeywordsFindTheClientsOwnMarker() {
        assertThat(rule.evaluate(workload(vm("app-01-ausmustern")))).isEmpty();
        assertThat(rule.with("add_keywords", "ausmustern").evaluate(workload(vm("app-01-ausmustern")))).isPresent();
    }
}
