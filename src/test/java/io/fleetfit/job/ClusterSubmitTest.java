package io.fleetfit.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job as platform teams run it: {@code jobs/submit} hands the cluster jar to a real Spark
 * standalone master and worker on 127.0.0.1 ({@code jobs/standalone start}; {@code jobs/test-cluster}
 * does both and runs this test).
 */
@Tag("cluster")
class ClusterSubmitTest {

    @TempDir
    Path out;

    @Test
    void submitsTheSampleAssessmentToAStandaloneCluster() throws Exception {
        String master = System.getenv("FLEETFIT_SPARK_MASTER");
        assumeTrue(master != null && !master.isBlank(), "FLEETFIT_SPARK_MASTER is not set: cluster test skipped");

        Path log = out.resolve("submit.log");
        Process p = new ProcessBuilder("jobs/submit", "--master", master, "--conf", "spark.driver.host=127.0.0.1",
                "--", "--input", Path.of("sample-inventories").toAbsolutePath().toString(),
                "--out", out.resolve("reports").toString(), "--client", "Acme Corp", "--as-of", "2026-11-26")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(p.waitFor(10, TimeUnit.MINUTES)).as("spark-submit finished").isTrue();
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(output).isZero();

        List<Map<String, String>> rows = AssessmentJobTest.readCsv(out.resolve("reports/acme-corp/assessments.csv"));
        assertThat(rows).hasSize(92);
        assertThat(out.resolve("reports/acme-corp/migration-report.xlsx")).exists();
        assertThat(output).contains("Workloads by disposition", "Reading and assessing");
        assertThat(output.lines().filter(l -> l.contains(" INFO ")).count())
                .as("Spark's INFO logging stays off the console but for spark-submit's first lines").isLessThan(10);
    }
}
