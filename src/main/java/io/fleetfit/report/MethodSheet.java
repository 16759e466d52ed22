package io.fleetfit.report;

import io.fleetfit.assessment.CapacityRatios;
import io.fleetfit.assessment.Confidence;
import io.fleetfit.assessment.ConfiguredRule;
import io.fleetfit.assessment.Dimension;
import io.fleetfit.assessment.Disposition;
import io.fleetfit.assessment.Effect;
import io.fleetfit.assessment.FitnessTier;
import io.fleetfit.assessment.KubevirtGuestCatalog;
import io.fleetfit.assessment.Lane;
import io.fleetfit.assessment.Role;
import io.fleetfit.assessment.RoleCatalog;
import io.fleetfit.assessment.RuleConfig;
import io.fleetfit.assessment.Rule;
import io.fleetfit.assessment.RuleCatalog;
import io.fleetfit.assessment.Severity;
import io.fleetfit.assessment.VmRecord;
import io.fleetfit.summary.MigrationWave;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

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
        EFFECT("Effect", 20, CellFormat.TEXT, Rule::effect),   // "Not a KubeVirt guest" whole
        // a rule of a dimension without a score (State and data) takes no points: its weight cell stays empty, never 0 or 1
        WEIGHT("Weight", 8, CellFormat.INTEGER, r -> r.dimension().scored() ? r.weight() : null),
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
                        + " (the workload is powered off, or its name, folder or a custom attribute marks it for decommissioning). The would-be disposition, decided as below, is kept in its own column.",
                "Otherwise the first that applies:",
                "1. " + Disposition.REPLACE.label() + ": a finding with effect " + Labels.effect(Effect.REPLACE)
                        + " (a platform or vendor appliance: vCenter, NSX, backup proxy, firewall). The role decides on its own,"
                        + " whatever the OS columns say.",
                "2. " + Disposition.INSUFFICIENT_DATA.label() + ": a finding with effect " + Labels.effect(Effect.INSUFFICIENT_DATA)
                        + " (no OS stated, or nothing recognises the OS string). Never a guess, and no scores.",
                "3. " + Disposition.KEEP_AS_VM.label() + ": a finding with effect " + Labels.effect(Effect.BLOCKS_KUBEVIRT)
                        + " (hardware or platform coupling such as passthrough or connected USB devices), or a workload that must stay"
                        + " a VM on a guest OS KubeVirt platforms do not support (effect " + Labels.effect(Effect.NOT_KUBEVIRT_GUEST) + ").",
                "4. " + Disposition.VM_ON_KUBERNETES.label() + ": a finding with effect " + Labels.effect(Effect.REQUIRES_VM)
                        + " (a role that needs a full OS, Windows without container evidence, legacy OS, isolation need), its guest"
                        + " OS is in the KubeVirt guest catalog, and nothing blocks running it under KubeVirt.",
                "5. " + Disposition.CONTAINERIZE_AFTER_REMEDIATION.label() + ": a finding with effect " + Labels.effect(Effect.REMEDIATE)
                        + " names work to do before the workload can run as a container.",
                "6. " + Disposition.CONTAINERIZE.label() + ": nothing stands in the way (no findings, or notes only).",
                "Templates and system VMs that vSphere manages itself (vCLS agents, vSphere Pod VMs; effect "
                        + Labels.effect(Effect.EXCLUDE) + ") are not workloads: they are listed on the Data quality sheet, never assessed.");
    }

    /** How a disposition becomes a migration lane, one line per lane. */
    static List<String> lanes() {
        List<String> lines = new ArrayList<>();
        lines.add("Each disposition stands for a migration lane (the \"7 Rs\" clients and migration tools speak); the Summary"
                + " totals the workloads per lane:");
        for (Lane lane : Lane.values()) {
            lines.add("    " + lane.label() + ": " + Labels.laneMeaning(lane) + ".");
        }
        return lines;
    }

    /** How confidence is decided: the kinds of evidence, and the levels they give. */
    static List<String> confidence() {
        return List.of(
                "Confidence says how far a disposition could move if the missing facts were known: not how many cells were"
                        + " filled, but which kinds of evidence the verdict stands on.",
                "    OS: strong when VMware Tools, Guest Detailed Data or an import states a release; weak from the configuration"
                        + " file only, a string with no release, or a range of releases; none when nothing recognises it.",
                "    Workload: stated by the attributes file (its role or application); recognised from a role of the role"
                        + " catalog; else unknown.",
                "    Hardware: known when the disks and network adapters were joined (vDisk, vNetwork); partial from vInfo alone.",
                "    State: known from the attributes file's statefulness, or implied by a database role; asked of workloads"
                        + " that would become containers.",
                Confidence.Level.HIGH.label() + ": a strong OS, a stated or recognised workload and known hardware. "
                        + Confidence.Level.MEDIUM.label() + ": an unknown workload or partial hardware. "
                        + Confidence.Level.LOW.label() + ": a weak or missing OS, or insufficient data.",
                "An appliance to replace is judged by its role alone: " + Confidence.Level.HIGH.label() + " when the attributes"
                        + " file states it, else " + Confidence.Level.MEDIUM.label() + ".",
                "Each workload lists the facts that are missing and the questions to put to its owner (Workloads sheet,"
                        + " assessments.csv). Data completeness is another figure: the share of the facts the rules read that"
                        + " the inventory states.");
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
        text("fleetfit version: " + run.fleetfitRelease() + ".");
        r++;
        section("How each workload is judged");
        text("Every workload is checked against the rules listed below. A rule that applies records a finding, whose reason names the evidence.");
        text("Each finding lowers one dimension: " + scoredDimensions() + ". " + Dimension.GENERAL.label()
                + " findings decide the disposition but score nothing, so their rules have no weight.");
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
        text(FitnessTier.EXCELLENT.label() + " needs positive evidence of a containerizable workload: a role containers are made"
                + " for (web server, application server, broker; see Workload roles) or the consultant's application and its"
                + " statefulness. Without it the best tier is " + FitnessTier.GOOD.label() + ".");
        text("A workload lacking the facts to decide gets the tier " + FitnessTier.INSUFFICIENT_DATA.label()
                + " instead, and no scores: nothing was judged, so its score cells stay empty.");
        r++;
        section("Disposition");
        precedence().forEach(this::text);
        text("assessments.csv writes each disposition as its code: " + Arrays.stream(Disposition.values())
                .map(d -> d.label() + " = " + d.code()).collect(Collectors.joining("; ")) + ".");
        r++;
        section("Migration lanes");
        lanes().forEach(this::text);
        text("    Refactor takes the workloads to containerize after remediation whose findings name a change to the"
                + " application's code or architecture (a scale-up VM split, a shared-disk cluster redesigned, state moved out);"
                + " the others are Replatform: new packaging and platform, the application as it is.");
        r++;
        section("Confidence");
        confidence().forEach(this::text);
        r++;
        section("Migration waves");
        text("The Waves sheet proposes a plan: each workload goes to one wave by its disposition (a consultant's override"
                + " included) and, for containers, its fitness tier.");
        for (MigrationWave w : MigrationWave.values()) {
            text("    " + w.label() + " - " + w.rule());
        }
        text("No wave holds more than " + SummarySheet.count(run.waveSize(), "workload") + ": a larger one is split into"
                + " sub-waves of whole groups. A client's rules file sets the limit with the row plan,"
                + RuleConfig.WAVE_SIZE + ",N.");
        r++;
        section("Blockers");
        text(BlockerColumn.DEFINITION);
        r++;
        section("Storage in use");
        storageSources().forEach(this::text);
        r++;
        section("Target capacity");
        capacity(run.capacity()).forEach(this::text);
        r++;
        roles(run.roles(), run.roleBase());
        r++;
        kubevirtGuests(run);
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
        run.rules().stream().sorted(Rule.ID_ORDER).forEach(rules::add);
        r = rules.nextRow();
        for (RuleCatalog.Retired retired : RuleCatalog.RETIRED) {
            text("Retired, never reused: " + retired.describe());
        }
        r++;
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

    /** The role catalog: how roles are recognised, its version and hash, every role, and what the rules file changed. */
    private void roles(RoleCatalog roles, RoleCatalog base) {
        section("Workload roles");
        text("What a VM is, recognised from its VM and DNS names (codes glued to digits, such as SRVDC02 or BOWSQL14), folder,"
                + " resource pool, vApp, annotation, custom attribute columns, application and OS string; the attributes file's"
                + " role column (a role's id or name) wins over every text.");
        text("The first role below that a text reveals, and whose guests admit the workload's OS, is the workload's role: appliances"
                + " to replace first, then roles that need a full OS, then databases, then the evidence for containers.");
        text("The Workloads sheet shows each workload's role and the text that matched; a client's rules file can add or replace a"
                + " role's signals (role:<id>,add_signals or signals).");
        text("Role catalog " + roles.version() + ", SHA-256 " + roles.sha256() + ".");
        spannedTable(List.of("Role", "Id", "Guests", "Effect", "Recommendation"), ROLE_SPANS, roles.roles().stream()
                .map(role -> List.<Object>of(role.label(), role.id(), guests(role.os()), role.effect().label(), role.recommendation()))
                .toList());
        List<String> changed = changedSignals(base, roles);
        if (!changed.isEmpty()) {
            text("Changed by the client's rules file:");
            changed.forEach(c -> text("    " + c));
        }
    }

    /** The KubeVirt guest catalog: which guests a workload that must stay a VM can keep on Kubernetes. */
    private void kubevirtGuests(RunInfo run) {
        KubevirtGuestCatalog guests = run.kubevirtGuests();
        section("KubeVirt guest catalog");
        text("A workload that must stay a VM runs as a " + Disposition.VM_ON_KUBERNETES.label() + " only when its guest OS is one"
                + " KubeVirt platforms support; any other stays on a conventional hypervisor (" + Disposition.KEEP_AS_VM.label()
                + "), with the upgrade that would let it move. 32-bit guests are never supported.");
        text("KubeVirt guest catalog " + guests.version() + ", " + run.kubevirtSource() + ". The first row that matches a guest's"
                + " product and release decides; a guest no row matches is not supported.");
        text("Supported guests: " + String.join("; ", guests.supportedNames()) + ".");
        spannedTable(List.of("Guest", "Supported", "Product and releases", "Upgrade to"), GUEST_SPANS, guests.entries().stream()
                .map(e -> List.<Object>of(e.name(), e.supported() ? "Yes" : "No",
                        e.product() + " " + (e.releases().equals("*") ? "any release" : e.releases()), e.upgrade()))
                .toList());
    }

    /** The roles whose signals differ from {@code base}'s, in words: a client's rules file added to them or replaced them. */
    static List<String> changedSignals(RoleCatalog base, RoleCatalog roles) {
        List<String> changes = new ArrayList<>();
        for (Role role : roles.roles()) {
            List<String> now = role.signals().stream().map(Role.Signal::text).toList();
            List<String> before = base.find(role.id()).map(b -> b.signals().stream().map(Role.Signal::text).toList())
                    .orElse(List.of());
            if (now.equals(before)) {
                continue;
            }
            boolean added = now.size() > before.size() && now.subList(0, before.size()).equals(before);
            changes.add(role.label() + " (" + role.id() + "): " + (added
                    ? "signals added: " + String.join("; ", now.subList(before.size(), now.size()))
                    : "signals replaced by: " + String.join("; ", now)) + ".");
        }
        return changes;
    }

    private static String guests(Role.OsScope scope) {
        return switch (scope) {
            case ANY -> "Any";
            case WINDOWS -> "Windows";
            case LINUX -> "Linux";
        };
    }

    /**
     * The rule table's columns (which set the sheet's widths) each of these tables spans, first to last: so they line up
     * with it and print as wide.
     */
    private static final int[][] ROLE_SPANS = {{0, 2}, {3, 4}, {5, 5}, {6, 6}, {7, 8}};
    private static final int[][] GUEST_SPANS = {{0, 2}, {3, 3}, {4, 5}, {6, 7}};

    /**
     * A bordered table whose columns each span several of the sheet's columns, with wrapped cells and row heights
     * set from the text (spreadsheet applications do not size rows of a streamed sheet).
     */
    private void spannedTable(List<String> headers, int[][] spans, List<List<Object>> rows) {
        spannedRow(new ArrayList<>(headers), spans, styles.header, Table.HEADER_HEIGHT);
        for (List<Object> values : rows) {
            spannedRow(values, spans, styles.body(CellFormat.WRAP, null), -1);
        }
    }

    private void spannedRow(List<?> values, int[][] spans, CellStyle style, float height) {
        Row row = sheet.createRow(r++);
        int lines = 1;
        for (int i = 0; i < spans.length; i++) {
            int first = spans[i][0];
            int last = spans[i][1];
            int width = 0;
            for (int c = first; c <= last; c++) {
                width += RuleColumn.values()[c].width();
                row.createCell(c).setCellStyle(style);
            }
            Object v = values.get(i);
            Table.set(row.getCell(first), v);
            if (v instanceof String s) {
                lines = Math.max(lines, Table.lines(s, width));
            }
            if (last > first) {
                sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), first, last));
            }
        }
        row.setHeightInPoints(height > 0 ? height : Math.min(Table.MAX_LINES, lines) * Table.LINE_HEIGHT);
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

    /**
     * How the Overview's target capacity follows from the fleet's allocated size: the ratios in
     * force, each marked where the rules file changed it, with the consultant's note.
     */
    static List<String> capacity(CapacityRatios ratios) {
        List<String> lines = new ArrayList<>();
        lines.add("The Overview's target capacity is planned from what the inventory says each VM is given (vCPU, memory, storage"
                + " in use), not from what it uses: no utilisation data was read. The ratios are planning assumptions to confirm"
                + " with utilisation data; a rules file sets them per client with rows such as plan,cpu_overcommit,4.");
        for (String setting : CapacityRatios.SETTINGS) {
            double value = ratios.value(setting);
            String change = ratios.changed().stream().filter(c -> c.setting().equals(setting)).reduce((a, b) -> b)
                    .map(c -> " (rules file line " + c.line() + ", standard " + CapacityRatios.describe(setting, c.before())
                            + (c.note().isEmpty() ? "" : ": " + c.note()) + ")")
                    .orElse(" (standard)");
            lines.add("    " + setting + " = " + CapacityRatios.describe(setting, value) + change + ": " + capacityMeaning(setting));
        }
        lines.add(ratios.isDefault() ? "These are the standard ratios: the rules file changed none."
                : "The rules file changed " + SummarySheet.count(ratios.changed().size(), "ratio") + "; the others are standard.");
        return lines;
    }

    private static String capacityMeaning(String setting) {
        return switch (setting) {
            case CapacityRatios.CPU_OVERCOMMIT -> "VM vCPUs per host CPU thread, for VMs on Kubernetes and VMs that stay on a"
                    + " hypervisor (4:1 is the common consolidation ratio for general-purpose server VMs).";
            case CapacityRatios.CONTAINER_CPU_OVERCOMMIT -> "container CPU requests per worker-node CPU thread (Kubernetes"
                    + " schedules pods by their requests, which never exceed a node's CPU, so 1:1).";
            case CapacityRatios.MEMORY_HEADROOM -> "memory added for node reservations, eviction thresholds and room to drain"
                    + " a node; memory is never overcommitted.";
            case CapacityRatios.STORAGE_HEADROOM -> "storage added to what is in use, for growth and snapshots.";
            default -> "the share of a VM's vCPU and memory its containers request: VMs are sized for their peak and"
                    + " rarely trimmed, while container requests follow use (a planning assumption: utilisation is unknown).";
        };
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

    /**
     * A line of prose: wrapped within the width of the rule table (cells merged across it), so a long line never
     * widens the printed page; its height follows its length.
     */
    private void text(String text) {
        int last = RuleColumn.values().length - 1;
        int width = Arrays.stream(RuleColumn.values()).mapToInt(RuleColumn::width).sum();
        Row row = sheet.createRow(r++);
        Cell cell = row.createCell(0);
        Table.set(cell, text);
        cell.setCellStyle(styles.wrappedNote);
        int lines = Table.lines(text, width);
        if (lines > 1) {
            row.setHeightInPoints(Math.min(Table.MAX_LINES, lines) * Table.LINE_HEIGHT);
        }
        sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), 0, last));
    }

    private void text(String text, CellStyle style) {
        Cell cell = sheet.createRow(r++).createCell(0);
        Table.set(cell, text);
        cell.setCellStyle(style);
    }
}
