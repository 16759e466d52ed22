package io.fleetfit.run;

import io.fleetfit.assessment.Outcome;
import io.fleetfit.assessment.SourceRef;
import io.fleetfit.inventory.ReadRow;
import io.fleetfit.summary.InputFile;
import java.io.Serializable;

/**
 * What flows through the job's one shuffle: one {@link File} per input file (how it was read, or
 * why it could not be) and, from Spark's CSV reader, its {@link RepeatedHeader}s, one {@link Key} per row that states a UUID (its identity, for finding
 * duplicates), and every {@link Read} row. Sorting a client's items by {@link #sortKey()} puts the
 * files first, then the keys grouped by identity in input order, then the rows in report order, so
 * the client's task can mark duplicates before the first row arrives and write rows as they come.
 */
public sealed interface Item extends Serializable {

    /** Where the item stands in its client's sort order. */
    String sortKey();

    /** One input file's description. */
    record File(InputFile file) implements Item {
        @Override
        public String sortKey() {
            return "0" + file.name();
        }
    }

    /**
     * A record of a CSV file that repeats its header line (exports joined into one file), skipped
     * by Spark's CSV reader on an executor; it reaches the file's notes on the client's task, as
     * fleetfit's own CSV reader puts it in its summary. Sorts right after the file's own item.
     */
    record RepeatedHeader(String file, long row) implements Item {
        @Override
        public String sortKey() {
            return "0" + file + '\u0000' + io.fleetfit.assessment.SortKey.zeroPadded(row, 12);
        }
    }

    /**
     * A row's identity: the key {@code Duplicates.key} gives it, where it stands in input order,
     * and what a duplicate's rejection says of it.
     *
     * @param inputOrder the row's position among the client's rows: file, sheet and row, sortable
     */
    record Key(String identity, String inputOrder, SourceRef source, String vmName, String which) implements Item {
        @Override
        public String sortKey() {
            return "1" + identity + '\u0000' + inputOrder;
        }
    }

    /**
     * A row as the reader gave it, and its outcome when it was judged as it was read.
     *
     * @param judged what {@link ClientRun#outcome} made of the row as it was read, or {@code null}:
     *     the per-client plan judges a row while the reader's strings are still in the processor's
     *     caches, instead of after the sort, when they no longer are. The shuffle never carries it
     *     ({@code ItemCodec} writes the row alone); a row off the shuffle is judged as it is written,
     *     one moment after it was decoded
     */
    record Read(ReadRow row, Judged judged) implements Item {
        public Read(ReadRow row) {
            this(row, null);
        }

        @Override
        public String sortKey() {
            return "2" + (row instanceof ReadRow.Vm vm ? Outcome.reportKey(vm.vm().vmName(), vm.vm().source())
                    : ((ReadRow.Rejected) row).rejection().reportKey());
        }
    }

    /**
     * A row's outcome and the attributes file's row that was applied to it.
     *
     * @param attributesRow the row of the client's attributes file that matched the VM, or 0 for none
     */
    record Judged(Outcome outcome, int attributesRow) implements Serializable {
    }
}
