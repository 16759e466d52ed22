package io.fleetfit.job;

import io.fleetfit.assessment.AssessmentSettings;
import io.fleetfit.assessment.Assessor;
import io.fleetfit.assessment.Outcome;
import io.fleetfit.assessment.RuleCatalog;
import io.fleetfit.inventory.FieldMapping;
import io.fleetfit.inventory.ReadOptions;
import io.fleetfit.inventory.ReadRow;
import io.fleetfit.report.AssessmentsCsvWriter;
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
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.SparkSession;

/** One client's run: read, judge, sort, write and commit the report. Wiring only. */
final class AssessmentJob {

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
        AssessmentSettings settings = AssessmentSettings.standard(config.asOf());
        ReadOptions options = new ReadOptions(config.format(), mapping(hadoop, config.mapping()));
        Map<String, Integer> fileOrder = new HashMap<>();
        for (int i = 0; i < files.size(); i++) {
            fileOrder.put(files.get(i).name(), i);
        }
        progress.step("Reading and assessing " + files.size() + " inventory file" + (files.size() == 1 ? "" : "s")
                + " for " + client);

        JavaRDD<Item> judged = DuplicateRows.mark(InventorySource.read(spark, files, options), fileOrder)
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
        RunInfo run = new RunInfo(client, config.asOf(), inputs, RuleCatalog.standard(settings),
                settings.lifecycle().version(), JobConfig.Version.current());
        Path dir = new Path(config.out(), OutputNames.clientSlug(client));
        progress.step("Writing the report to " + dir);
        RunTotals totals = write(hadoop, dir, run, first, sorted);
        return new Result(client, dir, inputs, totals);
    }

    /** The mapping file's header-to-field map, empty without one. */
    private static Map<String, String> mapping(Configuration hadoop, String file) throws IOException {
        if (file == null) {
            return Map.of();
        }
        Path path = new Path(file);
        if (!path.getFileSystem(hadoop).exists(path)) {
            throw new JobConfig.UsageException("mapping file not found: " + file);
        }
        try (var in = new java.io.BufferedReader(new java.io.InputStreamReader(path.getFileSystem(hadoop).open(path), StandardCharsets.UTF_8))) {
            return FieldMapping.parse(path.getName(), in.lines().toList());
        } catch (IllegalArgumentException e) {
            throw new JobConfig.UsageException(e.getMessage());
        }
    }

    /** Streams the outcomes into the report and the CSV, then commits both. */
    private static RunTotals write(Configuration hadoop, Path dir, RunInfo run, Item first, Iterator<Item> rest)
            throws IOException {
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
