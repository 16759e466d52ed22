package io.fleetfit.run;

import io.fleetfit.assessment.AssessmentSettings;
import io.fleetfit.assessment.ClientName;
import io.fleetfit.assessment.LifecycleCatalog;
import io.fleetfit.assessment.RoleCatalog;
import io.fleetfit.assessment.Rule;
import io.fleetfit.assessment.RuleCatalog;
import io.fleetfit.assessment.RuleConfig;
import io.fleetfit.inventory.AttributesFile;
import io.fleetfit.inventory.ConsultantAttributes;
import io.fleetfit.inventory.FieldMapping;
import io.fleetfit.inventory.KubevirtGuestFile;
import io.fleetfit.inventory.LifecycleFile;
import io.fleetfit.inventory.ReadOptions;
import io.fleetfit.inventory.RulesFile;
import io.fleetfit.report.ConsultantFile;
import io.fleetfit.report.RunInfo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * What a run needs before it reads a row, prepared on the driver without Spark: the clients and
 * their files, the output folder made absolute (executors have other working directories), and
 * the consultant's files read and checked, so a mistake in one is a usage error before any work.
 *
 * @param parquet the Parquet dataset's folder, fully qualified, or {@code null} without {@code --parquet}
 * @param attributes the whole attributes file ({@link ConsultantAttributes#NONE} without one)
 * @param clientAttributes each client's rows of it ({@link ConsultantAttributes#forClient}), by the
 *     client's folder, worked out once for the run
 * @param attributesShared whether the file serves several clients - the batch's, or others named in
 *     its client column - so that a client's report lists only its own rows that matched no VM
 * @param rules the whole rules file ({@link RuleConfig#DEFAULT} without one)
 * @param run what every client's report says about the run (its client and inputs set per client),
 *     with the rules for every client
 * @param clientRuns the same for each client with rows of its own in the rules file
 *     ({@link RuleConfig#forClient}), by the client's folder
 * @param runId the run's id, in the names of its temporary files and its folder locks ({@link FolderLock})
 * @param lockWait how long the run waits for another run to let go of a folder it writes
 *     ({@value #LOCK_WAIT_PROPERTY}, in seconds; 600 unless set) before it stops
 * @param compare the previous run each client is compared with, or {@code null} without {@code --compare}
 */
public record RunSetup(List<InputPaths.Client> clients, Path out, Path parquet, RuleConfig rules,
                ConsultantAttributes attributes, Map<String, ConsultantAttributes> clientAttributes,
                boolean attributesShared, ReadOptions options, RunInfo run, Map<String, RunInfo> clientRuns,
                String runId, Duration lockWait, PreviousRun compare) {

    /** The system property that sets {@link #lockWait}, in seconds. */
    public static final String LOCK_WAIT_PROPERTY = "fleetfit.lock.wait";

    /** More than any rules, attributes, lifecycle or KubeVirt guest file holds; the readers set their own, lower limits. */
    private static final int MAX_SETTINGS_BYTES = 64 * 1024 * 1024;

    public static RunSetup of(Configuration hadoop, JobConfig config) throws IOException {
        Path outPath = new Path(config.out());
        Path out = outPath.getFileSystem(hadoop).makeQualified(outPath);
        Path parquet = config.parquet() == null ? null : new Path(config.parquet()).getFileSystem(hadoop).makeQualified(new Path(config.parquet()));
        // an output folder inside an input folder: the run's own outputs are never its inputs
        List<InputPaths.Client> clients = InputPaths.clients(hadoop, config.inputs(), config.client(),
                parquet == null ? List.of(out) : List.of(out, parquet));
        LifecycleFile lifecycleFile = config.lifecycle() == null ? null
                : consultantFile(hadoop, config.lifecycle(), "lifecycle catalog", LifecycleFile::read);
        LifecycleCatalog lifecycle = lifecycleFile == null ? LifecycleCatalog.bundled() : lifecycleFile.catalog();
        KubevirtGuestFile guestFile = config.kubevirtGuests() == null ? null
                : consultantFile(hadoop, config.kubevirtGuests(), "KubeVirt guest catalog", KubevirtGuestFile::read);
        RuleConfig ruleConfig = config.rules() == null ? RuleConfig.DEFAULT
                : consultantFile(hadoop, config.rules(), "rules file", RulesFile::read);
        AssessmentSettings settings = new AssessmentSettings(config.asOf(), lifecycle, ruleConfig);
        if (guestFile != null) {
            settings = settings.withKubevirtGuests(guestFile.catalog());
        }
        List<Rule> rules;
        RoleCatalog roles;
        // the rule sets of clients with rows of their own, by folder; a client without shares the run's
        Map<String, ClientRules> clientRules = new HashMap<>();
        try {
            rules = RuleCatalog.configured(settings, ruleConfig);
            roles = settings.tunedRoles();
            List<RuleConfig.Setting> shared = ruleConfig.applied();
            for (InputPaths.Client c : clients) {
                RuleConfig own = ruleConfig.forClient(c.name(), c.slug());
                if (!own.applied().equals(shared)) {
                    clientRules.put(c.slug(), new ClientRules(own, RuleCatalog.configured(settings, own),
                            settings.withRules(own).tunedRoles()));
                }
            }
            // every row is checked, also those for clients not in this run
            Set<String> inRun = ClientName.keys(clientNames(clients));
            for (String named : ruleConfig.clients()) {
                if (!inRun.contains(ClientName.key(named))) {
                    RuleConfig other = ruleConfig.forClient(named, null);
                    RuleCatalog.configured(settings, other);
                    settings.withRules(other).tunedRoles();
                }
            }
        } catch (IllegalArgumentException e) {
            throw new JobConfig.UsageException(e.getMessage());
        }
        ConsultantAttributes attributes = config.attributes() == null ? ConsultantAttributes.NONE
                : consultantFile(hadoop, config.attributes(), "attributes file", AttributesFile::read);
        Map<String, ConsultantAttributes> clientAttributes = new LinkedHashMap<>();
        try {
            for (InputPaths.Client c : clients) {
                // refuses two rows for one client's VM, one naming the client and one its folder
                clientAttributes.put(c.slug(), attributes.forClient(c.name(), c.slug()));
            }
        } catch (IllegalArgumentException e) {
            throw new JobConfig.UsageException(e.getMessage());
        }
        for (ConsultantAttributes.Entry e : attributes.entries()) {
            String role = e.values().get(ConsultantAttributes.Attribute.ROLE);
            if (role != null && roles.find(role).isEmpty()) {
                throw new JobConfig.UsageException(attributes.file() + " line " + e.row() + ": role '" + role.strip()
                        + "' is not in the role catalog; the roles are " + String.join(", ", roles.ids()));
            }
        }
        boolean attributesShared = clients.size() > 1 || !attributes.forOtherClients(clientNames(clients)).isEmpty();
        Map<String, String> mapping = config.mapping() == null ? Map.of()
                : consultantFile(hadoop, config.mapping(), "mapping file",
                        (name, bytes) -> FieldMapping.parse(name, new String(bytes, StandardCharsets.UTF_8).lines().toList()));
        RunInfo run = RunInfo.of("", config.asOf(), List.of(), rules, lifecycle, JobConfig.Version.current())
                .withRules(rules, roles)
                .withKubevirtGuests(settings.kubevirtGuests(), guestFile == null ? null
                        : new ConsultantFile(new Path(config.kubevirtGuests()).getName(), guestFile.sha256(),
                                guestFile.catalog().entries().size()))
                .withRulesFile(rulesFile(ruleConfig, ruleConfig))
                .withCapacity(ruleConfig.capacityRatios())
                .withWaveSize(ruleConfig.waveSize())
                .withLifecycleFile(lifecycleFile == null ? null
                        : new ConsultantFile(new Path(config.lifecycle()).getName(), lifecycleFile.sha256(), lifecycle.entries().size()))
                .withAttributesFile(config.attributes() == null ? null
                        : new ConsultantFile(attributes.file(), attributes.sha256(), attributes.entries().size()))
                .withEngagement(config.engagement())
                .withConsultantFirm(config.firm())
                .withPaper(config.paper());
        Map<String, RunInfo> clientRuns = new HashMap<>();
        clientRules.forEach((slug, own) -> clientRuns.put(slug, run.withRules(own.rules(), own.roles())
                .withRulesFile(rulesFile(ruleConfig, own.config())).withCapacity(own.config().capacityRatios())
                .withWaveSize(own.config().waveSize())));
        return new RunSetup(clients, out, parquet, ruleConfig, attributes, Map.copyOf(clientAttributes), attributesShared,
                new ReadOptions(config.format(), mapping), run, Map.copyOf(clientRuns), FolderLock.newRunId(),
                Duration.ofSeconds(Math.max(0, Long.getLong(LOCK_WAIT_PROPERTY, 600))),
                config.compare() == null ? null : PreviousRun.resolve(hadoop, config.compare(),
                        clients.stream().filter(c -> c.error() == null).toList()));
    }

    /**
     * Takes every folder the run writes ({@link FolderLock}): each client's report folder and, with
     * {@code --parquet}, each client's partition, in one order for every run (so two runs never wait
     * for each other); a client with nothing to read writes nothing and takes nothing. The run
     * summary is taken as it is written ({@link RunResult#writeRunSummary}).
     *
     * @param waiting told when the run starts to wait for another run
     * @throws FolderLock.Busy when another run holds a folder after {@link #lockWait}
     */
    public FolderLock.Held lockFolders(Configuration hadoop, java.util.function.Consumer<String> waiting) throws IOException {
        java.util.TreeMap<String, Path> folders = new java.util.TreeMap<>();
        for (InputPaths.Client c : clients) {
            if (c.error() == null) {
                Path report = new Path(out, c.slug());
                folders.put(report.toString(), report);
                if (parquet != null) {
                    Path partition = ParquetOutput.partition(parquet, c.name());
                    folders.put(partition.toString(), partition);
                }
            }
        }
        return FolderLock.acquireAll(hadoop, List.copyOf(folders.values()), runId, lockWait, waiting);
    }

    /** A client's rows of the rules file and the catalog they give. */
    private record ClientRules(RuleConfig config, List<Rule> rules, RoleCatalog roles) {
    }

    /** The rules file as a report names it, with the number of settings that apply ({@code null} without one). */
    private static ConsultantFile rulesFile(RuleConfig file, RuleConfig applied) {
        return file.file().map(f -> new ConsultantFile(f, file.sha256().orElse(""), applied.applied().size())).orElse(null);
    }

    /** The attributes file's rows for one client of the run: those that name it and those for every client. */
    public ConsultantAttributes attributesFor(InputPaths.Client client) {
        return clientAttributes.getOrDefault(client.slug(), ConsultantAttributes.NONE);
    }

    /** The names a client may be given in an attributes file: its name and its folder's. */
    public static List<String> clientNames(List<InputPaths.Client> clients) {
        return clients.stream().flatMap(c -> Stream.of(c.name(), c.slug())).toList();
    }

    /** The writer of every client's outputs, for the executors. */
    public ClientWriter writer(HadoopConf hadoop) {
        return new ClientWriter(run, clientRuns, clientAttributes, hadoop, out.toString(),
                parquet == null ? null : parquet.toString(), attributesShared, runId, compare);
    }

    /**
     * A consultant's file, read whole on the driver through Hadoop's file system (so hdfs:// and
     * s3a:// paths work) and parsed; a missing or invalid file is a usage error naming it.
     */
    static <T> T consultantFile(Configuration hadoop, String file, String what, BiFunction<String, byte[], T> parse)
            throws IOException {
        Path path = new Path(file);
        FileSystem fs = path.getFileSystem(hadoop);
        if (!fs.exists(path) || fs.getFileStatus(path).isDirectory()) {
            throw new JobConfig.UsageException(what + " not found: " + file);
        }
        byte[] bytes;
        try (var in = fs.open(path)) {
            bytes = in.readNBytes(MAX_SETTINGS_BYTES + 1);
        }
        if (bytes.length > MAX_SETTINGS_BYTES) {
            throw new JobConfig.UsageException(what + " " + file + " is too large (more than "
                    + MAX_SETTINGS_BYTES / (1024 * 1024) + " MiB)");
        }
        try {
            return parse.apply(path.getName(), bytes);
        } catch (IllegalArgumentException e) {
            throw new JobConfig.UsageException(e.getMessage());
        }
    }
}
