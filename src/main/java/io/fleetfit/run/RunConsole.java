package io.fleetfit.run;

import io.fleetfit.report.OutputNames;
import io.fleetfit.summary.ClientSummary;
import io.fleetfit.summary.InputFile;
import io.fleetfit.summary.RunTotals;
import java.io.PrintStream;
import java.util.List;

/**
 * What a finished run tells the person at the console: per client, its inputs with their row
 * counts, its workloads by disposition and where its report is; for a batch, one line per client
 * and the totals; then the consultant's rows that no report lists. Names from the inventories are
 * padded by the terminal columns they take ({@link ConsoleText}).
 */
public final class RunConsole {

    /** Input file names up to this many terminal columns share one line with their counts. */
    private static final int FILE_NAME_COLUMNS = 56;

    private RunConsole() {
    }

    /** The run's summary, after the progress lines. */
    public static void print(PrintStream out, RunResult r) {
        out.println();
        if (r.clients().size() == 1) {
            printClient(out, r, r.clients().get(0));
        } else {
            printClients(out, r);
        }
        out.println("Run summary: " + r.summaryFile());
        out.flush();
    }

    /** One client: its inputs, its workloads by disposition and where the report is. */
    private static void printClient(PrintStream out, RunResult r, ClientSummary c) {
        out.println("Client " + c.client() + " - inputs:");
        List<String> texts = c.inputs().stream().map(f -> {
            RunTotals.FileCounts n = c.file(f.name());
            return f.readable()
                    ? String.format("%d rows: %d assessed, %d templates, %d system VMs, %d rejected", n.rowsRead(), n.assessed(),
                            n.templates(), n.systemVms(), n.rejected())
                    // the name is in the first column; the error names the file for the one-line message
                    : "NOT READ: " + (f.error().startsWith(f.name() + ": ") ? f.error().substring(f.name().length() + 2) : f.error());
        }).toList();
        ConsoleText.nameColumn(c.inputs().stream().map(InputFile::name).toList(), texts, FILE_NAME_COLUMNS).forEach(out::println);
        if (!c.reportWritten()) {
            out.println("No report: " + c.message());
            return;
        }
        out.println("Workloads by disposition:");
        c.describe().stream().skip(1).forEach(out::println);
        out.println(c.describe().get(0));
        if (c.unmatchedAttributes() > 0) {
            out.println(c.unmatchedAttributes() + " row" + (c.unmatchedAttributes() == 1 ? "" : "s") + " of " + r.attributesFile()
                    + " matched no VM; listed on the Data quality sheet");
        }
        printConsultantRows(out, r);
        out.println("Report:      " + r.reportDir(c) + "/" + OutputNames.REPORT);
        out.println("Assessments: " + r.reportDir(c) + "/" + OutputNames.ASSESSMENTS);
    }

    /** A batch: one line per client, then the totals. */
    private static void printClients(PrintStream out, RunResult r) {
        int width = Math.min(40, Math.max(6, r.clients().stream().mapToInt(c -> ConsoleText.columns(c.client())).max().orElse(6)));
        // the name column is padded by terminal columns (ConsoleText), the others by printf
        String row = "%s  %-10s %5s %9s %9s %9s %10s %9s  %s%n";
        out.printf(row, ConsoleText.fit("Client", width), "Status", "Files", "Rows", "Assessed", "Templates", "System VMs",
                "Rejected", "Report or reason");
        long rows = 0;
        long assessed = 0;
        long templates = 0;
        long systemVms = 0;
        long rejected = 0;
        for (ClientSummary c : r.clients()) {
            out.printf(row, ConsoleText.fit(c.client(), width), c.status().label(), c.inputs().size(), c.rowsRead(),
                    c.assessed(), c.templates(), c.systemVms(), c.rejected(),
                    c.reportWritten() ? c.folder() + "/" + OutputNames.REPORT + (c.message().isEmpty() ? "" : " (" + c.message() + ")")
                            : c.message());
            rows += c.rowsRead();
            assessed += c.assessed();
            templates += c.templates();
            systemVms += c.systemVms();
            rejected += c.rejected();
        }
        long written = r.clients().stream().filter(ClientSummary::reportWritten).count();
        out.printf(row, ConsoleText.fit("All", width), written + "/" + r.clients().size(),
                r.clients().stream().mapToInt(c -> c.inputs().size()).sum(),
                rows, assessed, templates, systemVms, rejected, "reports in " + r.outDir());
        printConsultantRows(out, r);
    }

    /**
     * The rows of the consultant's files that no report lists: the attributes file's rows for every
     * client that matched no VM of any client, and the attributes and rules files' rows that name a
     * client not in this run. Never on a client's report: a row meant for one client would name its
     * VM or settings to the others.
     */
    private static void printConsultantRows(PrintStream out, RunResult r) {
        rows(out, r.unmatchedAttributes(), r.attributesFile(), "applied to no VM of any client");
        rows(out, r.otherClientsAttributes(), r.attributesFile(), notApplied(r.otherClientsAttributes().size()));
        rows(out, r.otherClientsRules(), r.rulesFile(), notApplied(r.otherClientsRules().size()));
    }

    /** What {@code n} rows that name clients not in the run became. */
    private static String notApplied(int n) {
        return n == 1 ? "names a client not in this run, so it was not applied" : "name clients not in this run, so they were not applied";
    }

    /** One line naming up to 10 rows of a file and what became of them. */
    private static void rows(PrintStream out, List<String> rows, String file, String what) {
        if (!rows.isEmpty()) {
            int n = rows.size();
            out.println(n + " row" + (n == 1 ? "" : "s") + " of " + file + " " + what + ": "
                    + String.join("; ", rows.subList(0, Math.min(10, n))) + (n > 10 ? "; ..." : ""));
        }
    }
}
