package io.fleetfit.job;

import static io.fleetfit.job.AssessmentJobTest.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fleetfit.job.AssessmentJobTest.Run;
import io.fleetfit.run.FolderLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
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
    void everyOutputAppearsUnderItsFinalNameByOneServerSideCopyOfAWholeObject(SparkSession spark, MiniS3.Server s3)
            throws Exception {
        FileSystem fs = bucket(spark, s3, "commit");
        fs.copyFromLocalFile(new org.apache.hadoop.fs.Path(HdfsJobTest.twoClients(dir).toUri()),
                new org.apache.hadoop.fs.Path("s3a://commit/engagement/inventories"));
        String s3a = "s3a://commit/engagement";
        Run run = run(spark, "--input", s3a + "/inventories", "--out", s3a + "/reports",
                "--parquet", s3a + "/parquet", "--as-of", "2026-11-26");
        assertThat(run.code()).as(run.out() + run.err()).isEqualTo(FleetfitJob.OK);

        // the server's own record of the objects it stored, copied and removed. S3 has no rename: S3A
        // renames by a server-side copy, then deletes the source. An object appears to readers only
        // when the request that writes it has completed, whole (S3's PUT, copy and multipart
        // completion are atomic per object), so a reader sees the previous report or the new one.
        List<MiniS3.Event> events = s3.events("commit", "engagement/");
        List<String> finals = List.of("reports/acme/migration-report.xlsx", "reports/acme/assessments.csv",
                "reports/globex/migration-report.xlsx", "reports/globex/assessments.csv", "reports/run-summary.csv",
                "parquet/client=acme/part-00000-fleetfit.snappy.parquet",
                "parquet/client=globex/part-00000-fleetfit.snappy.parquet");
        for (String f : finals) {
            String key = "engagement/" + f;
            List<MiniS3.Event> history = events.stream()
                    .filter(e -> key.equals(e.key())).toList();
            assertThat(history).as(key + " is written only by one copy of a whole object").singleElement()
                    .satisfies(e -> assertThat(e.op()).isEqualTo("copy"));
            String temp = history.get(0).from();
            assertThat(temp).as("the temporary name").isNotEqualTo(key).contains(".inprogress");
            List<MiniS3.Event> ofTemp = events.stream()
                    .filter(e -> temp.equals(e.key())).toList();
            assertThat(ofTemp).as(temp + ": written, then removed after the copy").extracting(MiniS3.Event::op)
                    .containsExactly(ofTemp.get(0).op(), "remove").first().isIn("put", "complete");
            assertThat(fs.exists(new org.apache.hadoop.fs.Path("s3a://commit/" + temp))).as(temp + " is gone").isFalse();
        }
    }

    @Test
    void aRunFindsAnOutputHeldWhileAnotherRunHoldsIt(SparkSession spark, MiniS3.Server s3) throws Exception {
        FileSystem fs = bucket(spark, s3, "held");
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        org.apache.hadoop.fs.Path out = new org.apache.hadoop.fs.Path("s3a://held/reports");
        org.apache.hadoop.fs.Path lock = FolderLock.lockFile(out, "acme");
        FolderLock first = FolderLock.acquire(conf, out, "acme", "run-1", Duration.ZERO, m -> { });
        try {
            assertThat(fs.exists(lock)).as("the lock is an object beside the folder").isTrue();
            assertThatThrownBy(() -> FolderLock.acquire(conf, out, "acme", "run-2", Duration.ZERO, m -> { }))
                    .isInstanceOf(FolderLock.Busy.class)
                    .hasMessageContaining("run run-1").hasMessageContaining("s3a://held/reports/acme")
                    .hasMessageContaining("or delete s3a://held/reports/.acme.fleetfit.lock");
        } finally {
            first.close();
        }
        assertThat(fs.exists(lock)).as("removed when the run lets go").isFalse();
        FolderLock.acquire(conf, out, "acme", "run-2", Duration.ZERO, m -> { }).close();
    }

    /**
     * The lock is not exclusive on S3: S3A's create without overwrite looks for the object (a HEAD
     * request) when the file is opened and writes it (a PUT) when it is closed, so two runs that
     * open the lock before either closes it both get it, and both write the output. Hadoop 3.4.2+
     * can ask S3 for a conditional write (If-None-Match: *) on a create made with the builder option
     * {@code fs.option.create.conditional.overwrite}; FolderLock does not ask for it, and S3Proxy
     * 2.6.0 reads If-None-Match on GET and HEAD requests only, so it could not be tested here.
     */
    @Test
    void theLockIsNotExclusiveOnS3WhenTwoRunsTakeItAtOnce(SparkSession spark, MiniS3.Server s3) throws Exception {
        FileSystem fs = bucket(spark, s3, "race");
        org.apache.hadoop.fs.Path lock = FolderLock.lockFile(new org.apache.hadoop.fs.Path("s3a://race/reports"), "acme");
        try (FSDataOutputStream first = fs.create(lock, false); FSDataOutputStream second = fs.create(lock, false)) {
            first.write("run-1\n".getBytes(StandardCharsets.UTF_8));
            second.write("run-2\n".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(s3.events("race", "reports/")).as("both runs stored the lock, neither was refused")
                .containsExactly(new MiniS3.Event("put", "race", "reports/.acme.fleetfit.lock", null),
                        new MiniS3.Event("put", "race", "reports/.acme.fleetfit.lock", null));
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
