package io.fleetfit.assessment.rules;

import static io.fleetfit.assessment.Fixtures.vm;
import static io.fleetfit.assessment.Fixtures.workload;
import static org.assertj.core.api.Assertions.assertThat;

import io.fleetfit.assessment.Finding;
import io.fleetfit.assessment.Severity;
import org.junit.jupiter.api.Test;

class DatabaseEngineTest {

    private final DatabaseEngine rule = new DatabaseEngine();

    @Test
    void flagsSqlInTheNameOfALinuxVm() {
        Finding f = rule.evaluate(workload(vm("acme-sql-01"))).orElseThrow();
        assertThat(f.ruleId()).isEqualTo("PORT-007");
        assertThat(f.severity()).isEqualTo(Severity.MAJOR);
        assertThat(f.reason()).startsWith("Recognised as a database server").endsWith(".");
        assertThat(f.evidence()).isEqualTo("VM name: \"acme-sql-01\" (a word containing \"sql\")");
    }

    @Test
    void flagsPostgresInTheAnnotation() {
        Finding f = rule.evaluate(workload(vm("node-17").annotation("PostgreSQL 13 primary"))).orElseThrow();
        assertThat(f.evidence()).startsWith("Annotation: \"PostgreSQL 13 primary\" (");
    }

    @Test
    void flagsAYesInACustomDatabaseColumn() {
        Finding f = rule.evaluate(workload(vm("node-17").customAttributes(java.util.Map.of("DB SQL", "YES")))).orElseThrow();
        assertThat(f.evidence()).contains("DB SQL");
    }

    @Test
    void ignoresWordsThatMerelyContainDb() {
        assertThat(rule.evaluate(workload(vm("dbx-build-agent").annotation("feedback")))).isEmpty();
    }

    @Test
    void ignoresANoInACustomDatabaseColumn() {
        assertThat(rule.evaluate(workload(vm("node-17").customAttributes(java.util.Map.of("DB SQL", "NO"))))).isEmpty();
    }

    @Test
    void leavesSqlServerOnWindowsToTheFullOsRule() {
        assertThat(rule.evaluate(workload(vm("BOWSQL14").osTools("Microsoft Windows Server 2019 (64-bit)")
                .osConfig(null).guestDetail(null)))).isEmpty();
    }
}
