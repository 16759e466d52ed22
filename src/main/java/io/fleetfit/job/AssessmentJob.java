package io.fleetfit.job;

import io.fleetfit.assessment.VmRecord;
import io.fleetfit.inventory.ConsultantAttributes;
import io.fleetfit.inventory.ReadRow;
import io.fleetfit.report.RunSummaryWriter;
import io.fleetfit.summary.ClientSummary;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaPairRDD;
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

    /**
     * What the run produced, for the console summary and the exit code.
     *
     * @param out the output folder, fully qualified
     * @param clients every client, in input order
     * @param attributesFile the attributes file's name, {@code null} without one
     * @param unmatchedAttributes the attributes file's rows for every client that applied to no VM of
     *     any client ("row 12: vm-name") when the file is shared (by a batch's clients, or with rows
     *     for other clients) and so no report lists them; otherwise the client's report lists its own
     * @param otherClientsAttributes the attributes file's rows that name a client not in the run
     *     ("row 7: sql01 (client 'globex')"): not applied, and on no report
     * @param rulesFile the rules file's name, {@code null} without one
     * @param otherClientsRules the rules file's rows that name a client not in the run
     *     ("line 7: PORT-005 max_vcpus (client 'globex')"): not applied, and on no report
     */
    record Result(Path out, List<ClientSummary> clients, String attributesFile, List<String> unmatchedAttributes,
                  List<String> otherClientsAttributes, String rulesFile, List<String> otherClientsRules) {
        String reportDir(ClientSummary c) {
            return display(new Path(out, c.folder()));
        }

        String summaryFile() {
            return display(new Path(out, RunSummaryWriter.FILE_NAME));
        }

        String outDir() {
            return display(out);
        }

        boolean anyFailed() {
            return clients.stream().anyMatch(c -> c.status() == ClientSummary.Status.FAILED);
        }

        boolean anyInputUnreadable() {
            return clients.stream().anyMatch(c -> c.status() != ClientSummary.Status.OK);
        }
    }

    private final SparkSession spark;
    private final Progress progress;

    AssessmentJob(SparkSession spark, Progress progress) {
        this.spark = spark;
        this.progress = progress;
    }

    Result run(JobConfig config) throws IOException, ExecutionException, InterruptedException {
        Configuration hadoop = spark.sparkContext().hadoopConfiguration();
        RunSetup setup = RunSetup.of(hadoop, config);
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
        ClientReports reports = new ClientReports(jsc, new ClientReports.Shared(clients, setup.writer(conf), conf, setup.options()),
                rowsDone, clientsDone);
        ClientPlan plan = ClientPlan.of(spark.sparkContext().getConf(), spark.sparkContext().isLocal(),
                spark.sparkContext().defaultParallelism(), clients, InventorySource.csvSplitBytes());
        progress.step("Assessing and writing " + (clients.size() == 1 ? "the report to " + display(new Path(out, clients.get(0).slug()))
                : clients.size() + " reports to " + display(out) + ", one client per task")
                + (setup.parquet() == null ? "" : ", and Parquet to " + display(setup.parquet())));
        Written written = plan == ClientPlan.PER_CLIENT
                ? perClient(jsc, clients, reports, rowsRead)
                : shuffled(files, fileOrder, setup, conf, reports, rowsRead);
        List<ClientSummary> collected;
        try {
            collected = progress.await(written.summaries().collectAsync(), rowsRead, rowsDone, clientsDone, clients.size());
        } finally {
            reports.release();
        }
        // the per-client plan runs the biggest clients first; the summary lists them in input order
        ClientSummary[] summaries = new ClientSummary[clients.size()];
        for (int i = 0; i < collected.size(); i++) {
            summaries[written.clients().get(i)] = collected.get(i);
        }
        writeRunSummary(hadoop, out, List.of(summaries));
        List<String> names = RunSetup.clientNames(clients);
        List<ConsultantAttributes.Entry> otherClients = setup.attributes().forOtherClients(names);
        return new Result(out, List.of(summaries), config.attributes() == null ? null : setup.attributes().file(),
                unmatchedByAnyClient(setup.attributes(), setup.attributesShared(), List.of(summaries)),
                otherClients.stream().map(e -> "row " + e.row() + ": " + e.vm() + " (client '" + e.client() + "')").toList(),
                setup.rules().file().orElse(null),
                setup.rules().forOtherClients(names).stream()
                        .map(r -> "line " + r.line() + ": " + r.rule() + " " + r.name() + " (client '" + r.client() + "')").toList());
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
        JavaPairRDD<Integer, Item> read = InventorySource.read(spark, files, conf, setup.options());
        if (!setup.attributes().isEmpty()) {
            // each client's rows of the file (the same object for all when no row names a client)
            List<ConsultantAttributes> byClient = setup.clients().stream().map(setup::attributesFor).toList();
            read = read.mapToPair(t -> new Tuple2<>(t._1(), withAttributes(byClient.get(t._1()), t._2())));
        }
        int clients = fileOrder.size();
        return new Written(read
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

    /**
     * The rows of a shared attributes file (a batch's, or one with rows for other clients) for
     * every client that none of the clients applied, which no report lists; empty when the file is
     * not shared (the client's report lists its own) or without a file.
     */
    static List<String> unmatchedByAnyClient(ConsultantAttributes attributes, boolean shared, List<ClientSummary> clients) {
        if (attributes.isEmpty() || !shared) {
            return List.of();
        }
        java.util.Set<Integer> applied = new java.util.HashSet<>();
        clients.forEach(c -> applied.addAll(c.attributeRowsApplied()));
        return attributes.unmatched(applied).stream().filter(e -> e.client() == null)
                .map(e -> "row " + e.row() + ": " + e.vm()).toList();
    }

    /** A path as the user would write it: local paths without their {@code file:} scheme. */
    static String display(Path path) {
        return "file".equals(path.toUri().getScheme()) ? path.toUri().getPath() : path.toString();
    }

    /** {@code run-summary.csv} in the output folder, committed like a report. */
    static void writeRunSummary(Configuration hadoop, Path out, List<ClientSummary> summaries) throws IOException {
        try (ReportCommitter commit = new ReportCommitter(hadoop, out)) {
            try (Writer w = new OutputStreamWriter(commit.create(RunSummaryWriter.FILE_NAME), StandardCharsets.UTF_8)) {
                RunSummaryWriter.write(w, summaries);
            }
            commit.commit();
        }
    }

    /** Runs on an executor: a record read with the consultant's attributes in place of the inventory's. */
    static Item withAttributes(ConsultantAttributes attributes, Item item) {
        if (item instanceof Item.Read r && r.row() instanceof ReadRow.Vm vm) {
            VmRecord applied = attributes.apply(vm.vm());
            return applied == vm.vm() ? item : new Item.Read(new ReadRow.Vm(applied));
        }
        return item;
    }
}
