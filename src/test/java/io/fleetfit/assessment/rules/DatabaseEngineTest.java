package io.fleetfit.assessment.rules;

import static io.fleetfit.assessment.Fixtures.vm;
import static io.fleetfit.assessment.Fixtures.vmWithOs;
import static io.fleetfit.assessment.Fixtures.workload;
import static org.assertj.core.api.Assertions.assertThat;

import io.fleetfit.assessment.Finding;
import org.junit.jupiter.api.Test;

class DatabaseEngineTest {

    private final DatabaseEngine rule = DatabaseEngine.standard();

    @Test
    void flagsSqlInTheName() {
        Finding f = rule.evaluate(workload(vm("acme-sql-01"))).orElseThrow();
        assertThat(f.ruleId()).isEqualTo(rule.id());
        assertThat(f.reason()).contains("(sql)").endsWith(".");
        assertThat(f.evidence()).contains("VM = acme-sql-01");
    }

    @Test
    void flagsPostgresInTheAnnotation() {
        Finding f = rule.evaluate(workload(vm().annotation("PostgreSQL 13 primary"))).orElseThrow();
        assertThat(f.ruleId()).isEqualTo(rule.id());
        assertThat(f.reason()).contains("postgresql").endsWith(".");
        assertThat(f.evidence()).contains("Annotation = PostgreSQL 13 primary");
    }

    @Test
    void flagsAYesInACustomDatabaseColumn() {
        Finding f = rule.evaluate(workload(vm().customAttributes(java.util.Map.of("DB SQL", "YES")))).orElseThrow();
        assertThat(f.ruleId()).isEqualTo(rule.id());
        assertThat(f.reason()).contains("sql").endsWith(".");
        assertThat(f.evidence()).contains("DB SQL");
    }

    @Test
    void ignoresWordsThatMerelyContainDb() {
        assertThat(rule.evaluate(workload(vm("dbx-build-agent").annotation("feedback portal")))).isEmpty();
    }

    @Test
    void ignoresANoInACustomDatabaseColumn() {
        assertThat(rule.evaluate(workload(vm().customAttributes(java.util.Map.of("DB SQL", "NO"))))).isEmpty();
    }

    @Test
    void addedKeywordsFindTheClientsEngines() {
        assertThat(rule.evaluate(workload(vm("acme-hana-01")))).isEmpty();
        assertThat(rule.with("add_keywords", "hana; sybase").evaluate(workload(vm("acme-hana-01"))))
                .hasValueSatisfying(f -> assertThat(f.evidence()).isEqualTo("VM = acme-hana-01"));
    }

    @Test
    void replacedKeywordsNoLongerFindTheStandardOnes() {
        assertThat(rule.with("keywords", "hana").evaluate(workload(vm("acme-sql-01")))).isEmpty();
    }
}
