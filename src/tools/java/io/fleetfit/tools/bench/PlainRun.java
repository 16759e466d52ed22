package io.fleetfit.tools.bench;

import io.fleetfit.inventory.XlsxInventoryReader;
import io.fleetfit.run.ClientRun;
import io.fleetfit.run.ClientTask;
import io.fleetfit.run.ClientWriter;
import io.fleetfit.run.FolderLock;
import io.fleetfit.run.HadoopConf;
import io.fleetfit.run.InputPaths;
import io.fleetfit.run.InventoryFiles;
import io.fleetfit.run.JobConfig;
import io.fleetfit.run.RunResult;
import io.fleetfit.run.RunSetup;
import io.fleetfit.summary.ClientSummary;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;

/**
 * The benchmarks' single-threaded baseline ({@code jobs/bench}) and the tests' reference: the
 * job's work - read every client's files, drop duplicates, assess, write each client's report and
 * CSV and the run summary - with the same readers, core and writers, on one thread, without Spark
 * (the readers push rows on the calling thread; {@code main} also switches off the workbook
 * reader's parser thread; the JVM's own threads, the garbage collector's, remain).
 * Each client's rows are held in memory to be sorted, so it is for measuring and checking, not for
 * fleets larger than the heap.
 *
 * <p>Run: {@code java -cp target/fleetfit.jar:target/fleetfit-tools.jar io.fleetfit.tools.bench.PlainRun --input DIR --out DIR [job options]}
 */
public final class PlainRun {

    private PlainRun() {
    }

    /** Seconds spent per phase, summed over the clients, for the benchmark's "where the time goes". */
    private static final long[] PHASE_NANOS = new long[3];
    private static final String[] PHASES = {"read and assess", "sort", "write report, CSV"};

    public static void main(String[] args) throws IOException {
        // one thread: no parser thread beside the reader's either
        System.setProperty(XlsxInventoryReader.SINGLE_THREAD_PROPERTY, "true");
        long start = System.nanoTime();
        List<ClientSummary> clients = run(JobConfig.parse(args, LocalDate.now()));
        long rows = clients.stream().mapToLong(ClientSummary::rowsRead).sum();
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "PlainRun: %,d rows of %d clients in %.1f s (%,.0f rows/s)%n", rows, clients.size(),
                seconds, rows / seconds);
        for (int p = 0; p < PHASES.length; p++) {
            System.out.printf(Locale.ROOT, "  %-30s %6.1f s%n", PHASES[p], PHASE_NANOS[p] / 1e9);
        }
    }

    /** Runs the configuration and returns every client's summary, in client order. */
    public static List<ClientSummary> run(JobConfig config) throws IOException {
        Configuration hadoop = new Configuration();
        RunSetup setup = RunSetup.of(hadoop, config);
        HadoopConf conf = HadoopConf.of(hadoop);
        ClientWriter writer = setup.writer(conf);
        List<ClientSummary> summaries = new ArrayList<>();
        try (FolderLock.Held folders = setup.lockFolders(hadoop, System.out::println)) {
            write(setup, conf, writer, summaries);
            RunResult.writeRunSummary(hadoop, setup, summaries);
        }
        return summaries;
    }

    private static void write(RunSetup setup, HadoopConf conf, ClientWriter writer, List<ClientSummary> summaries) {
        for (InputPaths.Client client : setup.clients()) {
            long t0 = System.nanoTime();
            // the job's per-client plan, on this thread: read and assess, sort in memory, write
            ClientRun run = writer.forClient(client);
            List<ClientTask.Keyed> items = ClientTask.read(run,
                    (file, out) -> InventoryFiles.readOnThisThread(file, conf, setup.options(), out), n -> { });
            long t1 = System.nanoTime();
            ClientTask.Keyed[] sorted = ClientTask.sort(items);
            items = null;
            long t2 = System.nanoTime();
            summaries.add(run.write(ClientTask.drain(sorted), n -> { }));
            long t3 = System.nanoTime();
            PHASE_NANOS[0] += t1 - t0;
            PHASE_NANOS[1] += t2 - t1;
            PHASE_NANOS[2] += t3 - t2;
        }
    }

}
