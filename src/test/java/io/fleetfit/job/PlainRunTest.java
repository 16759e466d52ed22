package io.fleetfit.job;

import static io.fleetfit.job.AssessmentJobTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.fleetfit.run.JobConfig;
import io.fleetfit.summary.ClientSummary;
import io.fleetfit.tools.bench.PlainRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmarks' single-threaded baseline does the job's work: on the same inputs it writes the
 * same assessments, client by client, and the same run summary as the Spark job.
 */
@Tag("spark")
@ExtendWith(SharedSpark.class)
class PlainRunTest {

    @TempDir
    Path dir;

    @Test
    void writesWhatTheSparkJobWritesForTheSamples(SparkSession spark) throws Exception {
        assertSameOutputs(spark, "sample-inventories", List.of("acme-corp"), "--client", "Acme Corp");
    }

    @Test
    void writesWhatTheSparkJobWritesForABatch(SparkSession spark) throws Exception {
        Path in = BatchJobTest.batch(dir);
        assertSameOutputs(spark, in.toString(), List.of("acme", "globex", "initech"));
    }

    private void assertSameOutputs(SparkSession spark, String input, List<String> clients, String... more) throws Exception {
        List<String> common = new java.util.ArrayList<>(List.of("--input", input, "--as-of", "2026-11-26"));
        common.addAll(List.of(more));
        List<String> job = new java.util.ArrayList<>(common);
        job.addAll(List.of("--out", dir.resolve("job").toString()));
        List<String> plain = new java.util.ArrayList<>(common);
        plain.addAll(List.of("--out", dir.resolve("plain").toString()));

        AssessmentJobTest.Run jobRun = run(spark, job.toArray(String[]::new));
        List<ClientSummary> plainRun = PlainRun.run(JobConfig.parse(plain.toArray(String[]::new), LocalDate.of(2026, 11, 26)));

        assertThat(jobRun.code()).as(jobRun.err()).isIn(FleetfitJob.OK, FleetfitJob.INPUT_UNREADABLE);
        assertThat(plainRun).extracting(ClientSummary::folder).containsAll(clients);
        for (String client : clients) {
            String expected = Files.readString(dir.resolve("job").resolve(client).resolve("assessments.csv"));
            assertThat(Files.readString(dir.resolve("plain").resolve(client).resolve("assessments.csv")))
                    .as(client + "/assessments.csv").isEqualTo(expected);
            assertThat(dir.resolve("plain").resolve(client).resolve("migration-report.xlsx")).isNotEmptyFile();
        }
        assertThat(Files.readString(dir.resolve("plain/run-summary.csv"))).isEqualTo(Files.readString(dir.resolve("job/run-summary.csv")));
    }
}
