package io.fleetfit.inventory;

import io.fleetfit.assessment.Rejection;
import io.fleetfit.assessment.VmRecord;
import java.io.Serializable;

/** One non-empty data row of an inventory, as read: a workload record or a rejection. */
public sealed interface ReadRow extends Serializable {

    /** Where the row came from. */
    default io.fleetfit.assessment.SourceRef source() {
        return this instanceof Vm vm ? vm.vm().source() : ((Rejected) this).rejection().source();
    }

    /** A row that became a record. */
    record Vm(VmRecord vm) implements ReadRow {
    }

    /** A row that could not, with the reason. */
    record Rejected(Rejection rejection) implements ReadRow {
    }
}
