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

/**
 * Writes one client's report and {@code assessments.csv} from the client's items in report order
 * (its input files first, then the outcomes), and commits both. No Spark: the job runs it on the
 * executors, one client per task, and the single-threaded {@link PlainRun} on its one thread.
 * Whatever goes wrong with the client ends in its {@link ClientSummary}.
 */
final class ClientWriter implements Serializable {

    private static final Logger LOG = LogManager.getLogger(ClientWriter.class);

    private final RunInfo run;
    private final ConsultantAttributes attributes;
    private final Map<String, String> hadoopConf;
    private final String out;

    /**
     * @param run what every client's report says about the run (client and inputs are set per client)
     * @param out the output folder, fully qualified
     */
    ClientWriter(RunInfo run, ConsultantAttributes attributes, Map<String, String> hadoopConf, String out) {
        this.run = run;
        this.attributes = attributes;
        this.hadoopConf = Map.copyOf(hadoopConf);
        this.out = out;
    }

    ClientSummary write(InputPaths.Client client, Iterator<Item> items) {
        if (client.error() != null) {
            return ClientSummary.notWritten(client.name(), client.slug(), ClientSummary.Status.NO_REPORT, List.of(), client.error());
        }
        // the input files sort first
        List<InputFile> inputs = new ArrayList<>();
        Item first = null;
        while (first == null && items.hasNext()) {
            Item i = items.next();
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
    private RunTotals write(Path dir, RunInfo clientRun, Item first, Iterator<Item> rest) throws IOException {
        Set<Integer> applied = new HashSet<>();
        RunTotals totals;
        try (ReportCommitter commit = new ReportCommitter(InventorySource.configuration(hadoopConf), dir)) {
            try (OutputStream xlsx = commit.create(OutputNames.REPORT);
                 Writer csvOut = new OutputStreamWriter(commit.create(OutputNames.ASSESSMENTS), StandardCharsets.UTF_8);
                 ReportWriter report = new ReportWriter(clientRun, xlsx);
                 AssessmentsCsvWriter csv = new AssessmentsCsvWriter(clientRun.client(), csvOut)) {
                for (Item next = first; next != null; next = rest.hasNext() ? rest.next() : null) {
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
