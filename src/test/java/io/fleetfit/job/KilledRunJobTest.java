package io.fleetfit.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.fleetfit.report.OutputNames;
import io.fleetfit.tools.generate.RvtoolsFleet;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run killed while it writes (kill -9 of its JVM, as a crash or an impatient operator would)
 * leaves no half-written report under a final name and never damages the previous complete one;
 * running again completes, and the report it leaves is whole.
 */
@Tag("spark")
@ExtendWith(SharedSpark.class)
class KilledRunJobTest {

    /** Enough VMs that writing the report takes a second or more, so the kill lands while it is written. */
    private static final int VMS = 4_000;

    @TempDir
    Path temp;

    @Test
    void aKilledRunLeavesNoHalfReportAndTheNextRunCompletes(SparkSession spark) throws Exception {
        Path inventory = temp.resolve("in/fleet.xlsx");
        RvtoolsFleet.write(inventory, VMS, RvtoolsFleet.DEFAULT_SEED);
        Path out = temp.resolve("out");
        Path dir = out.resolve("fleet");
        String[] args = {"--input", inventory.toString(), "--out", out.toString(), "--client", "fleet", "--as-of", "2026-11-26"};

        killWhileWriting(args, dir);
        assertThat(dir.resolve(OutputNames.REPORT)).as("no report under its final name").doesNotExist();
        assertThat(dir.resolve(OutputNames.ASSESSMENTS)).as("no assessments under their final name").doesNotExist();

        assertThat(AssessmentJobTest.run(spark, args).code()).isZero();
        assertComplete(dir);
        String report = sha256(dir.resolve(OutputNames.REPORT));
        String assessments = sha256(dir.resolve(OutputNames.ASSESSMENTS));

        killWhileWriting(args, dir);
        assertThat(sha256(dir.resolve(OutputNames.REPORT))).as("the previous report, untouched").isEqualTo(report);
        assertThat(sha256(dir.resolve(OutputNames.ASSESSMENTS))).as("the previous assessments, untouched").isEqualTo(assessments);

        assertThat(AssessmentJobTest.run(spark, args).code()).isZero();
        assertComplete(dir);
        assertThat(sha256(dir.resolve(OutputNames.ASSESSMENTS))).as("the same assessments again").isEqualTo(assessments);
    }

    /** The report and the assessments of every VM, readable, and nothing else in the client's folder. */
    private static void assertComplete(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .as("no temporary file left, not even the killed run's")
                    .containsExactlyInAnyOrder(OutputNames.REPORT, OutputNames.ASSESSMENTS);
        }
        assertThat(Reports.assessments(dir.resolve(OutputNames.ASSESSMENTS))).hasSize(VMS);
        try (XSSFWorkbook wb = Reports.open(dir.resolve(OutputNames.REPORT))) {
            List<java.util.Map<String, String>> inputs = Reports.table(wb.getSheet("Summary"), "Inputs");
            assertThat(inputs.get(0)).containsEntry("File", "fleet.xlsx").containsEntry("Rows read", Integer.toString(VMS));
        }
    }

    /**
     * Runs the job in a JVM of its own and kills it (SIGKILL) as soon as the report's temporary file
     * appears in the client's folder; fails if the run ends before that.
     */
    private void killWhileWriting(String[] args, Path dir) throws Exception {
        Process child = ChildJob.start(temp, "child", List.of(), args);
        File console = ChildJob.console(temp, "child").toFile();
        try {
            assertTimeoutPreemptively(Duration.ofMinutes(3), () -> {
                while (!reportInProgress(dir)) {
                    if (!child.isAlive()) {
                        throw new AssertionError("the run ended (exit " + child.exitValue() + ") before writing its report: "
                                + Files.readString(console.toPath()));
                    }
                    Thread.sleep(5);
                }
            });
        } finally {
            child.destroyForcibly();
            child.waitFor();
        }
        assertThat(child.exitValue()).as("killed, not finished").isNotZero();
    }

    /** Whether the run's temporary report ({@code .migration-report.xlsx.<run>.inprogress}) is in the folder. */
    private static boolean reportInProgress(Path dir) throws java.io.IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString())
                    .anyMatch(n -> n.startsWith("." + OutputNames.REPORT + ".") && n.endsWith(".inprogress"));
        } catch (java.nio.file.NoSuchFileException e) {
            return false;
        }
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
