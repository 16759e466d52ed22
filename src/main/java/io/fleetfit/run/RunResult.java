package io.fleetfit.run;

import io.fleetfit.inventory.ConsultantAttributes;
import io.fleetfit.report.RunSummaryWriter;
import io.fleetfit.summary.ClientSummary;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;

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
public record RunResult(Path out, List<ClientSummary> clients, String attributesFile, List<String> unmatchedAttributes,
                        List<String> otherClientsAttributes, String rulesFile, List<String> otherClientsRules) {
    public String reportDir(ClientSummary c) {
        return display(new Path(out, c.folder()));
    }

    public String summaryFile() {
        return display(new Path(out, RunSummaryWriter.FILE_NAME));
    }

    public String outDir() {
        return display(out);
    }

    public boolean anyFailed() {
        return clients.stream().anyMatch(c -> c.status() == ClientSummary.Status.FAILED);
    }

    public boolean anyInputUnreadable() {
        return clients.stream().anyMatch(c -> c.status() != ClientSummary.Status.OK);
    }

    /**
     * Writes the run summary and tells what the run produced.
     *
     * @param summaries every client's summary, in input order
     */
    public static RunResult finish(Configuration hadoop, RunSetup setup, JobConfig config, List<ClientSummary> summaries)
            throws IOException {
        return finish(hadoop, setup, config, summaries, null);
    }

    /**
     * The same for a run whose outputs are pseudonymised with {@code keys} ({@code null}: not): the
     * VM names of the attributes file the console lists are pseudonyms too, and with
     * {@code --pseudonym-map} the clients' pseudonyms are merged into the map file.
     */
    public static RunResult finish(Configuration hadoop, RunSetup setup, JobConfig config, List<ClientSummary> summaries,
                                   Pseudonyms keys) throws IOException {
        writeRunSummary(hadoop, setup, summaries);
        Pseudonymiser names = keys == null ? null : new Pseudonymiser(keys);
        java.util.function.UnaryOperator<String> vm = names == null ? v -> v : v -> names.of(Pseudonyms.Kind.VM, v);
        List<String> clientNames = RunSetup.clientNames(setup.clients());
        List<ConsultantAttributes.Entry> otherClients = setup.attributes().forOtherClients(clientNames);
        RunResult result = new RunResult(setup.out(), List.copyOf(summaries), config.attributes() == null ? null : setup.attributes().file(),
                unmatchedByAnyClient(setup.attributes(), setup.attributesShared(), summaries, vm),
                otherClients.stream().map(e -> "row " + e.row() + ": " + vm.apply(e.vm()) + " (client '" + e.client() + "')").toList(),
                setup.rules().file().orElse(null),
                setup.rules().forOtherClients(clientNames).stream()
                        .map(r -> "line " + r.line() + ": " + r.rule() + " " + r.name() + " (client '" + r.client() + "')").toList());
        if (names != null && config.pseudonymMap() != null) {
            PseudonymMap.gather(hadoop, setup.out(), summaries.stream().filter(ClientSummary::reportWritten)
                    .map(ClientSummary::folder).toList(), new Path(config.pseudonymMap()), names.map(), setup.runId());
        }
        return result;
    }

    /**
     * The rows of a shared attributes file (a batch's, or one with rows for other clients) for
     * every client that none of the clients applied, which no report lists; empty when the file is
     * not shared (the client's report lists its own) or without a file.
     */
    static List<String> unmatchedByAnyClient(ConsultantAttributes attributes, boolean shared, List<ClientSummary> clients,
                                             java.util.function.UnaryOperator<String> vm) {
        if (attributes.isEmpty() || !shared) {
            return List.of();
        }
        java.util.Set<Integer> applied = new java.util.HashSet<>();
        clients.forEach(c -> applied.addAll(c.attributeRowsApplied()));
        return attributes.unmatched(applied).stream().filter(e -> e.client() == null)
                .map(e -> "row " + e.row() + ": " + vm.apply(e.vm())).toList();
    }

    /** A path as the user would write it: local paths without their {@code file:} scheme. */
    public static String display(Path path) {
        return "file".equals(path.toUri().getScheme()) ? path.toUri().getPath() : path.toString();
    }

    /**
     * {@code run-summary.csv} in the output folder, committed like a report while the run holds it
     * ({@link FolderLock}): two runs into one folder each commit a whole summary, and the file is the
     * one of the run that committed last.
     */
    public static void writeRunSummary(Configuration hadoop, RunSetup setup, List<ClientSummary> summaries) throws IOException {
        try (FolderLock lock = FolderLock.acquire(hadoop, setup.out(), RunSummaryWriter.FILE_NAME, setup.runId(),
                setup.lockWait(), waiting -> { });
             ReportCommitter commit = new ReportCommitter(hadoop, setup.out(), setup.runId())) {
            try (Writer w = new OutputStreamWriter(commit.create(RunSummaryWriter.FILE_NAME), StandardCharsets.UTF_8)) {
                RunSummaryWriter.write(w, summaries);
            }
            commit.commit();
        }
    }
}
