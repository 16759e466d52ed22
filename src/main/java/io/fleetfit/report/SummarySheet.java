package io.fleetfit.report;

import io.fleetfit.assessment.Disposition;
import io.fleetfit.assessment.FitnessTier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The first tab: what a client reads first. Written when the run is finished, since only then are
 * the totals known; the results come before the inputs they were drawn from.
 */
final class SummarySheet {

    /** Column widths in characters: the tables below share the sheet's columns. */
    private static final int[] WIDTHS = {36, 32, 12, 18, 12, 12, 14, 12, 40};

    /** A row of the Dispositions table; {@code disposition} is {@code null} in the total row. */
    record DispositionRow(Disposition disposition, long workloads, double share, long vcpus, double memoryGib, double storageGib) {
    }

    enum DispositionColumn implements Column<DispositionRow> {
        DISPOSITION("Disposition", CellFormat.TINT, r -> r.disposition() == null ? Labels.TOTAL : r.disposition()),
        CODE("Code", CellFormat.TEXT, r -> r.disposition() == null ? null : r.disposition().code()),
        WORKLOADS("Workloads", CellFormat.INTEGER, DispositionRow::workloads),
        SHARE("Share", CellFormat.PERCENT, DispositionRow::share),
        VCPU("vCPU", CellFormat.INTEGER, DispositionRow::vcpus),
        MEMORY("Memory GiB", CellFormat.GIB, DispositionRow::memoryGib),
        STORAGE("Storage in use GiB", CellFormat.GIB, DispositionRow::storageGib);

        private final String header;
        private final CellFormat format;
        private final Function<DispositionRow, Object> value;

        DispositionColumn(String header, CellFormat format, Function<DispositionRow, Object> value) {
            this.header = header;
            this.format = format;
            this.value = value;
        }

        @Override public String header() { return header; }
        @Override public int width() { return WIDTHS[ordinal()]; }
        @Override public CellFormat format() { return format; }
        @Override public Object value(DispositionRow row) { return value.apply(row); }
    }

    /** A row of the Fitness tiers table; {@code tier} is {@code null} in the total row. */
    record TierRow(FitnessTier tier, long workloads, double share) {
    }

    enum TierColumn implements Column<TierRow> {
        TIER("Fitness tier", CellFormat.TINT, r -> r.tier() == null ? Labels.TOTAL : r.tier()),
        MEANING("Meaning", CellFormat.TEXT, r -> r.tier() == null ? null : meaning(r.tier())),
        WORKLOADS("Workloads", CellFormat.INTEGER, TierRow::workloads),
        SHARE("Share", CellFormat.PERCENT, TierRow::share);

        private final String header;
        private final CellFormat format;
        private final Function<TierRow, Object> value;

        TierColumn(String header, CellFormat format, Function<TierRow, Object> value) {
            this.header = header;
            this.format = format;
            this.value = value;
        }

        @Override public String header() { return header; }
        @Override public int width() { return WIDTHS[ordinal()]; }
        @Override public CellFormat format() { return format; }
        @Override public Object value(TierRow row) { return value.apply(row); }
    }

    /** A row of the Inputs table; {@code file} is {@code null} in the total row. */
    record InputRow(InputFile file, RunTotals.FileCounts counts) {
    }

    enum InputColumn implements Column<InputRow> {
        FILE("File", CellFormat.WRAP, r -> r.file() == null ? Labels.TOTAL : r.file().name()),
        FORMAT("Format", CellFormat.TEXT, r -> r.file() == null ? null : r.file().format()),
        SHEET("Sheet", CellFormat.TEXT, r -> r.file() == null ? null : r.file().sheet()),
        PRODUCER("Producer", CellFormat.TEXT, r -> r.file() == null ? null : r.file().producer()),
        ROWS_READ("Rows read", CellFormat.INTEGER, r -> r.counts().rowsRead()),
        ASSESSED("Assessed", CellFormat.INTEGER, r -> r.counts().assessed()),
        TEMPLATES("Templates", CellFormat.INTEGER, r -> r.counts().templates()),
        REJECTED("Rejected", CellFormat.INTEGER, r -> r.counts().rejected()),
        STATUS("Status", CellFormat.WRAP, r -> r.file() == null ? null
                : !r.file().readable() ? r.file().error()
                : r.file().notes().isEmpty() ? Labels.READ : Labels.READ + "; " + r.file().notes());

        private final String header;
        private final CellFormat format;
        private final Function<InputRow, Object> value;

        InputColumn(String header, CellFormat format, Function<InputRow, Object> value) {
            this.header = header;
            this.format = format;
            this.value = value;
        }

        @Override public String header() { return header; }
        @Override public int width() { return WIDTHS[ordinal()]; }
        @Override public CellFormat format() { return format; }
        @Override public Object value(InputRow row) { return value.apply(row); }
    }

    private final Sheet sheet;
    private final XSSFSheet backing;
    private final ReportStyles styles;

    /**
     * @param sheet the streamed sheet the cells go to
     * @param backing the same sheet's {@code XSSFSheet}, which holds the chart
     */
    SummarySheet(Sheet sheet, XSSFSheet backing, ReportStyles styles) {
        this.sheet = sheet;
        this.backing = backing;
        this.styles = styles;
    }

    void write(RunInfo run, RunTotals totals) {
        for (int i = 0; i < WIDTHS.length; i++) {
            sheet.setColumnWidth(i, WIDTHS[i] * 256);
        }
        text(0, 0, "Containerization assessment - " + run.client(), styles.title);
        sheet.getRow(0).setHeightInPoints(26);
        text(1, 0, "Which workloads of the VM fleet can run as containers, which should stay VMs, and why.", styles.subtitle);
        int r = 3;
        r = fact(r, "Assessment date", run.asOf(), CellFormat.DATE);
        r = fact(r, "Workloads assessed", totals.assessed(), CellFormat.INTEGER);
        r = fact(r, "fleetfit version", run.fleetfitVersion(), CellFormat.TEXT);
        r = fact(r, "OS lifecycle catalog", run.lifecycleVersion()
                + (run.lifecycleFile() == null ? "" : " (from " + run.lifecycleFile().name() + ")"), CellFormat.TEXT);
        r = fact(r, "Rule set", run.rulesFile() == null ? run.ruleCatalogVersion() + " (standard rules)"
                : run.ruleCatalogVersion() + " with " + run.rulesFile().name() + " (" + count(run.rulesFile().entries(), "setting")
                        + "; see Method)", CellFormat.TEXT);
        if (run.attributesFile() != null) {
            r = fact(r, "Consultant attributes", run.attributesFile().name() + " (" + count(run.attributesFile().entries(), "row")
                    + (totals.unmatchedAttributes() == 0 ? ", every one matched a VM)"
                    : "; " + totals.unmatchedAttributes() + " matched no VM, see Data quality)"), CellFormat.TEXT);
        }

        r = section(r + 1, "Dispositions");
        Table<DispositionRow> dispositions = new Table<>(sheet, List.of(DispositionColumn.values()), styles, r);
        for (Disposition d : Disposition.values()) {
            dispositions.add(new DispositionRow(d, totals.workloads(d), totals.share(d), totals.vcpus(d),
                    totals.memoryGib(d), totals.inUseStorageGib(d)));
        }
        dispositions.addTotal(new DispositionRow(null, totals.assessed(), totals.assessed() == 0 ? 0.0 : 1.0,
                totals.vcpus(), totals.memoryGib(), totals.inUseStorageGib()));

        int tiersSection = dispositions.nextRow() + 1;
        r = section(tiersSection, "Fitness tiers");
        Table<TierRow> tiers = new Table<>(sheet, List.of(TierColumn.values()), styles, r);
        for (FitnessTier t : FitnessTier.values()) {
            tiers.add(new TierRow(t, totals.workloads(t), totals.share(t)));
        }
        tiers.addTotal(new TierRow(null, totals.assessed(), totals.assessed() == 0 ? 0.0 : 1.0));
        if (totals.assessed() > 0) {
            chart(dispositions.range(), totals, new CellRangeAddress(tiersSection, tiers.nextRow() - 1,
                    TierColumn.values().length + 1, WIDTHS.length - 1));
        }

        r = section(tiers.nextRow() + 1, "Inputs");
        Table<InputRow> inputs = new Table<>(sheet, List.of(InputColumn.values()), styles, r);
        for (InputRow row : inputRows(run, totals)) {
            inputs.add(row);
        }
        inputs.addTotal(new InputRow(null, new RunTotals.FileCounts("", totals.assessed(), totals.templates(), totals.rejected())));

        r = section(inputs.nextRow() + 1, "How to read this report");
        for (ReportSheet s : ReportSheet.values()) {
            text(r, 0, s.title(), styles.label);
            text(r, 1, s.description(), styles.note);
            r++;
        }
    }

    /** The chart of the Dispositions table, beside the Fitness tiers table. */
    private void chart(CellRangeAddress table, RunTotals totals, CellRangeAddress area) {
        List<Disposition> dispositions = List.of(Disposition.values());
        long[] workloads = dispositions.stream().mapToLong(totals::workloads).toArray();
        int first = table.getFirstRow() + 1;
        int last = first + dispositions.size() - 1;
        DispositionChart.draw(backing, area, dispositions, workloads,
                new CellRangeAddress(first, last, DispositionColumn.DISPOSITION.ordinal(), DispositionColumn.DISPOSITION.ordinal()),
                new CellRangeAddress(first, last, DispositionColumn.WORKLOADS.ordinal(), DispositionColumn.WORKLOADS.ordinal()));
    }

    /** The run's files in the order given, then any file outcomes name that the run did not list. */
    static List<InputRow> inputRows(RunInfo run, RunTotals totals) {
        Map<String, InputFile> files = new LinkedHashMap<>();
        run.inputs().forEach(f -> files.putIfAbsent(f.name(), f));
        totals.files().forEach(c -> files.putIfAbsent(c.file(), new InputFile(c.file(), "", "", "", null)));
        List<InputRow> rows = new ArrayList<>();
        files.values().forEach(f -> rows.add(new InputRow(f, totals.file(f.name()))));
        return rows;
    }

    /** "1 row", "12 rows". */
    static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** The score range of a tier, in words. */
    static String meaning(FitnessTier tier) {
        return switch (tier) {
            case NO_FIT -> "A blocker in any dimension";
            case INSUFFICIENT_DATA -> "Facts needed to decide are missing";
            case MINOR_WORK -> score(tier) + ", or Minor remediation named";
            case MODERATE_WORK -> score(tier) + ", or Moderate remediation named";
            case MAJOR_WORK -> score(tier) + ", or Major remediation named";
            default -> score(tier);
        };
    }

    private static String score(FitnessTier tier) {
        return "Fitness score " + tier.minScore() + (upperScore(tier) == 100 ? " to 100" : " to " + upperScore(tier));
    }

    private static int upperScore(FitnessTier tier) {
        int upper = 100;
        for (FitnessTier t : FitnessTier.values()) {
            if (t.minScore() > tier.minScore()) {
                upper = Math.min(upper, t.minScore() - 1);
            }
        }
        return upper;
    }

    private int fact(int r, String label, Object value, CellFormat format) {
        text(r, 0, label, styles.label);
        Cell cell = row(r).createCell(1);
        Table.set(cell, value);
        cell.setCellStyle(styles.fact(format));
        return r + 1;
    }

    private int section(int r, String title) {
        text(r, 0, title, styles.section);
        row(r).setHeightInPoints(20);
        return r + 1;
    }

    private void text(int r, int c, String text, CellStyle style) {
        Cell cell = row(r).createCell(c);
        Table.set(cell, text);
        cell.setCellStyle(style);
    }

    private Row row(int r) {
        Row row = sheet.getRow(r);
        return row != null ? row : sheet.createRow(r);
    }
}
