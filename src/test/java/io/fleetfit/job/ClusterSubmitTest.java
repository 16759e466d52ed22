package io.fleetfit.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job as platform teams run it: {@code jobs/submit} hands the cluster jar to a real Spark
 * standalone master with two workers on 127.0.0.1 ({@code jobs/standalone start --workers 2};
 * {@code jobs/test-cluster} does both and runs this test). The cluster's classpath is Spark's jars
 * alone, so the job runs only if the cluster jar carries POI, OpenCSV and picocli.
 */
@Tag("cluster")
class ClusterSubmitTest {

    @TempDir
    Path out;

    @Test
    void submitsTheSampleAssessmentToAStandaloneCluster() throws Exception {
        String output = submit("--input", Path.of("sample-inventories").toAbsolutePath().toString(),
                "--out", out.resolve("reports").toString(), "--client", "Acme Corp", "--as-of", "2026-11-26");

        List<Map<String, String>> rows = AssessmentJobTest.readCsv(out.resolve("reports/acme-corp/assessments.csv"));
        assertThat(rows).as("the three sample files' 85, 31 and 5 rows").hasSize(85 + 31 + 5);
        assertThat(out.resolve("reports/acme-corp/migration-report.xlsx")).exists();
        assertThat(output).contains("Workloads by disposition", "Reading and assessing");
        assertThat(output.lines().filter(l -> l.contains(" INFO ")).count())
                .as("Spark's INFO logging stays off the console but for spark-submit's first lines").isLessThan(10);
    }

    @Test
    void assessesThreeClientsInOneSubmissionAndNamesTheBrokenWorkbook() throws Exception {
        Path in = BatchJobTest.batch(out);
        // three clients: acme and globex whole, initech with a corrupt workbook beside its CSV
        for (String extra : List.of("hooli", "empty-client")) {
            try (var files = Files.walk(in.resolve(extra))) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Path reports = out.resolve("reports");
        java.nio.file.attribute.FileTime before = java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 1000);
        String output = submit("--input", in.toString(), "--out", reports.toString(), "--as-of", "2026-11-26",
                "--parquet", out.resolve("parquet").toString());

        Map<String, Map<String, String>> summary = AssessmentJobTest.readCsv(reports.resolve("run-summary.csv")).stream()
                .filter(r -> r.get("file").isEmpty()).collect(Collectors.toMap(r -> r.get("client"), r -> r));
        assertThat(summary.keySet()).containsExactlyInAnyOrder("acme", "globex", "initech");
        assertThat(summary.get("acme")).containsEntry("status", "ok").containsEntry("rows_read", Integer.toString(BatchJobTest.ACME_ROWS));
        assertThat(summary.get("globex")).containsEntry("status", "ok").containsEntry("rows_read", "31");
        assertThat(summary.get("initech")).containsEntry("status", "incomplete").containsEntry("rows_read", "31");
        assertThat(AssessmentJobTest.readCsv(reports.resolve("run-summary.csv")))
                .anySatisfy(r -> assertThat(r).containsEntry("client", "initech").containsEntry("file", "corrupt.xlsx")
                        .containsEntry("status", "not read"));
        for (String client : List.of("acme", "globex", "initech")) {
            List<Map<String, String>> rows = AssessmentJobTest.readCsv(reports.resolve(client + "/assessments.csv"));
            assertThat(rows).hasSize(Integer.parseInt(summary.get(client).get("rows_read")))
                    .allSatisfy(r -> assertThat(r).containsEntry("client", client));
            try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(reports.resolve(client + "/migration-report.xlsx")))) {
                assertThat(wb.getSheet("Workloads").getLastRowNum()).isPositive();
            }
        }
        assertThat(out.resolve("parquet/client=acme")).isDirectory();
        assertThat(out.resolve("parquet/client=initech")).isDirectory();
        assertThat(output).contains("of 3 clients", "reports written for 3 of 3 clients", "initech: corrupt.xlsx");
        // both workers ran executors of this application
        Path work = Path.of("target/standalone");
        assertThat(List.of(work.resolve("work1"), work.resolve("work2"))).allSatisfy(w -> {
            try (var apps = Files.list(w)) {
                assertThat(apps.anyMatch(a -> Files.isDirectory(a) && lastModified(a).compareTo(before) >= 0))
                        .as(w + " has this run's application folder").isTrue();
            }
        });
    }

    private static java.nio.file.attribute.FileTime lastModified(Path p) {
        try {
            return Files.getLastModifiedTime(p);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Runs jobs/submit against the test cluster and returns its console output; the job exits 0 or 3. */
    private String submit(String... jobArgs) throws Exception {
        String master = System.getenv("FLEETFIT_SPARK_MASTER");
        assumeTrue(master != null && !master.isBlank(), "FLEETFIT_SPARK_MASTER is not set: cluster test skipped");
        List<String> command = new ArrayList<>(List.of("jobs/submit", "--properties-file", "jobs/clusters/standalone.properties",
                "--master", master, "--conf", "spark.driver.host=127.0.0.1",
                // the test cluster's workers have one core and 2 GiB each
                "--conf", "spark.executor.cores=1", "--conf", "spark.executor.memory=1g", "--"));
        command.addAll(List.of(jobArgs));
        Path log = out.resolve("submit-" + System.nanoTime() + ".log");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(p.waitFor(10, TimeUnit.MINUTES)).as("spark-submit finished").isTrue();
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(output).isIn(FleetfitJob.OK, FleetfitJob.INPUT_UNREADABLE);
        return output;
    }
}
