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
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The counts of a run, accumulated one outcome at a time: per input file, per disposition, lane and
 * fitness tier. Feeds the Summary sheet and the job's console summary. Not thread-safe.
 */
public final class RunTotals {

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
    }

    public static final double MIB_PER_GIB = 1024.0;

    private final Map<String, FileCounts> files = new LinkedHashMap<>();
    /** Workloads and their size per disposition, and of every assessed workload. */
    private final Map<Disposition, Tally> byDisposition = new EnumMap<>(Disposition.class);
    /** The same per lane: a containerizing workload's lane depends on its findings, not only its disposition. */
    private final Map<Lane, Tally> byLane = new EnumMap<>(Lane.class);
    private final Tally allAssessed = new Tally();
    private final Map<FitnessTier, Long> tiers = new EnumMap<>(FitnessTier.class);
    private final Map<OsFamily, Long> families = new EnumMap<>(OsFamily.class);
    private long osNotStated;
    private long osNotRecognised;
    private long warnings;
    private long unmatchedAttributes;
    /** Whether the attributes file serves several clients (a batch's, or others named in its client column). */
    private boolean attributesShared;
    /** The attributes file's rows applied to this client's VMs (row numbers), when the file serves several clients. */
    private final java.util.TreeSet<Integer> attributeRowsApplied = new java.util.TreeSet<>();

    /** Totals with no files listed in advance: files appear in the order their first outcome arrives. */
    public RunTotals() {
        this(List.of());
    }

    /** Totals listing these files first, in this order, even those no outcome comes from. */
    public RunTotals(List<InputFile> inputs) {
        for (InputFile f : inputs) {
            files.putIfAbsent(f.name(), FileCounts.none(f.name()));
        }
    }

    public void add(Outcome outcome) {
        String file = outcome.source().file();
        files.put(file, files.getOrDefault(file, FileCounts.none(file)).plus(outcome));
        if (outcome instanceof Assessment a) {
            Disposition d = a.disposition();
            VmRecord vm = a.vm();
            byDisposition.computeIfAbsent(d, x -> new Tally()).add(vm);
            byLane.computeIfAbsent(a.lane(), x -> new Tally()).add(vm);
            allAssessed.add(vm);
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

    /** Counts a row of the attributes file that matched no VM. */
    public void addUnmatchedAttributes() {
        unmatchedAttributes++;
    }

    /** Rows of the attributes file that matched no VM. */
    public long unmatchedAttributes() {
        return unmatchedAttributes;
    }

    /**
     * The attributes file serves several clients: its rows for every client that match none of
     * this client's VMs may well be another client's, so they are not listed; these rows (their row
     * numbers) were applied to this client's VMs.
     */
    public void sharedAttributesApplied(java.util.Collection<Integer> rows) {
        attributeRowsApplied.addAll(rows);
        attributesShared = true;
    }

    /** Whether the attributes file serves several clients ({@link #sharedAttributesApplied}). */
    public boolean attributesShared() {
        return attributesShared;
    }

    /** The rows of a shared attributes file applied to this client's VMs, in row order. */
    public List<Integer> attributeRowsApplied() {
        return List.copyOf(attributeRowsApplied);
    }

    /** Every file, those given at construction first, then in order of first appearance. */
    public List<FileCounts> files() {
        return List.copyOf(files.values());
    }

    /** The counts of one file; zeros when nothing came from it. */
    public FileCounts file(String name) {
        return files.getOrDefault(name, FileCounts.none(name));
    }

    public long rowsRead() {
        return files.values().stream().mapToLong(FileCounts::rowsRead).sum();
    }

    /** Workloads assessed (templates, system VMs and rejected rows excluded). */
    public long assessed() {
        return files.values().stream().mapToLong(FileCounts::assessed).sum();
    }

    public long templates() {
        return files.values().stream().mapToLong(FileCounts::templates).sum();
    }

    /** System VMs (vCLS agents, vSphere Pod VMs): counted, never assessed. */
    public long systemVms() {
        return files.values().stream().mapToLong(FileCounts::systemVms).sum();
    }

    public long rejected() {
        return files.values().stream().mapToLong(FileCounts::rejected).sum();
    }

    /** Warnings on assessed workloads: facts the reader could not read. */
    public long warnings() {
        return warnings;
    }

    public long workloads(Disposition d) {
        return size(d).workloads();
    }

    /** The workloads with this disposition and their size. */
    public Tally size(Disposition d) {
        Tally t = byDisposition.get(d);
        return t != null ? t : new Tally();
    }

    /** The workloads in this lane and their size. */
    public Tally size(Lane lane) {
        Tally t = byLane.get(lane);
        return t != null ? t : new Tally();
    }

    public long workloads(Lane lane) {
        return size(lane).workloads();
    }

    /** Every assessed workload and their size. */
    public Tally size() {
        return allAssessed;
    }

    public long workloads(FitnessTier t) {
        return tiers.getOrDefault(t, 0L);
    }

    /** Workloads whose OS was recognised as of this family. */
    public long workloads(OsFamily f) {
        return families.getOrDefault(f, 0L);
    }

    /** Workloads with no OS in either OS column. */
    public long osNotStated() {
        return osNotStated;
    }

    /** Workloads whose OS string nothing recognised. */
    public long osNotRecognised() {
        return osNotRecognised;
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
        long all = assessed();
        return all == 0 ? 0.0 : (double) n / all;
    }

    public long vcpus(Disposition d) {
        return size(d).vcpus();
    }

    public double memoryGib(Disposition d) {
        return size(d).memoryGib();
    }

    public double inUseStorageGib(Disposition d) {
        return size(d).inUseStorageGib();
    }

    public long vcpus() {
        return allAssessed.vcpus();
    }

    public double memoryGib() {
        return allAssessed.memoryGib();
    }

    public double inUseStorageGib() {
        return allAssessed.inUseStorageGib();
    }

    /** A few lines for the console: rows, then workloads per disposition. */
    public List<String> describe() {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "%d rows read from %d files: %d assessed, %d templates, %d system VMs, %d rejected;"
                + " %d warnings.", rowsRead(), files.size(), assessed(), templates(), systemVms(), rejected(), warnings()));
        for (Disposition d : Disposition.values()) {
            lines.add(String.format(Locale.ROOT, "  %-31s %6d  %5.1f%%", d.label(), workloads(d), 100 * share(d)));
        }
        return lines;
    }

    /** MiB as GiB, {@code null} when not stated. */
    public static Double gib(Long mib) {
        return mib == null ? null : mib / MIB_PER_GIB;
    }
}
