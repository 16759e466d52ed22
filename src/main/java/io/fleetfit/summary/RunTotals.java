package io.fleetfit.summary;

import io.fleetfit.assessment.Assessment;
import io.fleetfit.assessment.Disposition;
import io.fleetfit.assessment.Excluded;
import io.fleetfit.assessment.FitnessTier;
import io.fleetfit.assessment.Lane;
import io.fleetfit.assessment.OsFamily;
import io.fleetfit.assessment.OsInfo;
import io.fleetfit.assessment.Outcome;
import io.fleetfit.assessment.Rejection;
import io.fleetfit.assessment.VmRecord;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * The counts of a run: per input file, per disposition, lane and fitness tier, per OS family, and
 * what became of the consultant's attributes. What the Summary sheet, the console and the run
 * summary print.
 *
 * @param files every file, those the run listed first, then in order of first appearance
 * @param dispositions the workloads of each disposition and their size; a disposition none has is absent
 * @param lanes the same per lane: a containerizing workload's lane depends on its findings, not only its disposition
 * @param tiers the workloads of each fitness tier
 * @param families the workloads whose OS was recognised as of each family
 * @param osNotStated workloads with no OS in either OS column
 * @param osNotRecognised workloads whose OS string nothing recognised
 * @param warnings warnings on assessed workloads: facts the reader could not read, and rows listed as
 *     possible duplicates (a name repeated in one vCenter by workloads without a UUID)
 * @param unmatchedAttributes rows of the attributes file that matched no VM
 * @param attributesShared whether the attributes file serves several clients (a batch's, or others named in its
 *     client column): its rows for every client that match none of this client's VMs may well be another
 *     client's, so they are not listed
 * @param attributeRowsApplied when {@code attributesShared}: the file's rows (row numbers) applied to this
 *     client's VMs, in row order
 */
public record RunTotals(List<FileCounts> files, Map<Disposition, Tally> dispositions, Map<Lane, Tally> lanes,
                        Map<FitnessTier, Long> tiers, Map<OsFamily, Long> families, long osNotStated,
                        long osNotRecognised, long warnings, long unmatchedAttributes, boolean attributesShared,
                        List<Integer> attributeRowsApplied) implements RowCounts {

    /**
     * What became of the rows of one input file.
     *
     * @param file the file's name, as {@code SourceRef.file()} carries it
     * @param systemVms rows that are system VMs the hypervisor manages (vCLS agents, vSphere Pod VMs):
     *     like templates, listed and counted, never assessed
     */
    public record FileCounts(String file, long assessed, long templates, long systemVms, long rejected)
            implements java.io.Serializable {

        /** Nothing read from the file yet. */
        public static FileCounts none(String file) {
            return new FileCounts(file, 0, 0, 0, 0);
        }

        /** Every row read from the file: assessed + templates + system VMs + rejected. */
        public long rowsRead() {
            return assessed + templates + systemVms + rejected;
        }

        FileCounts plus(Outcome o) {
            Excluded.Kind kind = o instanceof Excluded e ? e.kind() : null;
            return new FileCounts(file,
                    assessed + (o instanceof Assessment ? 1 : 0),
                    templates + (kind == Excluded.Kind.TEMPLATE ? 1 : 0),
                    systemVms + (kind == Excluded.Kind.SYSTEM_VM ? 1 : 0),
                    rejected + (o instanceof Rejection ? 1 : 0));
        }

        /** The counts of both, under this file's name. */
        FileCounts plus(FileCounts other) {
            return new FileCounts(file, assessed + other.assessed, templates + other.templates,
                    systemVms + other.systemVms, rejected + other.rejected);
        }
    }

    public RunTotals {
        files = List.copyOf(files);
        dispositions = Map.copyOf(dispositions);
        lanes = Map.copyOf(lanes);
        tiers = Map.copyOf(tiers);
        families = Map.copyOf(families);
        attributeRowsApplied = List.copyOf(attributeRowsApplied);
    }

    /** The workloads with this disposition and their size. */
    public Tally size(Disposition d) {
        return dispositions.getOrDefault(d, Tally.NONE);
    }

    /** The workloads in this lane and their size. */
    public Tally size(Lane lane) {
        return lanes.getOrDefault(lane, Tally.NONE);
    }

    /** Every assessed workload and their size: each has one disposition. */
    public Tally size() {
        return dispositions.values().stream().reduce(Tally.NONE, Tally::plus);
    }

    public long workloads(Disposition d) {
        return size(d).workloads();
    }

    public long workloads(Lane lane) {
        return size(lane).workloads();
    }

    public long workloads(FitnessTier t) {
        return tiers.getOrDefault(t, 0L);
    }

    /** Workloads whose OS was recognised as of this family. */
    public long workloads(OsFamily f) {
        return families.getOrDefault(f, 0L);
    }

    /** The share of assessed workloads with this disposition, 0 to 1 (0 when none was assessed). */
    public double share(Disposition d) {
        return share(workloads(d));
    }

    public double share(FitnessTier t) {
        return share(workloads(t));
    }

    /** The share of assessed workloads among {@code n} of them, 0 to 1 (0 when none was assessed). */
    public double share(long n) {
        return share(n, assessed());
    }

    /** {@code n} of {@code of}, 0 to 1; 0 when {@code of} is 0. */
    static double share(long n, long of) {
        return of == 0 ? 0.0 : (double) n / of;
    }

    private static String counted(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** A few lines for the console: rows, then workloads per disposition. */
    public List<String> describe() {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "%s read from %s: %d assessed, %s, %s, %d rejected; %s.",
                counted(rowsRead(), "row"), counted(files.size(), "file"), assessed(), counted(templates(), "template"),
                counted(systemVms(), "system VM"), rejected(), counted(warnings(), "warning")));
        for (Disposition d : Disposition.values()) {
            lines.add(String.format(Locale.ROOT, "  %-31s %6d  %5.1f%%", d.label(), workloads(d), 100 * share(d)));
        }
        return lines;
    }

    /** Counts outcomes one at a time into {@link RunTotals}. Not thread-safe. */
    static final class Accumulator {

        private final Map<String, FileCounts> files = new LinkedHashMap<>();
        private final Map<Disposition, Tally> dispositions = new EnumMap<>(Disposition.class);
        private final Map<Lane, Tally> lanes = new EnumMap<>(Lane.class);
        private final Map<FitnessTier, Long> tiers = new EnumMap<>(FitnessTier.class);
        private final Map<OsFamily, Long> families = new EnumMap<>(OsFamily.class);
        private long osNotStated;
        private long osNotRecognised;
        private long warnings;
        private long unmatchedAttributes;
        private boolean attributesShared;
        private final TreeSet<Integer> attributeRowsApplied = new TreeSet<>();

        /** Totals listing these files first, in this order, even those no outcome comes from. */
        Accumulator(List<InputFile> inputs) {
            for (InputFile f : inputs) {
                files.putIfAbsent(f.name(), FileCounts.none(f.name()));
            }
        }

        void add(Outcome outcome) {
            String file = outcome.source().file();
            files.put(file, files.getOrDefault(file, FileCounts.none(file)).plus(outcome));
            if (outcome instanceof Assessment a) {
                VmRecord vm = a.vm();
                Tally size = Tally.of(vm);
                dispositions.merge(a.disposition(), size, Tally::plus);
                lanes.merge(a.lane(), size, Tally::plus);
                tiers.merge(a.tier(), 1L, Long::sum);
                OsInfo os = a.os();
                if (os == null || !os.stated()) {
                    osNotStated++;
                } else if (!os.recognised() || os.family() == null) {
                    osNotRecognised++;
                } else {
                    families.merge(os.family(), 1L, Long::sum);
                }
                warnings += vm.warnings().size();
            }
        }

        void addUnmatchedAttributes() {
            unmatchedAttributes++;
        }

        /** Warnings that are not a single row's: a name repeated by workloads without a UUID. */
        void addWarnings(int n) {
            warnings += n;
        }

        void sharedAttributesApplied(Collection<Integer> rows) {
            attributeRowsApplied.addAll(rows);
            attributesShared = true;
        }

        RunTotals totals() {
            return new RunTotals(List.copyOf(files.values()), dispositions, lanes, tiers, families, osNotStated,
                    osNotRecognised, warnings, unmatchedAttributes, attributesShared, List.copyOf(attributeRowsApplied));
        }
    }
}
