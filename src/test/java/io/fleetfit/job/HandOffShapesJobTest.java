package io.fleetfit.job;

import static io.fleetfit.job.AssessmentJobTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.fleetfit.job.AssessmentJobTest.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The shapes real hand-offs bring, read by the whole job on real (local) Spark. */
@Tag("spark")
@ExtendWith(SharedSpark.class)
class HandOffShapesJobTest {

    @TempDir
    Path dir;

    /** Runs the job on {@code in} with fleetfit's CSV reader, then with Spark's (a file above the split size). */
    private Run[] bothCsvReaders(SparkSession spark, Path in) throws Exception {
        Run whole = run(spark, "--input", in.toString(), "--out", dir.resolve("whole").toString(), "--client", "c",
                "--as-of", "2026-11-26");
        System.setProperty(InventorySource.CSV_SPLIT_PROPERTY, "0");
        try {
            return new Run[] {whole, run(spark, "--input", in.toString(), "--out", dir.resolve("split").toString(),
                    "--client", "c", "--as-of", "2026-11-26")};
        } finally {
            System.clearProperty(InventorySource.CSV_SPLIT_PROPERTY);
        }
    }

    @Test
    void aCsvHeaderOverTheLimitIsRefusedNamingTheLimitByBothCsvReaders(SparkSession spark) throws Exception {
        Path csv = Files.writeString(dir.resolve("wide.csv"), "VM," + "x".repeat(1 << 20) + "\nweb-01,2\n");

        for (Run r : bothCsvReaders(spark, csv)) {
            assertThat(r.code()).as(r.err()).isEqualTo(FleetfitJob.INPUT_UNREADABLE);
            assertThat(r.err().lines().filter(l -> l.contains("wide.csv")).toList()).singleElement()
                    .satisfies(l -> assertThat(l).contains("wide.csv: the header row is longer than 1 MiB (1,048,576 characters)")
                            .doesNotContain("Mark invalid", "after row 0"));
        }
    }
}
