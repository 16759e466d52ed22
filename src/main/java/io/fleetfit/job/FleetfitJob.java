package io.fleetfit.job;

import io.fleetfit.inventory.InventoryTemplate;
import io.fleetfit.report.ClientSummary;
import io.fleetfit.report.InputFile;
import io.fleetfit.report.OutputNames;
import io.fleetfit.report.RunTotals;
import io.fleetfit.run.FolderLock;
import io.fleetfit.run.InventoryFiles;
import io.fleetfit.run.JobConfig;
import io.fleetfit.run.RunResult;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.logging.log4j.core.config.Configurator;
import org.apache.spark.sql.SparkSession;

/**
 * The entry point, for {@code jobs/assess} (embedded Spark) and {@code spark-submit} alike.
 * Users see one line per problem; stack traces go to the log.
 */
public final class FleetfitJob {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;
    public static final int INPUT_UNREADABLE = 3;

    private static final Logger LOG = LogManager.getLogger(FleetfitJob.class);
    /** Input file names up to this many terminal columns share one line with their counts. */
    private static final int FILE_NAME_COLUMNS = 56;

    private FleetfitJob() {
    }

    public static void main(String[] args) {
        // names from the inventories reach the console: no control character of theirs reaches the terminal
        System.exit(run(args, TerminalOutput.wrap(System.out, "stdout.encoding"),
                TerminalOutput.wrap(System.err, "stderr.encoding")));
    }

    /** Parses, starts a session, runs, stops the session; returns the exit code. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        JobConfig config;
        try {
            config = JobConfig.parse(args, LocalDate.now());
        } catch (JobConfig.UsageException e) {
            return usage(err, e);
        }
        if (config.helpRequested()) {
            out.print(JobConfig.usage());
            return OK;
        }
        if (config.template() != null) {
            return writeTemplate(config.template(), out, err);
        }
        // Under spark-submit, Spark's own log4j2 profile sends INFO to the console; the console
        // belongs to fleetfit's progress unless --verbose asks for Spark's logging.
        Configurator.setRootLevel(config.verbose() ? Level.INFO : Level.ERROR);
        SparkSession spark;
        try {
            out.println("fleetfit " + JobConfig.Version.current() + ": starting Spark ...");
            spark = SparkSessions.forConfig(config);
        } catch (RuntimeException e) {
            LOG.error("Spark did not start", e);
            err.println("fleetfit: Spark did not start: " + InventoryFiles.oneLine(e) + " (details in " + logFile() + ")");
            return FAILED;
        }
        try {
            return run(config, spark, out, err);
        } finally {
            spark.stop();
        }
    }

    /** Runs a parsed configuration on a session the caller owns (the tests' shared session). */
    static int run(JobConfig config, SparkSession spark, PrintStream out, PrintStream err) {
        Progress progress = new Progress(out);
        try {
            RunResult result = new AssessmentJob(spark, progress).run(config);
            printSummary(out, result);
            for (ClientSummary c : result.clients()) {
                String who = result.clients().size() == 1 ? "" : c.client() + ": ";
                c.inputs().stream().filter(f -> !f.readable()).forEach(f -> err.println("fleetfit: " + who + f.error()));
                if (c.status() == ClientSummary.Status.FAILED || c.inputs().isEmpty() && !c.reportWritten()) {
                    err.println("fleetfit: " + who + c.message());
                }
                if (!c.reportWritten()) {
                    err.println("fleetfit: " + who + "no report written" + (c.status() == ClientSummary.Status.NO_REPORT
                            ? ": no input could be read." : " (details in " + logFile() + ")."));
                }
            }
            if (result.anyFailed()) {
                return FAILED;
            }
            return result.anyInputUnreadable() ? INPUT_UNREADABLE : OK;
        } catch (JobConfig.UsageException e) {
            return usage(err, e);
        } catch (FolderLock.Busy e) {
            // another run writes a folder of this one's: one line naming it, and nothing written
            err.println("fleetfit: " + e.getMessage());
            return FAILED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("fleetfit: interrupted, no report written.");
            return FAILED;
        } catch (Exception e) {
            Throwable cause = e instanceof java.util.concurrent.ExecutionException && e.getCause() != null ? e.getCause() : e;
            LOG.error("fleetfit failed", cause);
            err.println("fleetfit: failed, no report written: " + InventoryFiles.oneLine(cause) + " (details in " + logFile() + ")");
            return FAILED;
        }
    }

    /** Writes the blank inventory template (no Spark needed), under a temporary name first. */
    static int writeTemplate(String file, PrintStream out, PrintStream err) {
        java.nio.file.Path target = java.nio.file.Path.of(file).toAbsolutePath();
        java.nio.file.Path temp = target.resolveSibling("." + target.getFileName() + ".inprogress");
        try {
            if (target.getParent() != null) {
                java.nio.file.Files.createDirectories(target.getParent());
            }
            try (java.io.OutputStream o = java.nio.file.Files.newOutputStream(temp)) {
                InventoryTemplate.write(o);
            }
            java.nio.file.Files.move(temp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            out.println("Inventory template written: " + target);
            out.println("Send it to the client; read the filled-in file back with jobs/assess --input " + target.getFileName());
            return OK;
        } catch (java.io.IOException | RuntimeException e) {
            LOG.error("cannot write template {}", target, e);
            err.println("fleetfit: cannot write the template " + file + ": " + InventoryFiles.oneLine(e));
            try {
                java.nio.file.Files.deleteIfExists(temp);
            } catch (java.io.IOException ignored) {
                // the message above already says the write failed
            }
            return FAILED;
        }
    }

    /**
     * Where log4j2.properties sends stack traces: one file per user, since on a shared machine a
     * single {@code <tmp>/fleetfit.log} belongs to whoever ran first and every other user got log4j's
     * "unable to write" stack traces on the console.
     */
    static String logFile() {
        return System.getProperty("fleetfit.log",
                System.getProperty("java.io.tmpdir") + "/fleetfit-" + System.getProperty("user.name") + ".log");
    }

    private static int usage(PrintStream err, JobConfig.UsageException e) {
        err.println("fleetfit: " + e.getMessage());
        err.println("Try 'jobs/assess --help' for usage.");
        return USAGE;
    }

    private static void printSummary(PrintStream out, RunResult r) {
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
