package io.fleetfit.assessment;

import java.io.Serializable;
import java.util.Comparator;
import java.util.Locale;

/**
 * What became of one input row: assessed as a workload, excluded (a template or a system VM), or rejected with a
 * reason. Every row of every input ends as exactly one outcome, so nothing is lost.
 */
public sealed interface Outcome extends Serializable permits Assessment, Excluded, Rejection {

    /** Report order: by VM name (case-insensitive), then by where the row came from; see {@link #reportKey}. */
    Comparator<Outcome> REPORT_ORDER = Comparator.comparing(Outcome::reportKey);

    SourceRef source();

    /** The VM's name, {@code ""} when the row had none. */
    String vmName();

    /**
     * The report order as one string, so a distributed sort (Spark's range partitioner) and a local
     * one agree: lower-cased VM name, VM name, file, sheet and the zero-padded row number.
     */
    default String reportKey() {
        return reportKey(vmName(), source());
    }

    /** {@link #reportKey()} of a row with this VM name ({@code ""} for none) and source, before it is judged. */
    static String reportKey(String vmName, SourceRef s) {
        String name = vmName == null ? "" : vmName;
        return name.toLowerCase(Locale.ROOT) + '\u0000' + name + '\u0000' + s.file() + '\u0000' + s.sheet()
                + '\u0000' + SortKey.zeroPadded(s.row(), 12);
    }

    /** ASSESSED, TEMPLATE, SYSTEM_VM or REJECTED - the {@code status} column of assessments.csv. */
    String status();
}
