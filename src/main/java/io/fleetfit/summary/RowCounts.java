package io.fleetfit.summary;

import java.util.List;

/**
 * What became of the rows read, per input file and in all: rows read = assessed + templates +
 * system VMs + rejected. Shared by a run's totals and a client's summary, which carries only
 * these counts across the cluster.
 */
public interface RowCounts {

    /** Every input file's counts, in input order. */
    List<RunTotals.FileCounts> files();

    /** Every file's counts summed, under the name {@code ""}. */
    default RunTotals.FileCounts allFiles() {
        return files().stream().reduce(RunTotals.FileCounts.none(""), RunTotals.FileCounts::plus);
    }

    /** The counts of one file; zeros when nothing came from it. */
    default RunTotals.FileCounts file(String name) {
        return files().stream().filter(f -> f.file().equals(name)).findFirst()
                .orElseGet(() -> RunTotals.FileCounts.none(name));
    }

    default long rowsRead() {
        return allFiles().rowsRead();
    }

    /** Workloads assessed (templates, system VMs and rejected rows excluded). */
    default long assessed() {
        return allFiles().assessed();
    }

    default long templates() {
        return allFiles().templates();
    }

    /** System VMs (vCLS agents, vSphere Pod VMs): counted, never assessed. */
    default long systemVms() {
        return allFiles().systemVms();
    }

    default long rejected() {
        return allFiles().rejected();
    }
}
