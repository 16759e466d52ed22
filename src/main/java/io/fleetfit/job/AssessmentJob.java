package io.fleetfit.job;

import io.fleetfit.assessment.Assessment;
import io.fleetfit.assessment.AssessmentSettings;
import io.fleetfit.assessment.Assessor;
import io.fleetfit.assessment.ExcludedTemplate;
import io.fleetfit.assessment.LifecycleCatalog;
import io.fleetfit.assessment.Outcome;
import io.fleetfit.assessment.Rule;
import io.fleetfit.assessment.RuleCatalog;
import io.fleetfit.assessment.RuleConfig;
import io.fleetfit.assessment.VmRecord;
import io.fleetfit.inventory.AttributesFile;
import io.fleetfit.inventory.ConsultantAttributes;
import io.fleetfit.inventory.FieldMapping;
import io.fleetfit.inventory.LifecycleFile;
import io.fleetfit.inventory.ReadOptions;
import io.fleetfit.inventory.ReadRow;
import io.fleetfit.inventory.RulesFile;
import io.fleetfit.report.AssessmentsCsvWriter;
import io.fleetfit.report.ConsultantFile;
import io.fleetfit.report.InputFile;
import io.fleetfit.report.OutputNames;
import io.fleetfit.report.ReportWriter;
import io.fleetfit.report.RunInfo;
import io.fleetfit.report.RunTotals;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
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
import java.util.function.BiFunction;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.SparkSession;

/** One client's run: read, judge, sort, write and commit the report. Wiring only. */
final class AssessmentJob {

    /** More than any rules, attributes or lifecycle file holds; the readers set their own, lower limits. */
    private static final int MAX_SETTINGS_BYTES = 64 * 1024 * 1024;

    /** What the run produced, for the console summary and the exit code. */
    record Result(String client, Path reportDir, List<InputFile> inputs, RunTotals totals) {
        boolean someInputsUnreadable() {
            return inputs.stream().anyMatch(f -> !f.readable());
        }
    }

    private final SparkSession spark;
    private final Progress progress;

    AssessmentJob(SparkSession spark, Progress progress) {
        this.spark = spark;
        this.progress = progress;
    }

    Result run(JobConfig config) throws IOException {
        Configuration hadoop = spark.sparkContext().hadoopConfiguration();
        List<InputPaths.InputPath> files = InputPaths.resolve(hadoop, config.inputs());
        String client = config.client() != null ? config.client().strip()
                : OutputNames.clientFromPath(config.inputs().get(0));
        // the consultant's files are read and checked on the driver, before any Spark work: a mistake is a usage error
        LifecycleFile lifecycleFile = config.lifecycle() == null ? null
                : consultantFile(hadoop, config.lifecycle(), "lifecycle catalog", LifecycleFile::read);
        LifecycleCatalog lifecycle = lifecycleFile == null ? LifecycleCatalog.bundled() : lifecycleFile.catalog();
        RuleConfig ruleConfig = config.rules() == null ? RuleConfig.DEFAULT
                : consultantFile(hadoop, config.rules(), "rules file", RulesFile::read);
        AssessmentSettings settings = new AssessmentSettings(config.asOf(), lifecycle, ruleConfig);
        List<Rule> rules;
        try {
            rules = RuleCatalog.configured(settings, ruleConfig);
        } catch (IllegalArgumentException e) {
            throw new JobConfig.UsageException(e.getMessage());
        }
        ConsultantAttributes attributes = config.attributes() == null ? ConsultantAttributes.NONE
                : consultantFile(hadoop, config.attributes(), "attributes file", AttributesFile::read);
        Map<String, String> mapping = config.mapping() == null ? Map.of()
                : consultantFile(hadoop, config.mapping(), "mapping file",
                        (name, bytes) -> FieldMapping.parse(name, new String(bytes, StandardCharsets.UTF_8).lines().toList()));
        ReadOptions options = new ReadOptions(config.format(), mapping);
        Map<String, Integer> fileOrder = new HashMap<>();
        for (int i = 0; i < files.size(); i++) {
            fileOrder.put(files.get(i).name(), i);
        }
        progress.step("Reading and assessing " + files.size() + " inventory file" + (files.size() == 1 ? "" : "s")
                + " for " + client);

        JavaRDD<Item> read = InventorySource.read(spark, files, options);
        if (!attributes.isEmpty()) {
            read = read.map(item -> withAttributes(attributes, item));
        }
        JavaRDD<Item> judged = DuplicateRows.mark(read, fileOrder)
                .mapPartitions(items -> judged(Assessor.standard(settings), items));
        // input files sort first, then the outcomes in report order
        Iterator<Item> sorted = judged.sortBy(Item::sortKey, true, judged.getNumPartitions()).toLocalIterator();
        List<InputFile> inputs = new ArrayList<>();
        Item first = null;
        while (first == null && sorted.hasNext()) {
            Item i = sorted.next();
            if (i instanceof Item.File f) {
                inputs.add(f.file());
            } else {
                first = i;
            }
        }
        inputs.sort(Comparator.comparingInt(f -> fileOrder.getOrDefault(f.name(), files.size())));
        if (inputs.stream().noneMatch(InputFile::readable)) {
            throw new NoReadableInput(inputs);
        }
        RunInfo run = RunInfo.of(client, config.asOf(), inputs, rules, lifecycle, JobConfig.Version.current())
                .withRulesFile(ruleConfig.file()
                        .map(f -> new ConsultantFile(f, ruleConfig.sha256().orElse(""), ruleConfig.settings().size())).orElse(null))
                .withLifecycleFile(lifecycleFile == null ? null
                        : new ConsultantFile(new Path(config.lifecycle()).getName(), lifecycleFile.sha256(), lifecycle.entries().size()))
                .withAttributesFile(config.attributes() == null ? null
                        : new ConsultantFile(attributes.file(), attributes.sha256(), attributes.entries().size()));
        Path dir = new Path(config.out(), OutputNames.clientSlug(client));
        progress.step("Writing the report to " + dir);
        RunTotals totals = write(hadoop, dir, run, attributes, first, sorted);
        if (totals.unmatchedAttributes() > 0) {
            progress.step(totals.unmatchedAttributes() + " row" + (totals.unmatchedAttributes() == 1 ? "" : "s") + " of "
                    + attributes.file() + " matched no VM; listed on the Data quality sheet");
        }
        return new Result(client, dir, inputs, totals);
    }

    /**
     * A consultant's file, read whole on the driver through Hadoop's file system (so hdfs:// and
     * s3a:// paths work) and parsed; a missing or invalid file is a usage error naming it.
     */
    private static <T> T consultantFile(Configuration hadoop, String file, String what, BiFunction<String, byte[], T> parse)
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

    /** Runs on an executor: a record read with the consultant's attributes in place of the inventory's. */
    static Item withAttributes(ConsultantAttributes attributes, Item item) {
        if (item instanceof Item.Read r && r.row() instanceof ReadRow.Vm vm) {
            VmRecord applied = attributes.apply(vm.vm());
            return applied == vm.vm() ? item : new Item.Read(new ReadRow.Vm(applied));
        }
        return item;
    }

    /**
     * Streams the outcomes into the report and the CSV, then commits both. The attributes rows
     * that no outcome matched are listed on the report's Data quality sheet.
     */
    private static RunTotals write(Configuration hadoop, Path dir, RunInfo run, ConsultantAttributes attributes,
                                   Item first, Iterator<Item> rest) throws IOException {
        Set<Integer> applied = new HashSet<>();
        RunTotals totals;
        try (ReportCommitter commit = new ReportCommitter(hadoop, dir)) {
            try (OutputStream xlsx = commit.create(OutputNames.REPORT);
                 Writer csvOut = new OutputStreamWriter(commit.create(OutputNames.ASSESSMENTS), StandardCharsets.UTF_8);
                 ReportWriter report = new ReportWriter(run, xlsx);
                 AssessmentsCsvWriter csv = new AssessmentsCsvWriter(run.client(), csvOut)) {
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

    /** The partition's items with every row judged, lazily: a partition never sits in memory whole. */
    private static Iterator<Item> judged(Assessor assessor, Iterator<Item> items) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return items.hasNext();
            }

            @Override
            public Item next() {
                return judge(assessor, items.next());
            }
        };
    }

    private static Item judge(Assessor assessor, Item item) {
        if (item instanceof Item.Read r) {
            return new Item.Judged(r.row() instanceof ReadRow.Vm vm
                    ? assessor.assess(vm.vm())
                    : ((ReadRow.Rejected) r.row()).rejection());
        }
        return item;
    }

    /** No input file of the client could be read: there is nothing to report. */
    static final class NoReadableInput extends RuntimeException {
        final List<InputFile> inputs;

        NoReadableInput(List<InputFile> inputs) {
            super(inputs.size() == 1 ? inputs.get(0).error() : "none of the " + inputs.size() + " input files could be read");
            this.inputs = inputs;
        }
    }
}
