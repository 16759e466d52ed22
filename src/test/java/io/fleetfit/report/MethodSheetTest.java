package io.fleetfit.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.fleetfit.assessment.AssessmentSettings;
import io.fleetfit.assessment.Dimension;
import io.fleetfit.assessment.Lane;
import io.fleetfit.assessment.RoleCatalog;
import io.fleetfit.assessment.Rule;
import io.fleetfit.assessment.RuleCatalog;
import io.fleetfit.summary.FixtureFleet;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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

    /** The standard catalog's rules as the Method sheet of a written report lists them: id to its weight cell. */
    private static Map<String, Cell> ruleTable(XSSFWorkbook wb) {
        Sheet method = wb.getSheet(ReportSheet.METHOD.title());
        Map<String, Cell> weights = new LinkedHashMap<>();
        boolean inTable = false;
        for (Row row : method) {
            Cell first = row.getCell(MethodSheet.RuleColumn.ID.ordinal());
            String text = first == null || first.getCellType() != CellType.STRING ? "" : first.getStringCellValue();
            if (text.equals(MethodSheet.RuleColumn.ID.header())) {
                inTable = true;
            } else if (inTable && text.matches("[A-Z]+-\\d{3}")) {
                weights.put(text, row.getCell(MethodSheet.RuleColumn.WEIGHT.ordinal()));
            } else if (inTable) {
                break;
            }
        }
        return weights;
    }

    private static XSSFWorkbook standardReport() throws IOException {
        List<Rule> standard = RuleCatalog.standard(AssessmentSettings.standard(FixtureFleet.AS_OF));
        RunInfo run = Fixtures.run().withRules(standard, FixtureFleet.ROLES);
        return new XSSFWorkbook(new ByteArrayInputStream(ReportWriter.toBytes(run, FixtureFleet.mixedFleet())));
    }

    @Test
    void listsTheRulesInIdOrderDimensionByDimension() throws IOException {
        try (XSSFWorkbook wb = standardReport()) {
            List<String> ids = new ArrayList<>(ruleTable(wb).keySet());
            assertThat(ids).hasSize(RuleCatalog.standard(AssessmentSettings.standard(FixtureFleet.AS_OF)).size());
            assertThat(ids).startsWith("PORT-001", "PORT-002", "PORT-003", "PORT-004").isSortedAccordingTo(Rule::compareIds);
            // the dimensions as the report names them everywhere: Portability, Legacy OS, Isolation, then State and data
            assertThat(ids.indexOf("PORT-020")).isLessThan(ids.indexOf("LEGACY-001"));
            assertThat(ids.indexOf("LEGACY-005")).isLessThan(ids.indexOf("ISOL-001"));
            assertThat(ids.indexOf("ISOL-008")).isLessThan(ids.indexOf("GEN-001"));
            assertThat(ids.get(ids.size() - 1)).isEqualTo("GEN-009");
        }
    }

    @Test
    void leavesTheWeightOfARuleThatScoresNothingBlank() throws IOException {
        try (XSSFWorkbook wb = standardReport()) {
            Map<String, Cell> weights = ruleTable(wb);
            assertThat(weights).isNotEmpty().allSatisfy((id, cell) -> {
                if (id.startsWith(Dimension.GENERAL.idPrefix() + "-")) {
                    assertThat(cell == null || cell.getCellType() == CellType.BLANK).as("%s's weight", id).isTrue();
                } else {
                    assertThat(cell.getNumericCellValue()).as("%s's weight", id).isBetween(1.0, 100.0);
                }
            });
            assertThat(weights.keySet()).filteredOn(id -> id.startsWith("GEN-")).hasSizeGreaterThan(5);
        }
    }

    @Test
    void ordersIdsByDimensionThenNumber() {
        assertThat(Stream.of("GEN-001", "ISOL-002", "PORT-010", "LEGACY-001", "PORT-002", "PORT-001").sorted(Rule::compareIds))
                .containsExactly("PORT-001", "PORT-002", "PORT-010", "LEGACY-001", "ISOL-002", "GEN-001");
    }
}
