package io.fleetfit.job;

import io.fleetfit.assessment.Assessment;
import io.fleetfit.assessment.ExcludedTemplate;
import io.fleetfit.assessment.Outcome;
import io.fleetfit.assessment.VmRecord;
import io.fleetfit.inventory.ConsultantAttributes;
import io.fleetfit.report.AssessmentsCsvWriter;
import io.fleetfit.report.ClientSummary;
import io.fleetfit.report.InputFile;
import io.fleetfit.report.OutputNames;
import io.fleetfit.report.ReportWriter;
import io.fleetfit.report.RunInfo;
import io.fleetfit.report.RunTotals;
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
import org.apache.hadoop.fs.Path;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.spark.Partitioner;
import org.apache.spark.util.LongAccumulator;
import scala.Tuple2;

/**
 * Writes the clients' reports on the executors, one client per task: a task receives its client's
 * input files and outcomes in report order, streams them into the report and the CSV and commits
 * both. Whatever goes wrong with one client ends in its {@link ClientSummary}, never in another
 * client's report.
 */
final class ClientReports implements Serializable {

    private static final Logger LOG = LogManager.getLogger(ClientReports.class);

    /** Where an item goes: its client's task, then its place in the client's report. */
    record Key(int client, String sortKey) implements Serializable, Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            int c = Integer.compare(client, o.client);
            return c != 0 ? c : sortKey.compareTo(o.sortKey);
        }
    }

    /** One partition, so one task, per client. */
    static final class ByClient extends Partitioner {
        private final int clients;

        ByClient(int clients) {
            this.clients = Math.max(1, clients);
        }

        @Override
        public int numPartitions() {
            return clients;
        }

        @Override
        public int getPartition(Object key) {
            return ((Key) key).client();
        }
    }

    private final List<InputPaths.Client> clients;
    private final RunInfo run;
    private final ConsultantAttributes attributes;
    private final Map<String, String> hadoopConf;
    private final String out;
    private final LongAccumulator clientsDone;

    /**
     * @param run what every client's report says about the run (client and inputs are set per client)
     * @param out the output folder, fully qualified (executors have other working directories)
     */
    ClientReports(List<InputPaths.Client> clients, RunInfo run, ConsultantAttributes attributes,
                  Map<String, String> hadoopConf, String out, LongAccumulator clientsDone) {
        this.clients = List.copyOf(clients);
        this.run = run;
        this.attributes = attributes;
        this.hadoopConf = Map.copyOf(hadoopConf);
        this.out = out;
        this.clientsDone = clientsDone;
    }

    /** Runs on an executor: the report of client {@code index}, from its items sorted by {@link Key}. */
    ClientSummary write(int index, Iterator<Tuple2<Key, Item>> items) {
        try {
            return writeOrSkip(clients.get(index), items);
        } finally {
            clientsDone.add(1);
        }
    }

    private ClientSummary writeOrSkip(InputPaths.Client client, Iterator<Tuple2<Key, Item>> items) {
        if (client.error() != null) {
            return ClientSummary.notWritten(client.name(), client.slug(), ClientSummary.Status.NO_REPORT, List.of(), client.error());
        }
        // the input files sort first
        List<InputFile> inputs = new ArrayList<>();
        Item first = null;
        while (first == null && items.hasNext()) {
            Item i = items.next()._2();
            if (i instanceof Item.File f) {
                inputs.add(f.file());
            } else {
                first = i;
            }
        }
        List<String> order = client.files().stream().map(InputPaths.InputPath::name).toList();
        inputs.sort(Comparator.comparingInt(f -> order.indexOf(f.name()) < 0 ? order.size() : order.indexOf(f.name())));
        if (inputs.stream().noneMatch(InputFile::readable)) {
            String why = inputs.size() == 1 ? inputs.get(0).error() : "none of the " + inputs.size() + " input files could be read";
            return ClientSummary.notWritten(client.name(), client.slug(), ClientSummary.Status.NO_REPORT, inputs, why);
        }
        Path dir = new Path(out, client.slug());
        try {
            RunTotals totals = write(dir, run.forClient(client.name(), inputs), first, items);
            return ClientSummary.written(client.name(), client.slug(), inputs, totals);
        } catch (IOException | RuntimeException e) {
            LOG.error("cannot write the report of {} to {}", client.name(), dir, e);
            return ClientSummary.notWritten(client.name(), client.slug(), ClientSummary.Status.FAILED, inputs,
                    "the report could not be written to " + dir + ": " + InventorySource.oneLine(e));
        }
    }

    /**
     * Streams the outcomes into the report and the CSV, then commits both. The attributes rows
     * that no outcome matched are listed on the report's Data quality sheet.
     */
    private RunTotals write(Path dir, RunInfo clientRun, Item first, Iterator<Tuple2<Key, Item>> rest) throws IOException {
        Set<Integer> applied = new HashSet<>();
        RunTotals totals;
        try (ReportCommitter commit = new ReportCommitter(InventorySource.configuration(hadoopConf), dir)) {
            try (OutputStream xlsx = commit.create(OutputNames.REPORT);
                 Writer csvOut = new OutputStreamWriter(commit.create(OutputNames.ASSESSMENTS), StandardCharsets.UTF_8);
                 ReportWriter report = new ReportWriter(clientRun, xlsx);
                 AssessmentsCsvWriter csv = new AssessmentsCsvWriter(clientRun.client(), csvOut)) {
                for (Item next = first; next != null; next = rest.hasNext() ? rest.next()._2() : null) {
                    Outcome outcome = ((Item.Judged) next).outcome();
                    report.add(outcome);
                    csv.add(outcome);
                    VmRecord vm = outcome instanceof Assessment a ? a.vm() : outcome instanceof ExcludedTemplate t ? t.vm() : null;
                    if (vm != null) {
                        attributes.match(vm).ifPresent(e -> applied.add(e.row()));
                    }
                }
                for (ConsultantAttributes.Entry e : attributes.unmatched(applied)) {
                    report.unmatchedAttributes(attributes.file(), attributes.sheet(), e.row(),
                            e.vmUuid() != null ? e.vmUuid() : e.vmName());
                }
                totals = report.finish();
            }
            commit.commit();
        }
        return totals;
    }
}
