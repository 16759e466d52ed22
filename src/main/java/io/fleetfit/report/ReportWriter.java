package io.fleetfit.report;

import io.fleetfit.assessment.Assessment;
import io.fleetfit.assessment.Disposition;
import io.fleetfit.assessment.Excluded;
import io.fleetfit.assessment.Finding;
import io.fleetfit.assessment.FitnessTier;
import io.fleetfit.assessment.Outcome;
import io.fleetfit.assessment.Rejection;
import io.fleetfit.assessment.Severity;
import io.fleetfit.summary.BlockerTally;
import io.fleetfit.summary.Comparison;
import io.fleetfit.summary.InputFile;
import io.fleetfit.summary.MigrationWave;
import io.fleetfit.summary.OsTally;
import io.fleetfit.summary.RunTotals;
import io.fleetfit.summary.NameRepeats;
import io.fleetfit.summary.Summarizer;
import io.fleetfit.summary.Summary;
import io.fleetfit.summary.WavePlan;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.text.NumberFormat;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.ComparisonOperator;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.ConditionalFormattingThreshold.RangeType;
import org.apache.poi.ss.usermodel.FontFormatting;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PatternFormatting;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFConditionalFormattingRule;
import org.apache.poi.xssf.usermodel.XSSFDataBarFormatting;

/**
 * Streams outcomes into the Excel migration report. Rows go to disk as they arrive (only a window
 * of each sheet is kept in memory), so the report handles fleets of any size; the Summary, which
 * needs the totals, is filled in by {@link #finish()}, which writes the workbook to the stream.
 * The figures are a {@link Summarizer}'s, fed the same outcomes: the writer only renders them.
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

    /** Excel's rows per sheet: a longer detail table continues on another sheet. */
    static final int MAX_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows();

    /** Narrow margins, in inches: left and right, top and bottom, header and footer. */
    private static final double SIDE_MARGIN = 0.25;
    private static final double END_MARGIN = 0.5;
    private static final double HEADER_MARGIN = 0.3;

    /**
     * The columns coloured by conditional formats, with the values whose colours they take: the
     * cells are filled as written, and the formats keep the colour right when someone edits a
     * value in Excel.
     */
    private static final Map<Column<?>, Class<? extends Enum<?>>> TINTED = Map.of(
            WorkloadColumn.DISPOSITION, Disposition.class,
            WorkloadColumn.TIER, FitnessTier.class,
            FindingColumn.DISPOSITION, Disposition.class,
            FindingColumn.SEVERITY, Severity.class);

    private final RunInfo run;
    private final OutputStream out;
    private final StreamingWorkbook wb;
    private final ReportStyles styles;
    /** The figures the Summary, Waves, Blockers and OS sheets render, computed as the rows go by. */
    private final Summarizer summarizer;
    private final int maxRows;
    private final SXSSFSheet overview;
    private final SXSSFSheet summary;
    private final SXSSFSheet wavesSheet;
    private final SXSSFSheet blockersSheet;
    private final SXSSFSheet osSheet;
    private final DetailSheets<Object[]> workloads;
    /** The Workloads rows, rendered, waiting for the wave plan that sorts them. */
    private final WaitingRows waiting;
    private final DetailSheets<FindingColumn.Row> findings;
    private final DetailSheets<DataQualityColumn.Row> dataQuality;
    private final Table<OsTally.Row> osTable;
    /** The rules whose findings the Summary counts once instead of listing them per workload on the Findings sheet. */
    private final java.util.Set<String> countedOnce;
    /** The rules whose first Findings row is known: links to a rule go there. */
    private final java.util.Set<String> listedRules = new java.util.HashSet<>();
    private boolean finished;
    /** With --compare: the previous run's assessment, this run's workloads as they go by, the sheet and the result. */
    private final Comparison.Previous previous;
    private final List<Comparison.Facts> current = new ArrayList<>();
    private final SXSSFSheet changesSheet;
    private Comparison comparison;

    public ReportWriter(RunInfo run, OutputStream out) {
        this(run, out, MAX_ROWS);
    }

    /** A writer that also compares the workloads with a previous run's ({@code --compare}) on a Changes sheet. */
    public ReportWriter(RunInfo run, OutputStream out, Comparison.Previous previous) {
        this(run, out, MAX_ROWS, WaitingRows.BUDGET, previous);
    }

    /** A writer whose detail sheets hold at most {@code maxRows} rows each, header included (for tests). */
    ReportWriter(RunInfo run, OutputStream out, int maxRows) {
        this(run, out, maxRows, WaitingRows.BUDGET);
    }

    /**
     * A writer whose detail sheets hold at most {@code maxRows} rows each, header included (for
     * tests of the continuation sheets without a million rows), holding at most {@code budget}
     * bytes of Workloads rows in memory (for tests of the sort through temporary files).
     */
    ReportWriter(RunInfo run, OutputStream out, int maxRows, long budget) {
        this(run, out, maxRows, budget, null);
    }

    private ReportWriter(RunInfo run, OutputStream out, int maxRows, long budget, Comparison.Previous previous) {
        if (maxRows > MAX_ROWS) {
            throw new IllegalArgumentException("a sheet holds at most " + MAX_ROWS + " rows: " + maxRows);
        }
        this.run = run;
        this.out = out;
        this.maxRows = maxRows;
        this.previous = previous;
        this.summarizer = new Summarizer(run.inputs(), run.rules(), run.lifecycle(), run.asOf(), run.capacity());
        this.countedOnce = run.rules().stream().filter(io.fleetfit.assessment.Rule::countedOnce)
                .map(io.fleetfit.assessment.Rule::id).collect(java.util.stream.Collectors.toUnmodifiableSet());
        this.wb = new StreamingWorkbook(ROW_WINDOW);
        this.waiting = new WaitingRows(List.of(WorkloadColumn.values()), List.of(WorkloadColumn.WAVE.ordinal()), budget,
                WorkloadColumn.VM.ordinal());
        try {
            styles = new ReportStyles(wb);
            overview = sheet(ReportSheet.OVERVIEW);
            summary = sheet(ReportSheet.SUMMARY);
            wavesSheet = sheet(ReportSheet.WAVES);
            blockersSheet = sheet(ReportSheet.BLOCKERS);
            SXSSFSheet workloadSheet = sheet(ReportSheet.WORKLOADS);
            SXSSFSheet findingSheet = sheet(ReportSheet.FINDINGS);
            changesSheet = previous == null ? null : sheet(ReportSheet.CHANGES);
            osSheet = sheet(ReportSheet.OS);
            SXSSFSheet dataQualitySheet = sheet(ReportSheet.DATA_QUALITY);
            SXSSFSheet method = sheet(ReportSheet.METHOD);

            workloads = detail(workloadSheet, ReportSheet.WORKLOADS, RenderedColumn.of(List.of(WorkloadColumn.values())), 1,
                    WorkloadColumn.LAST_PRINTED.ordinal() + 1);
            findings = detail(findingSheet, ReportSheet.FINDINGS, List.of(FindingColumn.values()), 1, FindingColumn.values().length);
            osTable = new Table<>(osSheet, OsSheet.columns(run.asOf()), styles, 0).sizeColumns();
            frozenAndPrintable(osSheet, 0, 1);
            dataQuality = detail(dataQualitySheet, ReportSheet.DATA_QUALITY, List.of(DataQualityColumn.values()), 0,
                    DataQualityColumn.values().length);
            for (InputFile f : run.inputs()) {
                if (!f.readable()) {
                    dataQuality.add(new DataQualityColumn.Row(f.name(), f.sheet(), null, null,
                            DataQualityStatus.UNREADABLE_FILE, f.error()));
                }
            }
            new MethodSheet(method, styles).write(run);
            printable(method, -1);
        } catch (RuntimeException e) {
            dispose(e);
            throw e;
        }
    }

    /** Writes the report of these outcomes to bytes, for tests and small runs. */
    public static byte[] toBytes(RunInfo run, Iterable<? extends Outcome> outcomes) {
        return toBytes(run, outcomes, MAX_ROWS);
    }

    /** The same with at most {@code maxRows} rows per detail sheet. */
    static byte[] toBytes(RunInfo run, Iterable<? extends Outcome> outcomes, int maxRows) {
        return toBytes(run, outcomes, maxRows, WaitingRows.BUDGET);
    }

    /** The same holding at most {@code budget} bytes of Workloads rows in memory. */
    static byte[] toBytes(RunInfo run, Iterable<? extends Outcome> outcomes, int maxRows, long budget) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ReportWriter report = new ReportWriter(run, bytes, maxRows, budget)) {
            outcomes.forEach(report::add);
            report.finish();
        }
        return bytes.toByteArray();
    }

    /** Adds one outcome: a workload row and its findings, or a data-quality row. */
    /** {@link Summarizer#orderNamesBy}: call before the first outcome. */
    public void orderNamesBy(java.util.function.UnaryOperator<String> real) {
        summarizer.orderNamesBy(real);
    }

    public void add(Outcome outcome) {
        if (finished) {
            throw new IllegalStateException("the report is finished");
        }
        summarizer.add(outcome);
        if (previous != null && outcome instanceof Assessment a) {
            current.add(Comparison.Facts.of(a));
        }
        if (outcome instanceof Assessment a) {
            // Findings go in report order (by name), so a workload's rows are together; the Workloads sheet, sorted by
            // wave later, links each name to its first Findings row, and a rule's first row is its anchor
            Link.Place first = null;
            for (Finding f : a.findings()) {
                if (!countedOnce.contains(f.ruleId())) {
                    Link.Place at = findings.add(new FindingColumn.Row(a, f));
                    first = first == null ? at : first;
                    if (listedRules.add(f.ruleId())) {
                        wb.links().anchor(Link.ruleAnchor(f.ruleId()), at.atColumn(FindingColumn.RULE.ordinal()));
                    }
                }
            }
            waiting.add(a, first == null ? null : first.atColumn(FindingColumn.VM.ordinal()));
            for (String w : a.vm().warnings()) {
                dataQuality.add(DataQualityColumn.Row.of(a.source(), a.vmName(), DataQualityStatus.WARNING, w));
            }
        } else if (outcome instanceof Excluded e) {
            dataQuality.add(e.kind() == Excluded.Kind.TEMPLATE
                    ? DataQualityColumn.Row.of(e.source(), e.vmName(), DataQualityStatus.TEMPLATE_EXCLUDED, Labels.TEMPLATE_REASON)
                    : DataQualityColumn.Row.of(e.source(), e.vmName(), DataQualityStatus.SYSTEM_VM_EXCLUDED, e.reason().reason()));
        } else if (outcome instanceof Rejection r) {
            dataQuality.add(DataQualityColumn.Row.of(r.source(), r.vmName(), DataQualityStatus.REJECTED, r.reason()));
        } else {
            throw new IllegalArgumentException("unknown outcome " + outcome.getClass().getName());
        }
    }

    /**
     * The attributes file serves several clients: {@code rows} (row numbers) were applied to this
     * client's VMs, and its rows for every client that matched none, which may be other clients', are not listed.
     */
    public void sharedAttributesApplied(java.util.Collection<Integer> rows) {
        if (finished) {
            throw new IllegalStateException("the report is finished");
        }
        summarizer.sharedAttributesApplied(rows);
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
        summarizer.addUnmatchedAttributes();
        dataQuality.add(new DataQualityColumn.Row(file, sheet == null ? "" : sheet, row, vm,
                DataQualityStatus.UNMATCHED_ATTRIBUTES, "The attributes on this row matched no VM of the inventories"
                        + " (by VM UUID, then by VM name), so they were not applied; check the name or UUID."));
    }

    /** Writes the Overview, Summary, Waves and Blockers, finishes every sheet and writes the workbook to the stream. */
    public RunTotals finish() {
        if (finished) {
            throw new IllegalStateException("the report is finished");
        }
        finished = true;
        WavePlan.Layout layout = summarizer.waves(run.waveSize());
        WavePlan.Assigner assigner = layout.assigner();
        int wave = WorkloadColumn.WAVE.ordinal();
        waiting.drain(layout::slot, (slot, size, values) -> {
            values[wave] = assigner.next(slot, size);
            workloads.add(values);
        });
        Summary figures = summarizer.summary(assigner.plan());
        OverviewSheet overviewSheet = new OverviewSheet(overview, wb.getXSSFWorkbook().getSheet(ReportSheet.OVERVIEW.title()), styles);
        if (previous != null) {
            comparison = Comparison.of(previous, CsvColumn.stamp(run), current);
            current.clear();
            overviewSheet.since(ChangesSheet.headline(comparison));
            aggregate(changesSheet, ChangesSheet.TITLE, ChangesSheet.notes(comparison), List.of(ChangeColumn.values()),
                    ChangesSheet.rows(comparison, run.rules()), row -> false);
        }
        overviewSheet.write(run, figures.overview());
        onePage(overview);
        new SummarySheet(summary, wb.getXSSFWorkbook().getSheet(ReportSheet.SUMMARY.title()), styles)
                .write(run, figures.totals(), figures.waves(), figures.fleetFindings(), continued());
        printable(summary, -1);
        aggregate(wavesSheet, "Proposed migration waves", waveNotes(run.waveSize()),
                StorageUnit.forTotal(figures.waves().total().inUseStorageGib()).apply(List.of(WaveColumn.values()), Set.of(WaveColumn.STORAGE)),
                figures.waves().rows(), WavePlan.Row::total);
        aggregate(blockersSheet, "What holds workloads back", List.of(BlockerColumn.DEFINITION,
                        "Held back by it alone: workloads whose only blocker this is, which fixing it (or accepting it) frees."),
                List.of(BlockerColumn.values()), figures.blockers().rows(), BlockerTally.Row::total);
        workloads.finish((sheet, range) -> {
            tints(sheet, range, List.of(WorkloadColumn.values()));
            scoreBars(sheet, range);
            wb.setPrintArea(wb.getSheetIndex(sheet), 0, WorkloadColumn.LAST_PRINTED.ordinal(), 0, range.getLastRow());
        });
        findings.finish((sheet, range) -> tints(sheet, range, List.of(FindingColumn.values())));
        figures.os().rows().forEach(osTable::add);
        if (!figures.os().rows().isEmpty()) {   // the rows only: sorting keeps the total last, filtering never hides it
            osSheet.setAutoFilter(osTable.range());
            osTable.skipRow();
        }
        osTable.addTotal(figures.os().total());
        List<OsSheet.OsColumn> osColumns = OsSheet.columns(run.asOf());
        int noteRow = osTable.nextRow() + 1;
        for (String note : OsSheet.DATE_NOTES) {
            note(osSheet, noteRow++, note, osColumns.size(), osColumns.stream().mapToInt(Column::width).sum());
        }
        for (NameRepeats.Repeat r : summarizer.possibleDuplicates()) {
            dataQuality.add(DataQualityColumn.Row.of(r.source(), r.vmName(), DataQualityStatus.POSSIBLE_DUPLICATE, r.reason()));
        }
        dataQuality.finish((sheet, range) -> { });
        properties();
        try {
            wb.write(out);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the report", e);
        }
        return figures.totals();
    }

    /** The comparison with the previous run, once {@link #finish()} made it; empty without {@code --compare}. */
    public Optional<Comparison> comparison() {
        return Optional.ofNullable(comparison);
    }

    @Override
    public void close() {
        dispose(null);
    }

    private void dispose(RuntimeException pending) {
        RuntimeException failure = null;
        try {
            waiting.close();
        } catch (UncheckedIOException e) {
            failure = e;
        }
        try {
            wb.close();   // POI 5.3+: also deletes the temporary sheet files
        } catch (IOException e) {
            UncheckedIOException u = new UncheckedIOException("could not delete the report's temporary files", e);
            if (failure == null) {
                failure = u;
            } else {
                failure.addSuppressed(u);
            }
        }
        if (failure != null) {
            if (pending == null) {
                throw failure;
            }
            pending.addSuppressed(failure);
        }
    }

    private SXSSFSheet sheet(ReportSheet s) {
        SXSSFSheet sheet = wb.createSheet(s.title());
        sheet.setTabColor(ReportStyles.color(s.tabColor()));
        sheet.setDisplayGridlines(s != ReportSheet.OVERVIEW && s != ReportSheet.SUMMARY && s != ReportSheet.METHOD);
        return sheet;
    }

    /**
     * A detail table from A1, continued on more sheets when longer than a sheet holds, its rows as
     * tall as the text of its first {@code printedColumns} columns.
     */
    private <R> DetailSheets<R> detail(SXSSFSheet first, ReportSheet kind, List<? extends Column<R>> columns, int frozenColumns,
                                       int printedColumns) {
        return new DetailSheets<>(wb, first, kind, columns, styles, maxRows, sheet -> frozenAndPrintable(sheet, frozenColumns, 1),
                printedColumns);
    }

    /** Freezes the header row (row {@code headerRow - 1}) and the first columns on screen, and repeats the header on print. */
    private void frozenAndPrintable(Sheet sheet, int frozenColumns, int headerRows) {
        sheet.createFreezePane(frozenColumns, headerRows);
        printable(sheet, headerRows - 1);
    }

    /** Printed on one portrait page, whatever its length, and the sheet the workbook opens on. */
    private void onePage(SXSSFSheet sheet) {
        printable(sheet, -1);
        sheet.getPrintSetup().setLandscape(false);
        sheet.getPrintSetup().setFitHeight((short) 1);
        int index = wb.getSheetIndex(sheet);
        wb.setActiveSheet(index);
        wb.setSelectedTab(index);
        wb.setFirstVisibleTab(index);
    }

    /**
     * Printed legibly: on the run's paper, landscape, one page wide and as many long as needed,
     * narrow margins, the header row ({@code headerRow}, -1 for none) on every page, a footer naming
     * the report, the sheet and the page, and the consultant firm in the page header.
     */
    private void printable(Sheet sheet, int headerRow) {
        sheet.getPrintSetup().setPaperSize(run.paper().printSetup());
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setMargin(PageMargin.LEFT, SIDE_MARGIN);
        sheet.setMargin(PageMargin.RIGHT, SIDE_MARGIN);
        sheet.setMargin(PageMargin.TOP, END_MARGIN);
        sheet.setMargin(PageMargin.BOTTOM, END_MARGIN);
        sheet.setMargin(PageMargin.HEADER, HEADER_MARGIN);
        sheet.setMargin(PageMargin.FOOTER, HEADER_MARGIN);
        sheet.getFooter().setLeft(SummarySheet.title(run).replace("&", "&&"));
        sheet.getFooter().setCenter("&A");
        sheet.getFooter().setRight("Page &P of &N");
        if (!run.consultantFirm().isEmpty()) {
            sheet.getHeader().setRight(run.consultantFirm().replace("&", "&&"));
        }
        if (headerRow >= 0) {
            sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
        }
    }

    /**
     * A sheet of aggregates: a title, notes wrapped across the table's width (so they never widen
     * the printed page), then a table whose header stays on screen and on every printed page; rows
     * for which {@code total} holds are styled as totals.
     */
    private <R> void aggregate(SXSSFSheet sheet, String title, List<String> notes, List<? extends Column<R>> columns,
                               List<R> rows, Predicate<R> total) {
        Cell heading = sheet.createRow(0).createCell(0);
        Table.set(heading, title);
        heading.setCellStyle(styles.title);
        sheet.getRow(0).setHeightInPoints(26);
        int width = columns.stream().mapToInt(Column::width).sum();
        int r = 1;
        for (String note : notes) {
            note(sheet, r++, note, columns.size(), width);
        }
        int headerRow = r + 1;
        Table<R> table = new Table<>(sheet, columns, styles, headerRow).sizeColumns();
        // a filter that sorted or hid totals among the rows would falsify them: a table with subtotals has none,
        // and one whose totals follow its rows has them below a blank row, outside the filter
        boolean interleaved = false;
        boolean totalSeen = false;
        for (R row : rows) {
            totalSeen |= total.test(row);
            interleaved |= totalSeen && !total.test(row);
        }
        boolean filtered = !interleaved && rows.stream().anyMatch(total.negate());
        int lastRow = headerRow;   // the last row before the totals
        for (R row : rows) {
            if (total.test(row)) {
                if (filtered && table.nextRow() == lastRow + 1) {
                    table.skipRow();
                }
                table.addTotal(row);
            } else {
                lastRow = table.nextRow();
                table.add(row);
            }
        }
        table.noteOmitted("Every workload's group and wave are on the Workloads sheet.");
        sheet.createFreezePane(0, headerRow + 1);
        if (filtered) {
            sheet.setAutoFilter(new CellRangeAddress(headerRow, lastRow, 0, columns.size() - 1));
        }
        printable(sheet, headerRow);
    }

    /** A note wrapped across a table's columns (so it never widens the printed page), its height following its length. */
    private void note(Sheet sheet, int r, String text, int columns, int width) {
        Row row = sheet.createRow(r);
        Cell cell = row.createCell(0);
        Table.set(cell, text);
        cell.setCellStyle(styles.wrappedNote);
        row.setHeightInPoints(Table.lines(text, width) * Table.LINE_HEIGHT);
        sheet.addMergedRegion(new CellRangeAddress(r, r, 0, columns - 1));
    }

    /** The Waves sheet's notes: what each wave holds, how groups are formed and how waves are split. */
    private static List<String> waveNotes(int limit) {
        List<String> notes = new ArrayList<>();
        for (MigrationWave w : MigrationWave.values()) {
            notes.add(w.label() + " - " + w.rule());
        }
        notes.add("Groups move together: a workload's application (from the attributes file), else its vCenter folder, else its"
                + " cluster. An application moves whole, in the latest wave any of its workloads needs.");
        notes.add("No wave holds more than " + limit + " workloads (a client's rules file can change this; see Method): a larger"
                + " one is split into"
                + " sub-waves (2a, 2b, ...) of whole groups. A folder or cluster larger than that is split in name order; an"
                + " application larger than that is not split and has a sub-wave of its own.");
        notes.add("Non-production first: within a wave, groups stated as non-production (the attributes file's environment, or an"
                + " Environment or PRDorHML column of the inventory) move in earlier sub-waves than production and groups whose"
                + " environment is not stated.");
        notes.add("The Workloads sheet gives each workload's wave and group, sorted by wave, group and name.");
        return notes;
    }

    /** One sentence per detail table that continues on more sheets, for the Summary. */
    private List<String> continued() {
        List<String> lines = new ArrayList<>();
        for (DetailSheets<?> d : List.of(workloads, findings, dataQuality)) {
            List<String> names = d.sheetNames();
            if (names.size() > 1) {
                lines.add(names.get(0) + " continue on " + (names.size() - 1) + " more sheet" + (names.size() == 2 ? "" : "s")
                        + ": " + String.join(", ", names.subList(1, names.size())) + " (" + NumberFormat.getIntegerInstance(Locale.ROOT)
                        .format(d.rows()) + " rows; a sheet holds " + NumberFormat.getIntegerInstance(Locale.ROOT).format(maxRows) + ").");
            }
        }
        return lines;
    }

    /** Conditional formats that colour the tinted columns of a table by value. */
    private static void tints(SXSSFSheet sheet, CellRangeAddress table, List<? extends Column<?>> columns) {
        if (table.getLastRow() <= table.getFirstRow()) {
            return;
        }
        SheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
        for (int c = 0; c < columns.size(); c++) {
            Class<? extends Enum<?>> type = TINTED.get(columns.get(c));
            if (type == null) {
                continue;
            }
            CellRangeAddress cells = new CellRangeAddress(table.getFirstRow() + 1, table.getLastRow(), c, c);
            for (Enum<?> value : type.getEnumConstants()) {
                ReportStyles.Tint tint = ReportStyles.TINTS.get(value);
                if (tint == null) {
                    continue;
                }
                ConditionalFormattingRule rule = formatting.createConditionalFormattingRule(ComparisonOperator.EQUAL,
                        "\"" + Labels.of(value).replace("\"", "\"\"") + "\"");
                PatternFormatting fill = rule.createPatternFormatting();
                fill.setFillBackgroundColor(ReportStyles.color(tint.fill()));
                fill.setFillPattern(PatternFormatting.SOLID_FOREGROUND);
                FontFormatting font = rule.createFontFormatting();
                font.setFontColor(ReportStyles.color(tint.font()));
                formatting.addConditionalFormatting(new CellRangeAddress[] {cells}, rule);
            }
        }
    }

    /**
     * Solid data bars from 0 to 100 behind the score columns, so weak workloads stand out at a
     * glance; see {@link SolidDataBars} for why they need more than POI writes.
     */
    private void scoreBars(SXSSFSheet sheet, CellRangeAddress table) {
        if (table.getLastRow() <= table.getFirstRow()) {
            return;
        }
        int first = WorkloadColumn.FITNESS.ordinal();
        int last = WorkloadColumn.ISOLATION.ordinal();
        CellRangeAddress scores = new CellRangeAddress(table.getFirstRow() + 1, table.getLastRow(), first, last);
        var formatting = sheet.getSheetConditionalFormatting();
        XSSFConditionalFormattingRule rule = (XSSFConditionalFormattingRule)
                formatting.createConditionalFormattingRule(ReportStyles.color(SolidDataBars.COLOR));
        XSSFDataBarFormatting bar = rule.getDataBarFormatting();
        bar.getMinThreshold().setRangeType(RangeType.NUMBER);
        bar.getMinThreshold().setValue(0d);
        bar.getMaxThreshold().setRangeType(RangeType.NUMBER);
        bar.getMaxThreshold().setValue(100d);
        formatting.addConditionalFormatting(new CellRangeAddress[] {scores}, rule);
        SolidDataBars.make(wb.getXSSFWorkbook().getSheet(sheet.getSheetName()), scores);
    }

    /**
     * Title, subject, keywords, creator and company from the run; the created and modified dates
     * are the assessment date, never "now", so the same run gives the same document. POI writes a
     * property's characters that XML cannot carry as character references, which makes the
     * document properties unreadable, so they are dropped as they are from cells.
     */
    private void properties() {
        POIXMLProperties props = wb.getXSSFWorkbook().getProperties();
        POIXMLProperties.CoreProperties core = props.getCoreProperties();
        String client = CellText.stripIllegal(run.client());
        String engagement = CellText.stripIllegal(run.engagement());
        core.setTitle(CellText.stripIllegal(SummarySheet.title(run)));
        core.setSubjectProperty(engagement.isEmpty() ? "Containerization fitness of " + client + "'s VM fleet" : engagement);
        core.setKeywords("migration assessment; containerization; Kubernetes; KubeVirt; VM inventory; " + client);
        core.setCategory("Migration assessment");
        core.setCreator("fleetfit " + run.fleetfitVersion());
        core.setLastModifiedByUser("fleetfit " + run.fleetfitVersion());
        core.setDescription("Containerization fitness of the VM inventory, as of " + run.asOf() + ".");
        Date asOf = Date.from(run.asOf().atStartOfDay(ZoneOffset.UTC).toInstant());
        core.setCreated(Optional.of(asOf));
        core.setModified(Optional.of(asOf));
        props.getExtendedProperties().getUnderlyingProperties().setApplication("fleetfit");
        if (!run.consultantFirm().isEmpty()) {
            props.getExtendedProperties().getUnderlyingProperties().setCompany(CellText.stripIllegal(run.consultantFirm()));
        }
    }
}
