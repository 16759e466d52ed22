package io.fleetfit.report;

import io.fleetfit.assessment.ConfiguredRule;
import io.fleetfit.assessment.Dimension;
import io.fleetfit.assessment.Disposition;
import io.fleetfit.assessment.Effect;
import io.fleetfit.assessment.FitnessTier;
import io.fleetfit.assessment.Rule;
import io.fleetfit.assessment.Severity;
import io.fleetfit.assessment.VmRecord;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * The last tab: how the verdict is reached, so a client can check any row by hand. The scale and
 * the rule table are generated from the enums and the run's rules, never retyped.
 */
final class MethodSheet {

    enum RuleColumn implements ColumnSpec.Declared<Rule> {
        ID("Rule", 12, CellFormat.TEXT, Rule::id),
        ENABLED("Enabled", 9, CellFormat.TINT, r -> ConfiguredRule.enabled(r) ? Enabled.YES : Enabled.NO),
        DIMENSION("Dimension", 21, CellFormat.TEXT, Rule::dimension),
        SEVERITY("Severity", 10, CellFormat.TINT, Rule::severity),
        EFFECT("Effect", 16, CellFormat.TEXT, Rule::effect),
        WEIGHT("Weight", 8, CellFormat.INTEGER, Rule::weight),
        PARAMETERS("Parameters", 40, CellFormat.WRAP, MethodSheet::parameters),
        CHANGED("Changed by the rules file", 34, CellFormat.WRAP, r -> String.join("\n", ConfiguredRule.changes(r))),
        DESCRIPTION("Description", 60, CellFormat.WRAP, Rule::description);

        private final ColumnSpec<Rule> spec;

        RuleColumn(String header, int width, CellFormat format, Function<Rule, Object> value) {
            this.spec = new ColumnSpec<>(header, width, format, value);
        }

        @Override
        public ColumnSpec<Rule> spec() {
            return spec;
        }
    }

    /** Whether a rule runs; a rule the rules file switched off stands out. */
    enum Enabled {
        YES("Yes"), NO("No");

        private final String label;

        Enabled(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }
    }

    /**
     * How the disposition follows from the findings' effects, as {@code Scoring} decides it: a
     * powered-off workload is a retire candidate whatever else applies, and keeps the disposition
     * it would otherwise get.
     */
    static List<String> precedence() {
        return List.of(
                Disposition.RETIRE_CANDIDATE.label() + ": a finding with effect " + Labels.effect(Effect.RETIRE)
                        + " (the workload is powered off). The would-be disposition, decided as below, is kept in its own column.",
                "Otherwise the first that applies:",
                "1. " + Disposition.INSUFFICIENT_DATA.label() + ": a finding with effect " + Labels.effect(Effect.INSUFFICIENT_DATA)
                        + " (no OS stated, or nothing recognises the OS string). Never a guess.",
                "2. " + Disposition.KEEP_AS_VM.label() + ": a finding with effect " + Labels.effect(Effect.BLOCKS_KUBEVIRT)
                        + " (hardware or platform coupling such as passthrough or USB devices).",
                "3. " + Disposition.VM_ON_KUBERNETES.label() + ": a finding with effect " + Labels.effect(Effect.REQUIRES_VM)
                        + " (legacy OS, isolation need), and nothing blocks running it under KubeVirt.",
                "4. " + Disposition.CONTAINERIZE_AFTER_REMEDIATION.label() + ": a finding with effect " + Labels.effect(Effect.REMEDIATE)
                        + " names work to do before the workload can run as a container.",
                "5. " + Disposition.CONTAINERIZE.label() + ": nothing stands in the way (no findings, or notes only).",
                "Templates (effect " + Labels.effect(Effect.EXCLUDE) + ") are not workloads: they are listed on the Data quality sheet, never assessed.");
    }

    private final Sheet sheet;
    private final ReportStyles styles;
    private int r;

    MethodSheet(Sheet sheet, ReportStyles styles) {
        this.sheet = sheet;
        this.styles = styles;
    }

    void write(RunInfo run) {
        text("Method", styles.title);
        sheet.getRow(0).setHeightInPoints(26);
        r++;
        section("How each workload is judged");
        text("Every workload is checked against the rules listed below. A rule that applies records a finding, whose reason names the evidence.");
        text("Each finding lowers one dimension: " + scoredDimensions() + ". " + Dimension.GENERAL.label()
                + " findings decide the disposition but score nothing.");
        r++;
        section("Scores");
        text("Dimension score = 100 minus the weights of the dimension's findings, floored at 0. 100 means no obstacle.");
        text("Fitness score = 100 minus the weights of all findings in the three dimensions, floored at 0.");
        text("Fitness tier: a finding of severity " + Severity.BLOCKER.label() + " in any dimension gives "
                + FitnessTier.NO_FIT.label() + "; otherwise the fitness score decides:");
        for (FitnessTier t : FitnessTier.values()) {
            if (t.minScore() >= 0) {
                text("    " + SummarySheet.meaning(t) + ": " + t.label());
            }
        }
        text("A tier never promises less work than the heaviest remediation a finding names: a Major one gives at best "
                + FitnessTier.MAJOR_WORK.label() + ", a Moderate one " + FitnessTier.MODERATE_WORK.label() + ", a Minor one "
                + FitnessTier.MINOR_WORK.label() + ".");
        text("A workload lacking the facts to decide gets the tier " + FitnessTier.INSUFFICIENT_DATA.label() + " instead.");
        r++;
        section("Disposition");
        precedence().forEach(this::text);
        r++;
        section("Migration waves");
        text("The Waves sheet proposes a plan: each workload goes to one wave by its disposition (a consultant's override"
                + " included) and, for containers, its fitness tier.");
        for (MigrationWave w : MigrationWave.values()) {
            text("    " + w.label() + " - " + w.rule());
        }
        r++;
        section("Blockers");
        text(BlockerTally.DEFINITION);
        r++;
        section("Storage in use");
        storageSources().forEach(this::text);
        r++;
        section("Rules");
        text("Rule catalog " + run.ruleCatalogVersion() + (run.rulesFile() == null
                ? ", as standard: no rules file was given."
                : ", changed by the client's rules file " + run.rulesFile().describe("setting")
                        + ". What it changed, with the consultant's notes, is listed per rule."));
        long off = run.rules().stream().filter(x -> !ConfiguredRule.enabled(x)).count();
        if (off > 0) {
            text(SummarySheet.count(off, "rule") + " switched off by the rules file: listed below, never applied.");
        }
        Table<Rule> rules = new Table<>(sheet, List.of(RuleColumn.values()), styles, r).sizeColumns();
        run.rules().forEach(rules::add);
        r = rules.nextRow() + 1;
        section("Lifecycle catalog");
        text("OS support status is judged as of " + run.asOf() + " (the assessment date) against the OS lifecycle catalog "
                + run.lifecycleVersion() + ", " + run.lifecycleSource() + ".");
        if (run.attributesFile() != null) {
            r++;
            section("Consultant attributes");
            text("Attributes from " + run.attributesFile().describe("row")
                    + " replace the inventory's values of the VMs they name (by VM UUID, then VM name).");
            text("A disposition the consultant set is the workload's disposition; the computed one is shown beside it.");
        }
    }

    /** Where the storage figures come from, first stated first: the Workloads sheet names each workload's. */
    static List<String> storageSources() {
        return List.of("A workload's storage in use (Workloads, Waves, Summary and the large-storage rule) is the first of these"
                        + " that the inventory states:",
                "    1. " + Labels.storageSource(new VmRecord.StorageInUse(0L, VmRecord.StorageInUse.IN_USE))
                        + ": the space the VM uses on its datastores (vInfo " + VmRecord.StorageInUse.IN_USE + ").",
                "    2. " + Labels.storageSource(new VmRecord.StorageInUse(0L, VmRecord.StorageInUse.PARTITIONS))
                        + ": the space used inside the guest's partitions, summed (vPartition), for exports without In Use.",
                "    3. " + Labels.storageSource(new VmRecord.StorageInUse(0L, VmRecord.StorageInUse.DISKS))
                        + ": the capacity of its virtual disks, summed (vDisk): an upper bound, for exports that list only the disks.",
                "The Workloads sheet's Storage source column says which one each workload's figure came from.");
    }

    /** A rule's parameters in effect, one "name = value" per line. */
    static String parameters(Rule rule) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, String> p : ConfiguredRule.parameters(rule).entrySet()) {
            sb.append(sb.isEmpty() ? "" : "\n").append(p.getKey()).append(" = ").append(p.getValue());
        }
        return sb.toString();
    }

    private static String scoredDimensions() {
        return Arrays.stream(Dimension.values()).filter(Dimension::scored).map(Dimension::label)
                .collect(Collectors.joining(", "));
    }

    private void section(String title) {
        text(title, styles.section);
        sheet.getRow(r - 1).setHeightInPoints(20);
    }

    private void text(String text) {
        text(text, styles.note);
    }

    private void text(String text, CellStyle style) {
        Cell cell = sheet.createRow(r++).createCell(0);
        Table.set(cell, text);
        cell.setCellStyle(style);
    }
}
