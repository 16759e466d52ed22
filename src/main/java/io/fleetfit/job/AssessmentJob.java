package io.fleetfit.job;

import io.fleetfit.assessment.AssessmentSettings;
import io.fleetfit.assessment.Assessor;
import io.fleetfit.assessment.RuleCatalog;
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
import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

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
        progress.step("Reading " + files.size() + " inventory file" + (files.size() == 1 ? "" : "s") + " for " + client);

        JavaRDD<Item> judged = InventorySource.read(spark, files)
                .mapPartitions(items -> {
                    Assessor assessor = Assessor.standard(settings);
                    List<Item> out = new ArrayList<>();
                    items.forEachRemaining(i -> out.add(judge(assessor, i)));
                    return out.iterator();
                })
                // sortBy samples its input first: keep the judged rows so the files are read once
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        try {
            Iterator<Item> sorted = judged.sortBy(Item::sortKey, true, judged.getNumPartitions()).toLocalIterator();
            List<InputFile> inputs = new ArrayList<>();
            Item first = null;
            while (sorted.hasNext()) {
                Item i = sorted.next();
                if (i instanceof Item.File f) {
                    inputs.add(f.file());
                } else {
                    first = i;
                    break;
                }
            }
            inputs.sort(java.util.Comparator.comparingInt(f -> order(files, f.name())));
            if (inputs.stream().noneMatch(InputFile::readable)) {
                throw new NoReadableInput(inputs);
            }
            progress.step("Assessing and writing the report");
            RunInfo run = new RunInfo(client, config.asOf(), inputs, RuleCatalog.standard(settings),
                    settings.lifecycle().version(), JobConfig.Version.current());
            Path dir = new Path(config.out(), OutputNames.clientSlug(client));
            RunTotals totals;
            try (ReportCommitter commit = new ReportCommitter(hadoop, dir)) {
                try (OutputStream xlsx = commit.create(OutputNames.REPORT);
                     Writer csvOut = new OutputStreamWriter(commit.create(OutputNames.ASSESSMENTS), StandardCharsets.UTF_8);
                     ReportWriter report = new ReportWriter(run, xlsx);
                     AssessmentsCsvWriter csv = new AssessmentsCsvWriter(client, csvOut)) {
                    Item next = first;
                    while (next != null) {
                        var outcome = ((Item.Judged) next).outcome();
                        report.add(outcome);
                        csv.add(outcome);
                        next = sorted.hasNext() ? sorted.next() : null;
                    }
                    totals = report.finish();
                }
                commit.commit();
            }
            return new Result(client, dir, inputs, totals);
        } finally {
            judged.unpersist(false);
        }
    }

    private static Item judge(Assessor assessor, Item item) {
        if (item instanceof Item.Read r) {
            return new Item.Judged(r.row() instanceof ReadRow.Vm vm
                    ? assessor.assess(vm.vm())
                    : ((ReadRow.Rejected) r.row()).rejection());
        }
        return item;
    }

    private static int order(List<InputPaths.InputPath> files, String name) {
        for (int i = 0; i < files.size(); i++) {
            if (files.get(i).name().equals(name)) {
                return i;
            }
        }
        return files.size();
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
