package io.fleetfit.summary;

import io.fleetfit.assessment.Assessment;
import io.fleetfit.assessment.Excluded;
import io.fleetfit.assessment.LifecycleCatalog;
import io.fleetfit.assessment.OsInfo;
import io.fleetfit.assessment.Outcome;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Every distinct OS string the run's workloads were judged by, how many workloads, templates and
 * system VMs carry it, and its release's support status at the assessment date, so a client sees
 * which OS releases the fleet still runs past support. One row per string, source column and
 * recognition, since the same string ("Ubuntu Linux (64-bit)") can be completed to different
 * releases by each VM's Guest Detailed Data; the kernel is left out, so it never splits a release.
 *
 * @param rows most workloads first (then templates, system VMs, stated before not stated, by OS
 *     string); only strings that some row carries appear
 */
public record OsTally(List<Row> rows) {

    /**
     * One distinct OS with its counts and its catalog entry, or, in the total row ({@code os}
     * {@code null}), the counts of every OS.
     *
     * @param os {@link OsInfo#NONE} for the rows that state no OS
     * @param entry the lifecycle catalog's entry for the release, {@code null} when the catalog has none
     * @param status the support status at the assessment date: {@code UNKNOWN} without an entry
     */
    public record Row(OsInfo os, long workloads, long templates, long systemVms, LifecycleCatalog.Entry entry,
                      LifecycleCatalog.Status status) {

        public boolean total() {
            return os == null;
        }
    }

    public OsTally {
        rows = List.copyOf(rows);
    }

    /** The total row: workloads, templates and system VMs. */
    public Row total() {
        return new Row(null, rows.stream().mapToLong(Row::workloads).sum(), rows.stream().mapToLong(Row::templates).sum(),
                rows.stream().mapToLong(Row::systemVms).sum(), null, null);
    }

    /**
     * Counts OS strings as outcomes arrive, keeping one counter per distinct OS; each is looked up
     * in the lifecycle catalog once, at the end. Not thread-safe.
     */
    static final class Accumulator {

        private final Map<OsInfo, long[]> counts = new HashMap<>();

        /** Counts the OS of a workload, template or system VM; a rejected row has none. */
        void add(Outcome outcome) {
            if (outcome instanceof Assessment a) {
                add(a.os(), null);
            } else if (outcome instanceof Excluded e) {
                add(e.os(), e.kind());
            }
        }

        /** Counts one OS: a workload's ({@code excluded} {@code null}), or a template's or system VM's. */
        void add(OsInfo os, Excluded.Kind excluded) {
            OsInfo key = os == null || !os.stated() ? OsInfo.NONE
                    : new OsInfo(os.raw(), os.sourceColumn(), os.family(), os.product(), os.release(), os.displayName(), os.bits(), null);
            counts.computeIfAbsent(key, k -> new long[3])[excluded == null ? 0 : excluded == Excluded.Kind.TEMPLATE ? 1 : 2]++;
        }

        OsTally tally(LifecycleCatalog catalog, LocalDate asOf) {
            List<Row> rows = new ArrayList<>();
            counts.forEach((os, n) -> {
                LifecycleCatalog.Entry entry = os.recognised() ? catalog.find(os).orElse(null) : null;
                rows.add(new Row(os, n[0], n[1], n[2], entry, entry == null ? LifecycleCatalog.Status.UNKNOWN : entry.statusAt(asOf)));
            });
            rows.sort(Comparator.comparingLong(Row::workloads).reversed()
                    .thenComparing(Comparator.comparingLong(Row::templates).reversed())
                    .thenComparing(Comparator.comparingLong(Row::systemVms).reversed())
                    .thenComparing(r -> !r.os().stated())
                    .thenComparing(r -> text(r.os().raw()).toLowerCase(Locale.ROOT))
                    .thenComparing(r -> text(r.os().raw()))
                    .thenComparing(r -> text(r.os().sourceColumn()))
                    .thenComparing(r -> text(r.os().release()))
                    .thenComparing(r -> text(r.os().displayName())));
            return new OsTally(rows);
        }

        private static String text(String s) {
            return s == null ? "" : s;
        }
    }
}
