package io.fleetfit.job;

import static io.fleetfit.job.AssessmentJobTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.fleetfit.job.AssessmentJobTest.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
    void twoCsvExportsJoinedIntoOneFileAreReadWithoutAVmNamedVmByBothCsvReaders(SparkSession spark) throws Exception {
        String header = "VM,Powerstate,CPUs,Memory,OS according to the configuration file\r\n";
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        java.io.ByteArrayOutputStream joined = new java.io.ByteArrayOutputStream();
        for (int export = 1; export <= 3; export++) {
            // the second export was saved with a byte order mark, the others without
            joined.write(export == 2 ? bom : new byte[0]);
            joined.write((header + "vm-" + export + "a,poweredOn,2,4096,Ubuntu Linux (64-bit)\r\n"
                    + "vm-" + export + "b,poweredOn,4,8192,Ubuntu Linux (64-bit)\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.write(in.resolve("joined.csv"), joined.toByteArray());

        Run[] runs = bothCsvReaders(spark, in);
        for (Run r : runs) {
            assertThat(r.code()).as(r.err()).isZero();
        }
        for (String reader : List.of("whole", "split")) {
            assertThat(AssessmentJobTest.readCsv(dir.resolve(reader + "/c/assessments.csv")))
                    .as(reader).extracting(r -> r.get("vm_name") + "@" + r.get("source_row") + ":" + r.get("status"))
                    .containsExactly("vm-1a@2:ASSESSED", "vm-1b@3:ASSESSED", "vm-2a@5:ASSESSED", "vm-2b@6:ASSESSED",
                            "vm-3a@8:ASSESSED", "vm-3b@9:ASSESSED");
            assertThat(AssessmentJobTest.readCsv(dir.resolve(reader + "/run-summary.csv")))
                    .as(reader).filteredOn(r -> r.get("file").equals("joined.csv")).singleElement()
                    .satisfies(r -> assertThat(r).containsEntry("rows_read", "6").containsEntry("message",
                            "2 repeated header lines skipped, at rows 4, 7: several exports were joined into this file."));
        }
        assertThat(Files.readString(dir.resolve("split/c/assessments.csv")))
                .isEqualTo(Files.readString(dir.resolve("whole/c/assessments.csv")));
    }

    /** A batch of two clients, acme and globex, each with the sample vCenter02 vInfo CSV. */
    static Path twoCsvClients(Path in) throws java.io.IOException {
        for (String client : List.of("acme", "globex")) {
            Files.copy(Path.of("sample-inventories/acme-vcenter02-vinfo.csv"),
                    Files.createDirectories(in.resolve(client)).resolve("vinfo.csv"));
        }
        return in;
    }

    @Test
    void theRunsOwnOutputsInAnInputFolderAreNeverReadAsInputs(SparkSession spark) throws Exception {
        Path in = twoCsvClients(dir.resolve("inventories"));
        // the reports beside the inventories, then in a folder among the clients' folders, with Parquet there too
        for (Path out : List.of(in, in.resolve("reports"))) {
            String[] args = {"--input", in.toString(), "--out", out.toString(), "--parquet", in.resolve("parquet").toString(),
                "--as-of", "2026-11-26"};
            for (int time = 1; time <= 2; time++) {
                Run r = run(spark, args);
                assertThat(r.code()).as(out + ", run " + time + ": " + r.err()).isZero();
                assertThat(AssessmentJobTest.readCsv(out.resolve("run-summary.csv")))
                        .as(out + ", run " + time)
                        .extracting(c -> c.get("client") + "/" + c.get("file") + ":" + c.get("rows_read"))
                        .containsExactly("acme/:31", "acme/vinfo.csv:31", "globex/:31", "globex/vinfo.csv:31");
            }
        }
        Run own = run(spark, "--input", in.resolve("acme/assessments.csv").toString(), "--out", dir.resolve("x").toString());
        assertThat(own.code()).isEqualTo(FleetfitJob.USAGE);
        assertThat(own.err()).contains("assessments.csv is a file fleetfit wrote, not an inventory");
    }

    @Test
    void aFileNamedInLatin1BytesIsReadAndNamedAsWindowsNamedIt(SparkSession spark) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(Path.of("sample-inventories/acme-vcenter02-vinfo.csv"), in.resolve("csv"));
        Files.copy(Path.of("sample-inventories/acme-vcenter01.xlsx"), in.resolve("xlsx"));
        // Java cannot make a name that is not valid UTF-8 (its names are text); the shell renames by bytes (\334 is Ü in Latin-1)
        Process mv = new ProcessBuilder("/bin/sh", "-c", "cd \"$1\" && u=$(printf '\\334') && mv csv \"Kunden-${u}bersicht_tabvInfo.csv\""
                + " && mv xlsx \"${u}bersicht.xlsx\"", "sh", in.toString()).inheritIO().start();
        assertThat(mv.waitFor()).isZero();
        try (var files = Files.list(in)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .as("the names are not UTF-8: java.nio shows the byte as a replacement character")
                    .containsExactlyInAnyOrder("Kunden-\uFFFDbersicht_tabvInfo.csv", "\uFFFDbersicht.xlsx");
        }

        for (Run r : bothCsvReaders(spark, in)) {
            assertThat(r.code()).as(r.err()).isZero();
            assertThat(r.out()).contains("Kunden-\u00DCbersicht_tabvInfo.csv", "\u00DCbersicht.xlsx");
        }
        for (String reader : List.of("whole", "split")) {
            assertThat(AssessmentJobTest.readCsv(dir.resolve(reader + "/run-summary.csv")))
                    .as(reader).filteredOn(r -> !r.get("file").isEmpty())
                    .extracting(r -> r.get("file") + ":" + r.get("status") + ":" + r.get("rows_read"))
                    .containsExactly("Kunden-\u00DCbersicht_tabvInfo.csv:read:31", "\u00DCbersicht.xlsx:read:85");
            assertThat(AssessmentJobTest.readCsv(dir.resolve(reader + "/c/assessments.csv")))
                    .extracting(r -> r.get("source_file")).containsOnly("Kunden-\u00DCbersicht_tabvInfo.csv", "\u00DCbersicht.xlsx");
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
