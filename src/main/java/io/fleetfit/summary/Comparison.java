package io.fleetfit.summary;

import io.fleetfit.assessment.Assessment;
import io.fleetfit.assessment.Disposition;
import io.fleetfit.assessment.Finding;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What changed in a client's fleet since a previous run ({@code --compare}): workloads new and
 * gone, and for each workload found in both runs a changed disposition or lane (with the findings
 * that appeared and disappeared), OS string or OS release, and a size change over
 * {@value #SIZE_THRESHOLD_PERCENT} % in vCPU, memory or storage, one change per workload and kind.
 * Workloads are matched by VM UUID, else SMBIOS UUID, else name and vCenter (name alone when the
 * previous file does not record the vCenter). Only assessed workloads are compared: templates,
 * system VMs and rejected rows are not workloads. Plain data in, plain data out.
 *
 * @param previous what was compared with
 * @param stamp this run's stamp
 * @param changes sorted by kind, then workload name
 */
public record Comparison(Previous previous, RunStamp stamp, List<Change> changes) implements Serializable {

    /** A size change counts when it is larger than this share of the previous size. */
    public static final int SIZE_THRESHOLD_PERCENT = 10;

    public Comparison {
        changes = List.copyOf(changes);
    }

    /** One workload's facts that a comparison reads, from a run's {@code assessments.csv} or from this run's assessment. */
    public record Facts(String vmName, String vmUuid, String smbiosUuid, String vcenter, String os, String osRelease,
                        String disposition, String lane, List<String> findings, Long vcpus, Long memoryMib,
                        Long provisionedMib) implements Serializable {

        public Facts {
            vmName = clean(vmName);
            vmUuid = clean(vmUuid);
            smbiosUuid = clean(smbiosUuid);
            vcenter = clean(vcenter);
            os = clean(os);
            osRelease = clean(osRelease);
            disposition = clean(disposition);
            lane = clean(lane);
            findings = List.copyOf(findings);
        }

        /** An assessed workload of this run. */
        public static Facts of(Assessment a) {
            return new Facts(a.vmName(), a.vm().vmUuid(), a.vm().smbiosUuid(), a.vm().viSdkServer(),
                    a.os() == null ? null : a.os().raw(), a.os() == null || !a.os().recognised() ? null : a.os().label(),
                    a.disposition().code(), a.lane().label(), a.findings().stream().map(Finding::ruleId).distinct().toList(),
                    a.vm().cpus() == null ? null : a.vm().cpus().longValue(), a.vm().memoryMib(), a.vm().provisionedMib());
        }

        private static String clean(String s) {
            return s == null ? "" : s.strip();
        }
    }

    /** A fact an older {@code assessments.csv} does not record, so it could not be compared. */
    public enum Fact { SMBIOS_UUID, VCENTER, OS_RELEASE, VCPUS, MEMORY, STORAGE, RUN_STAMP }

    /**
     * A previous run's assessment of the client.
     *
     * @param source where it was read, for the reader ("/reports/2026-09/acme/assessments.csv")
     * @param found whether the previous run assessed this client at all; without, nothing is compared
     * @param workloads its assessed workloads
     * @param missing the facts its file does not record
     * @param stamp what it was judged with ({@link RunStamp#UNKNOWN} when its file does not say)
     */
    public record Previous(String source, boolean found, List<Facts> workloads, Set<Fact> missing, RunStamp stamp)
            implements Serializable {

        public Previous {
            workloads = List.copyOf(workloads);
            missing = java.util.Collections.unmodifiableSet(missing.isEmpty() ? EnumSet.noneOf(Fact.class) : EnumSet.copyOf(missing));
        }

        /** The previous run had no assessment of this client in {@code source}. */
        public static Previous none(String source) {
            return new Previous(source, false, List.of(), Set.of(), RunStamp.UNKNOWN);
        }
    }

    /** What changed, one per workload and kind, in the order the report lists them. */
    public enum Kind { NEW, GONE, DISPOSITION, LANE, OS, OS_RELEASE, VCPUS, MEMORY, STORAGE }

    /** How a workload of this run was found in the previous one. */
    public enum MatchedBy { VM_UUID, SMBIOS_UUID, NAME_AND_VCENTER, NAME }

    /**
     * One change of one workload.
     *
     * @param matchedBy {@code null} for a workload new or gone
     * @param from the previous value: a disposition code, a lane, an OS string, a size (MiB for memory and storage);
     *     for a workload gone, its disposition code; "" for a new one
     * @param to the value now, as {@code from}; for a new workload its disposition code
     * @param appeared the rules whose findings a changed disposition or lane brought
     * @param disappeared the rules whose findings it lost
     */
    public record Change(Kind kind, String vmName, String vmUuid, String vcenter, MatchedBy matchedBy, String from, String to,
                         List<String> appeared, List<String> disappeared) implements Serializable {

        public Change {
            appeared = List.copyOf(appeared);
            disappeared = List.copyOf(disappeared);
        }

        static final Comparator<Change> ORDER = Comparator.comparing(Change::kind)
                .thenComparing(c -> c.vmName().toLowerCase(Locale.ROOT))
                .thenComparing(Change::vmName).thenComparing(Change::vmUuid).thenComparing(Change::vcenter);
    }

    /** Compares this run's assessed workloads with the previous run's. */
    public static Comparison of(Previous previous, RunStamp stamp, List<Facts> current) {
        if (!previous.found()) {
            return new Comparison(previous, stamp, List.of());
        }
        List<Facts> before = previous.workloads();
        boolean byVcenter = !previous.missing().contains(Fact.VCENTER);
        boolean bySmbios = !previous.missing().contains(Fact.SMBIOS_UUID);
        Map<String, ArrayDeque<Integer>> byUuid = index(before, f -> f.vmUuid());
        Map<String, ArrayDeque<Integer>> bySmbiosUuid = index(before, f -> f.smbiosUuid());
        Map<String, ArrayDeque<Integer>> byName = index(before, f -> nameKey(f, byVcenter));
        boolean[] matched = new boolean[before.size()];
        // one key at a time over every workload, so a weaker key never takes the workload a stronger one matches
        Integer[] match = new Integer[current.size()];
        MatchedBy[] by = new MatchedBy[current.size()];
        for (MatchedBy key : MatchedBy.values()) {
            for (int n = 0; n < current.size(); n++) {
                Facts now = current.get(n);
                if (match[n] != null) {
                    continue;
                }
                Integer i = switch (key) {
                    case VM_UUID -> take(byUuid, now.vmUuid(), matched);
                    case SMBIOS_UUID -> bySmbios ? take(bySmbiosUuid, now.smbiosUuid(), matched) : null;
                    case NAME_AND_VCENTER -> byVcenter ? take(byName, nameKey(now, true), matched) : null;
                    case NAME -> byVcenter ? null : take(byName, nameKey(now, false), matched);
                };
                if (i != null) {
                    matched[i] = true;
                    match[n] = i;
                    by[n] = key;
                }
            }
        }
        List<Change> changes = new ArrayList<>();
        for (int n = 0; n < current.size(); n++) {
            Facts now = current.get(n);
            if (match[n] == null) {
                changes.add(change(Kind.NEW, now, null, "", now.disposition(), List.of(), List.of()));
            } else {
                compare(before.get(match[n]), now, by[n], previous.missing(), changes);
            }
        }
        for (int i = 0; i < before.size(); i++) {
            if (!matched[i]) {
                Facts gone = before.get(i);
                changes.add(change(Kind.GONE, gone, null, gone.disposition(), "", List.of(), List.of()));
            }
        }
        changes.sort(Change.ORDER);
        return new Comparison(previous, stamp, changes);
    }

    private static void compare(Facts was, Facts now, MatchedBy by, Set<Fact> missing, List<Change> changes) {
        boolean disposition = !was.disposition().equals(now.disposition());
        if (disposition || !was.lane().equals(now.lane())) {
            List<String> appeared = new ArrayList<>(now.findings());
            appeared.removeAll(was.findings());
            List<String> disappeared = new ArrayList<>(was.findings());
            disappeared.removeAll(now.findings());
            changes.add(disposition
                    ? change(Kind.DISPOSITION, now, by, was.disposition(), now.disposition(), appeared, disappeared)
                    : change(Kind.LANE, now, by, was.lane(), now.lane(), appeared, disappeared));
        }
        if (!was.os().equals(now.os())) {
            changes.add(change(Kind.OS, now, by, was.os(), now.os(), List.of(), List.of()));
        } else if (!missing.contains(Fact.OS_RELEASE) && !was.osRelease().equals(now.osRelease())) {
            changes.add(change(Kind.OS_RELEASE, now, by, was.osRelease(), now.osRelease(), List.of(), List.of()));
        }
        size(Kind.VCPUS, Fact.VCPUS, was.vcpus(), now.vcpus(), now, by, missing, changes);
        size(Kind.MEMORY, Fact.MEMORY, was.memoryMib(), now.memoryMib(), now, by, missing, changes);
        size(Kind.STORAGE, Fact.STORAGE, was.provisionedMib(), now.provisionedMib(), now, by, missing, changes);
    }

    /** A size change over the threshold; a size unknown in either run is no change. */
    private static void size(Kind kind, Fact fact, Long was, Long now, Facts workload, MatchedBy by, Set<Fact> missing,
                             List<Change> changes) {
        if (missing.contains(fact) || was == null || now == null || was.equals(now)) {
            return;
        }
        // over 10 %: |now - was| * 100 > 10 * was, in whole numbers so 10 % exactly is no change
        if (was == 0 || Math.abs(now - was) * 100 > SIZE_THRESHOLD_PERCENT * was) {
            changes.add(change(kind, workload, by, Long.toString(was), Long.toString(now), List.of(), List.of()));
        }
    }

    private static Change change(Kind kind, Facts f, MatchedBy by, String from, String to, List<String> appeared,
                                 List<String> disappeared) {
        return new Change(kind, f.vmName(), f.vmUuid(), f.vcenter(), by, from, to, appeared, disappeared);
    }

    private static String nameKey(Facts f, boolean withVcenter) {
        if (f.vmName().isEmpty()) {
            return "";
        }
        String name = f.vmName().toLowerCase(Locale.ROOT);
        return withVcenter ? name + "\u0000" + f.vcenter().toLowerCase(Locale.ROOT) : name;
    }

    private static Map<String, ArrayDeque<Integer>> index(List<Facts> facts, java.util.function.Function<Facts, String> key) {
        Map<String, ArrayDeque<Integer>> index = new HashMap<>();
        for (int i = 0; i < facts.size(); i++) {
            String k = key.apply(facts.get(i)).toLowerCase(Locale.ROOT);
            if (!k.isEmpty()) {
                index.computeIfAbsent(k, x -> new ArrayDeque<>()).add(i);
            }
        }
        return index;
    }

    /** The first previous workload under {@code key} not matched yet, or {@code null}. */
    private static Integer take(Map<String, ArrayDeque<Integer>> index, String key, boolean[] matched) {
        if (key.isEmpty()) {
            return null;
        }
        ArrayDeque<Integer> candidates = index.get(key.toLowerCase(Locale.ROOT));
        while (candidates != null && !candidates.isEmpty()) {
            int i = candidates.poll();
            if (!matched[i]) {
                return i;
            }
        }
        return null;
    }

    /** The number of changes of a kind. */
    public long count(Kind kind) {
        return changes.stream().filter(c -> c.kind() == kind).count();
    }

    /** The workloads whose disposition changed, by the disposition they have now, in the disposition's order. */
    public Map<Disposition, Long> movedTo() {
        Map<Disposition, Long> moved = new EnumMap<>(Disposition.class);
        for (Change c : changes) {
            if (c.kind() == Kind.DISPOSITION) {
                Disposition d = Arrays.stream(Disposition.values()).filter(x -> x.code().equals(c.to())).findFirst().orElse(null);
                if (d != null) {
                    moved.merge(d, 1L, Long::sum);
                }
            }
        }
        return moved;
    }

    /** The workloads with at least one change of these kinds. */
    public long workloads(Set<Kind> kinds) {
        Set<List<String>> seen = new LinkedHashSet<>();
        for (Change c : changes) {
            if (kinds.contains(c.kind())) {
                seen.add(List.of(c.vmName(), c.vmUuid(), c.vcenter()));
            }
        }
        return seen.size();
    }

    /** What the previous run was judged with that differs from this run. */
    public List<RunStamp.Part> stampDifferences() {
        return previous.found() ? stamp.differences(previous.stamp()) : List.of();
    }
}
