package io.fleetfit.job;

import io.fleetfit.run.ClientTask;
import io.fleetfit.run.DuplicateRows;
import io.fleetfit.run.FolderLock;
import io.fleetfit.run.HadoopConf;
import io.fleetfit.run.InputPaths;
import io.fleetfit.run.Item;
import io.fleetfit.run.JobConfig;
import io.fleetfit.run.PseudonymMap;
import io.fleetfit.run.Pseudonyms;
import io.fleetfit.run.RunResult;
import io.fleetfit.run.RunSetup;
import io.fleetfit.summary.ClientSummary;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.LongAccumulator;
import scala.Tuple2;

/**
 * A run: resolve the clients and their files, read, judge, then write every client's report on the
 * executors (one client per task) and the run summary on the driver. Wiring only.
 */
final class AssessmentJob {

    private final SparkSession spark;
    private final Progress progress;

    AssessmentJob(SparkSession spark, Progress progress) {
        this.spark = spark;
        this.progress = progress;
    }

    RunResult run(JobConfig config) throws IOException, ExecutionException, InterruptedException {
        Configuration hadoop = spark.sparkContext().hadoopConfiguration();
        RunSetup setup = RunSetup.of(hadoop, config);
        Pseudonyms keys = PseudonymMap.keys(hadoop, config);
        // no other run writes this run's folders while it does; a second run waits, or stops (FolderLock)
        try (FolderLock.Held folders = setup.lockFolders(hadoop, progress::step)) {
            return run(config, setup, hadoop, keys);
        }
    }

    private RunResult run(JobConfig config, RunSetup setup, Configuration hadoop, Pseudonyms keys)
            throws IOException, ExecutionException, InterruptedException {
        List<InputPaths.Client> clients = setup.clients();
        Path out = setup.out();
        List<InputPaths.InputPath> files = clients.stream().flatMap(c -> c.files().stream()).toList();
        List<Map<String, Integer>> fileOrder = clients.stream().map(InputPaths.Client::fileOrder).toList();
        progress.step("Reading and assessing " + files.size() + " inventory file" + (files.size() == 1 ? "" : "s")
                + (clients.size() == 1 ? " for " + clients.get(0).name() : " of " + clients.size() + " clients"));

        LongAccumulator rowsRead = spark.sparkContext().longAccumulator("rows read");
        LongAccumulator rowsDone = spark.sparkContext().longAccumulator("rows assessed");
        LongAccumulator clientsDone = spark.sparkContext().longAccumulator("clients done");
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        HadoopConf conf = HadoopConf.of(hadoop);
        ClientReports reports = new ClientReports(jsc, new ClientReports.Shared(clients,
                setup.writer(conf).pseudonymised(keys, config.pseudonymMap() != null), conf, setup.options()),
                rowsDone, clientsDone);
        ClientPlan plan = ClientPlan.of(spark.sparkContext().getConf(), spark.sparkContext().isLocal(),
                spark.sparkContext().defaultParallelism(), clients, InventorySource.csvSplitBytes());
        progress.step("Assessing and writing " + (clients.size() == 1 ? "the report to " + RunResult.display(new Path(out, clients.get(0).slug()))
                : clients.size() + " reports to " + RunResult.display(out) + ", one client per task")
                + (setup.parquet() == null ? "" : ", and Parquet to " + RunResult.display(setup.parquet())));
        Written written = plan == ClientPlan.PER_CLIENT
                ? perClient(jsc, clients, reports, rowsRead)
                : shuffled(files, fileOrder, setup, conf, reports, rowsRead);
        List<ClientSummary> collected;
        try {
            collected = progress.await(written.summaries().collectAsync(), rowsRead, rowsDone, clientsDone, clients.size(),
                    done -> done.stream().filter(ClientSummary::reportWritten).count());
        } finally {
            reports.release();
        }
        // the per-client plan runs the biggest clients first; the summary lists them in input order
        ClientSummary[] summaries = new ClientSummary[clients.size()];
        for (int i = 0; i < collected.size(); i++) {
            summaries[written.clients().get(i)] = collected.get(i);
        }
        return RunResult.finish(hadoop, setup, config, List.of(summaries), keys);
    }

    /**
     * The per-client plan: one task per client, the biggest first, reads the client's files (judging
     * each row as it is read), sorts its items in memory ({@link ClientTask}) and writes its report.
     * No shuffle.
     */
    private Written perClient(JavaSparkContext jsc, List<InputPaths.Client> clients, ClientReports reports,
                              LongAccumulator rowsRead) {
        List<Integer> bySize = java.util.stream.IntStream.range(0, clients.size()).boxed()
                .sorted(java.util.Comparator.comparingLong((Integer i) -> -clients.get(i).files().stream()
                        .mapToLong(InputPaths.InputPath::size).sum()).thenComparing(i -> i))
                .toList();
        // the task carries the client's number; what every client's task needs comes by broadcast
        return new Written(jsc.parallelize(bySize, Math.max(1, bySize.size()))
                .map(index -> reports.readAndWrite(index, rowsRead::add)),
                bySize);
    }

    /**
     * The shuffle plan: one task per file (or per split of a large CSV file) reads; the job's one
     * shuffle brings each client's items to its task, files first, then identity keys, then rows in
     * report order.
     */
    private Written shuffled(List<InputPaths.InputPath> files, List<Map<String, Integer>> fileOrder,
                             RunSetup setup, HadoopConf conf, ClientReports reports, LongAccumulator rowsRead) {
        int clients = fileOrder.size();
        // attributes are applied and rows judged on the client's task, as they are written
        return new Written(InventorySource.read(spark, files, conf, setup.options())
                .flatMapToPair(t -> {
                    if (t._2() instanceof Item.Read) {
                        rowsRead.add(1);
                    }
                    return DuplicateRows.withKey(t._2(), fileOrder.get(t._1())).stream()
                            .map(i -> new Tuple2<>(ClientReports.key(t._1(), i), ItemCodec.encode(i))).iterator();
                })
                .repartitionAndSortWithinPartitions(new ClientReports.ByClient(clients), java.util.Comparator.<String>naturalOrder())
                .mapPartitionsWithIndex((index, items) -> List.of(reports.write(index, ClientReports.decoded(items))).iterator(), true),
                java.util.stream.IntStream.range(0, clients).boxed().toList());
    }

    /**
     * A plan's reports, one summary per client.
     *
     * @param clients the client of each summary, in the order the summaries come
     */
    private record Written(JavaRDD<ClientSummary> summaries, List<Integer> clients) {
    }

}
