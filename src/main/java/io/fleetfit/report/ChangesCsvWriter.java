package io.fleetfit.report;

import com.opencsv.CSVWriter;
import com.opencsv.CSVWriterBuilder;
import com.opencsv.ICSVWriter;
import io.fleetfit.summary.Comparison;
import java.io.IOException;
import java.io.Writer;

/**
 * Writes {@code changes.csv}: one row per workload and kind of change since the previous run, in
 * codes for machines (the Changes sheet says the same in words). Free text is formula-safe.
 */
public final class ChangesCsvWriter {

    static final String[] HEADER = {"client", "change", "vm_name", "vm_uuid", "vcenter", "matched_by", "from", "to",
        "findings_appeared", "findings_disappeared"};

    private ChangesCsvWriter() {
    }

    /** Writes the header and every change; flushes, leaves the writer open. */
    public static void write(Writer out, String client, Comparison comparison) throws IOException {
        ICSVWriter csv = new CSVWriterBuilder(out).withLineEnd(CSVWriter.DEFAULT_LINE_END).build();
        csv.writeNext(HEADER, false);
        for (Comparison.Change c : comparison.changes()) {
            boolean text = c.kind() == Comparison.Kind.OS || c.kind() == Comparison.Kind.OS_RELEASE;
            csv.writeNext(new String[] {safe(client), c.kind().name(), safe(c.vmName()), safe(c.vmUuid()), safe(c.vcenter()),
                c.matchedBy() == null ? "" : c.matchedBy().name(), text ? safe(c.from()) : c.from(), text ? safe(c.to()) : c.to(),
                String.join(";", c.appeared()), String.join(";", c.disappeared())}, false);
        }
        csv.flush();
        if (csv.checkError()) {
            throw new IOException("writing " + OutputNames.CHANGES + " failed");
        }
    }

    private static String safe(String v) {
        return CsvColumn.formulaSafe(v == null ? "" : v);
    }
}
