package io.fleetfit.run;

import io.fleetfit.assessment.Duplicates;
import io.fleetfit.assessment.Outcome;
import io.fleetfit.inventory.ConsultantAttributes;
import io.fleetfit.inventory.CsvInventoryReader;
import io.fleetfit.report.AssessmentsCsvWriter;
import io.fleetfit.report.ChangesCsvWriter;
import io.fleetfit.report.CsvColumn;
import io.fleetfit.report.OutputNames;
import io.fleetfit.report.ReportWriter;
import io.fleetfit.report.RunInfo;
import io.fleetfit.summary.ClientSummary;
import io.fleetfit.summary.Comparison;
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
import java.util.HashMap;
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
 * identity keys, then the rows in report order - and commits them. Each row's outcome comes from
 * {@link ClientRun#outcome} as it streams into the writers. Holds what every client's writing
 * needs (sent to the executors once) and makes each client's {@link ClientRun}. No Spark: the job
 * runs it on the executors, one client per task, and the single-threaded baseline on its one
 * thread. Whatever goes wrong with the client ends in its {@link ClientSummary}.
 */
public final class ClientWriter implements Serializable {

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
    /** The run's id, in its temporary file names ({@link FolderLock#temporary}). */
    private final String runId;
    /** The previous run each client is compared with ({@code --compare}), or {@code null}. */
    private final PreviousRun compare;
    /** The pseudonyms' key ({@code --pseudonymise}), or {@code null} for outputs with the real values. */
    private Pseudonyms pseudonyms;
    /** Whether each client's pseudonyms go to {@link PseudonymMap#CLIENT_FILE} ({@code --pseudonym-map}). */
    private boolean pseudonymMap;

    /**
     * @param run what every client's report says about the run (client and inputs are set per client)
     * @param out the output folder, fully qualified
     * @param parquet the Parquet dataset's folder, fully qualified, or {@code null} for none
     */
    ClientWriter(RunInfo run, Map<String, RunInfo> clientRuns, Map<String, ConsultantAttributes> attributes,
                 HadoopConf hadoopConf, String out, String parquet, boolean sharedAttributes, String runId, PreviousRun compare) {
        this.run = run;
        this.clientRuns = Map.copyOf(clientRuns);
        this.attributes = Map.copyOf(attributes);
        this.hadoopConf = hadoopConf;
        this.out = out;
        this.parquet = parquet;
        this.sharedAttributes = sharedAttributes;
        this.runId = runId;
        this.compare = compare;
    }

    /**
     * This writer, writing pseudonymised outputs ({@link Pseudonymiser}) with {@code keys}, and with
     * {@code map} each client's pseudonyms to {@link PseudonymMap#CLIENT_FILE}; {@code null} keys: the real values.
     */
    public ClientWriter pseudonymised(Pseudonyms keys, boolean map) {
        this.pseudonyms = keys;
        this.pseudonymMap = keys != null && map;
        return this;
    }

    /** The client's work: its rules and attributes, made once for the client's task. */
    public ClientRun forClient(InputPaths.Client client) {
        return new ClientRun(client, clientRuns.getOrDefault(client.slug(), run),
                attributes.getOrDefault(client.slug(), ConsultantAttributes.NONE), this);
    }

    /**
     * The client's outputs from its items in {@link Item#sortKey()} order.
     *
     * @param judged told of every row judged, for the progress line
     */
    ClientSummary write(ClientRun clientRun, Iterator<Item> items, LongConsumer judged) {
        InputPaths.Client client = clientRun.client();
        if (client.error() != null) {
            return ClientSummary.notWritten(client.name(), client.slug(), ClientSummary.Status.NO_REPORT, List.of(), client.error());
        }
        // the input files sort first, then the keys
        List<InputFile> inputs = new ArrayList<>();
        Map<String, List<Long>> repeatedHeaders = new HashMap<>();
        Duplicates.Marks marks = new Duplicates.Marks();
        Pseudonymiser names = pseudonyms == null ? null : new Pseudonymiser(pseudonyms);
        Item first = null;
        while (first == null && items.hasNext()) {
            Item i = items.next();
            if (i instanceof Item.File f) {
                inputs.add(f.file());
            } else if (i instanceof Item.RepeatedHeader h) {
                repeatedHeaders.computeIfAbsent(h.file(), k -> new ArrayList<>()).add(h.row());
            } else if (i instanceof Item.Key k) {
                // a duplicate's rejection names the row it duplicates: by its pseudonym
                marks.add(k.identity(), k.source(), names == null ? k.vmName() : names.of(Pseudonyms.Kind.VM, k.vmName()), k.which());
            } else {
                first = i;
            }
        }
        inputs.replaceAll(f -> repeatedHeaders.containsKey(f.name()) ? withNote(f,
                CsvInventoryReader.repeatedHeaderNote(repeatedHeaders.get(f.name()))) : f);
        Map<String, Integer> order = client.fileOrder();
        inputs.sort(Comparator.comparingInt(f -> order.getOrDefault(f.name(), order.size())));
        if (inputs.stream().noneMatch(InputFile::readable)) {
            String why = inputs.size() == 1 ? inputs.get(0).error() : "none of the " + inputs.size() + " input files could be read";
            return ClientSummary.notWritten(client.name(), client.slug(), ClientSummary.Status.NO_REPORT, inputs, why);
        }
        Path dir = new Path(out, client.slug());
        try {
            RunTotals totals = write(dir, clientRun, inputs, marks, names, first, items, judged);
            return ClientSummary.written(client.name(), client.slug(), inputs, totals);
        } catch (IOException | RuntimeException e) {
            LOG.error("cannot write the report of {} to {}", client.name(), dir, e);
            return ClientSummary.notWritten(client.name(), client.slug(), ClientSummary.Status.FAILED, inputs,
                    "the report could not be written to " + dir + ": " + InventoryFiles.oneLine(e));
        }
    }

    /**
     * The previous run's workloads with their names and vCenters as pseudonyms, so that a
     * pseudonymised report never quotes a gone workload's real name (a previous run made without
     * {@code --pseudonymise}) and matches by name across runs made with the same key. Values that
     * already are pseudonyms stay as they are.
     */
    static Comparison.Previous pseudonymised(Comparison.Previous previous, Pseudonymiser names) {
        List<Comparison.Facts> workloads = new ArrayList<>(previous.workloads().size());
        for (Comparison.Facts f : previous.workloads()) {
            workloads.add(new Comparison.Facts(pseudonym(names, Pseudonyms.Kind.VM, f.vmName()), f.vmUuid(), f.smbiosUuid(),
                    pseudonym(names, Pseudonyms.Kind.VCENTER, f.vcenter()), f.os(), f.osRelease(), f.disposition(), f.lane(),
                    f.findings(), f.vcpus(), f.memoryMib(), f.provisionedMib()));
        }
        return new Comparison.Previous(previous.source(), previous.found(), workloads, previous.missing(), previous.stamp());
    }

    private static String pseudonym(Pseudonymiser names, Pseudonyms.Kind kind, String value) {
        return value == null || Pseudonyms.TOKEN.matcher(value).matches() ? value : names.of(kind, value);
    }

    /** The file with one more note after its own. */
    private static InputFile withNote(InputFile f, String note) {
        return new InputFile(f.name(), f.format(), f.sheet(), f.producer(), f.error(),
                f.notes().isEmpty() ? note : f.notes() + "; " + note, f.sha256());
    }

    /**
     * Judges the rows ({@link ClientRun#outcome}) and streams their outcomes into the report, the
     * CSV and the Parquet file, then commits them. The attributes rows that no outcome matched are
     * listed on the report's Data quality sheet, but for a file shared by several clients only the
     * rows that name this client: a row for every client may name another client's VM. With
     * {@code names}, every outcome is pseudonymised after it was judged, before any writer sees it.
     */
    private RunTotals write(Path dir, ClientRun client, List<InputFile> inputs, Duplicates.Marks marks, Pseudonymiser names,
                            Item first, Iterator<Item> rest, LongConsumer progress) throws IOException {
        RunInfo clientRun = client.run().forClient(client.client().name(), inputs);
        CsvColumn.Run rows = CsvColumn.Run.of(clientRun);
        ConsultantAttributes clientAttributes = client.attributes();
        Configuration conf = hadoopConf.get();
        Set<Integer> applied = new HashSet<>();
        RunTotals totals;
        Comparison comparison = null;
        Comparison.Previous previous = compare == null ? null : compare.read(conf, client.client());
        if (previous != null && names != null) {
            previous = pseudonymised(previous, names);
        }
        long count = 0;
        try (ReportCommitter commit = new ReportCommitter(conf, dir, runId);
             ParquetOutput table = parquet == null ? null : new ParquetOutput(conf, parquet, clientRun.client(), runId)) {
            try (OutputStream xlsx = commit.create(OutputNames.REPORT);
                 Writer csvOut = new OutputStreamWriter(commit.create(OutputNames.ASSESSMENTS), StandardCharsets.UTF_8);
                 ReportWriter report = new ReportWriter(clientRun, xlsx, previous);
                 AssessmentsCsvWriter csv = new AssessmentsCsvWriter(rows, csvOut)) {
                if (names != null) {
                    report.orderNamesBy(names.originals());
                }
                for (Item next = first; next != null; next = rest.hasNext() ? rest.next() : null) {
                    Item.Judged judged = client.outcome((Item.Read) next, marks);
                    Outcome outcome = judged.outcome();
                    if (names != null && outcome != marks.duplicate(outcome.source())) {
                        outcome = names.apply(outcome);   // a duplicate's rejection has its pseudonyms from the marks
                    }
                    report.add(outcome);
                    csv.add(outcome);
                    if (table != null) {
                        table.add(rows, outcome);
                    }
                    if (judged.attributesRow() > 0) {
                        applied.add(judged.attributesRow());
                    }
                    if (++count % 1024 == 0) {
                        progress.accept(1024);
                    }
                }
                progress.accept(count % 1024);
                if (sharedAttributes) {
                    // another client's VMs must never appear in this client's report
                    report.sharedAttributesApplied(applied);
                }
                for (ConsultantAttributes.Entry e : clientAttributes.unmatched(applied)) {
                    if (!sharedAttributes || e.client() != null) {
                        report.unmatchedAttributes(clientAttributes.file(), clientAttributes.sheet(), e.row(),
                                names == null ? e.vm() : names.of(Pseudonyms.Kind.VM, e.vm()));
                    }
                }
                totals = report.finish();
                comparison = report.comparison().orElse(null);
            }
            if (comparison == null) {
                commit.removeOnCommit(OutputNames.CHANGES);
            } else {
                try (Writer changes = new OutputStreamWriter(commit.create(OutputNames.CHANGES), StandardCharsets.UTF_8)) {
                    ChangesCsvWriter.write(changes, clientRun.client(), comparison);
                }
            }
            commit.commit();
            if (table != null) {
                table.commit();
            }
        }
        if (pseudonymMap) {
            PseudonymMap.write(conf, new Path(dir, PseudonymMap.CLIENT_FILE), names.map(), runId);
        }
        return totals;
    }
}
