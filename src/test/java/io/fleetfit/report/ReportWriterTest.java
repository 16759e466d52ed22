package io.fleetfit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fleetfit.assessment.Assessment;
import io.fleetfit.assessment.Disposition;
import io.fleetfit.assessment.Outcome;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class ReportWriterTest {

    @Test
    void rendersMixedFleet() {
        byte[] xlsx = ReportWriter.toBytes(Fixtures.run(), Fixtures.mixedFleet());
        Golden.assertMatches("mixed-fleet.txt", WorkbookDump.of(xlsx));
    }

    @Test
    void rendersRunWithoutWorkloads() {
        byte[] xlsx = ReportWriter.toBytes(Fixtures.run(), List.of());
        Golden.assertMatches("empty-run.txt", WorkbookDump.of(xlsx));
    }

    @Test
    void sameOutcomesGiveSameWorkbook() {
        byte[] first = ReportWriter.toBytes(Fixtures.run(), Fixtures.mixedFleet());
        byte[] second = ReportWriter.toBytes(Fixtures.run(), Fixtures.mixedFleet());
        assertThat(WorkbookDump.of(second)).isEqualTo(WorkbookDump.of(first));
    }

    @Test
    void ordersSheetsForTheReader() throws IOException {
        try (Workbook wb = open(ReportWriter.toBytes(Fixtures.run(), Fixtures.mixedFleet()))) {
            assertThat(StreamSupport.stream(wb.spliterator(), false).map(Sheet::getSheetName))
                    .containsExactly("Summary", "Workloads", "Findings", "OS", "Data quality", "Method");
        }
    }

    @Test
    void writesFormulaLikeInventoryTextAsStrings() throws IOException {
        try (Workbook wb = open(ReportWriter.toBytes(Fixtures.run(), Fixtures.mixedFleet()))) {
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
                    .contains(Fixtures.FORMULA_VM, Fixtures.FORMULA_ANNOTATION);
        }
    }

    private static boolean isHostile(String s) {
        return s.equals(Fixtures.FORMULA_VM) || s.equals(Fixtures.FORMULA_ANNOTATION);
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
        byte[] xlsx = ReportWriter.toBytes(run, Fixtures.mixedFleet());

        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(entry(xlsx, "docProps/core.xml")));
        try (XSSFWorkbook wb = open(xlsx)) {
            assertThat(wb.getProperties().getCoreProperties().getTitle()).isEqualTo("Containerization assessment - acme[31m");
            assertThat(wb.getProperties().getCoreProperties().getSubject()).isEqualTo("acme[31m");
        }
    }

    @Test
    void datesTheDocumentAtTheAssessmentDateNotNow() throws IOException {
        try (XSSFWorkbook wb = open(ReportWriter.toBytes(Fixtures.run(), Fixtures.mixedFleet()))) {
            var core = wb.getProperties().getCoreProperties();
            assertThat(core.getCreated().toInstant()).isEqualTo(Instant.parse("2025-06-30T00:00:00Z"));
            assertThat(core.getTitle()).isEqualTo("Containerization assessment - Acme Corp");
            assertThat(core.getSubject()).isEqualTo("Acme Corp");
            assertThat(core.getCreator()).isEqualTo("fleetfit 0.1.0-test");
        }
    }

    @Test
    void writesTheAssessmentDateAsARealDate() throws IOException {
        try (Workbook wb = open(ReportWriter.toBytes(Fixtures.run(), Fixtures.mixedFleet()))) {
            Cell date = wb.getSheet("Summary").getRow(3).getCell(1);
            assertThat(date.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(date.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(Fixtures.run().asOf());
            assertThat(date.getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
        }
    }

    @Test
    void returnsTheTotalsOfWhatWasAdded() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ReportWriter report = new ReportWriter(Fixtures.run(), out)) {
            Fixtures.mixedFleet().forEach(report::add);
            RunTotals totals = report.finish();
            assertThat(totals.assessed()).isEqualTo(7);
            assertThat(totals.workloads(Disposition.CONTAINERIZE)).isEqualTo(2);
        }
        assertThat(out.size()).isPositive();
    }

    @Test
    void refusesOutcomesAfterFinishing() {
        try (ReportWriter report = new ReportWriter(Fixtures.run(), new ByteArrayOutputStream())) {
            report.finish();
            Outcome any = Fixtures.mixedFleet().get(0);
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
        Assessment template = (Assessment) Fixtures.mixedFleet().stream()
                .filter(o -> o.vmName().equals("app-web-01")).findFirst().orElseThrow();
        return new Assessment(Fixtures.vm(Fixtures.RVTOOLS, 2, name).build(), template.os(), template.findings(),
                100, 100, 100, 100, template.tier(), template.disposition(), template.assessedDisposition(),
                template.computedDisposition(), null, template.completeness());
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
