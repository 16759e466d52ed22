package io.fleetfit.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.fleetfit.assessment.Assessment;
import io.fleetfit.assessment.Outcome;
import io.fleetfit.summary.FixtureFleet;
import io.fleetfit.summary.PlannedFleet;
import io.fleetfit.summary.RandomFleet;
import io.fleetfit.summary.WavePlan;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import java.util.zip.ZipFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A fleet longer than a sheet: detail tables continue on "Workloads (2)", ... with their header,
 * frozen panes, autofilter and print setup, and the Summary says so. The small-limit tests show
 * the logic on every table; one test writes Excel's real limit plus one row.
 */
class LargeFleetTest {

    /** Header plus four rows per detail sheet. */
    private static final int SMALL = 5;

    /** The Workloads sheet's last column, and the last one printed. */
    private static final String LAST_COLUMN = CellReference.convertNumToColString(WorkloadColumn.values().length - 1);
    private static final String PRINTED_COLUMN = CellReference.convertNumToColString(WorkloadColumn.LAST_PRINTED.ordinal());

    @Test
    void continuesDetailTablesOnNumberedSheetsPlacedAfterTheFirst() throws IOException {
        try (XSSFWorkbook wb = open(ReportWriter.toBytes(Fixtures.run(), FixtureFleet.mixedFleet(), SMALL))) {
            assertThat(StreamSupport.stream(wb.spliterator(), false).map(Sheet::getSheetName)).containsExactly(
                    "Overview", "Summary", "Waves", "Blockers", "Workloads", "Workloads (2)", "Findings", "Findings (2)", "Findings (3)",
                    "OS", "Data quality", "Data quality (2)", "Method");
        }
    }

    @Test
    void keepsEveryRowInPlanOrderAcrossTheSheets() throws IOException {
        List<String> expected = PlannedFleet.of(FixtureFleet.mixedFleet(), WavePlan.DEFAULT_LIMIT).order().stream()
                .map(Outcome::vmName).toList();
        try (XSSFWorkbook wb = open(ReportWriter.toBytes(Fixtures.run(), FixtureFleet.mixedFleet(), SMALL))) {
            List<String> names = new ArrayList<>();
            for (String title : List.of("Workloads", "Workloads (2)")) {
                XSSFSheet sheet = wb.getSheet(title);
                assertThat(sheet.getLastRowNum()).isLessThan(SMALL);
                for (Row row : sheet) {
                    if (row.getRowNum() > 0) {
                        names.add(row.getCell(WorkloadColumn.VM.ordinal()).getStringCellValue());
                    }
                }
            }
            assertThat(names).containsExactlyElementsOf(expected);
            long findings = FixtureFleet.mixedFleet().stream().filter(o -> o instanceof Assessment a)
                    .mapToLong(o -> ((Assessment) o).findings().size()).sum();
            long findingRows = StreamSupport.stream(wb.spliterator(), false).filter(s -> s.getSheetName().startsWith("Findings"))
                    .mapToLong(Sheet::getLastRowNum).sum();
            assertThat(findingRows).isEqualTo(findings);
        }
    }

    @Test
    void givesEveryContinuationSheetTheHeaderFrozenPaneFilterAndPrintSetup() throws IOException {
        try (XSSFWorkbook wb = open(ReportWriter.toBytes(Fixtures.run(), FixtureFleet.mixedFleet(), SMALL))) {
            XSSFSheet first = wb.getSheet("Workloads");
            XSSFSheet next = wb.getSheet("Workloads (2)");
            DataFormatter text = new DataFormatter();
            for (int c = 0; c < WorkloadColumn.values().length; c++) {
                assertThat(text.formatCellValue(next.getRow(0).getCell(c))).isEqualTo(WorkloadColumn.values()[c].header());
            }
            assertThat(next.getPaneInformation().isFreezePane()).isTrue();
            assertThat(next.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 1);
            // 8 workloads, 4 rows below the header on each sheet
            assertThat(next.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:" + LAST_COLUMN + "5");
            assertThat(first.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:" + LAST_COLUMN + "5");
            assertThat(next.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("1:1"));
            assertThat(next.getPrintSetup().getLandscape()).isTrue();
            assertThat(next.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            assertThat(wb.getPrintArea(wb.getSheetIndex(next))).isEqualTo("'Workloads (2)'!$A$1:$" + PRINTED_COLUMN + "$5");
            assertThat(next.getSheetConditionalFormatting().getNumConditionalFormattings())
                    .isEqualTo(first.getSheetConditionalFormatting().getNumConditionalFormattings());
            // the sheets after the inserted ones keep their own print titles
            assertThat(wb.getSheet("OS").getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("1:1"));
            assertThat(wb.getSheet("Waves").getRepeatingRows()).isNotNull();
        }
    }

    @Test
    void sortsTheWorkloadsThroughTemporaryFilesAsInMemory() {
        List<Assessment> fleet = RandomFleet.of(20_260_611L, 400);
        String inMemory = WorkbookDump.of(ReportWriter.toBytes(Fixtures.run(), fleet, 150));
        assertThat(inMemory).contains("Workloads (3)!A1 = VM");
        assertThat(WorkbookDump.of(ReportWriter.toBytes(Fixtures.run(), fleet, 150, 1)))
                .as("every row spilled, one row a run").isEqualTo(inMemory);
        assertThat(WorkbookDump.of(ReportWriter.toBytes(Fixtures.run(), fleet, 150, 20_000)))
                .as("runs of several rows, merged").isEqualTo(inMemory);
        List<Assessment> planOrder = PlannedFleet.of(fleet, WavePlan.DEFAULT_LIMIT).order();
        assertThat(workloadLines(WorkbookDump.of(ReportWriter.toBytes(Fixtures.run(), planOrder, 150, 1))))
                .as("rows spilled in plan order already, written without a sort").isEqualTo(workloadLines(inMemory));
    }

    @Test
    void linksEveryNameToItsFindingsOnWhicheverSheetTheyWentAlsoWhenTheRowsSpilled() throws IOException {
        List<Assessment> fleet = RandomFleet.of(20_260_613L, 400);
        for (long budget : new long[] {WaitingRows.BUDGET, 1}) {
            try (XSSFWorkbook wb = open(ReportWriter.toBytes(Fixtures.run(), fleet, 150, budget))) {
                assertThat(LinkTargets.assertEveryLinkNamesItsTarget(wb)).as("budget %d", budget).isGreaterThan(200);
                assertThat(LinkTargets.of(wb)).extracting(LinkTargets.Landing::to)
                        .anyMatch(to -> to.startsWith("'Findings (2)'!A")).anyMatch(to -> to.startsWith("'Findings (3)'!A"));
                assertThat(LinkTargets.of(wb)).extracting(LinkTargets.Landing::from)
                        .anyMatch(from -> from.startsWith("Workloads (3)!A"));
            }
        }
    }

    @Test
    void writesTheWorkloadsSortedByWaveThenGroupThenName() throws IOException {
        List<Assessment> fleet = RandomFleet.of(20_260_612L, 300);
        PlannedFleet planned = PlannedFleet.of(fleet, WavePlan.DEFAULT_LIMIT);
        try (XSSFWorkbook wb = open(ReportWriter.toBytes(Fixtures.run(), fleet, ReportWriter.MAX_ROWS, 10_000))) {
            List<String> rows = new ArrayList<>();
            for (Row row : wb.getSheet("Workloads")) {
                if (row.getRowNum() > 0) {
                    rows.add(row.getCell(WorkloadColumn.WAVE.ordinal()).getStringCellValue() + " "
                            + row.getCell(WorkloadColumn.VM.ordinal()).getStringCellValue() + " "
                            + new DataFormatter().formatCellValue(row.getCell(WorkloadColumn.WAVE_GROUP.ordinal())));
                }
            }
            List<String> expected = new ArrayList<>();
            for (int i = 0; i < planned.order().size(); i++) {
                Assessment a = planned.order().get(i);
                expected.add(planned.waves().get(i) + " " + a.vmName() + " " + WavePlan.Group.of(a.vm()).name());
            }
            assertThat(rows).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void summarySaysWhereTablesContinue() {
        String dump = WorkbookDump.of(ReportWriter.toBytes(Fixtures.run(), FixtureFleet.mixedFleet(), SMALL));
        assertThat(dump).contains("Summary!A9 = Large fleet")
                .contains("Summary!B9 = Workloads continue on 1 more sheet: Workloads (2) (8 rows; a sheet holds 5).")
                .contains("Summary!B10 = Findings continue on 2 more sheets: Findings (2), Findings (3) (12 rows; a sheet holds 5).");
    }

    @Test
    void saysNothingOfContinuationWhenEverythingFits() {
        assertThat(WorkbookDump.of(ReportWriter.toBytes(Fixtures.run(), FixtureFleet.mixedFleet()))).doesNotContain("Large fleet", "continue on");
    }

    /** Excel's limit plus one workload: 1,048,575 rows under the header, the last one on "Workloads (2)". */
    @Test
    @Tag("slow")
    void splitsAtExcelsRowLimit(@TempDir Path dir) throws IOException {
        Assessment full = (Assessment) FixtureFleet.mixedFleet().stream()
                .filter(o -> o.vmName().equals("app-web-01")).findFirst().orElseThrow();
        // few facts, so few cells to write: the test is about rows, and must stay quick enough for every build
        Assessment workload = new Assessment(FixtureFleet.vm(FixtureFleet.RVTOOLS, 2, "app-web-01").build(), full.os(), List.of(),
                100, 100, 100, 100, full.tier(), full.disposition(), full.assessedDisposition(), full.computedDisposition(),
                null, full.completeness(), full.lane(), full.role(), full.confidence());
        long workloads = ReportWriter.MAX_ROWS;   // one more than fits under the header
        Path file = dir.resolve("large.xlsx");
        try (OutputStream out = Files.newOutputStream(file); ReportWriter report = new ReportWriter(Fixtures.run(), out)) {
            for (long i = 0; i < workloads; i++) {
                report.add(workload);
            }
            assertThat(report.finish().assessed()).isEqualTo(workloads);
        }
        Map<String, String> sheets = sheetEntries(file);
        assertThat(sheets.keySet()).containsSubsequence("Workloads", "Workloads (2)", "Findings");
        try (ZipFile zip = new ZipFile(file.toFile())) {
            assertThat(count(zip, sheets.get("Workloads"), "<row ")).isEqualTo(ReportWriter.MAX_ROWS);
            String second = new String(zip.getInputStream(zip.getEntry(sheets.get("Workloads (2)"))).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertThat(count(second, "<row ")).isEqualTo(2);
            assertThat(second).contains("<t>VM</t>", "<t>app-web-01</t>", "state=\"frozen\"", "<autoFilter ref=\"A1:" + LAST_COLUMN + "2\"");
            String summary = new String(zip.getInputStream(zip.getEntry(sheets.get("Summary"))).readAllBytes(), StandardCharsets.UTF_8);
            assertThat(summary).contains("Workloads continue on 1 more sheet: Workloads (2) (1,048,576 rows; a sheet holds 1,048,576).");
        }
    }

    /** The dump's lines of the Workloads sheets (the other sheets keep the order the outcomes came in). */
    /**
     * The Workloads sheets' lines of a dump, without the links to the Findings rows: fed in another
     * order, the Findings sheet lists the same rows in that order, so the names link elsewhere.
     */
    private static List<String> workloadLines(String dump) {
        return dump.lines().filter(l -> l.startsWith("Workloads")).map(l -> l.replaceFirst(" link='Findings[^']*'![A-Z]+\\d+$", ""))
                .toList();
    }

    /** Sheet name to zip entry, in tab order, read from the package's own XML (no POI: the sheet is too big to load). */
    private static Map<String, String> sheetEntries(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            String workbook = new String(zip.getInputStream(zip.getEntry("xl/workbook.xml")).readAllBytes(), StandardCharsets.UTF_8);
            String rels = new String(zip.getInputStream(zip.getEntry("xl/_rels/workbook.xml.rels")).readAllBytes(), StandardCharsets.UTF_8);
            Map<String, String> targets = new LinkedHashMap<>();
            Matcher rel = Pattern.compile("<Relationship [^>]*?Id=\"([^\"]+)\"[^>]*?Target=\"([^\"]+)\"").matcher(rels);
            while (rel.find()) {
                targets.put(rel.group(1), "xl/" + rel.group(2).replaceFirst("^/xl/", ""));
            }
            Map<String, String> sheets = new LinkedHashMap<>();
            Matcher sheet = Pattern.compile("<sheet [^>]*?name=\"([^\"]+)\"[^>]*?r:id=\"([^\"]+)\"").matcher(workbook);
            while (sheet.find()) {
                sheets.put(sheet.group(1), targets.get(sheet.group(2)));
            }
            return sheets;
        }
    }

    /** Occurrences of {@code token} in a zip entry, streamed. */
    private static long count(ZipFile zip, String entry, String token) throws IOException {
        byte[] pattern = token.getBytes(StandardCharsets.US_ASCII);
        long n = 0;
        int matched = 0;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = zip.getInputStream(zip.getEntry(entry))) {
            for (int read = in.read(buffer); read > 0; read = in.read(buffer)) {
                for (int i = 0; i < read; i++) {
                    matched = buffer[i] == pattern[matched] ? matched + 1 : buffer[i] == pattern[0] ? 1 : 0;
                    if (matched == pattern.length) {
                        n++;
                        matched = 0;
                    }
                }
            }
        }
        return n;
    }

    private static long count(String text, String token) {
        return text.split(Pattern.quote(token), -1).length - 1L;
    }

    private static XSSFWorkbook open(byte[] xlsx) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
    }
}
