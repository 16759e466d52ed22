package io.fleetfit.job;

import static io.fleetfit.job.AssessmentJobTest.readCsv;
import static io.fleetfit.job.AssessmentJobTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.fleetfit.job.AssessmentJobTest.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A CSV record's field count against its header's, read by fleetfit's own CSV reader and by
 * Spark's (a file above the split size) to the same outcomes: a record shifted by an unquoted
 * delimiter is rejected; fewer fields, and extra fields that are empty, are read.
 */
@Tag("spark")
@ExtendWith(SharedSpark.class)
class CsvFieldCountJobTest {

    @TempDir
    Path dir;

    private static final String CSV = """
            VM,Powerstate,Annotation,CPUs,Memory,OS according to the configuration file,Host
            db-01,poweredOn,backup daily,4,8192,Red Hat Enterprise Linux 8 (64-bit),esx01.corp.example
            app-02,poweredOn,owner ops, backup weekly, tier 2,2,4096,Microsoft Windows Server 2019 (64-bit),esx03.corp.example
            web-03,poweredOn,"two lines
            of notes",2,4096,Ubuntu Linux (64-bit)
            web-04,poweredOn,,2,4096,Ubuntu Linux (64-bit),esx02.corp.example,,
            ,,,,,,,,
            web-05,poweredOn,,2,4096,Ubuntu Linux (64-bit),esx02.corp.example
            """;

    @Test
    void aShiftedRowIsRejectedAndShortOrTrailingEmptyRowsAreReadAlikeByBothCsvReaders(SparkSession spark) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("fleet.csv"), CSV);
        Run whole = run(spark, "--input", in.toString(), "--out", dir.resolve("whole").toString(), "--client", "c",
                "--as-of", "2026-11-26");
        Run split;
        System.setProperty(InventorySource.CSV_SPLIT_PROPERTY, "0");
        try {
            split = run(spark, "--input", in.toString(), "--out", dir.resolve("split").toString(), "--client", "c",
                    "--as-of", "2026-11-26");
        } finally {
            System.clearProperty(InventorySource.CSV_SPLIT_PROPERTY);
        }

        assertThat(whole.code()).as(whole.err()).isZero();
        assertThat(split.code()).as(split.err()).isZero();
        List<Map<String, String>> rows = readCsv(dir.resolve("whole/c/assessments.csv"));
        assertThat(rows).extracting(r -> r.get("source_row") + ":" + r.get("status"))
                .containsExactlyInAnyOrder("2:ASSESSED", "3:REJECTED", "4:ASSESSED", "5:ASSESSED", "7:ASSESSED");
        assertThat(rows).filteredOn(r -> r.get("status").equals("REJECTED")).singleElement()
                .satisfies(r -> assertThat(r.get("reason"))
                        .startsWith("Row 3 of fleet.csv has 9 fields but its header has 7: a delimiter inside an unquoted value"));
        assertThat(rows).filteredOn(r -> r.get("vm_name").equals("web-04")).singleElement()
                .satisfies(r -> assertThat(r.get("os")).isEqualTo("Ubuntu Linux (64-bit)"));
        assertThat(Files.readString(dir.resolve("split/c/assessments.csv")))
                .as("Spark's CSV reader, as fleetfit's own")
                .isEqualTo(Files.readString(dir.resolve("whole/c/assessments.csv")));
    }
}
