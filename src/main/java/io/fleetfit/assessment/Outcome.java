package io.fleetfit.assessment;

import java.io.Serializable;
import java.util.Comparator;
import java.util.Locale;

/**
 * What became of one input row: assessed as a workload, excluded as a template, or rejected with a
 * reason. Every row of every input ends as exactly one outcome, so nothing is lost.
 */
public sealed interface Outcome extends Serializable permits Assessment, ExcludedTemplate, Rejection {

    /** Report order: by VM name (case-insensitive), then by where the row came from. */
    Comparator<Outcome> REPORT_ORDER = Comparator
            .comparing((Outcome o) -> o.vmName().toLowerCase(Locale.ROOT))
            .thenComparing(Outcome::vmName)
            .thenComparing(Outcome::source);

    SourceRef source();

    /** The VM's name, {@code ""} when the row had none. */
    String vmName();

    /** ASSESSED, TEMPLATE or REJECTED - the {@code status} column of assessments.csv. */
    String status();
}
