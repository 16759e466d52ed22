package io.fleetfit.job;

import io.fleetfit.assessment.Assessor;
import io.fleetfit.assessment.Outcome;
import io.fleetfit.inventory.ReadRow;
import io.fleetfit.report.InputFile;
import java.io.Serializable;

/**
 * What flows through the job's RDDs: a row as read, an outcome once judged, and one
 * {@link InputFile} per input file (how it was read, or why it could not be). Sorting by
 * {@link #sortKey()} puts the input files first, then the outcomes in report order.
 */
sealed interface Item extends Serializable {

    String sortKey();

    /** A row as the reader gave it, before judgement. */
    record Read(ReadRow row) implements Item {
        @Override
        public String sortKey() {
            throw new IllegalStateException("rows are judged before they are sorted");
        }

        /** The row's outcome: a record assessed, a rejection as it is. */
        Judged judge(Assessor assessor) {
            return new Judged(row instanceof ReadRow.Vm vm ? assessor.assess(vm.vm()) : ((ReadRow.Rejected) row).rejection());
        }
    }

    /** A judged row. */
    record Judged(Outcome outcome) implements Item {
        @Override
        public String sortKey() {
            return "1" + outcome.reportKey();
        }
    }

    /** One input file's description. */
    record File(InputFile file) implements Item {
        @Override
        public String sortKey() {
            return "0" + file.name();
        }
    }
}
