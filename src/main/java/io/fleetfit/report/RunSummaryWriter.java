package io.fleetfit.report;

import com.opencsv.CSVWriter;
import com.opencsv.CSVWriterBuilder;
import com.opencsv.ICSVWriter;
import io.fleetfit.summary.ClientSummary;
import io.fleetfit.summary.InputFile;
import io.fleetfit.summary.RunTotals;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes {@code run-summary.csv}: per client one line with its status and totals, followed by one
 * line per input file of the client with that file's rows (rows read = assessed + templates +
 * system VMs + rejected). The client lines have an empty {@code file} column. Text from input is formula-safe.
 */
public final class RunSummaryWriter {

    public static final String FILE_NAME = "run-summary.csv";

    static final String[] HEADER = {"client", "file", "format", "status", "rows_read", "assessed", "templates",
        "system_vms", "rejected", "report", "message"};

    private RunSummaryWriter() {
    }

    /** Writes the header and every client's lines; flushes, leaves the writer open. */
    public static void write(Writer out, List<ClientSummary> clients) throws IOException {
        ICSVWriter csv = new CSVWriterBuilder(out).withLineEnd(CSVWriter.DEFAULT_LINE_END).build();
        csv.writeNext(HEADER, false);
        for (ClientSummary c : clients) {
            String report = c.reportWritten() ? c.folder() + "/" + OutputNames.REPORT : "";
            csv.writeNext(new String[] {safe(c.client()), "", "", c.status().label(), Long.toString(c.rowsRead()),
                Long.toString(c.assessed()), Long.toString(c.templates()), Long.toString(c.systemVms()),
                Long.toString(c.rejected()), safe(report),
                safe(c.message())}, false);
            for (InputFile f : c.inputs()) {
                RunTotals.FileCounts n = c.file(f.name());
                csv.writeNext(new String[] {safe(c.client()), safe(f.name()), safe(f.format()), f.readable() ? "read" : "not read",
                    Long.toString(n.rowsRead()), Long.toString(n.assessed()), Long.toString(n.templates()),
                    Long.toString(n.systemVms()), Long.toString(n.rejected()), "", safe(f.readable() ? f.notes() : f.error())}, false);
            }
        }
        csv.flush();
        if (csv.checkError()) {
            throw new IOException("writing " + FILE_NAME + " failed");
        }
    }

    private static String safe(String v) {
        return CsvColumn.formulaSafe(v == null ? "" : v);
    }
}
