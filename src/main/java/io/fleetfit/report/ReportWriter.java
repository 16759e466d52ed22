package io.fleetfit.report;

import io.fleetfit.assessment.Assessment;
import io.fleetfit.assessment.ExcludedTemplate;
import io.fleetfit.assessment.Finding;
import io.fleetfit.assessment.Outcome;
import io.fleetfit.assessment.Rejection;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.ConditionalFormattingThreshold.RangeType;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFConditionalFormattingRule;
import org.apache.poi.xssf.usermodel.XSSFDataBarFormatting;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Streams outcomes into the Excel migration report. Rows go to disk as they arrive (only a window
 * of each sheet is kept in memory), so the report handles fleets of any size; the Summary, which
 * needs the totals, is filled in by {@link #finish()}, which writes the workbook to the stream.
 *
 * <pre>
 * try (ReportWriter report = new ReportWriter(run, out)) {
 *     outcomes.forEachRemaining(report::add);   // in Outcome.REPORT_ORDER
 *     RunTotals totals = report.finish();
 * }
 * </pre>
 *
 * <p>The stream belongs to the caller: it is flushed, never closed. Closing the writer deletes
 * the temporary files, finished or not.
 */
public final class ReportWriter implements AutoCloseable {

    /** Rows of each sheet kept in memory before they are flushed to a temporary file. */
    private static final int ROW_WINDOW = 200;

    private final RunInfo run;
    private final OutputStream out;
    private final SXSSFWorkbook wb;
    private final ReportStyles styles;
    private final RunTotals totals;
    private final SXSSFSheet summary;
    private final SXSSFSheet workloadSheet;
    private final SXSSFSheet findingSheet;
    private final SXSSFSheet osSheet;
    private final SXSSFSheet dataQualitySheet;
    private final Table<Assessment> workloads;
    private final Table<FindingColumn.Row> findings;
    private final Table<DataQualityColumn.Row> dataQuality;
    private final Table<OsSheet.OsRow> osTable;
    private final OsSheet os = new OsSheet();
    private boolean finished;

    public ReportWriter(RunInfo run, OutputStream out) {
        this.run = run;
        this.out = out;
        this.totals = new RunTotals(run.inputs());
        this.wb = new SXSSFWorkbook(new XSSFWorkbook(), ROW_WINDOW, true);
        try {
            styles = new ReportStyles(wb);
            summary = sheet(ReportSheet.SUMMARY);
            workloadSheet = sheet(ReportSheet.WORKLOADS);
            findingSheet = sheet(ReportSheet.FINDINGS);
            osSheet = sheet(ReportSheet.OS);
            dataQualitySheet = sheet(ReportSheet.DATA_QUALITY);
            SXSSFSheet method = sheet(ReportSheet.METHOD);

            workloads = detail(workloadSheet, List.of(WorkloadColumn.values()), 1, 2);
            findings = detail(findingSheet, List.of(FindingColumn.values()), 1, 1);
            osTable = detail(osSheet, OsSheet.columns(run.asOf()), 1, 1);
            dataQuality = detail(dataQualitySheet, List.of(DataQualityColumn.values()), 0, 1);
            for (InputFile f : run.inputs()) {
                if (!f.readable()) {
                    dataQuality.add(new DataQualityColumn.Row(f.name(), f.sheet(), null, null,
                            DataQualityStatus.UNREADABLE_FILE, f.error()));
                }
            }
            new MethodSheet(method, styles).write(run);
            printable(method, 1, false);
        } catch (RuntimeException e) {
            dispose(e);
            throw e;
        }
    }

    /** Writes the report of these outcomes to bytes, for tests and small runs. */
    public static byte[] toBytes(RunInfo run, Iterable<? extends Outcome> outcomes) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ReportWriter report = new ReportWriter(run, bytes)) {
            outcomes.forEach(report::add);
            report.finish();
        }
        return bytes.toByteArray();
    }

    /** Adds one outcome: a workload row and its findings, or a data-quality row. */
    public void add(Outcome outcome) {
        if (finished) {
            throw new IllegalStateException("the report is finished");
        }
        totals.add(outcome);
        if (outcome instanceof Assessment a) {
            os.add(a.os(), false);
            workloads.add(a);
            for (Finding f : a.findings()) {
                findings.add(new FindingColumn.Row(a, f));
            }
            for (String w : a.vm().warnings()) {
                dataQuality.add(DataQualityColumn.Row.of(a.source(), a.vmName(), DataQualityStatus.WARNING, w));
            }
        } else if (outcome instanceof ExcludedTemplate t) {
            os.add(t.os(), true);
            dataQuality.add(DataQualityColumn.Row.of(t.source(), t.vmName(), DataQualityStatus.TEMPLATE_EXCLUDED,
                    Labels.TEMPLATE_REASON));
        } else if (outcome instanceof Rejection r) {
            dataQuality.add(DataQualityColumn.Row.of(r.source(), r.vmName(), DataQualityStatus.REJECTED, r.reason()));
        } else {
            throw new IllegalArgumentException("unknown outcome " + outcome.getClass().getName());
        }
    }

    /**
     * Lists a row of the consultant's attributes file that matched no VM on the Data quality sheet
     * (and counts it for the Summary), so no attribute is lost without a word. Call before {@link #finish()}.
     *
     * @param sheet the sheet of the attributes file, {@code null} or "" for CSV
     * @param row its line or sheet row
     * @param vm the VM name or UUID the row gives
     */
    public void unmatchedAttributes(String file, String sheet, long row, String vm) {
        if (finished) {
            throw new IllegalStateException("the report is finished");
        }
        totals.addUnmatchedAttributes();
        dataQuality.add(new DataQualityColumn.Row(file, sheet == null ? "" : sheet, row, vm,
                DataQualityStatus.UNMATCHED_ATTRIBUTES, "The attributes on this row matched no VM of the inventories"
                        + " (by VM UUID, then by VM name), so they were not applied; check the name or UUID."));
    }

    /** Writes the Summary, finishes every sheet and writes the workbook to the stream. */
    public RunTotals finish() {
        if (finished) {
            throw new IllegalStateException("the report is finished");
        }
        finished = true;
        new SummarySheet(summary, wb.getXSSFWorkbook().getSheet(ReportSheet.SUMMARY.title()), styles).write(run, totals);
        printable(summary, 1, false);
        filter(workloadSheet, workloads);
        filter(findingSheet, findings);
        List<OsSheet.OsRow> osRows = os.rows(run.lifecycle(), run.asOf());
        osRows.forEach(osTable::add);
        filter(osSheet, osTable);   // before the total row, so sorting keeps the total last
        osTable.addTotal(os.total(osRows));
        filter(dataQualitySheet, dataQuality);
        scoreBars(workloads.range());
        workloads.noteOmitted("Every workload is in assessments.csv.");
        findings.noteOmitted("Every finding's rule id is in assessments.csv.");
        dataQuality.noteOmitted("Every row's status is in assessments.csv.");
        properties();
        try {
            wb.write(out);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the report", e);
        }
        return totals;
    }

    /** The totals so far (all of them once {@link #finish()} returned). */
    public RunTotals totals() {
        return totals;
    }

    @Override
    public void close() {
        dispose(null);
    }

    private void dispose(RuntimeException pending) {
        try {
            wb.close();   // POI 5.3+: also deletes the temporary sheet files
        } catch (IOException e) {
            if (pending != null) {
                pending.addSuppressed(e);
            } else {
                throw new UncheckedIOException("could not delete the report's temporary files", e);
            }
        }
    }

    private SXSSFSheet sheet(ReportSheet s) {
        SXSSFSheet sheet = wb.createSheet(s.title());
        sheet.setTabColor(ReportStyles.color(s.tabColor()));
        sheet.setDisplayGridlines(s != ReportSheet.SUMMARY && s != ReportSheet.METHOD);
        return sheet;
    }

    /**
     * A detail sheet: one table from A1, its header (and the first columns) frozen on screen and
     * repeated on every printed page.
     */
    private <R> Table<R> detail(SXSSFSheet sheet, List<? extends Column<R>> columns, int frozenColumns, int pagesWide) {
        Table<R> table = new Table<>(sheet, columns, styles, 0).sizeColumns();
        sheet.createFreezePane(frozenColumns, 1);
        printable(sheet, pagesWide, true);
        if (frozenColumns > 0 && pagesWide > 1) {
            sheet.setRepeatingColumns(new CellRangeAddress(-1, -1, 0, frozenColumns - 1));
        }
        return table;
    }

    /** Landscape, {@code pagesWide} pages wide and as many long as needed. */
    private static void printable(SXSSFSheet sheet, int pagesWide, boolean repeatHeader) {
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setFitWidth((short) pagesWide);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.setFitToPage(true);
        if (repeatHeader) {
            sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
        }
    }

    private static void filter(SXSSFSheet sheet, Table<?> table) {
        sheet.setAutoFilter(table.range());
    }

    /** Data bars from 0 to 100 behind the score columns, so weak workloads stand out at a glance. */
    private void scoreBars(CellRangeAddress table) {
        if (table.getLastRow() <= table.getFirstRow()) {
            return;
        }
        int first = WorkloadColumn.FITNESS.ordinal();
        int last = WorkloadColumn.ISOLATION.ordinal();
        CellRangeAddress scores = new CellRangeAddress(table.getFirstRow() + 1, table.getLastRow(), first, last);
        var formatting = workloadSheet.getSheetConditionalFormatting();
        XSSFConditionalFormattingRule rule = (XSSFConditionalFormattingRule)
                formatting.createConditionalFormattingRule(ReportStyles.color("9BC2E6"));
        XSSFDataBarFormatting bar = rule.getDataBarFormatting();
        bar.getMinThreshold().setRangeType(RangeType.NUMBER);
        bar.getMinThreshold().setValue(0d);
        bar.getMaxThreshold().setRangeType(RangeType.NUMBER);
        bar.getMaxThreshold().setValue(100d);
        formatting.addConditionalFormatting(new CellRangeAddress[] {scores}, rule);
    }

    /**
     * Title, subject and creator from the run; the created date is the assessment date, never "now".
     * POI writes a property's characters that XML cannot carry as character references, which makes
     * the document properties unreadable, so they are dropped as they are from cells.
     */
    private void properties() {
        POIXMLProperties.CoreProperties core = wb.getXSSFWorkbook().getProperties().getCoreProperties();
        String client = CellText.stripIllegal(run.client());
        core.setTitle("Containerization assessment - " + client);
        core.setSubjectProperty(client);
        core.setCreator("fleetfit " + run.fleetfitVersion());
        core.setDescription("Containerization fitness of the VM inventory, as of " + run.asOf() + ".");
        Date asOf = Date.from(run.asOf().atStartOfDay(ZoneOffset.UTC).toInstant());
        core.setCreated(Optional.of(asOf));
        core.setModified(Optional.of(asOf));
    }
}
