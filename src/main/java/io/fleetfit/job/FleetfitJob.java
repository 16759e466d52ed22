package io.fleetfit.job;

import io.fleetfit.inventory.InventoryTemplate;
import io.fleetfit.run.FolderLock;
import io.fleetfit.run.InventoryFiles;
import io.fleetfit.run.JobConfig;
import io.fleetfit.run.RunConsole;
import io.fleetfit.run.RunResult;
import io.fleetfit.run.TerminalOutput;
import io.fleetfit.summary.ClientSummary;
import java.io.PrintStream;
import java.time.LocalDate;
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

    private FleetfitJob() {
    }

    public static void main(String[] args) throws Exception {
        // names from the inventories reach the console: no control character of theirs reaches the terminal
        int code = run(args, TerminalOutput.wrap(System.out, "stdout.encoding"),
                TerminalOutput.wrap(System.err, "stderr.encoding"));
        if (inYarnApplicationMaster()) {
            // YARN cluster deploy mode: the driver is a thread of Spark's application master, which
            // takes System.exit for a crash ("Shutdown hook called before final status was reported"),
            // marks the application FAILED and runs it again. Returning ends it SUCCEEDED; Spark's
            // exception for a user application's exit code ends it FAILED with that code.
            if (code != OK) {
                throw userAppExit(code);
            }
            return;
        }
        System.exit(code);
    }

    /**
     * Spark's SparkUserAppException for {@code code}, which the application master reports as
     * "User application exited with status N". Its constructor is (int) on Spark 3.5 and
     * (int, Throwable) on Spark 4, so it is found by reflection. It is a checked exception.
     */
    static Exception userAppExit(int code) {
        try {
            for (java.lang.reflect.Constructor<?> c : Class.forName("org.apache.spark.SparkUserAppException").getConstructors()) {
                Class<?>[] types = c.getParameterTypes();
                if (types.length >= 1 && types[0] == int.class) {
                    Object[] values = new Object[types.length];
                    values[0] = code;
                    return (Exception) c.newInstance(values);
                }
            }
        } catch (ReflectiveOperationException | ClassCastException e) {
            LOG.warn("no SparkUserAppException", e);
        }
        return new IllegalStateException("fleetfit exited with status " + code);
    }

    /** True where the driver runs inside YARN's application master (spark-submit --master yarn --deploy-mode cluster). */
    static boolean inYarnApplicationMaster() {
        return "yarn".equals(System.getProperty("spark.master"))
                && "cluster".equals(System.getProperty("spark.submit.deployMode"));
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
            RunConsole.print(out, result);
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
}
