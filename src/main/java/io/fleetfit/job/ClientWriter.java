package io.fleetfit.job;

import io.fleetfit.assessment.Assessment;
import io.fleetfit.assessment.Duplicates;
import io.fleetfit.assessment.Assessor;
import io.fleetfit.assessment.Excluded;
import io.fleetfit.assessment.Outcome;
import io.fleetfit.assessment.Rejection;
import io.fleetfit.assessment.VmRecord;
import io.fleetfit.inventory.ConsultantAttributes;
import io.fleetfit.report.AssessmentsCsvWriter;
import io.fleetfit.report.OutputNames;
import io.fleetfit.report.ReportWriter;
import io.fleetfit.report.RunInfo;
import io.fleetfit.summary.ClientSummary;
import io.fleetfit.summary.InputFile;
import io.fleetfit.summary.RunTotals;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Serializable;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Writes one client's report and {@code assessments.csv} (and its Parquet file with
 * {@code --parquet}) from the client's items in sort order - its input files, then the rows'
 * identity keys, then the rows in report order - and commits them. Rows are judged here, as they
 * stream into the writers: a duplicate becomes its rejection, every other row its outcome. No
 * Spark: the job runs it on the executors, one client per task, and the single-threaded
 * {@link PlainRun} on its one thread. Whatever goes wrong with the client ends in its
 * {@link ClientSummary}.
 */
final class ClientWriter implements Serializable {

    private static final Logger LOG = LogManager.getLogger(ClientWriter.class);

    private final RunInfo run;
    /** The run as the reports of clients with rules of their own say it, by the client's folder. */
    private final Map<String, RunInfo> clientRuns;
    /** Each client's rows of the attributes file, by the client's folder. */
    private final Map<String, ConsultantAttributes> attributes;
    private final HadoopConf hadoopConf;
    private final String out;
    private final String parquet;
    /** Whether the attributes file serves several clients ({@link RunSetup#attributesShared}). */
    private final boolean sharedAttributes;

    /**
     * @param run what every client's report says about the run (client and inputs are set per client)
     * @param out the output folder, fully qualified
     * @param parquet the Parquet dataset's folder, fully qualified, or {@code null} for none
     */
    ClientWriter(RunInfo run, Map<String, RunInfo> clientRuns, Map<String, ConsultantAttributes> attributes,
                 HadoopConf hadoopConf, String out, String parquet, boolean sharedAttributes) {
        this.run = run;
        this.clientRuns = Map.copyOf(clientRuns);
        this.attributes = Map.copyOf(attributes);
        this.hadoopConf = hadoopConf;
        this.out = out;
        this.parquet = parquet;
        this.sharedAttributes = sharedAttributes;
    }

    /** The client's rules, as its report applies and lists them: for judging its rows as they are read. */
    Assessor assessor(InputPaths.Client client) {
        RunInfo r = runOf(client);
        return new Assessor(r.rules(), r.roles());
    }

    /** The attributes file's rows for the client ({@link RunSetup#attributesFor}). */
    ConsultantAttributes attributesFor(InputPaths.Client client) {
        return attributes.getOrDefault(client.slug(), ConsultantAttributes.NONE);
    }

    /** The run as the client sees it: its own rule set when the rules file names it, else the run's. */
    private RunInfo runOf(InputPaths.Client client) {
        return clientRuns.getOrDefault(client.slug(), run);
    }

    /**
     * The client's outputs from its items in {@link Item#sortKey()} order.
     *
     * @param judged told of every row judged, for the progress line
     */
    ClientSummary write(InputPaths.Client client, Iterator<Item> items, LongConsumer judged) {
        if (client.error() != null) {
            return ClientSummary.notWritten(client.name(), client.slug(), ClientSummary.Status.NO_REPORT, List.of(), client.error());
        }
        // the input files sort first, then the keys
        List<InputFile> inputs = new ArrayList<>();
        Duplicates.Marks marks = new Duplicates.Marks();
        Item first = null;
        while (first == null && items.hasNext()) {
            Item i = items.next();
            if (i instanceof Item.File f) {
                inputs.add(f.file());
            } else if (i instanceof Item.Key k) {
                marks.add(k.identity(), k.source(), k.vmName(), k.which());
            } else {
                first = i;
            }
        }
        Map<String, Integer> order = client.fileOrder();
        inputs.sort(Comparator.comparingInt(f -> order.getOrDefault(f.name(), order.size())));
        if (inputs.stream().noneMatch(InputFile::readable)) {
            String why = inputs.size() == 1 ? inputs.get(0).error() : "none of the " + inputs.size() + " input files could be read";
            return ClientSummary.notWritten(client.name(), client.slug(), ClientSummary.Status.NO_REPORT, inputs, why);
        }
        Path dir = new Path(out, client.slug());
        try {
            RunTotals totals = write(dir, runOf(client).forClient(client.name(), inputs), assessor(client),
                    attributesFor(client), marks, first, items, judged);
            return ClientSummary.written(client.name(), client.slug(), inputs, totals);
        } catch (IOException | RuntimeException e) {
            LOG.error("cannot write the report of {} to {}", client.name(), dir, e);
            return ClientSummary.notWritten(client.name(), client.slug(), ClientSummary.Status.FAILED, inputs,
                    "the report could not be written to " + dir + ": " + InventorySource.oneLine(e));
        }
    }

    /**
     * Judges the rows and streams their outcomes into the report, the CSV and the Parquet file,
     * then commits them. The attributes rows that no outcome matched are listed on the report's
     * Data quality sheet, but for a file shared by several clients only the rows that name this
     * client: a row for every client may name another client's VM.
     *
     * @param assessor the client's rules ({@link #assessor}), the ones {@code clientRun} lists on the Method sheet;
     *     rows judged as they were read carry their outcome already
     * @param clientAttributes the attributes file's rows for this client ({@link ConsultantAttributes#forClient})
     */
    private RunTotals write(Path dir, RunInfo clientRun, Assessor assessor, ConsultantAttributes clientAttributes,
                            Duplicates.Marks marks, Item first, Iterator<Item> rest, LongConsumer judged) throws IOException {
        Configuration conf = hadoopConf.get();
        Set<Integer> applied = new HashSet<>();
        RunTotals totals;
        long count = 0;
        try (ReportCommitter commit = new ReportCommitter(conf, dir);
             ParquetOutput table = parquet == null ? null : new ParquetOutput(conf, parquet, clientRun.client())) {
            try (OutputStream xlsx = commit.create(OutputNames.REPORT);
                 Writer csvOut = new OutputStreamWriter(commit.create(OutputNames.ASSESSMENTS), StandardCharsets.UTF_8);
                 ReportWriter report = new ReportWriter(clientRun, xlsx);
                 AssessmentsCsvWriter csv = new AssessmentsCsvWriter(clientRun.client(), csvOut)) {
                for (Item next = first; next != null; next = rest.hasNext() ? rest.next() : null) {
                    Item.Read row = (Item.Read) next;
                    Rejection duplicate = marks.duplicate(row.row().source());
                    Outcome outcome = duplicate != null ? duplicate : row.judge(assessor);
                    report.add(outcome);
                    csv.add(outcome);
                    if (table != null) {
                        table.add(clientRun.client(), outcome);
                    }
                    VmRecord vm = outcome instanceof Assessment a ? a.vm() : outcome instanceof Excluded t ? t.vm() : null;
                    if (vm != null) {
                        clientAttributes.match(vm).ifPresent(e -> applied.add(e.row()));
                    }
                    if (++count % 1024 == 0) {
                        judged.accept(1024);
                    }
                }
                judged.accept(count % 1024);
                if (sharedAttributes) {
                    // another client's VMs must never appear in this client's report
                    report.sharedAttributesApplied(applied);
                }
                for (ConsultantAttributes.Entry e : clientAttributes.unmatched(applied)) {
                    if (!sharedAttributes || e.client() != null) {
                        report.unmatchedAttributes(clientAttributes.file(), clientAttributes.sheet(), e.row(), e.vm());
                    }
                }
                totals = report.finish();
            }
            commit.commit();
            if (table != null) {
                table.commit();
            }
        }
        return totals;
    }
}
