package io.fleetfit.run;

import io.fleetfit.inventory.SourceFormat;
import io.fleetfit.report.Paper;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The job's command line. Parsing never exits the JVM: {@link #parse} throws {@link UsageException}
 * with a one-line message, and {@code --help}/{@code --version} are reported by
 * {@link #helpRequested()}.
 */
@Command(name = "fleetfit",
        mixinStandardHelpOptions = true,
        versionProvider = JobConfig.Version.class,
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = {
            "Assesses VM inventories for containerization fitness and writes an Excel migration report",
            "and assessments.csv per client into OUT/<client>/, and OUT/run-summary.csv for the run.",
            "",
            "Inputs: RVTools exports (.xlsx, .xls, vInfo and the other tabs), RVTools-layout CSV, Azure",
            "Migrate and AWS Migration Hub import CSVs, fleetfit's template, and any export with a",
            "--mapping file; the format is detected per file. A folder input reads every such file in it;",
            "a folder holding only folders is a batch: each subfolder is a client with its own report."},
        footer = {"",
            "Exit codes: 0 every report written from every input; 1 failed (a report could not be",
            "written); 2 bad usage; 3 some input files could not be read (the reports cover the others,",
            "the Summary and run-summary.csv list why)."})
public final class JobConfig implements Callable<Integer> {

    @Option(names = {"-i", "--input"}, arity = "1..*", paramLabel = "PATH",
            description = "Inventory file or folder of inventory files (repeatable; local, hdfs:// or s3a:// paths).")
    private List<String> inputs = new ArrayList<>();

    @Option(names = {"-o", "--out"}, paramLabel = "DIR",
            description = "Output folder (local, hdfs:// or s3a://; on a cluster, one every executor can write): each"
                    + " client's report lands in DIR/<client-slug>/, the run summary in DIR/run-summary.csv.")
    private String out;

    @Option(names = "--client", paramLabel = "NAME",
            description = "Client name shown in the report (default: the input folder's or file's name; not with a"
                    + " batch folder, whose subfolders name their clients).")
    private String client;

    @Option(names = "--engagement", paramLabel = "TITLE",
            description = "The engagement's title, printed on the Summary and in the report's properties.")
    private String engagement;

    @Option(names = "--firm", paramLabel = "NAME",
            description = "The consultant's firm, printed on the Summary, in the page header and the report's properties.")
    private String firm;

    @Option(names = "--paper", paramLabel = "SIZE",
            description = "The paper the report's sheets print on: a4 (the default) or letter (US Letter).")
    private String paper;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
            description = "Assessment date for OS support status (default: today).")
    private String asOf;

    @Option(names = "--format", paramLabel = "ID",
            description = "Read every input as this format instead of detecting it: ${COMPLETION-CANDIDATES}.",
            completionCandidates = FormatIds.class)
    private String format;

    @Option(names = "--mapping", paramLabel = "FILE",
            description = "Mapping file (CSV 'header,field' or properties 'header=field') that maps an export's headers"
                    + " (a CMDB's, say) onto fleetfit's fields; see jobs/mappings/.")
    private String mapping;

    @Option(names = "--rules", paramLabel = "FILE",
            description = "Rules file (CSV or .xlsx: rule,setting,value[,note]) that switches rules off or changes their"
                    + " severity, effect, weight, thresholds or keywords for this client (an example is in jobs/examples/).")
    private String rules;

    @Option(names = "--attributes", paramLabel = "FILE",
            description = "Attributes file (CSV or .xlsx keyed by vm or vm_uuid): application, business unit, owner, environment,"
                    + " data classification, isolation requirement, statefulness and disposition overrides; its values replace"
                    + " the inventory's (an example is in jobs/examples/).")
    private String attributes;

    @Option(names = "--lifecycle", paramLabel = "FILE",
            description = "OS lifecycle catalog (CSV: product,release,name,support_end,extended_support_end) to use instead"
                    + " of the bundled one.")
    private String lifecycle;

    @Option(names = "--kubevirt-guests", paramLabel = "FILE",
            description = "KubeVirt guest catalog (CSV: product,releases,supported,name,upgrade) to use instead of the"
                    + " bundled one: the guest OSes the client's KubeVirt platform supports.")
    private String kubevirtGuests;

    @Option(names = "--pseudonymise", paramLabel = "KEYFILE",
            description = "Replace every identifying value (names, DNS names, IP addresses, vCenter, datacenter, cluster, host,"
                    + " folder, resource pool, network, annotation, custom attribute values, the attributes file's texts) in"
                    + " every output by a stable pseudonym derived from the secret in KEYFILE (vm-3f9a2c1b7d, ...); the rules"
                    + " judge the real values.")
    private String pseudonymise;

    @Option(names = "--pseudonym-map", paramLabel = "FILE",
            description = "With --pseudonymise: also write the reverse map (pseudonym,original CSV, owner-only) to FILE,"
                    + " for jobs/reveal.")
    private String pseudonymMap;

    @Option(names = "--parquet", paramLabel = "DIR",
            description = "Also write every client's assessments as Parquet to DIR, partitioned by client (a run replaces"
                    + " its own clients' partitions only).")
    private String parquet;

    @Option(names = "--compare", paramLabel = "PREVIOUS",
            description = "Compare with a previous run: its output folder (a batch compares each client with its own folder"
                    + " there) or a client's assessments.csv. Adds a Changes sheet and changes.csv beside assessments.csv.")
    private String compare;

    @Option(names = "--template", paramLabel = "FILE.xlsx",
            description = "Write a blank inventory template (comments and drop-down lists) for a client to fill in, then exit.")
    private String template;

    @Option(names = "--verbose", description = "Show Spark's own log output on the console.")
    private boolean verbose;

    private LocalDate asOfDate;
    private Paper paperSize = Paper.A4;
    private boolean helpRequested;

    /** Parses and checks the arguments; {@code today} is the default as-of date. */
    public static JobConfig parse(String[] args, LocalDate today) {
        JobConfig config = new JobConfig();
        CommandLine cl = new CommandLine(config);
        try {
            CommandLine.ParseResult result = cl.parseArgs(args);
            if (result.isUsageHelpRequested() || result.isVersionHelpRequested()) {
                config.helpRequested = true;
                return config;
            }
        } catch (CommandLine.ParameterException e) {
            throw new UsageException(e.getMessage());
        }
        if (config.template != null) {
            if (!config.template.toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx")) {
                throw new UsageException("--template needs a file name ending in .xlsx, not '" + config.template + "'");
            }
            return config;
        }
        if (config.inputs.isEmpty()) {
            throw new UsageException("Missing required option: '--input=PATH'");
        }
        if (config.out == null) {
            throw new UsageException("Missing required option: '--out=DIR'");
        }
        if (config.format != null) {
            try {
                SourceFormat.forId(config.format.strip());
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
        }
        config.asOfDate = today;
        if (config.asOf != null) {
            try {
                config.asOfDate = LocalDate.parse(config.asOf.strip());
            } catch (DateTimeParseException e) {
                throw new UsageException("--as-of must be a date as YYYY-MM-DD, not '" + config.asOf + "'");
            }
        }
        for (String[] file : new String[][] {{"--rules", config.rules}, {"--attributes", config.attributes},
                {"--lifecycle", config.lifecycle}, {"--kubevirt-guests", config.kubevirtGuests}, {"--parquet", config.parquet}}) {
            if (file[1] != null && file[1].isBlank()) {
                throw new UsageException(file[0] + " needs a file name");
            }
        }
        if (config.compare != null && config.compare.isBlank()) {
            throw new UsageException("--compare needs the previous run's folder or assessments.csv");
        }
        if (config.paper != null) {
            try {
                config.paperSize = Paper.of(config.paper);
            } catch (IllegalArgumentException e) {
                throw new UsageException("--paper must be " + Paper.ids() + ", not '" + config.paper + "'");
            }
        }
        if (config.pseudonymMap != null && config.pseudonymise == null) {
            throw new UsageException("--pseudonym-map needs --pseudonymise KEYFILE");
        }
        if (config.pseudonymise != null && config.pseudonymise.isBlank() || config.pseudonymMap != null && config.pseudonymMap.isBlank()) {
            throw new UsageException("--pseudonymise and --pseudonym-map need a file name");
        }
        if (config.client != null && config.client.isBlank()) {
            throw new UsageException("--client must not be blank");
        }
        return config;
    }

    /** The usage text, as {@code --help} prints it. */
    public static String usage() {
        return new CommandLine(new JobConfig()).getUsageMessage();
    }

    public static String versionText() {
        return "fleetfit " + Version.current();
    }

    @Override
    public Integer call() {
        return 0;
    }

    public boolean helpRequested() {
        return helpRequested;
    }

    public List<String> inputs() {
        return List.copyOf(inputs);
    }

    public String out() {
        return out;
    }

    /** The client as given, or {@code null} to derive it from the inputs. */
    public String client() {
        return client;
    }

    public LocalDate asOf() {
        return asOfDate;
    }

    /** The forced format id, or {@code null} to detect each file's format. */
    public String format() {
        return format;
    }

    /** The mapping file's path, or {@code null}. */
    public String mapping() {
        return mapping;
    }

    /** The client's rules file, or {@code null} for the standard rules. */
    public String rules() {
        return rules;
    }

    /** The consultant's attributes file, or {@code null}. */
    public String attributes() {
        return attributes;
    }

    /** A lifecycle catalog to use instead of the bundled one, or {@code null}. */
    public String lifecycle() {
        return lifecycle;
    }

    /** A KubeVirt guest catalog to use instead of the bundled one, or {@code null}. */
    public String kubevirtGuests() {
        return kubevirtGuests;
    }

    /** The engagement's title, or {@code null}. */
    public String engagement() {
        return engagement;
    }

    /** The consultant's firm, or {@code null}. */
    public String firm() {
        return firm;
    }

    /** The paper the report prints on: A4 unless {@code --paper} says otherwise. */
    public Paper paper() {
        return paperSize;
    }

    /** Where to write the Parquet dataset, or {@code null} for none. */
    public String parquet() {
        return parquet;
    }

    /** The previous run to compare with ({@code --compare}), or {@code null}. */
    public String compare() {
        return compare;
    }

    /** Where to write a blank template, or {@code null} for an assessment run. */
    public String template() {
        return template;
    }

    /** The key file of {@code --pseudonymise}, or {@code null} for outputs with the real values. */
    public String pseudonymise() {
        return pseudonymise;
    }

    /** Where to write the reverse map of the pseudonyms, or {@code null} for none. */
    public String pseudonymMap() {
        return pseudonymMap;
    }

    public boolean verbose() {
        return verbose;
    }

    /** The ids {@code --format} accepts, for the usage text. */
    static final class FormatIds extends ArrayList<String> {
        FormatIds() {
            super(java.util.Arrays.stream(SourceFormat.values()).map(SourceFormat::id).toList());
        }
    }

    /** Bad usage: the message is one line for the user. */
    public static final class UsageException extends RuntimeException {
        public UsageException(String message) {
            super(message);
        }
    }

    /** fleetfit's version, from the jar manifest (or "dev" when run from classes). */
    public static final class Version implements CommandLine.IVersionProvider {
        public static String current() {
            String v = JobConfig.class.getPackage().getImplementationVersion();
            return v == null ? "dev" : v;
        }

        @Override
        public String[] getVersion() {
            return new String[] {versionText()};
        }
    }
}
