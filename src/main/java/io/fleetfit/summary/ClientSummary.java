package io.fleetfit.summary;

import java.io.Serializable;
import java.util.List;

/**
 * What became of one client of a run: the run summary's line for it (console and
 * {@code run-summary.csv}).
 *
 * @param client the client's name
 * @param folder the client's folder under the output folder
 * @param status whether the report was written, and whole
 * @param inputs the client's input files, readable or not, in input order
 * @param files what became of each file's rows (empty when no report was written)
 * @param describe the console lines of the client's totals (rows, then workloads per disposition)
 * @param unmatchedAttributes rows of the attributes file that matched none of the client's VMs, listed
 *     on its report (when the file serves several clients, only the rows that name this client)
 * @param attributeRowsApplied when the attributes file serves several clients: its rows (row
 *     numbers) applied to this client's VMs, for the run to name the rows no client took
 * @param message why the report is incomplete or missing, {@code ""} when it is neither
 */
public record ClientSummary(String client, String folder, Status status, List<InputFile> inputs,
                            List<RunTotals.FileCounts> files, List<String> describe, long unmatchedAttributes,
                            List<Integer> attributeRowsApplied, String message) implements Serializable, RowCounts {

    /** A client's outcome, from best to worst. */
    public enum Status {
        /** Every input read, report written. */
        OK("ok"),
        /** Report written, but some input files could not be read. */
        INCOMPLETE("incomplete"),
        /** No input could be read: no report. */
        NO_REPORT("no report"),
        /** Writing the report failed: no report. */
        FAILED("failed");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public ClientSummary {
        inputs = List.copyOf(inputs);
        files = List.copyOf(files);
        describe = List.copyOf(describe);
        attributeRowsApplied = List.copyOf(attributeRowsApplied);
        message = message == null ? "" : message;
    }

    /** A written report: whole when every input was read. */
    public static ClientSummary written(String client, String folder, List<InputFile> inputs, RunTotals totals) {
        long unreadable = inputs.stream().filter(f -> !f.readable()).count();
        return new ClientSummary(client, folder, unreadable == 0 ? Status.OK : Status.INCOMPLETE, inputs, totals.files(),
                totals.describe(), totals.unmatchedAttributes(), totals.attributeRowsApplied(),
                unreadable == 0 ? "" : unreadable + " of " + inputs.size() + " input files could not be read");
    }

    /** No report for the client, and why. */
    public static ClientSummary notWritten(String client, String folder, Status status, List<InputFile> inputs, String message) {
        return new ClientSummary(client, folder, status, inputs, List.of(), List.of(), 0, List.of(), message);
    }

    public boolean reportWritten() {
        return status == Status.OK || status == Status.INCOMPLETE;
    }
}
