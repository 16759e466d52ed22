package io.fleetfit.job;

import static io.fleetfit.job.AssessmentJobTest.readCsv;
import static io.fleetfit.job.AssessmentJobTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.fleetfit.job.AssessmentJobTest.Run;
import io.fleetfit.run.OtherSchemeFileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.hadoop.conf.Configuration;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs and outputs are Hadoop paths: a batch read from and written to a file system that is not
 * {@code file:} ({@link OtherSchemeFileSystem}, configured like a cluster's {@code hdfs://} or
 * {@code s3a://}) gives the same reports, run summary and Parquet dataset.
 */
@Tag("spark")
@ExtendWith(SharedSpark.class)
class HadoopPathsTest {

    @TempDir
    Path dir;

    @BeforeEach
    void register(SparkSession spark) {
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        conf.set("fs." + OtherSchemeFileSystem.SCHEME + ".impl", OtherSchemeFileSystem.class.getName());
        conf.setBoolean("fs." + OtherSchemeFileSystem.SCHEME + ".impl.disable.cache", true);
    }

    @AfterEach
    void unregister(SparkSession spark) {
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        conf.unset("fs." + OtherSchemeFileSystem.SCHEME + ".impl");
        conf.unset("fs." + OtherSchemeFileSystem.SCHEME + ".impl.disable.cache");
    }

    @Test
    void aBatchOnAnotherFileSystemIsReadAndWrittenThroughHadoop(SparkSession spark) throws Exception {
        Path in = BatchJobTest.batch(dir);
        String other = OtherSchemeFileSystem.SCHEME + "://";
        Run run = run(spark, "--input", other + in, "--out", other + dir.resolve("reports"),
                "--parquet", other + dir.resolve("parquet"), "--as-of", "2026-11-26");

        assertThat(run.code()).as(run.out() + run.err()).isEqualTo(FleetfitJob.INPUT_UNREADABLE);
        Map<String, String> status = readCsv(dir.resolve("reports/run-summary.csv")).stream()
                .filter(r -> r.get("file").isEmpty()).collect(Collectors.toMap(r -> r.get("client"), r -> r.get("status")));
        assertThat(status).containsEntry("acme", "ok").containsEntry("globex", "ok").containsEntry("initech", "incomplete")
                .containsEntry("hooli", "no report");
        assertThat(readCsv(dir.resolve("reports/acme/assessments.csv"))).hasSize(BatchJobTest.ACME_ROWS);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(dir.resolve("reports/acme/migration-report.xlsx")))) {
            // acme's workloads: acme-vcenter01.xlsx's 80 and the CSV's 28 (no templates, system VMs or rejected rows)
            assertThat(wb.getSheet("Workloads").getLastRowNum()).isEqualTo(80 + 28);
        }
        assertThat(run.out()).contains(OtherSchemeFileSystem.SCHEME + ":/");
        assertThat(spark.read().parquet(other + dir.resolve("parquet")).count()).isEqualTo(BatchJobTest.ACME_ROWS + 31 + 31);
    }
}
