package io.fleetfit.report;

import io.fleetfit.assessment.CapacityRatios;
import io.fleetfit.assessment.Confidence;
import io.fleetfit.assessment.Disposition;
import io.fleetfit.assessment.Lane;
import io.fleetfit.summary.BlockerTally;
import io.fleetfit.summary.Overview;
import io.fleetfit.summary.Tally;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The first tab, the one page an executive reads: where the workloads go, what the assessment
 * could not see, the fleet per lane with a chart, the capacity the target platforms need, and the
 * blockers and questions that move the most workloads. Written when the run is finished; every
 * figure comes from {@link Overview}, and no internal code appears on it.
 */
final class OverviewSheet {

    /** Column widths in characters: a label column, then six figures. */
    private static final int[] WIDTHS = {40, 12, 11, 12, 13, 13, 13};

    /** Rows the lane chart takes below the lane table. */
    static final int CHART_ROWS = 12;

    static final String LANE_CHART = "Workloads per migration lane";

    private static final int LAST = WIDTHS.length - 1;
    private static final int[][] EACH = {{0, 0}, {1, 1}, {2, 2}, {3, 3}, {4, 4}, {5, 5}, {6, 6}};

    private final Sheet sheet;
    private final XSSFSheet backing;
    private final ReportStyles styles;
    private int r;
    /** The sentence on what changed since the previous run ({@code --compare}), {@code null} without one. */
    private String changes;

    /**
     * @param sheet the streamed sheet the cells go to
     * @param backing the same sheet's {@code XSSFSheet}, which holds the chart
     */
    OverviewSheet(Sheet sheet, XSSFSheet backing, ReportStyles styles) {
        this.sheet = sheet;
        this.backing = backing;
        this.styles = styles;
    }

    /** Opens the headline with what changed since the previous run. */
    OverviewSheet since(String sentence) {
        this.changes = sentence;
        return this;
    }

    void write(RunInfo run, Overview o) {
        for (int i = 0; i < WIDTHS.length; i++) {
            sheet.setColumnWidth(i, WIDTHS[i] * 256);
        }
        text(SummarySheet.title(run), styles.title);
        sheet.getRow(0).setHeightInPoints(26);
        text("Overview as of " + run.asOf() + (run.consultantFirm().isEmpty() ? "" : ", prepared by " + run.consultantFirm())
                + ": where the workloads go, what the target platform needs and what to resolve next.", styles.subtitle);
        r++;
        section("In brief");
        if (changes != null) {
            prose(changes);
        }
        headline(o).forEach(this::prose);
        r++;

        section("What this assessment could not see");
        notSeen(run).forEach(this::prose);
        long assessed = o.assessed().workloads();
        header(List.of("Confidence in the disposition", "Workloads", "Share", "What it means"), new int[][] {{0, 0}, {1, 1}, {2, 2}, {3, LAST}});
        for (Confidence.Level level : Confidence.Level.values()) {
            long n = o.confidence().get(level);
            row(List.of(level.label(), n, Overview.share(n, assessed), confidenceMeaning(level)),
                    new int[][] {{0, 0}, {1, 1}, {2, 2}, {3, LAST}},
                    List.of(CellFormat.TEXT, CellFormat.INTEGER, CellFormat.PERCENT, CellFormat.WRAP), false);
        }
        r++;

        section("Workloads per migration lane");
        int laneHeader = r;
        StorageUnit laneUnit = StorageUnit.forTotal(o.assessed().inUseStorageGib());
        List<CellFormat> laneFormats = List.of(CellFormat.TEXT, CellFormat.INTEGER, CellFormat.PERCENT, CellFormat.INTEGER,
                CellFormat.PERCENT, CellFormat.SIZE, laneUnit.format());
        header(List.of("Lane", "Workloads", "Share", "vCPU", "Share of vCPU", "Memory GiB", "Storage in use " + laneUnit.symbol()), EACH);
        for (Lane lane : Lane.values()) {
            row(laneValues(lane.label(), o.lanes().get(lane), o.assessed(), laneUnit), EACH, laneFormats, false);
        }
        int lastLane = r - 1;
        row(laneValues(Labels.TOTAL, o.assessed(), o.assessed(), laneUnit), EACH, laneFormats, true);
        if (assessed > 0) {
            BarChart.draw(backing, new CellRangeAddress(r, r + CHART_ROWS - 1, 0, LAST), LANE_CHART, List.of(Lane.values()),
                    Arrays.stream(Lane.values()).mapToLong(l -> o.lanes().get(l).workloads()).toArray(),
                    new CellRangeAddress(laneHeader + 1, lastLane, 0, 0), new CellRangeAddress(laneHeader + 1, lastLane, 1, 1));
            r += CHART_ROWS;
        }
        r++;

        section("Target capacity");
        StorageUnit capacityUnit = StorageUnit.forTotal(o.capacity().stream()
                .mapToDouble(c -> c.storageTib() == null ? 0 : c.storageTib() * StorageUnit.GIB_PER_TIB).sum());
        header(List.of("Platform", "Workloads", "vCPU today", "Memory GiB today", "vCPU needed", "Memory GiB needed",
                "Storage " + capacityUnit.symbol() + " needed"), EACH);
        List<CellFormat> capacityFormats = List.of(CellFormat.TEXT, CellFormat.INTEGER, CellFormat.INTEGER, CellFormat.INTEGER,
                CellFormat.INTEGER, CellFormat.INTEGER, capacityUnit.format());
        for (Overview.Capacity c : o.capacity()) {
            boolean volumes = c.target() == Overview.Target.PERSISTENT_VOLUMES;
            List<Object> values = new ArrayList<>(List.of(c.target(), c.source().workloads()));
            values.add(volumes ? null : c.source().vcpus());
            values.add(volumes ? null : c.source().memoryGib());
            values.add(c.vcpus());
            values.add(c.memoryGib());
            values.add(c.storageTib() == null ? null : capacityUnit.of(c.storageTib() * StorageUnit.GIB_PER_TIB));
            row(values, EACH, capacityFormats, false);
        }
        capacityNotes(o.ratios()).forEach(this::prose);
        r++;

        section("Top blockers: fix these to free the most workloads");
        int[][] blockerSpans = {{0, 3}, {4, 4}, {5, 5}, {6, 6}};
        header(List.of("Blocker", "Rule", "Workloads held back", "Freed by fixing it alone"), blockerSpans);
        List<CellFormat> blockerFormats = List.of(CellFormat.WRAP, CellFormat.TEXT, CellFormat.INTEGER, CellFormat.INTEGER);
        for (BlockerTally.Row b : o.blockers()) {
            // the rule links to where the report lists its findings
            row(List.of(b.description(), Link.toRule(b.ruleId()), b.size().workloads(), b.alone()), blockerSpans, blockerFormats, false);
        }
        if (o.blockers().isEmpty()) {
            prose("No workload is held back by a blocker.");
        }
        r++;

        section("Top questions to resolve with the workloads' owners");
        int[][] questionSpans = {{0, 4}, {5, 5}, {6, 6}};
        header(List.of("Question", "Workloads", "Share"), questionSpans);
        List<CellFormat> questionFormats = List.of(CellFormat.WRAP, CellFormat.INTEGER, CellFormat.PERCENT);
        for (Overview.Question q : o.questions()) {
            row(List.of(q.text(), q.workloads(), Overview.share(q.workloads(), assessed)), questionSpans, questionFormats, false);
        }
        if (o.questions().isEmpty()) {
            prose("No open question: every workload's facts are known.");
        } else {
            prose(count(o.questionsAsked(), "workload") + " of " + count(assessed) + " have at least one question; the"
                    + " Workloads sheet lists each workload's.");
        }
    }

    /**
     * The headline sentences: where the workloads go, by disposition, with the containers' share of
     * workloads and vCPU; dispositions no workload has are left out.
     */
    static List<String> headline(Overview o) {
        long assessed = o.assessed().workloads();
        if (assessed == 0) {
            return List.of("No workload was assessed: the inputs held no VM to judge (see Data quality).");
        }
        Tally containers = o.containers();
        List<String> clauses = new ArrayList<>();
        clauses.add(containers.workloads() == 0 ? "None of the " + count(assessed, "workload") + " can move to containers as the inventory"
                + " describes them"
                : count(containers.workloads()) + " of " + count(assessed, "workload") + " (" + percent(containers.workloads(), assessed)
                        + ", " + percent(containers.vcpus(), o.assessed().vcpus()) + " of vCPU) can move to containers");
        long kubevirt = o.size(Disposition.VM_ON_KUBERNETES).workloads();
        if (kubevirt > 0) {
            clauses.add(count(kubevirt) + " can run as " + (kubevirt == 1 ? "a VM" : "VMs") + " on Kubernetes");
        }
        long hypervisor = o.size(Disposition.KEEP_AS_VM).workloads();
        if (hypervisor > 0) {
            clauses.add(count(hypervisor) + (hypervisor == 1 ? " stays" : " stay") + " on a hypervisor");
        }
        long replaced = o.size(Disposition.REPLACE).workloads();
        if (replaced > 0) {
            clauses.add(replaced == 1 ? "1 appliance is replaced by a platform service"
                    : count(replaced) + " appliances are replaced by platform services");
        }
        List<String> sentences = new ArrayList<>();
        sentences.add(String.join("; ", clauses) + ".");
        List<String> rest = new ArrayList<>();
        long retire = o.size(Disposition.RETIRE_CANDIDATE).workloads();
        if (retire > 0) {
            rest.add(count(retire) + (retire == 1 ? " is a candidate" : " are candidates") + " to retire (powered off, or marked for decommissioning)");
        }
        long assess = o.size(Disposition.INSUFFICIENT_DATA).workloads();
        if (assess > 0) {
            rest.add(count(assess) + (assess == 1 ? " needs" : " need") + " more facts before " + (assess == 1 ? "it" : "they")
                    + " can be placed");
        }
        if (!rest.isEmpty()) {
            String joined = String.join(", and ", rest) + ".";
            sentences.add(Character.toUpperCase(joined.charAt(0)) + joined.substring(1));
        }
        long high = o.confidence().get(Confidence.Level.HIGH);
        long low = o.confidence().get(Confidence.Level.LOW);
        sentences.add((high == 0 ? "None of these dispositions is" : count(high) + " of these dispositions " + (high == 1 ? "is" : "are"))
                + " held with high confidence and " + count(low) + " with low confidence"
                + (low == 0 || containers.workloads() == 0 ? ""
                : ", " + (o.containersOnLowConfidence() == 0 ? "none" : count(o.containersOnLowConfidence()))
                        + " of them among those that can move to containers")
                + ": the questions below would settle most of them.");
        return sentences;
    }

    /** What an inventory-only assessment cannot see, and what the consultant can add. */
    static List<String> notSeen(RunInfo run) {
        List<String> lines = new ArrayList<>();
        lines.add("This assessment is built from inventory data only: what the virtualisation platform states about each VM."
                + " It has no application inventory (which application runs where, and who owns it), no dependencies between"
                + " workloads, and no utilisation (the CPU, memory and storage actually used), so sizes are as allocated and"
                + " the capacity below rests on stated planning ratios.");
        lines.add(run.attributesFile() == null
                ? "The consultant can add what the client knows with an attributes file (application, owner, environment,"
                        + " statefulness, role or a decided disposition per VM); this run had none."
                : "The consultant's attributes file " + run.attributesFile().name() + " (" + count(run.attributesFile().entries(), "row")
                        + ") added the client's knowledge; more rows there (application, owner, environment, statefulness)"
                        + " raise the confidence below.");
        return lines;
    }

    /** The notes under the capacity table: the ratios in force and what is not counted. */
    static List<String> capacityNotes(CapacityRatios ratios) {
        return List.of("Needed after planning ratios (utilisation is unknown, so these are assumptions to confirm): containers request "
                        + CapacityRatios.describe(CapacityRatios.CONTAINER_RIGHTSIZING, ratios.containerRightsizing())
                        + " of their VM's vCPU and memory, scheduled "
                        + CapacityRatios.describe(CapacityRatios.CONTAINER_CPU_OVERCOMMIT, ratios.containerCpuOvercommit())
                        + " on worker nodes; VMs get "
                        + CapacityRatios.describe(CapacityRatios.CPU_OVERCOMMIT, ratios.cpuOvercommit()) + " vCPU overcommit; "
                        + CapacityRatios.describe(CapacityRatios.MEMORY_HEADROOM, ratios.memoryHeadroom()) + " memory and "
                        + CapacityRatios.describe(CapacityRatios.STORAGE_HEADROOM, ratios.storageHeadroom()) + " storage headroom"
                        + (ratios.isDefault() ? " (the standard ratios" : " (set by the rules file") + "; see Method).",
                "Containers keep their data on persistent volumes; VMs on Kubernetes keep their disks on persistent volumes of"
                        + " their own, counted in their row. Appliances to replace, retire candidates and workloads to assess are not"
                        + " counted.");
    }

    static String confidenceMeaning(Confidence.Level level) {
        return switch (level) {
            case HIGH -> "OS release, workload and hardware known: the disposition is unlikely to move.";
            case MEDIUM -> "The workload or its disks and network are not known: the disposition may move once they are.";
            case LOW -> "The OS release is unknown or unclear: confirm it before planning the move.";
        };
    }

    private static List<Object> laneValues(String label, Tally size, Tally all, StorageUnit unit) {
        return List.of(label, size.workloads(), Overview.share(size.workloads(), all.workloads()), size.vcpus(),
                Overview.share(size.vcpus(), all.vcpus()), size.memoryGib(), unit.of(size.inUseStorageGib()));
    }

    /** "1,234" */
    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** "1 workload", "1,234 workloads". */
    static String count(long n, String noun) {
        return count(n) + " " + noun + (n == 1 ? "" : "s");
    }

    /** "44 %": whole percent; "<1 %" for a share above 0 that rounds to 0. */
    static String percent(long n, long of) {
        double share = Overview.share(n, of);
        long whole = Math.round(share * 100);
        return whole == 0 && n > 0 ? "<1 %" : whole + " %";
    }

    private void header(List<String> titles, int[][] spans) {
        cells(new ArrayList<>(titles), spans, null, styles.header, Table.HEADER_HEIGHT);
    }

    private void row(List<Object> values, int[][] spans, List<CellFormat> formats, boolean total) {
        cells(values, spans, formats, null, total ? -1 : 0);
    }

    /** One table row whose cells span the given columns; a header ({@code style} set) or a body or total row. */
    private void cells(List<Object> values, int[][] spans, List<CellFormat> formats, CellStyle style, float height) {
        Row row = sheet.createRow(r++);
        int lines = 1;
        for (int i = 0; i < spans.length; i++) {
            int first = spans[i][0];
            int last = spans[i][1];
            Object v = Link.admitted(sheet, values.get(i));
            CellStyle s = style != null ? style : height < 0 ? styles.total(formats.get(i)) : styles.body(formats.get(i), v);
            int width = 0;
            for (int c = first; c <= last; c++) {
                width += WIDTHS[c];
                row.createCell(c).setCellStyle(s);
            }
            Table.set(row.getCell(first), v);
            if (v instanceof String text && (style != null || formats.get(i).wrap())) {
                lines = Math.max(lines, Table.lines(text, width));
            }
            if (last > first) {
                sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), first, last));
            }
        }
        if (height > 0) {
            row.setHeightInPoints(height);
        } else if (lines > 1) {
            row.setHeightInPoints(Math.min(Table.MAX_LINES, lines) * Table.LINE_HEIGHT);
        }
    }

    /** A paragraph wrapped across the page's width, its height following its length. */
    private void prose(String text) {
        Row row = sheet.createRow(r++);
        Cell cell = row.createCell(0);
        Table.set(cell, text);
        cell.setCellStyle(styles.wrappedNote);
        int width = Arrays.stream(WIDTHS).sum();
        int lines = Table.lines(text, width);
        if (lines > 1) {
            row.setHeightInPoints(Math.min(Table.MAX_LINES, lines) * Table.LINE_HEIGHT);
        }
        sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), 0, LAST));
    }

    private void section(String title) {
        text(title, styles.section);
        sheet.getRow(r - 1).setHeightInPoints(20);
    }

    private void text(String text, CellStyle style) {
        Cell cell = sheet.createRow(r++).createCell(0);
        Table.set(cell, text);
        cell.setCellStyle(style);
    }
}
