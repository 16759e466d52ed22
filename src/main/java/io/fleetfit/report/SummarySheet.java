package io.fleetfit.report;

import io.fleetfit.assessment.Disposition;
import io.fleetfit.assessment.FitnessTier;
import io.fleetfit.assessment.Lane;
import io.fleetfit.assessment.OsFamily;
import io.fleetfit.summary.FleetFindings;
import io.fleetfit.summary.InputFile;
import io.fleetfit.summary.MigrationWave;
import io.fleetfit.summary.RunTotals;
import io.fleetfit.summary.Tally;
import io.fleetfit.summary.WavePlan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The second tab, after the Overview: the figures in full. Written when the run is finished, since only then are
 * the totals known; the results come before the inputs they were drawn from.
 */
final class SummarySheet {

    /** Column widths in characters: the tables below share the sheet's columns. */
    private static final int[] WIDTHS = {36, 32, 12, 18, 12, 12, 12, 12, 12, 36, 34};

    /** Rows of the band of charts at the top: each chart is as tall. */
    static final int CHART_ROWS = 16;

    /** The charts' columns, side by side: dispositions, fitness tiers, OS families. */
    private static final int[][] CHART_COLUMNS = {{0, 1}, {2, 5}, {6, 9}};

    static final String DISPOSITION_CHART = "Workloads per disposition";
    static final String TIER_CHART = "Workloads per fitness tier";
    static final String OS_FAMILY_CHART = "Workloads per OS family";

    /** A row of the Dispositions table; {@code disposition} is {@code null} in the total row. */
    record DispositionRow(Disposition disposition, Tally size, double share) {
    }

    enum DispositionColumn implements ColumnSpec.Declared<DispositionRow> {
        DISPOSITION("Disposition", CellFormat.TINT, r -> r.disposition() == null ? Labels.TOTAL : r.disposition()),
        LANE("Migration lane", CellFormat.WRAP, r -> r.disposition() == null ? null : Labels.lanes(r.disposition())),
        WORKLOADS("Workloads", CellFormat.INTEGER, r -> r.size().workloads()),
        SHARE("Share", CellFormat.PERCENT, DispositionRow::share),
        VCPU("vCPU", CellFormat.INTEGER, r -> r.size().vcpus()),
        MEMORY("Memory GiB", CellFormat.SIZE, r -> r.size().memoryGib()),
        STORAGE("Storage in use GiB", CellFormat.SIZE, r -> r.size().inUseStorageGib());

        private final ColumnSpec<DispositionRow> spec;

        DispositionColumn(String header, CellFormat format, Function<DispositionRow, Object> value) {
            this.spec = new ColumnSpec<>(header, WIDTHS[ordinal()], format, value);
        }

        @Override
        public ColumnSpec<DispositionRow> spec() {
            return spec;
        }
    }

    /** A row of the Lanes table; {@code lane} is {@code null} in the total row. */
    record LaneRow(Lane lane, Tally size, double share) {
    }

    enum LaneColumn implements ColumnSpec.Declared<LaneRow> {
        LANE("Lane", CellFormat.TEXT, r -> r.lane() == null ? Labels.TOTAL : r.lane().label()),
        WHICH("Dispositions", CellFormat.WRAP, r -> r.lane() == null ? null : Labels.laneMeaning(r.lane())),
        WORKLOADS("Workloads", CellFormat.INTEGER, r -> r.size().workloads()),
        SHARE("Share", CellFormat.PERCENT, LaneRow::share),
        VCPU("vCPU", CellFormat.INTEGER, r -> r.size().vcpus()),
        MEMORY("Memory GiB", CellFormat.SIZE, r -> r.size().memoryGib()),
        STORAGE("Storage in use GiB", CellFormat.SIZE, r -> r.size().inUseStorageGib());

        private final ColumnSpec<LaneRow> spec;

        LaneColumn(String header, CellFormat format, Function<LaneRow, Object> value) {
            this.spec = new ColumnSpec<>(header, WIDTHS[ordinal()], format, value);
        }

        @Override
        public ColumnSpec<LaneRow> spec() {
            return spec;
        }
    }

    /** A row of the Fitness tiers table; {@code tier} is {@code null} in the total row. */
    record TierRow(FitnessTier tier, long workloads, double share) {
    }

    enum TierColumn implements ColumnSpec.Declared<TierRow> {
        TIER("Fitness tier", CellFormat.TINT, r -> r.tier() == null ? Labels.TOTAL : r.tier()),
        MEANING("Meaning", CellFormat.WRAP, r -> r.tier() == null ? null : meaning(r.tier())),
        WORKLOADS("Workloads", CellFormat.INTEGER, TierRow::workloads),
        SHARE("Share", CellFormat.PERCENT, TierRow::share);

        private final ColumnSpec<TierRow> spec;

        TierColumn(String header, CellFormat format, Function<TierRow, Object> value) {
            this.spec = new ColumnSpec<>(header, WIDTHS[ordinal()], format, value);
        }

        @Override
        public ColumnSpec<TierRow> spec() {
            return spec;
        }
    }

    /**
     * A row of the OS families table: an {@link OsFamily}, or the words for an OS not stated or
     * not recognised; {@code family} is {@code null} in the total row.
     */
    record OsFamilyRow(Object family, long workloads, double share) {
    }

    enum OsFamilyColumn implements ColumnSpec.Declared<OsFamilyRow> {
        FAMILY("OS family", CellFormat.TEXT, r -> r.family() == null ? Labels.TOTAL : r.family()),
        RUNTIME("Container runtime", CellFormat.TEXT, r -> r.family() instanceof OsFamily f
                ? (f.hasContainerRuntime() ? "Yes (some releases)" : "No") : null),
        WORKLOADS("Workloads", CellFormat.INTEGER, OsFamilyRow::workloads),
        SHARE("Share", CellFormat.PERCENT, OsFamilyRow::share);

        private final ColumnSpec<OsFamilyRow> spec;

        OsFamilyColumn(String header, CellFormat format, Function<OsFamilyRow, Object> value) {
            this.spec = new ColumnSpec<>(header, WIDTHS[ordinal()], format, value);
        }

        @Override
        public ColumnSpec<OsFamilyRow> spec() {
            return spec;
        }
    }

    /**
     * The findings counted once for the fleet: one row per rule, with the workloads that carry its
     * finding, in the columns of the Dispositions table; what each means follows the table.
     */
    enum FleetColumn implements ColumnSpec.Declared<FleetFindings.Row> {
        RULE("Rule", CellFormat.TEXT, FleetFindings.Row::ruleId),
        EFFECT("Effect", CellFormat.TEXT, FleetFindings.Row::effect),
        WORKLOADS("Workloads", CellFormat.INTEGER, r -> r.size().workloads()),
        SHARE("Share", CellFormat.PERCENT, FleetFindings.Row::share),
        VCPU("vCPU", CellFormat.INTEGER, r -> r.size().vcpus()),
        MEMORY("Memory GiB", CellFormat.SIZE, r -> r.size().memoryGib()),
        STORAGE("Storage in use GiB", CellFormat.SIZE, r -> r.size().inUseStorageGib());

        private final ColumnSpec<FleetFindings.Row> spec;

        FleetColumn(String header, CellFormat format, Function<FleetFindings.Row, Object> value) {
            this.spec = new ColumnSpec<>(header, WIDTHS[ordinal()], format, value);
        }

        @Override
        public ColumnSpec<FleetFindings.Row> spec() {
            return spec;
        }
    }

    /** The note under the findings counted once: where the workloads still carry them. */
    static final String COUNTED_ONCE_NOTE = "Each says the same of many workloads, so it is counted here once instead of one row per"
            + " workload on the Findings sheet. The workloads still carry it: in their scores and disposition, in the Top"
            + " finding reasons and Blockers columns of the Workloads sheet, on the Blockers sheet and in assessments.csv.";

    /** A row of the Migration waves table; {@code wave} is {@code null} in the total row. */
    record WaveRow(MigrationWave wave, Tally size, double share) {
    }

    enum WaveColumn implements ColumnSpec.Declared<WaveRow> {
        WAVE("Wave", CellFormat.TINT, r -> r.wave() == null ? Labels.TOTAL : r.wave()),
        WHICH("Which workloads", CellFormat.WRAP, r -> r.wave() == null ? null : r.wave().rule()),
        WORKLOADS("Workloads", CellFormat.INTEGER, r -> r.size().workloads()),
        SHARE("Share", CellFormat.PERCENT, WaveRow::share),
        VCPU("vCPU", CellFormat.INTEGER, r -> r.size().vcpus()),
        MEMORY("Memory GiB", CellFormat.SIZE, r -> r.size().memoryGib()),
        STORAGE("Storage in use GiB", CellFormat.SIZE, r -> r.size().inUseStorageGib());

        private final ColumnSpec<WaveRow> spec;

        WaveColumn(String header, CellFormat format, Function<WaveRow, Object> value) {
            this.spec = new ColumnSpec<>(header, WIDTHS[ordinal()], format, value);
        }

        @Override
        public ColumnSpec<WaveRow> spec() {
            return spec;
        }
    }

    /** A row of the Inputs table; {@code file} is {@code null} in the total row. */
    record InputRow(InputFile file, RunTotals.FileCounts counts) {
    }

    enum InputColumn implements ColumnSpec.Declared<InputRow> {
        FILE("File", CellFormat.WRAP, r -> r.file() == null ? Labels.TOTAL : r.file().name()),
        FORMAT("Format", CellFormat.TEXT, r -> r.file() == null ? null : r.file().format()),
        SHEET("Sheet", CellFormat.TEXT, r -> r.file() == null ? null : r.file().sheet()),
        PRODUCER("Producer", CellFormat.TEXT, r -> r.file() == null ? null : r.file().producer()),
        ROWS_READ("Rows read", CellFormat.INTEGER, r -> r.counts().rowsRead()),
        ASSESSED("Assessed", CellFormat.INTEGER, r -> r.counts().assessed()),
        TEMPLATES("Templates", CellFormat.INTEGER, r -> r.counts().templates()),
        SYSTEM_VMS("System VMs", CellFormat.INTEGER, r -> r.counts().systemVms()),
        REJECTED("Rejected", CellFormat.INTEGER, r -> r.counts().rejected()),
        STATUS("Status", CellFormat.WRAP, r -> r.file() == null ? null
                : !r.file().readable() ? r.file().error()
                : r.file().notes().isEmpty() ? Labels.READ : Labels.READ + "; " + r.file().notes()),
        SHA256("SHA-256", CellFormat.WRAP, r -> r.file() == null ? null : r.file().sha256());

        private final ColumnSpec<InputRow> spec;

        InputColumn(String header, CellFormat format, Function<InputRow, Object> value) {
            this.spec = new ColumnSpec<>(header, WIDTHS[ordinal()], format, value);
        }

        @Override
        public ColumnSpec<InputRow> spec() {
            return spec;
        }
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

    /**
     * @param waves the migration plan, for its totals per wave
     * @param continued one sentence per detail table that continues on more sheets
     */
    void write(RunInfo run, RunTotals totals, WavePlan waves, FleetFindings fleet, List<String> continued) {
        for (int i = 0; i < WIDTHS.length; i++) {
            sheet.setColumnWidth(i, WIDTHS[i] * 256);
        }
        text(0, 0, title(run), styles.title);
        sheet.getRow(0).setHeightInPoints(26);
        text(1, 0, "Which workloads of the VM fleet can run as containers, which should stay VMs, and why.", styles.subtitle);
        int r = 3;
        if (!run.engagement().isEmpty()) {
            r = fact(r, "Engagement", run.engagement(), CellFormat.TEXT);
        }
        if (!run.consultantFirm().isEmpty()) {
            r = fact(r, "Prepared by", run.consultantFirm(), CellFormat.TEXT);
        }
        r = fact(r, "Assessment date", run.asOf(), CellFormat.DATE);
        r = fact(r, "Workloads assessed", totals.assessed(), CellFormat.INTEGER);
        r = fact(r, "OS lifecycle catalog", run.lifecycleVersion()
                + (run.lifecycleFile() == null ? "" : " (from " + run.lifecycleFile().name() + ")"), CellFormat.TEXT);
        r = fact(r, "Rule set", run.rulesFile() == null ? run.ruleCatalogVersion() + " (standard rules)"
                : run.ruleCatalogVersion() + " with " + run.rulesFile().name() + " (" + count(run.rulesFile().entries(), "setting")
                        + "; see Method)", CellFormat.TEXT);
        r = fact(r, "KubeVirt guest catalog", run.kubevirtGuests().version()
                + (run.kubevirtFile() == null ? "" : " (from " + run.kubevirtFile().name() + ")"), CellFormat.TEXT);
        if (run.attributesFile() != null) {
            r = fact(r, "Consultant attributes", attributesFact(run.attributesFile(), totals), CellFormat.TEXT);
        }
        for (int i = 0; i < continued.size(); i++) {
            r = fact(r, i == 0 ? "Large fleet" : "", continued.get(i), CellFormat.TEXT);
        }

        int chartRow = -1;
        if (totals.assessed() > 0) {
            chartRow = section(r + 1, "At a glance");
            r = chartRow + CHART_ROWS - 1;
        }

        r = section(r + 1, "Dispositions");
        Table<DispositionRow> dispositions = new Table<>(sheet, storage(List.of(DispositionColumn.values()), DispositionColumn.STORAGE,
                totals.size()), styles, r);
        for (Disposition d : Disposition.values()) {
            dispositions.add(new DispositionRow(d, totals.size(d), totals.share(d)));
        }
        dispositions.addTotal(new DispositionRow(null, totals.size(), totals.share(totals.assessed())));

        // right below the dispositions, in the same columns: the same workloads by migration strategy
        r = section(dispositions.nextRow() + 1, "Migration lanes (the \"7 Rs\")");
        Table<LaneRow> lanes = new Table<>(sheet, storage(List.of(LaneColumn.values()), LaneColumn.STORAGE, totals.size()), styles, r);
        for (Lane lane : Lane.values()) {
            lanes.add(new LaneRow(lane, totals.size(lane), totals.share(totals.workloads(lane))));
        }
        lanes.addTotal(new LaneRow(null, totals.size(), totals.share(totals.assessed())));

        r = section(lanes.nextRow() + 1, "Fitness tiers");
        Table<TierRow> tiers = new Table<>(sheet, List.of(TierColumn.values()), styles, r);
        for (FitnessTier t : FitnessTier.values()) {
            tiers.add(new TierRow(t, totals.workloads(t), totals.share(t)));
        }
        tiers.addTotal(new TierRow(null, totals.assessed(), totals.share(totals.assessed())));

        r = section(tiers.nextRow() + 1, "OS families");
        Table<OsFamilyRow> families = new Table<>(sheet, List.of(OsFamilyColumn.values()), styles, r);
        List<OsFamilyRow> familyRows = osFamilyRows(totals);
        familyRows.forEach(families::add);
        families.addTotal(new OsFamilyRow(null, totals.assessed(), totals.share(totals.assessed())));

        r = families.nextRow();
        if (!fleet.rows().isEmpty()) {
            r = section(r + 1, "Counted once for the fleet");
            // no total row: the largest figure picks the unit
            double largest = fleet.rows().stream().mapToDouble(x -> x.size().inUseStorageGib()).max().orElse(0);
            Table<FleetFindings.Row> once = new Table<>(sheet, storage(List.of(FleetColumn.values()), FleetColumn.STORAGE, largest), styles, r);
            for (FleetFindings.Row row : fleet.rows()) {
                // the Findings sheet does not list these rules: a link to one of them (Blockers, Overview) comes here
                Link.anchor(sheet, Link.ruleAnchor(row.ruleId()), once.nextRow(), FleetColumn.RULE.ordinal());
                once.add(row);
            }
            r = once.nextRow();
            for (FleetFindings.Row row : fleet.rows()) {
                r = note(r, row.ruleId() + ": " + row.description(), FleetColumn.values().length);
            }
            r = note(r, COUNTED_ONCE_NOTE, FleetColumn.values().length);
        }

        r = section(r + 1, "Migration waves (see Waves)");
        Table<WaveRow> waveTable = new Table<>(sheet, storage(List.of(WaveColumn.values()), WaveColumn.STORAGE, waves.total()), styles, r);
        for (MigrationWave w : MigrationWave.values()) {
            Tally size = waves.wave(w);
            waveTable.add(new WaveRow(w, size, totals.share(size.workloads())));
        }
        waveTable.addTotal(new WaveRow(null, waves.total(), totals.share(waves.total().workloads())));

        if (chartRow >= 0) {
            chart(CHART_COLUMNS[0], chartRow, DISPOSITION_CHART, List.of(Disposition.values()), dispositions.range(),
                    DispositionColumn.DISPOSITION.ordinal(), DispositionColumn.WORKLOADS.ordinal(),
                    Stream.of(Disposition.values()).mapToLong(totals::workloads).toArray());
            chart(CHART_COLUMNS[1], chartRow, TIER_CHART, List.of(FitnessTier.values()), tiers.range(),
                    TierColumn.TIER.ordinal(), TierColumn.WORKLOADS.ordinal(),
                    Stream.of(FitnessTier.values()).mapToLong(totals::workloads).toArray());
            chart(CHART_COLUMNS[2], chartRow, OS_FAMILY_CHART, familyRows.stream().map(OsFamilyRow::family).toList(),
                    families.range(), OsFamilyColumn.FAMILY.ordinal(), OsFamilyColumn.WORKLOADS.ordinal(),
                    familyRows.stream().mapToLong(OsFamilyRow::workloads).toArray());
        }

        r = section(waveTable.nextRow() + 1, "Inputs");
        Table<InputRow> inputs = new Table<>(sheet, List.of(InputColumn.values()), styles, r);
        for (InputRow row : inputRows(run, totals)) {
            inputs.add(row);
        }
        inputs.addTotal(new InputRow(null, totals.allFiles()));

        r = section(inputs.nextRow() + 1, "How to read this report");
        for (ReportSheet s : ReportSheet.values()) {
            if (s == ReportSheet.CHANGES && sheet.getWorkbook().getSheet(s.title()) == null) {
                continue;   // only a run with --compare has it
            }
            text(r, 0, s.title(), styles.label);
            text(r, 1, s.description(), styles.note);
            r++;
        }
    }

    /** A table's columns with its storage column in the unit its total calls for. */
    private static <R> List<Column<R>> storage(List<? extends Column<R>> columns, Column<R> storage, Tally total) {
        return storage(columns, storage, total.inUseStorageGib());
    }

    /** A table's columns with its storage column in the unit {@code gib} (its total, or its largest figure) calls for. */
    private static <R> List<Column<R>> storage(List<? extends Column<R>> columns, Column<R> storage, double gib) {
        return StorageUnit.forTotal(gib).apply(columns, java.util.Set.of(storage));
    }

    /** "Migration assessment - Acme Corp": the Summary's title and the document's. */
    static String title(RunInfo run) {
        return "Migration assessment - " + run.client();
    }

    /**
     * A bar chart in the band at the top, of a table's categories: the rows below its header,
     * one per category, the total row left out.
     */
    private void chart(int[] columns, int firstRow, String title, List<?> categories, CellRangeAddress table,
                       int labelColumn, int countColumn, long[] workloads) {
        int first = table.getFirstRow() + 1;
        int last = first + categories.size() - 1;
        BarChart.draw(backing, new CellRangeAddress(firstRow, firstRow + CHART_ROWS - 1, columns[0], columns[1]), title,
                categories, workloads,
                new CellRangeAddress(first, last, labelColumn, labelColumn),
                new CellRangeAddress(first, last, countColumn, countColumn));
    }

    /** The OS families with workloads, most first (then in the enum's order), then OS not recognised and not stated. */
    static List<OsFamilyRow> osFamilyRows(RunTotals totals) {
        List<OsFamilyRow> rows = new ArrayList<>();
        Stream.of(OsFamily.values())
                .filter(f -> totals.workloads(f) > 0)
                .sorted(Comparator.comparingLong((OsFamily f) -> totals.workloads(f)).reversed().thenComparing(Comparator.naturalOrder()))
                .forEach(f -> rows.add(new OsFamilyRow(f, totals.workloads(f), totals.share(totals.workloads(f)))));
        if (totals.osNotRecognised() > 0) {
            rows.add(new OsFamilyRow(Labels.OS_NOT_RECOGNISED, totals.osNotRecognised(), totals.share(totals.osNotRecognised())));
        }
        if (totals.osNotStated() > 0) {
            rows.add(new OsFamilyRow(Labels.NO_OS, totals.osNotStated(), totals.share(totals.osNotStated())));
        }
        return rows;
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

    /**
     * "attributes.csv (12 rows; 1 matched no VM, see Data quality)"; for a file that serves several
     * clients, how many rows applied to this client and how many of its own matched none.
     */
    private static String attributesFact(ConsultantFile file, RunTotals totals) {
        long unmatched = totals.unmatchedAttributes();
        String rows = file.name() + " (" + count(file.entries(), "row");
        if (totals.attributesShared()) {
            return rows + " for several clients; " + OverviewSheet.count(totals.attributeRowsApplied().size()) + " applied to this"
                    + " client's VMs" + (unmatched == 0 ? ")" : "; " + OverviewSheet.count(unmatched) + " for this client matched no VM,"
                    + " see Data quality)");
        }
        return rows + (unmatched == 0 ? ", every one matched a VM)" : "; " + OverviewSheet.count(unmatched) + " matched no VM, see Data quality)");
    }

    /** "1 row", "1,200 rows". */
    static String count(long n, String noun) {
        return OverviewSheet.count(n, noun);
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

    /** A note wrapped across the first {@code columns} columns (merged), its height following its length; the next row. */
    private int note(int r, String text, int columns) {
        Cell cell = row(r).createCell(0);
        Table.set(cell, text);
        cell.setCellStyle(styles.wrappedNote);
        int width = 0;
        for (int c = 0; c < columns; c++) {
            width += WIDTHS[c];
        }
        row(r).setHeightInPoints(Math.min(Table.MAX_LINES, Table.lines(text, width)) * Table.LINE_HEIGHT);
        sheet.addMergedRegion(new CellRangeAddress(r, r, 0, columns - 1));
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
