package io.fleetfit.job;

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
            "Assesses a VM inventory for containerization fitness and writes an Excel migration report",
            "and assessments.csv for one client into OUT/<client>/.",
            "",
            "Inputs: RVTools exports (.xlsx, vInfo sheet) and CSV files with vInfo's headers; a folder",
            "input reads every such file in it."},
        footer = {"",
            "Exit codes: 0 report written; 1 failed, no report; 2 bad usage; 3 some input files",
            "could not be read (the report covers the others, the Summary lists why)."})
public final class JobConfig implements Callable<Integer> {

    @Option(names = {"-i", "--input"}, arity = "1..*", required = true, paramLabel = "PATH",
            description = "Inventory file or folder of inventory files (repeatable; local, hdfs:// or s3a:// paths).")
    private List<String> inputs = new ArrayList<>();

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR",
            description = "Output folder; the client's report lands in DIR/<client-slug>/.")
    private String out;

    @Option(names = "--client", paramLabel = "NAME",
            description = "Client name shown in the report (default: the input folder's or file's name).")
    private String client;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
            description = "Assessment date for OS support status (default: today).")
    private String asOf;

    @Option(names = "--verbose", description = "Show Spark's own log output on the console.")
    private boolean verbose;

    private LocalDate asOfDate;
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
        config.asOfDate = today;
        if (config.asOf != null) {
            try {
                config.asOfDate = LocalDate.parse(config.asOf.strip());
            } catch (DateTimeParseException e) {
                throw new UsageException("--as-of must be a date as YYYY-MM-DD, not '" + config.asOf + "'");
            }
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

    public boolean verbose() {
        return verbose;
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
