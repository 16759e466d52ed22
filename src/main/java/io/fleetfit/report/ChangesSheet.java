package io.fleetfit.report;

import io.fleetfit.assessment.Disposition;
import io.fleetfit.assessment.Rule;
import io.fleetfit.summary.Comparison;
import io.fleetfit.summary.Comparison.Change;
import io.fleetfit.summary.Comparison.Fact;
import io.fleetfit.summary.Comparison.Kind;
import io.fleetfit.summary.RunStamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the report says about a comparison with a previous run ({@code --compare}): the sentence
 * the Overview opens with, the notes above the Changes sheet's table and its rows, in words.
 * Codes (dispositions, rule ids) stay in {@code changes.csv}.
 */
final class ChangesSheet {

    static final String TITLE = "What changed since the previous run";

    private ChangesSheet() {
    }

    /** "Since 2026-09-01: 37 workloads moved to containers after remediation, 12 became retire candidates, 5 new, 3 gone." */
    static String headline(Comparison c) {
        if (!c.previous().found()) {
            return "No previous assessment of this client was found to compare with (see the Changes sheet).";
        }
        List<String> parts = new ArrayList<>();
        c.movedTo().forEach((d, n) -> parts.add(n + " " + moved(d)));
        counted(parts, c.count(Kind.NEW), "new");
        counted(parts, c.count(Kind.GONE), "gone");
        counted(parts, c.workloads(EnumSet.of(Kind.LANE)), "changed lane");
        counted(parts, c.workloads(EnumSet.of(Kind.OS, Kind.OS_RELEASE)), "changed OS");
        counted(parts, c.workloads(EnumSet.of(Kind.VCPUS, Kind.MEMORY, Kind.STORAGE)), "changed size by more than "
                + Comparison.SIZE_THRESHOLD_PERCENT + " %");
        String since = c.previous().stamp().asOf().isEmpty() ? "Since the previous run" : "Since " + c.previous().stamp().asOf();
        if (parts.isEmpty()) {
            return since + ": no workload changed.";
        }
        // the first figure names what it counts
        String first = parts.get(0);
        int space = first.indexOf(' ');
        long n = Long.parseLong(first.substring(0, space));
        parts.set(0, n + (n == 1 ? " workload " : " workloads ") + first.substring(space + 1));
        return since + ": " + String.join(", ", parts) + ".";
    }

    private static void counted(List<String> parts, long n, String what) {
        if (n > 0) {
            parts.add(n + " " + what);
        }
    }

    /** Where workloads whose disposition changed went, in words. */
    static String moved(Disposition d) {
        return switch (d) {
            case CONTAINERIZE -> "moved to containers";
            case CONTAINERIZE_AFTER_REMEDIATION -> "moved to containers after remediation";
            case VM_ON_KUBERNETES -> "moved to VMs on Kubernetes";
            case KEEP_AS_VM -> "moved to stay as VMs";
            case REPLACE -> "moved to be replaced by a service";
            case RETIRE_CANDIDATE -> "became retire candidates";
            case INSUFFICIENT_DATA -> "now lack the facts to decide";
        };
    }

    /** The notes above the table: what was compared with, what differs in the method, what could not be compared. */
    static List<String> notes(Comparison c) {
        List<String> notes = new ArrayList<>();
        if (!c.previous().found()) {
            notes.add("No previous assessment for this client in " + c.previous().source() + ": there is nothing to compare with, so"
                    + " no change is listed.");
            return notes;
        }
        RunStamp was = c.previous().stamp();
        notes.add("Compared with the previous run" + (was.asOf().isEmpty() ? "" : " as of " + was.asOf()) + ", read from "
                + c.previous().source() + ".");
        notes.add(headline(c));
        List<String> differs = new ArrayList<>();
        for (RunStamp.Part p : c.stampDifferences()) {
            differs.add(switch (p) {
                case AS_OF -> "another as-of date (" + was.asOf() + ", now " + c.stamp().asOf() + ")";
                case RULE_CATALOG -> "another rule catalog (version " + orUnknown(was.ruleCatalog()) + ", now "
                        + c.stamp().ruleCatalog() + ")";
                case RULES -> was.rulesSha256().isEmpty() ? "the standard rules (now a rules file)"
                        : c.stamp().rulesSha256().isEmpty() ? "a rules file (now the standard rules)" : "another rules file";
                case LIFECYCLE_CATALOG -> "another OS lifecycle catalog (version " + orUnknown(was.lifecycleCatalog()) + ", now "
                        + c.stamp().lifecycleCatalog() + ")";
            });
        }
        if (!differs.isEmpty()) {
            notes.add("The previous run was made with " + String.join(", ", differs) + ": some changes may come from the method,"
                    + " not from the fleet. It is compared all the same.");
        }
        List<String> missing = c.previous().missing().stream().map(ChangesSheet::fact).toList();
        if (!missing.isEmpty()) {
            notes.add("The previous assessments.csv, written by an older fleetfit, does not record " + String.join(", ", missing)
                    + ", so " + (missing.size() == 1 ? "it was" : "these were") + " not compared"
                    + (c.previous().missing().contains(Fact.VCENTER) ? "; workloads were matched by VM UUID, else by name." : "."));
        }
        notes.add((c.previous().missing().contains(Fact.VCENTER) ? ""
                : "Workloads are matched by VM UUID, else SMBIOS UUID, else name and vCenter. ") + "A size counts as changed when it"
                + " differs by more than " + Comparison.SIZE_THRESHOLD_PERCENT + " %. Workloads that did not change are not listed.");
        return notes;
    }

    private static String orUnknown(String v) {
        return v.isEmpty() ? "not recorded" : v;
    }

    private static String fact(Fact f) {
        return switch (f) {
            case SMBIOS_UUID -> "the SMBIOS UUID";
            case VCENTER -> "the vCenter";
            case OS_RELEASE -> "the OS release";
            case VCPUS -> "vCPU";
            case MEMORY -> "memory";
            case STORAGE -> "storage";
            case RUN_STAMP -> "the date, rules and catalogs it was judged with";
        };
    }

    /** The changes as the sheet shows them, the findings named by what their rules check. */
    static List<ChangeColumn.Row> rows(Comparison c, List<Rule> rules) {
        Map<String, String> described = rules.stream().collect(Collectors.toMap(Rule::id, Rule::description, (a, b) -> a));
        Function<String, String> finding = id -> described.getOrDefault(id, "A rule no longer in the catalog (" + id + ").");
        List<ChangeColumn.Row> rows = new ArrayList<>();
        for (Change ch : c.changes()) {
            rows.add(new ChangeColumn.Row(ch, value(ch.kind(), ch.from()), value(ch.kind(), ch.to()), why(ch, finding)));
        }
        return rows;
    }

    private static String why(Change ch, Function<String, String> finding) {
        return switch (ch.kind()) {
            case NEW -> "Not in the previous run's inventories.";
            case GONE -> "Not in this run's inventories.";
            case DISPOSITION, LANE -> {
                List<String> lines = new ArrayList<>();
                ch.appeared().forEach(id -> lines.add("New finding: " + finding.apply(id)));
                ch.disappeared().forEach(id -> lines.add("Finding gone: " + finding.apply(id)));
                yield lines.isEmpty() ? "The same findings: the rules or facts behind them weigh differently now." : String.join("\n", lines);
            }
            default -> "";
        };
    }

    /** A value of a change in words: dispositions by label, sizes with their unit. */
    static String value(Kind kind, String v) {
        if (v.isEmpty()) {
            return "";
        }
        return switch (kind) {
            case NEW, GONE, DISPOSITION -> Arrays.stream(Disposition.values()).filter(d -> d.code().equals(v))
                    .map(Disposition::label).findFirst().orElse(v);
            case VCPUS -> v + " vCPU";
            case MEMORY, STORAGE -> gib(Long.parseLong(v));
            default -> v;
        };
    }

    private static String gib(long mib) {
        double g = mib / 1024.0;
        return (g == Math.rint(g) ? String.format(Locale.ROOT, "%,d", (long) g) : String.format(Locale.ROOT, "%,.1f", g)) + " GiB";
    }

    static String label(Kind kind) {
        return switch (kind) {
            case NEW -> "New";
            case GONE -> "Gone";
            case DISPOSITION -> "Disposition changed";
            case LANE -> "Lane changed";
            case OS -> "OS changed";
            case OS_RELEASE -> "OS release changed";
            case VCPUS -> "vCPU changed";
            case MEMORY -> "Memory changed";
            case STORAGE -> "Storage changed";
        };
    }

    static String label(Comparison.MatchedBy by) {
        if (by == null) {
            return "";
        }
        return switch (by) {
            case VM_UUID -> "VM UUID";
            case SMBIOS_UUID -> "SMBIOS UUID";
            case NAME_AND_VCENTER -> "Name and vCenter";
            case NAME -> "Name";
        };
    }
}
