package io.fleetfit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fleetfit.assessment.Assessment;
import io.fleetfit.assessment.Disposition;
import io.fleetfit.assessment.FitnessTier;
import io.fleetfit.assessment.Outcome;
import io.fleetfit.summary.FixtureFleet;
import io.fleetfit.summary.InputFile;
import io.fleetfit.summary.RunTotals;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.ConditionType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFConditionalFormatting;
import org.apache.poi.xssf.usermodel.XSSFConditionalFormattingRule;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFSheetConditionalFormatting;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class ReportWriterTest {

    @Test
    void rendersMixedFleet() {
        byte[] xlsx = ReportWriter.toBytes(Fixtures.run(), FixtureFleet.mixedFleet());
        Golden.assertMatches("mixed-fleet.txt", WorkbookDump.of(xlsx));
    }

    @Test
    void rendersRunWithoutWorkloads() {
        byte[] xlsx = ReportWriter.toBytes(Fixtures.run(), List.of());
        Golden.assertMatches("empty-run.txt", WorkbookDump.of(xlsx));
    }

    @Test
    void sameOutcomesGiveSameWorkbook() {
        byte[] first = ReportWriter.toBytes(Fixtures.run(), FixtureFleet.mixedFleet());
        byte[] second = ReportWriter.toBytes(Fixtures.run(), FixtureFleet.mixedFleet());
        assertThat(WorkbookDump.of(second)).isEqualTo(WorkbookDump.of(first));
    }

    @Test
    void ordersSheetsForTheReader() throws IOException {
        try (Workbook wb = open(ReportWriter.toBytes(Fixtures.run(), FixtureFleet.mixedFleet()))) {
            assertThat(StreamSupport.stream(wb.spliterator(), false).map(Sheet::getSheetName))
                    .containsExactly("Overview", "Summary", "Waves", "Blockers", "Workloads", "Findings", "OS", "Data quality", "Method");
            assertThat(wb.getActiveSheetIndex()).as("the workbook opens on the Overview").isZero();
        }
    }

    @Test
    void writesFormulaLikeInventoryTextAsStrings() throws IOException {
        try (Workbook wb = open(ReportWriter.toBytes(Fixtures.run(), FixtureFleet.mixedFleet()))) {
            List<Cell> hostile = new ArrayList<>();
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.FORMULA
                                || cell.getCellType() == CellType.STRING && isHostile(cell.getStringCellValue())) {
                            hostile.add(cell);
                        }
                    }
                }
            }
            assertThat(hostile).extracting(Cell::getCellType).containsOnly(CellType.STRING);
            assertThat(hostile).extracting(Cell::getStringCellValue)
                    .contains(FixtureFleet.FORMULA_VM, FixtureFleet.FORMULA_ANNOTATION);
        }
    }

    private static boolean isHostile(String s) {
        return s.equals(FixtureFleet.FORMULA_VM) || s.equals(FixtureFleet.FORMULA_ANNOTATION);
    }

    @Test
    void cutsTextLongerThanACellHolds() throws IOException {
        String longName = "x".repeat(40_000);
        byte[] xlsx = ReportWriter.toBytes(Fixtures.run(), List.of(workloadNamed(longName)));
        try (Workbook wb = open(xlsx)) {
            String cell = wb.getSheet("Workloads").getRow(1).getCell(WorkloadColumn.VM.ordinal()).getStringCellValue();
            assertThat(cell).hasSize(32_767).endsWith("... [cut at 32767 characters]").startsWith("xxxx");
        }
    }

    @Test
    void removesCharactersXmlCannotCarry() throws IOException {
        byte[] xlsx = ReportWriter.toBytes(Fixtures.run(), List.of(workloadNamed("bad\u0000na\u0001me\u001F\tok")));
        try (Workbook wb = open(xlsx)) {
            assertThat(wb.getSheet("Workloads").getRow(1).getCell(WorkloadColumn.VM.ordinal()).getStringCellValue())
                    .isEqualTo("badname\tok");
        }
    }

    @Test
    void documentPropertiesStayValidXmlWhateverTheClientName() throws Exception {
        RunInfo f = Fixtures.run();
        RunInfo run = new RunInfo("acme\u0000\u0007\u001B[31m\uFFFE", f.asOf(), f.inputs(), f.rules(), f.ruleCatalogVersion(),
                f.rulesFile(), f.lifecycle(), f.lifecycleFile(), f.attributesFile(), f.fleetfitVersion());
        byte[] xlsx = ReportWriter.toBytes(run, FixtureFleet.mixedFleet());

        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(entry(xlsx, "docProps/core.xml")));
        try (XSSFWorkbook wb = open(xlsx)) {
            assertThat(wb.getProperties().getCoreProperties().getTitle()).isEqualTo("Migration assessment - acme[31m");
            assertThat(wb.getProperties().getCoreProperties().getSubject()).isEqualTo("Containerization fitness of acme[31m's VM fleet");
        }
    }

    @Test
    void datesTheDocumentAtTheAssessmentDateNotNow() throws IOException {
        try (XSSFWorkbook wb = open(ReportWriter.toBytes(Fixtures.run(), FixtureFleet.mixedFleet()))) {
            var core = wb.getProperties().getCoreProperties();
            assertThat(core.getCreated().toInstant()).isEqualTo(Instant.parse("2025-06-30T00:00:00Z"));
            assertThat(core.getModified().toInstant()).isEqualTo(Instant.parse("2025-06-30T00:00:00Z"));
            assertThat(core.getTitle()).isEqualTo("Migration assessment - Acme Corp");
            assertThat(core.getSubject()).isEqualTo("Containerization fitness of Acme Corp's VM fleet");
            assertThat(core.getKeywords()).contains("migration assessment", "Acme Corp");
            assertThat(core.getCreator()).isEqualTo("fleetfit 0.1.0-test");
        }
    }

    @Test
    void writesTheAssessmentDateAsARealDate() throws IOException {
        try (Workbook wb = open(ReportWriter.toBytes(Fixtures.run(), FixtureFleet.mixedFleet()))) {
            Cell date = wb.getSheet("Summary").getRow(3).getCell(1);
            assertThat(date.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(date.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(Fixtures.run().asOf());
            assertThat(date.getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
        }
    }

    @Test
    void drawsNativeChartsOfTheSummaryTablesRows() throws IOException {
        try (XSSFWorkbook wb = open(ReportWriter.toBytes(Fixtures.run(), FixtureFleet.mixedFleet()))) {
            XSSFSheet summary = wb.getSheet("Summary");
            List<XSSFChart> charts = summary.getDrawingPatriarch().getCharts();
            assertThat(charts).extracting(c -> c.getTitle().getBody().getParagraph(0).getText()).containsExactly(
                    SummarySheet.DISPOSITION_CHART, SummarySheet.TIER_CHART, SummarySheet.OS_FAMILY_CHART);
            DataFormatter text = new DataFormatter();
            for (XSSFChart chart : charts) {
                XDDFChartData.Series series = chart.getChartSeries().get(0).getSeries(0);
                CellRangeAddress labels = CellRangeAddress.valueOf(series.getCategoryData().getDataRangeReference().replaceFirst(".*!", ""));
                CellRangeAddress counts = CellRangeAddress.valueOf(series.getValuesData().getDataRangeReference().replaceFirst(".*!", ""));
                assertThat(counts.getFirstRow()).isEqualTo(labels.getFirstRow());
                assertThat(counts.getLastRow()).isEqualTo(labels.getLastRow());
                assertThat(series.getCategoryData().getPointCount()).isEqualTo(labels.getLastRow() - labels.getFirstRow() + 1);
                for (int p = 0; p < series.getCategoryData().getPointCount(); p++) {
                    int row = labels.getFirstRow() + p;
                    // every bar is the table row it names: its label and count as the cells hold them
                    assertThat(text.formatCellValue(summary.getRow(row).getCell(labels.getFirstColumn())))
                            .isEqualTo(series.getCategoryData().getPointAt(p));
                    assertThat(summary.getRow(row).getCell(counts.getFirstColumn()).getNumericCellValue())
                            .isEqualTo(((Number) series.getValuesData().getPointAt(p)).doubleValue());
                }
            }
        }
    }

    @Test
    void coloursTierAndDispositionCellsByConditionalFormatsThatFollowEdits() throws IOException {
        try (XSSFWorkbook wb = open(ReportWriter.toBytes(Fixtures.run(), FixtureFleet.mixedFleet()))) {
            XSSFSheetConditionalFormatting formatting = wb.getSheet("Workloads").getSheetConditionalFormatting();
            List<String> rules = new ArrayList<>();
            for (int i = 0; i < formatting.getNumConditionalFormattings(); i++) {
                XSSFConditionalFormatting cf = formatting.getConditionalFormattingAt(i);
                XSSFConditionalFormattingRule rule = cf.getRule(0);
                if (rule.getConditionType() == ConditionType.CELL_VALUE_IS) {
                    rules.add(cf.getFormattingRanges()[0].formatAsString() + " " + rule.getFormula1() + " "
                            + ((XSSFColor) rule.getPatternFormatting().getFillBackgroundColorColor()).getARGBHex().substring(2));
                }
            }
            assertThat(rules).contains("C2:C9 \"Containerize\" C6EFCE", "C2:C9 \"Keep as VM\" FFEB9C",
                    "C2:C9 \"Replace\" E4DFEC", "M2:M9 \"No fit\" FFC7CE", "M2:M9 \"Insufficient data\" E7E6E6")
                    .hasSize(Disposition.values().length + FitnessTier.values().length);
        }
    }

    @Test
    void printsTheOverviewOnOnePageAndEveryOtherSheetLandscapeOnePageWide() throws IOException {
        try (XSSFWorkbook wb = open(ReportWriter.toBytes(Fixtures.run(), FixtureFleet.mixedFleet()))) {
            for (Sheet sheet : wb) {
                if (sheet.getSheetName().equals("Overview")) {
                    assertThat(sheet.getPrintSetup().getLandscape()).as("the Overview is an A4 portrait page").isFalse();
                    assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
                    assertThat(sheet.getPrintSetup().getFitHeight()).as("one page tall").isEqualTo((short) 1);
                } else {
                    assertThat(sheet.getPrintSetup().getLandscape()).as(sheet.getSheetName()).isTrue();
                }
                assertThat(sheet.getFitToPage()).as(sheet.getSheetName()).isTrue();
                assertThat(sheet.getPrintSetup().getFitWidth()).as(sheet.getSheetName()).isEqualTo((short) 1);
                assertThat(sheet.getMargin(PageMargin.LEFT)).as(sheet.getSheetName()).isEqualTo(0.25);
                assertThat(sheet.getFooter().getRight()).isEqualTo("Page &P of &N");
            }
            assertThat(wb.getSheet("Workloads").getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("1:1"));
            assertThat(wb.getPrintArea(wb.getSheetIndex("Workloads"))).isEqualTo("Workloads!$A$1:$I$9");
            assertThat(WorkloadColumn.values()[8]).isEqualTo(WorkloadColumn.TOP_REASON).isEqualTo(WorkloadColumn.LAST_PRINTED);
        }
    }

    @Test
    void runInfoTravelsToExecutors() throws Exception {
        RunInfo run = Fixtures.run().withEngagement("Exit 2027").withConsultantFirm("Northwind");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(run);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            RunInfo back = (RunInfo) in.readObject();
            assertThat(back.engagement()).isEqualTo("Exit 2027");
            assertThat(back.inputs().get(0).sha256()).isEqualTo(FixtureFleet.RVTOOLS_SHA);
            assertThat(back.client()).isEqualTo(run.client());
        }
    }

    @Test
    void keepsTheOldConstructorsWorkingWithEmptyDefaults() {
        InputFile file = new InputFile("a.csv", "CSV", "", "", null);
        assertThat(file.sha256()).isEmpty();
        assertThat(new InputFile("a.csv", "CSV", "", "", null, "note").withSha256(null).sha256()).isEmpty();
        RunInfo run = RunInfo.of("Acme", Fixtures.run().asOf(), List.of(file), List.of(), FixtureFleet.lifecycle(), "1");
        assertThat(run.engagement()).isEmpty();
        assertThat(run.consultantFirm()).isEmpty();
        assertThat(run.withEngagement("  Exit  ").engagement()).isEqualTo("Exit");
    }

    @Test
    void returnsTheTotalsOfWhatWasAdded() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ReportWriter report = new ReportWriter(Fixtures.run(), out)) {
            FixtureFleet.mixedFleet().forEach(report::add);
            RunTotals totals = report.finish();
            assertThat(totals.assessed()).isEqualTo(8);
            assertThat(totals.workloads(Disposition.CONTAINERIZE)).isEqualTo(1);
        }
        assertThat(out.size()).isPositive();
    }

    @Test
    void refusesOutcomesAfterFinishing() {
        try (ReportWriter report = new ReportWriter(Fixtures.run(), new ByteArrayOutputStream())) {
            report.finish();
            Outcome any = FixtureFleet.mixedFleet().get(0);
            assertThatThrownBy(() -> report.add(any)).isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(report::finish).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void leavesTheStreamOpenForTheCaller() {
        ClosingAwareStream out = new ClosingAwareStream();
        try (ReportWriter report = new ReportWriter(Fixtures.run(), out)) {
            report.finish();
        }
        assertThat(out.closed).isFalse();
    }

    private static final class ClosingAwareStream extends ByteArrayOutputStream {
        boolean closed;

        @Override
        public void close() {
            closed = true;
        }
    }

    private static Assessment workloadNamed(String name) {
        Assessment template = (Assessment) FixtureFleet.mixedFleet().stream()
                .filter(o -> o.vmName().equals("app-web-01")).findFirst().orElseThrow();
        return new Assessment(FixtureFleet.vm(FixtureFleet.RVTOOLS, 2, name).build(), template.os(), template.findings(),
                100, 100, 100, 100, template.tier(), template.disposition(), template.assessedDisposition(),
                template.computedDisposition(), null, template.completeness(), template.lane(), template.role(),
                template.confidence());
    }

    private static byte[] entry(byte[] xlsx, String name) throws Exception {
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(xlsx)).get();
             InputStream in = zip.getInputStream(zip.getEntry(name))) {
            return in.readAllBytes();
        }
    }

    private static XSSFWorkbook open(byte[] xlsx) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
    }
}
