package io.fleetfit.job;

import static io.fleetfit.job.AssessmentJobTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.fleetfit.job.AssessmentJobTest.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A batch read from and written to {@code s3a://} (Hadoop's S3A client, with the AWS SDK v2,
 * against a real S3 API server on 127.0.0.1, see {@link MiniS3}) gives what the same batch gives on
 * the local file system: the reports, assessments.csv, run-summary.csv and the Parquet dataset. Run
 * by {@code jobs/test-cluster}, with the HDFS tests.
 */
@Tag("yarn")
@ExtendWith({SharedSpark.class, MiniS3.class})
class S3aJobTest {

    @TempDir
    Path dir;

    /** The S3 server's settings in the session's Hadoop configuration, and a client of {@code bucket} made on the server. */
    private static FileSystem bucket(SparkSession spark, MiniS3.Server s3, String bucket) throws Exception {
        s3.createBucket(bucket);
        s3.configure(spark.sparkContext().hadoopConfiguration());
        return FileSystem.get(java.net.URI.create("s3a://" + bucket + "/"), spark.sparkContext().hadoopConfiguration());
    }

    @Test
    void aBatchOnS3GivesTheLocalRunsOutputs(SparkSession spark, MiniS3.Server s3) throws Exception {
        Path in = HdfsJobTest.twoClients(dir);
        Path local = dir.resolve("local");
        Run localRun = run(spark, "--input", in.toString(), "--out", local.resolve("reports").toString(),
                "--parquet", local.resolve("parquet").toString(), "--as-of", "2026-11-26");
        assertThat(localRun.code()).as(localRun.out() + localRun.err()).isEqualTo(FleetfitJob.OK);

        FileSystem fs = bucket(spark, s3, "job");
        String s3a = "s3a://job/engagement";
        fs.copyFromLocalFile(new org.apache.hadoop.fs.Path(in.toUri()), new org.apache.hadoop.fs.Path(s3a + "/inventories"));
        Run s3Run = run(spark, "--input", s3a + "/inventories", "--out", s3a + "/reports",
                "--parquet", s3a + "/parquet", "--as-of", "2026-11-26");
        assertThat(s3Run.code()).as(s3Run.out() + s3Run.err()).isEqualTo(FleetfitJob.OK);
        assertThat(s3Run.out()).contains("reports in " + s3a + "/reports",
                "Run summary: " + s3a + "/reports/run-summary.csv", "reports written for 2 of 2 clients");

        Path back = Files.createDirectories(dir.resolve("from-s3"));
        fs.copyToLocalFile(new org.apache.hadoop.fs.Path(s3a + "/reports"), new org.apache.hadoop.fs.Path(back.toUri()));
        fs.copyToLocalFile(new org.apache.hadoop.fs.Path(s3a + "/parquet"), new org.apache.hadoop.fs.Path(back.toUri()));
        HdfsJobTest.sameOutputs(local, back);
        assertThat(spark.read().parquet(s3a + "/parquet").count())
                .isEqualTo(HdfsJobTest.ROWS.get("acme") + HdfsJobTest.ROWS.get("globex"));
    }

    @Test
    void aMissingS3InputIsOneLineNamingItWithTheLocalRunsExitCode(SparkSession spark, MiniS3.Server s3) throws Exception {
        FileSystem fs = bucket(spark, s3, "missing");
        Run local = run(spark, "--input", dir.resolve("no-such-folder").toString(), "--out", dir.resolve("reports").toString());
        String missing = "s3a://missing/no-such-folder";
        Run s3Run = run(spark, "--input", missing, "--out", "s3a://missing/reports");

        assertThat(s3Run.code()).isEqualTo(local.code()).isEqualTo(FleetfitJob.USAGE);
        assertThat(s3Run.err().lines().filter(l -> !l.isBlank()).toList()).first()
                .isEqualTo("fleetfit: input not found: " + missing);
        assertThat(s3Run.err()).doesNotContain("Exception", "\tat ");
        assertThat(fs.exists(new org.apache.hadoop.fs.Path("s3a://missing/reports"))).as("nothing written").isFalse();
    }
}
