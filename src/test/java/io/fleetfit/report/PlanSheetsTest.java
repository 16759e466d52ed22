package io.fleetfit.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.fleetfit.assessment.Assessment;
import io.fleetfit.assessment.Outcome;
import io.fleetfit.assessment.Severity;
import io.fleetfit.summary.BlockerTally;
import io.fleetfit.summary.FixtureFleet;
import io.fleetfit.summary.MigrationWave;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The Waves and Blockers sheets, read back from the written workbook. */
class PlanSheetsTest {

    private static final DataFormatter TEXT = new DataFormatter();

    @Test
    void listsBlockersMostCommonFirstWithWhatEachAloneHoldsBack() throws IOException {
        List<List<String>> rows = table(ReportWriter.toBytes(Fixtures.run(), FixtureFleet.mixedFleet()), "Blockers", "Rule");
        // rule, workloads affected, share, held back by it alone, vCPU, memory
        assertThat(rows).extracting(r -> String.join(" | ", r.get(0), r.get(5), r.get(6), r.get(7), r.get(8), r.get(9)))
                .containsExactly(
                        "LEGACY-001 | 3 | 37.5% | 2 | 90 | 450.0",
                        "ISOL-001 | 1 | 12.5% | 1 | 8 | 32.0",
                        "PORT-001 | 1 | 12.5% | 0 | 40 | 64.0",
                        "PORT-004 | 1 | 12.5% | 0 | 40 | 64.0",
                        "Total | 4 | 50.0% | 3 | 98 | 482.0");
        assertThat(rows.get(0).get(1)).isEqualTo(FixtureFleet.PAST_SUPPORT.description());
    }

    @Test
    void countsMajorRemediationButNotLesserWorkOrNotes() {
        assertThat(FixtureFleet.mixedFleet().stream().filter(o -> o instanceof Assessment).map(o -> (Assessment) o)
                .flatMap(a -> a.findings().stream()).filter(BlockerTally::holdsBack).map(f -> f.ruleId()).distinct().sorted())
                .containsExactly("ISOL-001", "LEGACY-001", "PORT-001", "PORT-004");
        assertThat(BlockerTally.holdsBack(FixtureFleet.SCALE_UP.finding("Has 48 vCPUs.", ""))).isFalse();   // Moderate
        assertThat(BlockerTally.holdsBack(FixtureFleet.WINDOWS_NODES.finding("Needs Windows nodes.", ""))).isFalse();
        assertThat(FixtureFleet.PAST_SUPPORT.severity()).isEqualTo(Severity.MAJOR);
    }

    @Test
    void countsAWorkloadOnceWhateverHowManyFindingsOfARuleItHas() throws IOException {
        Assessment twice = (Assessment) FixtureFleet.mixedFleet().stream().filter(o -> o.vmName().equals("db-pay-01")).findFirst().orElseThrow();
        Assessment doubled = new Assessment(twice.vm(), twice.os(), List.of(twice.findings().get(0), twice.findings().get(0)),
                twice.portabilityScore(), twice.legacyOsScore(), twice.isolationScore(), twice.fitnessScore(), twice.tier(),
                twice.disposition(), twice.assessedDisposition(), twice.computedDisposition(), null, twice.completeness(),
                twice.lane(), twice.role(), twice.confidence());
        List<List<String>> rows = table(ReportWriter.toBytes(Fixtures.run(), List.of(doubled)), "Blockers", "Rule");
        assertThat(rows).extracting(r -> r.get(0) + " " + r.get(5) + " " + r.get(7)).containsExactly("ISOL-001 1 1", "Total 1 1");
    }

    @Test
    void plansWavesByDispositionAndFitGroupedByApplicationElseCluster() throws IOException {
        List<List<String>> rows = table(ReportWriter.toBytes(Fixtures.run(), FixtureFleet.mixedFleet()), "Waves", "Wave");
        // wave, grouped by, group, workloads, vCPU, memory, storage
        assertThat(rows).extracting(r -> String.join(" | ", r.subList(0, 7))).containsExactly(
                "Wave 1: Quick wins | Application | Web shop | 1 | 4 | 8.0 | 40.0",
                "Wave 1: Quick wins - total |  |  | 1 | 4 | 8.0 | 40.0",
                "Wave 2: Containerize after remediation | Cluster | prod-b | 1 | 48 | 384.0 | 1500.0",
                "Wave 2: Containerize after remediation | Cluster | prod-a | 1 | 2 | 4.0 | 60.0",
                "Wave 2: Containerize after remediation - total |  |  | 2 | 50 | 388.0 | 1560.0",
                "Wave 3: VM on Kubernetes | Cluster | pci-zone | 1 | 8 | 32.0 | 500.0",
                "Wave 3: VM on Kubernetes - total |  |  | 1 | 8 | 32.0 | 500.0",
                "Wave 4: Decided last | None | (no application or cluster stated) | 4 | 46 | 88.0 | 260.0",
                "Wave 4: Decided last - total |  |  | 4 | 46 | 88.0 | 260.0",
                "Total |  |  | 8 | 108 | 516.0 | 2360.0");
    }

    @Test
    void putsTheLargestGroupOfAWaveFirstAndAnOverrideInTheWaveOfItsDisposition() throws IOException {
        List<Outcome> fleet = new ArrayList<>(FixtureFleet.overriddenFleet());   // app-web-01 overridden to Keep as VM
        List<List<String>> rows = table(ReportWriter.toBytes(Fixtures.run(), fleet), "Waves", "Wave");
        assertThat(rows).extracting(r -> r.get(0) + " | " + r.get(2) + " | " + r.get(3))
                .as("wave 1's only workload is overridden to Keep as VM: the plan starts with wave 2")
                .startsWith("Wave 2: Containerize after remediation | prod-b | 1")
                .contains("Wave 4: Decided last | (no application or cluster stated) | 4", "Wave 4: Decided last | Web shop | 1");
        assertThat(rows.indexOf(rows.stream().filter(r -> r.get(2).equals("Web shop")).findFirst().orElseThrow()))
                .isGreaterThan(rows.indexOf(rows.stream().filter(r -> r.get(2).startsWith("(no application")).findFirst().orElseThrow()));
        assertThat(MigrationWave.of((Assessment) fleet.stream().filter(o -> o.vmName().equals("app-web-01")).findFirst().orElseThrow()))
                .isEqualTo(MigrationWave.DECIDE_LAST);
    }

    /** The rows of the table whose header row starts with {@code firstHeader}, as text, below its header. */
    static List<List<String>> table(byte[] xlsx, String sheetName, String firstHeader) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = wb.getSheet(sheetName);
            List<List<String>> rows = new ArrayList<>();
            boolean below = false;
            for (Row row : sheet) {
                String first = TEXT.formatCellValue(row.getCell(0));
                if (below) {
                    List<String> cells = new ArrayList<>();
                    for (int c = 0; c < row.getLastCellNum(); c++) {
                        cells.add(TEXT.formatCellValue(row.getCell(c)));
                    }
                    rows.add(cells);
                }
                below |= first.equals(firstHeader);
            }
            return rows;
        }
    }
}
