package io.fleetfit.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.fleetfit.assessment.Assessment;
import io.fleetfit.assessment.LifecycleCatalog;
import io.fleetfit.assessment.Outcome;
import io.fleetfit.assessment.VmRecord;
import io.fleetfit.summary.FixtureFleet;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCfRule;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTConditionalFormatting;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTWorksheet;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STCfType;
import org.junit.jupiter.api.Test;

/**
 * What makes the report ready to hand to a client, checked on the written workbook re-read with
 * POI: figures with thousands separators, no internal codes, empty cells where there is no date,
 * filters that leave totals alone, and the print setup.
 */
class HandOffTest {

    private static final DataFormatter TEXT = new DataFormatter(java.util.Locale.ROOT);

    @Test
    void printsEveryCountAndSizeWithThousandsSeparators() throws IOException {
        try (XSSFWorkbook wb = mixedFleet()) {
            List<String> plain = new ArrayList<>();
            for (Sheet sheet : wb) {
                Set<Integer> unseparated = unseparatedColumns(sheet);
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() != CellType.NUMERIC || DateUtil.isCellDateFormatted(cell)) {
                            continue;
                        }
                        String format = cell.getCellStyle().getDataFormatString();
                        if (!format.contains("#,##0") && !format.endsWith("%") && !unseparated.contains(cell.getColumnIndex())) {
                            plain.add(sheet.getSheetName() + "!" + cell.getAddress() + " " + format);
                        }
                    }
                }
            }
            assertThat(plain).as("numbers without thousands separators").isEmpty();
            // the fixture fleet's storage in use, 2,360 GiB, on the Summary's total rows
            assertThat(cellsOf(wb.getSheet("Summary"))).contains("2,360.0");
        }
    }

    @Test
    void printsStorageInTibWhereATablesTotalExceedsTenTibElseGib() throws IOException {
        try (XSSFWorkbook wb = mixedFleet()) {   // 2,360 GiB in use
            assertThat(cellsOf(wb.getSheet("Summary"))).contains("Storage in use GiB").doesNotContain("Storage in use TiB");
            assertThat(cellsOf(wb.getSheet("Waves"))).contains("Storage in use GiB");
            assertThat(cellsOf(wb.getSheet("Overview"))).contains("Storage in use GiB", "Storage GiB needed");
        }
        // app-web-01 with 20 TiB in use: the fleet has 22.27 TiB, printed with two decimals in TiB
        try (XSSFWorkbook wb = open(ReportWriter.toBytes(Fixtures.run(), withStorage("app-web-01", 20L << 20)))) {
            List<String> summary = cellsOf(wb.getSheet("Summary"));
            assertThat(summary.stream().filter("Storage in use TiB"::equals)).as("dispositions, lanes, waves").hasSize(3);
            assertThat(summary).doesNotContain("Storage in use GiB").contains("Memory GiB", "22.27").doesNotContain("22.3");
            assertThat(cellsOf(wb.getSheet("Waves"))).contains("Storage in use TiB", "22.27").doesNotContain("Storage in use GiB");
            assertThat(cellsOf(wb.getSheet("Overview"))).contains("Storage in use TiB", "Storage TiB needed");
            assertThat(cellsOf(wb.getSheet("Workloads"))).as("a workload's own storage").contains("Storage in use GiB", "20,480.0");
        }
    }

    @Test
    void printsNoInternalCodeOnAClientSheet() throws IOException {
        Pattern enumName = Pattern.compile("^[A-Z]+(_[A-Z]+)+$");
        Pattern setting = Pattern.compile("\\b[a-z]+(_[a-z]+)+\\b");   // a rules file's setting: wave_size, cpu_overcommit
        Pattern release = Pattern.compile("^\\d+(\\.\\d+)?-[a-z][a-z0-9]*$");   // a lifecycle catalog's release id: 2008-r2
        Set<String> products = FixtureFleet.lifecycle().entries().stream().map(e -> e.product()).collect(Collectors.toSet());
        try (XSSFWorkbook wb = mixedFleet()) {
            List<String> codes = new ArrayList<>();
            for (Sheet sheet : wb) {
                if (sheet.getSheetName().equals("Method")) {
                    continue;   // the reference: rule settings and disposition codes are named there
                }
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        String text = TEXT.formatCellValue(cell);
                        if (enumName.matcher(text).matches() || setting.matcher(text).find() || products.contains(text)
                                || release.matcher(text).matches() || text.equals("None")) {
                            codes.add(sheet.getSheetName() + "!" + cell.getAddress() + " " + text);
                        }
                    }
                }
            }
            assertThat(codes).isEmpty();
            assertThat(products).as("the check looks for something").contains("rhel", "windows-server");
            assertThat(cellsOf(wb.getSheet("Summary"))).as("the dispositions' lanes, in words")
                    .contains("Migration lane", "Replatform or Refactor", "Rehost");
            assertThat(cellsOf(wb.getSheet("Method"))).as("the codes assessments.csv writes, explained")
                    .anyMatch(c -> c.contains("Containerize after remediation = CONTAINERIZE_AFTER_REMEDIATION"))
                    .anyMatch(c -> c.contains("plan,wave_size,N"));
        }
    }

    @Test
    void namesFleetfitsVersionOnTheMethodSheetOnlyADevelopmentBuildAsSuch() throws IOException {
        try (XSSFWorkbook wb = open(ReportWriter.toBytes(withVersion("0.1.0-SNAPSHOT"), FixtureFleet.mixedFleet()))) {
            for (Sheet sheet : wb) {
                if (!sheet.getSheetName().equals("Method")) {
                    assertThat(cellsOf(sheet)).as(sheet.getSheetName()).noneMatch(c -> c.contains("SNAPSHOT") || c.contains("fleetfit version"));
                }
            }
            assertThat(cellsOf(wb.getSheet("Method"))).contains("fleetfit version: development build (0.1.0-SNAPSHOT).");
        }
        try (XSSFWorkbook wb = open(ReportWriter.toBytes(withVersion("1.2.0"), List.of()))) {
            assertThat(cellsOf(wb.getSheet("Method"))).contains("fleetfit version: 1.2.0.");
            assertThat(cellsOf(wb.getSheet("Summary"))).noneMatch(c -> c.contains("1.2.0"));
        }
        assertThat(withVersion("dev").fleetfitRelease()).as("run from classes").isEqualTo("development build");
    }

    @Test
    void leavesDateCellsEmptyWhereThereIsNoDateAndSaysWhyUnderTheTable() throws IOException {
        // RHEL 9 with no announced end of support; Windows Server 2019 and CentOS 7 without extended support
        LifecycleCatalog lifecycle = LifecycleCatalog.parse("fixture", List.of(
                "product,release,name,support_end,extended_support_end",
                "ubuntu,22.04,Ubuntu 22.04,2027-04-01,2032-04-09",
                "windows-server,2019,Windows Server 2019,2029-01-09,",
                "windows-server,2008-r2,Windows Server 2008 R2,2020-01-14,2023-01-10",
                "rhel,7,Red Hat Enterprise Linux 7,2024-06-30,2028-06-30",
                "rhel,9,Red Hat Enterprise Linux 9,,",
                "centos,7,CentOS 7,2024-06-30,"));
        RunInfo f = Fixtures.run();
        RunInfo run = new RunInfo(f.client(), f.asOf(), f.inputs(), f.rules(), f.ruleCatalogVersion(), null, lifecycle, null, null,
                f.fleetfitVersion());
        try (XSSFWorkbook wb = open(ReportWriter.toBytes(run, FixtureFleet.mixedFleet()))) {
            Sheet os = wb.getSheet("OS");
            List<String> headers = new ArrayList<>();
            os.getRow(0).forEach(c -> headers.add(c.getStringCellValue()));
            int supportEnds = headers.indexOf("Support ends");
            int extendedEnds = headers.indexOf("Extended support ends");
            int total = -1;
            List<String> dates = new ArrayList<>();
            for (Row row : os) {
                if (row.getRowNum() == 0 || total >= 0) {
                    continue;
                }
                if (TEXT.formatCellValue(row.getCell(0)).equals("Total")) {
                    total = row.getRowNum();
                    continue;
                }
                for (int c : new int[] {supportEnds, extendedEnds}) {
                    Cell cell = row.getCell(c);
                    assertThat(cell.getCellType()).as("OS!%s", cell.getAddress()).isIn(CellType.BLANK, CellType.NUMERIC);
                    if (cell.getCellType() == CellType.NUMERIC) {
                        assertThat(DateUtil.isCellDateFormatted(cell)).isTrue();
                    }
                }
                dates.add(TEXT.formatCellValue(row.getCell(2)) + ": " + TEXT.formatCellValue(row.getCell(supportEnds)) + " / "
                        + TEXT.formatCellValue(row.getCell(extendedEnds)));
            }
            assertThat(dates).contains("Red Hat Enterprise Linux 9:  / ", "Windows Server 2019: 2029-01-09 / ",
                    "Red Hat Enterprise Linux 7: 2024-06-30 / 2028-06-30");
            assertThat(cellsOf(os)).doesNotContain("None", "Not announced");
            List<String> below = new ArrayList<>();
            for (int r = total + 1; r <= os.getLastRowNum(); r++) {
                if (os.getRow(r) != null) {
                    below.add(TEXT.formatCellValue(os.getRow(r).getCell(0)));
                }
            }
            assertThat(below).anyMatch(n -> n.startsWith("Support ends:") && n.contains("not announced"))
                    .anyMatch(n -> n.startsWith("Extended support ends:"));
        }
    }

    @Test
    void keepsEveryTotalRowOutOfTheAutofilterAndApartFromIt() throws IOException {
        for (List<Outcome> fleet : List.of(FixtureFleet.mixedFleet(), List.<Outcome>of())) {
            try (XSSFWorkbook wb = open(ReportWriter.toBytes(Fixtures.run(), fleet))) {
                int filtered = 0;
                for (Sheet sheet : wb) {
                    XSSFSheet x = (XSSFSheet) sheet;
                    if (!x.getCTWorksheet().isSetAutoFilter()) {
                        continue;
                    }
                    filtered++;
                    CellRangeAddress range = CellRangeAddress.valueOf(x.getCTWorksheet().getAutoFilter().getRef());
                    for (Row row : sheet) {
                        String label = TEXT.formatCellValue(row.getCell(0));
                        boolean totalRow = label.equals("Total") || label.endsWith(" total");
                        if (totalRow) {
                            assertThat(row.getRowNum()).as("%s row %d, filter %s", sheet.getSheetName(), row.getRowNum() + 1,
                                    range.formatAsString()).isGreaterThan(range.getLastRow() + 1);
                        }
                    }
                    Row below = sheet.getRow(range.getLastRow() + 1);
                    assertThat(below == null || below.getPhysicalNumberOfCells() == 0)
                            .as("%s: the row under the filter is blank, so no application extends the filter over a total",
                                    sheet.getSheetName()).isTrue();
                    assertThat(range.getLastRow()).as("%s: a filter over rows, not over a header alone", sheet.getSheetName())
                            .isGreaterThan(range.getFirstRow());
                }
                assertThat(filtered).isGreaterThan(0);
            }
        }
    }

    @Test
    void givesEveryWaveLabelACellWideEnoughInBold() throws IOException {
        try (XSSFWorkbook wb = open(ReportWriter.toBytes(Fixtures.run().withWaveSize(1), FixtureFleet.mixedFleet()))) {
            Sheet waves = wb.getSheet("Waves");
            double width = waves.getColumnWidth(WaveColumn.WAVE.ordinal()) / 256.0;
            List<String> labels = new ArrayList<>();
            for (Row row : waves) {
                if (row.getRowNum() > 10) {
                    labels.add(TEXT.formatCellValue(row.getCell(WaveColumn.WAVE.ordinal())));
                }
            }
            assertThat(labels).contains("Wave 4 total", "4b total", "Total");
            // a bold character takes at most 1.15 of a width unit (the width of a '0'), plus a unit of padding
            assertThat(labels).allSatisfy(l -> assertThat(l.length() * 1.15 + 1).as(l).isLessThanOrEqualTo(width));
        }
    }

    @Test
    void printsEverySheetOnA4UnlessTheRunSaysLetter() throws IOException {
        try (XSSFWorkbook wb = mixedFleet()) {
            for (Sheet sheet : wb) {
                assertThat(sheet.getPrintSetup().getPaperSize()).as(sheet.getSheetName()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            }
        }
        try (XSSFWorkbook wb = open(ReportWriter.toBytes(Fixtures.run().withPaper(Paper.LETTER), FixtureFleet.mixedFleet(), 5))) {
            assertThat(wb.getNumberOfSheets()).as("continuation sheets too").isGreaterThan(ReportSheet.values().length);
            for (Sheet sheet : wb) {
                assertThat(sheet.getPrintSetup().getPaperSize()).as(sheet.getSheetName()).isEqualTo(PrintSetup.LETTER_PAPERSIZE);
                assertThat(sheet.getPrintSetup().getLandscape()).as(sheet.getSheetName()).isEqualTo(!sheet.getSheetName().equals("Overview"));
                assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            }
        }
        assertThat(Fixtures.run().paper()).isEqualTo(Paper.A4);
    }

    @Test
    void drawsSolidScoreBarsWithTheExcel2010ExtensionExcelAndLibreOfficeRead() throws IOException {
        try (XSSFWorkbook wb = open(ReportWriter.toBytes(Fixtures.run(), FixtureFleet.mixedFleet(), 5))) {
            int sheets = 0;
            for (Sheet sheet : wb) {
                if (!sheet.getSheetName().startsWith("Workloads")) {
                    continue;
                }
                sheets++;
                CTWorksheet ws = ((XSSFSheet) sheet).getCTWorksheet();
                List<String> bars = new ArrayList<>();
                for (CTConditionalFormatting cf : ws.getConditionalFormattingArray()) {
                    for (CTCfRule rule : cf.getCfRuleArray()) {
                        if (rule.getType() == STCfType.DATA_BAR) {
                            String id = rule.getExtLst().getExtArray(0).xmlText().replaceAll("(?s).*>(\\{[^<]+\\})<.*", "$1");
                            bars.add(cf.getSqref().get(0) + " " + id);
                        }
                    }
                }
                assertThat(bars).as(sheet.getSheetName()).hasSize(1);
                String range = bars.get(0).split(" ")[0];
                String id = bars.get(0).split(" ")[1];
                assertThat(range).startsWith(CellReference.convertNumToColString(WorkloadColumn.FITNESS.ordinal()) + "2:"
                        + CellReference.convertNumToColString(WorkloadColumn.ISOLATION.ordinal()));
                String x14 = ws.getExtLst().getExtArray(0).xmlText();
                assertThat(ws.getExtLst().getExtArray(0).getUri()).isEqualTo(SolidDataBars.SHEET_EXT_URI);
                assertThat(x14).contains("id=\"" + id + "\"", "gradient=\"0\"", "<xm:sqref>" + range + "</xm:sqref>",
                        "minLength=\"0\"", "maxLength=\"100\"");
            }
            assertThat(sheets).as("the Workloads sheet and its continuations").isEqualTo(2);
        }
    }

    private static RunInfo withVersion(String version) {
        RunInfo f = Fixtures.run();
        return new RunInfo(f.client(), f.asOf(), f.inputs(), f.rules(), f.ruleCatalogVersion(), f.rulesFile(), f.lifecycle(),
                f.lifecycleFile(), f.attributesFile(), version);
    }

    @Test
    void printsEachWorkloadsNameWaveDecisionOsSizeAndTopReasonInRowsAsTallAsThatText() throws IOException {
        Map<String, String> attributes = new LinkedHashMap<>();
        for (int i = 1; i <= 12; i++) {
            attributes.put("Backup policy " + i, "nightly, kept 30 days on the secondary site");
        }
        try (XSSFWorkbook wb = open(ReportWriter.toBytes(Fixtures.run(), withVm("app-web-01", vm -> vm.customAttributes(attributes))))) {
            Sheet sheet = wb.getSheet("Workloads");
            assertThat(wb.getPrintArea(wb.getSheetIndex(sheet))).isEqualTo("Workloads!$A$1:$I$9");
            assertThat(sheet.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("1:1"));
            List<String> printed = new ArrayList<>();
            for (int c = 0; c <= 8; c++) {
                printed.add(TEXT.formatCellValue(sheet.getRow(0).getCell(c)));
            }
            assertThat(printed).containsExactly("VM", "Wave", "Disposition", "Lane", "OS", "vCPU", "Memory GiB", "Storage in use GiB",
                    "Top reason");
            Map<String, Float> heights = new LinkedHashMap<>();
            Map<String, String> reasons = new LinkedHashMap<>();
            for (Row row : sheet) {
                String vm = TEXT.formatCellValue(row.getCell(0));
                heights.put(vm, row.getHeightInPoints());
                reasons.put(vm, TEXT.formatCellValue(row.getCell(WorkloadColumn.TOP_REASON.ordinal())));
            }
            assertThat(cellsOf(sheet)).anyMatch(c -> c.contains("\nBackup policy 12: nightly"));
            assertThat(heights.get("app-web-01")).as("twelve lines of custom attributes, which do not print").isEqualTo(Table.LINE_HEIGHT);
            assertThat(reasons.get("batch-big-03")).as("the most severe reason, and how many more")
                    .isEqualTo("Runs Red Hat Enterprise Linux 7, past all vendor support since 2024-06-30.\n(+1 more on the Findings sheet)");
            assertThat(heights.get("batch-big-03")).as("the reason on two lines of the column, and the count")
                    .isEqualTo(3 * Table.LINE_HEIGHT);
        }
    }

    /** The fixture fleet with one workload's storage in use set to {@code mib}. */
    private static List<Outcome> withStorage(String vmName, long mib) {
        return withVm(vmName, vm -> vm.inUseMib(mib));
    }

    /** The fixture fleet with one workload's inventory facts changed (its findings as they were). */
    private static List<Outcome> withVm(String vmName, UnaryOperator<VmRecord.Builder> change) {
        List<Outcome> outcomes = new ArrayList<>();
        for (Outcome o : FixtureFleet.mixedFleet()) {
            if (o instanceof Assessment a && a.vmName().equals(vmName)) {
                o = new Assessment(change.apply(a.vm().toBuilder()).build(), a.os(), a.findings(), a.portabilityScore(),
                        a.legacyOsScore(), a.isolationScore(), a.fitnessScore(), a.tier(), a.disposition(), a.assessedDisposition(),
                        a.computedDisposition(), a.overrideReason(), a.completeness(), a.lane(), a.role(), a.confidence());
            }
            outcomes.add(o);
        }
        return outcomes;
    }

    /** The columns whose numbers are no quantity: scores (0 to 100) and an input file's row numbers. */
    private static Set<Integer> unseparatedColumns(Sheet sheet) {
        if (sheet.getSheetName().startsWith("Workloads")) {
            return Set.of(WorkloadColumn.FITNESS.ordinal(), WorkloadColumn.PORTABILITY.ordinal(),
                    WorkloadColumn.LEGACY_OS.ordinal(), WorkloadColumn.ISOLATION.ordinal());
        }
        if (sheet.getSheetName().startsWith("Data quality")) {
            return Set.of(DataQualityColumn.ROW.ordinal());
        }
        return Set.of();
    }

    @Test
    void wrapsLongVmNamesOnTheDataQualitySheetInsteadOfCuttingThemOff() throws IOException {
        try (XSSFWorkbook wb = mixedFleet()) {
            Sheet dq = wb.getSheet("Data quality");
            int vm = DataQualityColumn.VM.ordinal();
            assertThat(TEXT.formatCellValue(dq.getRow(0).getCell(vm))).isEqualTo("VM");
            List<Cell> names = new ArrayList<>();
            for (Row row : dq) {
                if (row.getRowNum() > 0 && row.getCell(vm) != null && !TEXT.formatCellValue(row.getCell(vm)).isEmpty()) {
                    names.add(row.getCell(vm));
                }
            }
            assertThat(names).as("the fixture has excluded and rejected VMs").isNotEmpty()
                    .allSatisfy(c -> assertThat(c.getCellStyle().getWrapText()).as(c.getAddress().toString()).isTrue());
        }
    }

    static List<String> cellsOf(Sheet sheet) {
        List<String> cells = new ArrayList<>();
        for (Row row : sheet) {
            for (Cell cell : row) {
                cells.add(TEXT.formatCellValue(cell));
            }
        }
        return cells;
    }

    private static XSSFWorkbook mixedFleet() throws IOException {
        return open(ReportWriter.toBytes(Fixtures.run(), FixtureFleet.mixedFleet()));
    }

    static XSSFWorkbook open(byte[] xlsx) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
    }
}
