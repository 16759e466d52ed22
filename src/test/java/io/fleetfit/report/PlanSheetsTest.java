package io.fleetfit.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.fleetfit.summary.FixtureFleet;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The Waves and Blockers sheets, read back from the written workbook: the figures as cells (summary/ checks the figures). */
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
    void plansWavesByDispositionAndFitGroupedByApplicationElseFolderElseCluster() throws IOException {
        List<List<String>> rows = table(ReportWriter.toBytes(Fixtures.run(), FixtureFleet.mixedFleet()), "Waves", "Wave");
        // wave, what moves, environment, grouped by, group, workloads, vCPU
        assertThat(rows).extracting(r -> String.join(" | ", r.subList(0, 7))).containsExactly(
                "1 | Wave 1: Quick wins | Production | Application | Web shop | 1 | 4",
                "1 total |  |  |  |  | 1 | 4",
                "2 | Wave 2: Containerize after remediation | Not stated | Cluster | prod-a | 1 | 2",
                "2 | Wave 2: Containerize after remediation | Not stated | Cluster | prod-b | 1 | 48",
                "2 total |  |  |  |  | 2 | 50",
                "3 | Wave 3: VM on Kubernetes | Not stated | Cluster | pci-zone | 1 | 8",
                "3 total |  |  |  |  | 1 | 8",
                "4 | Wave 4: Decided last | Not stated | Folder | /Legacy | 1 | 40",
                "4 | Wave 4: Decided last | Not stated | Not grouped | (no application, folder or cluster stated) | 3 | 6",
                "4 total |  |  |  |  | 4 | 46",
                "Total |  |  |  |  | 8 | 108");
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
