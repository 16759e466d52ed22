package io.fleetfit.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.fleetfit.assessment.Lane;
import io.fleetfit.assessment.RoleCatalog;
import io.fleetfit.summary.FixtureFleet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MethodSheetTest {

    @Test
    void namesTheSignalsARulesFileAddedOrReplaced() {
        RoleCatalog tuned = FixtureFleet.ROLES
                .withSignals("web-server", RoleCatalog.signals("iis;nginx;name:*web;caddy"))
                .withSignals("database-linux", RoleCatalog.signals("hana;sybase"));
        assertThat(MethodSheet.changedSignals(FixtureFleet.ROLES, tuned)).containsExactly(
                "Database server (database-linux): signals replaced by: hana; sybase.",
                "Web server (web-server): signals added: caddy.");
        assertThat(MethodSheet.changedSignals(FixtureFleet.ROLES, FixtureFleet.ROLES)).isEmpty();
    }

    @Test
    void explainsEveryLane() {
        assertThat(MethodSheet.lanes()).hasSize(1 + Lane.values().length);
        assertThat(Stream.of(Lane.values()).map(Labels::laneMeaning))
                .contains("VM on Kubernetes", "Keep as VM", "Replace", "Retire candidate", "Insufficient data");
    }

    @Test
    void saysHowEachConfidenceLevelIsReached() {
        assertThat(String.join("\n", MethodSheet.confidence()))
                .contains("OS: strong", "Workload: stated", "Hardware: known", "State: known", "High: ", "Medium: ", "Low: ");
    }
}
