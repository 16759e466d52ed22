package io.fleetfit.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.fleetfit.report.OutputNames;
import io.fleetfit.run.FolderLock;
import io.fleetfit.run.RunSetup;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two runs that write the same client folder at once: the second waits for the first to let go
 * of the folder, or stops with one line naming it, and whatever a run reports as written is what
 * is on disk.
 */
@Tag("spark")
@ExtendWith(SharedSpark.class)
class ConcurrentRunsJobTest {

    /** Enough VMs that reading and writing them takes seconds, far longer than two JVMs' start differs. */
    private static final int VMS = 10_000;

    @TempDir
    Path temp;

    /** A CSV inventory of {@link #VMS} VMs. */
    private Path inventory() throws Exception {
        StringBuilder csv = new StringBuilder("VM,Powerstate,CPUs,Memory,OS according to the configuration file,Host\n");
        String[] os = {"Microsoft Windows Server 2019 (64-bit)", "Red Hat Enterprise Linux 8 (64-bit)", "Ubuntu Linux (64-bit)"};
        for (int i = 0; i < VMS; i++) {
            csv.append("vm-").append(i).append(",poweredOn,").append(2 + i % 6).append(',').append(4096 * (1 + i % 4))
                    .append(',').append(os[i % os.length]).append(",esx").append(i % 20).append(".corp.example\n");
        }
        return Files.writeString(Files.createDirectories(temp.resolve("in")).resolve("fleet.csv"), csv);
    }

    @Test
    void twoProcessesWritingOneClientFolderTakeTurnsAndEachReportsWhatIsOnDisk() throws Exception {
        Path inventory = inventory();
        Path out = temp.resolve("out");
        // "Acme" and "ACME" write the same folder, acme/, each with a title of its own
        Map<String, String> titles = Map.of("Acme", "Run A", "ACME", "Run B");
        Map<String, Process> runs = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, String> run : titles.entrySet()) {
            runs.put(run.getKey(), ChildJob.start(temp, run.getValue(), List.of("-D" + RunSetup.LOCK_WAIT_PROPERTY + "=600"),
                    "--input", inventory.toString(), "--out", out.toString(), "--client", run.getKey(),
                    "--engagement", run.getValue(), "--as-of", "2026-11-26"));
        }
        Path dir = out.resolve("acme");
        Path report = dir.resolve(OutputNames.REPORT);

        // the first to finish: its report is on disk as it ends (the other run still reads and writes its rows)
        CompletableFuture.anyOf(runs.values().stream().map(Process::onExit).toArray(CompletableFuture[]::new))
                .get(5, TimeUnit.MINUTES);
        String first = runs.entrySet().stream().filter(e -> !e.getValue().isAlive()).findFirst().orElseThrow().getKey();
        String last = titles.keySet().stream().filter(c -> !c.equals(first)).findFirst().orElseThrow();
        assertThat(runs.get(first).exitValue()).as(console(titles.get(first))).isZero();
        assertThat(summaryText(report)).as("the report " + first + "'s run reported written")
                .contains(first, titles.get(first)).doesNotContain(titles.get(last));
        assertThat(runs.get(last).waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(runs.get(last).exitValue()).as(console(titles.get(last))).isZero();

        assertThat(console(titles.get(first))).doesNotContain("waiting for another fleetfit run");
        assertThat(console(titles.get(last))).as("the later run waited for the first to let go of acme/")
                .contains("waiting for another fleetfit run (pid " + runs.get(first).pid() + " on ")
                .contains("to finish writing " + dir + " ...");
        for (String client : titles.keySet()) {
            assertThat(console(titles.get(client))).contains("Report:      " + report);
        }
        // the last run's report, whole, and the run summary of the run that committed last
        assertThat(summaryText(report)).contains(last, titles.get(last)).doesNotContain(titles.get(first));
        assertThat(Reports.assessments(dir.resolve(OutputNames.ASSESSMENTS))).hasSize(VMS)
                .allSatisfy(r -> assertThat(r).containsEntry("client", last));
        assertThat(AssessmentJobTest.readCsv(out.resolve("run-summary.csv")))
                .extracting(r -> r.get("client") + ":" + r.get("report"))
                .containsExactly(last + ":acme/migration-report.xlsx", last + ":");
        assertThat(names(dir)).as("no temporary file").containsExactlyInAnyOrder(OutputNames.REPORT, OutputNames.ASSESSMENTS);
        assertThat(names(out)).as("and the hidden lock files beside the outputs")
                .containsExactlyInAnyOrder("acme", "run-summary.csv", ".acme.fleetfit.lock", ".run-summary.csv.fleetfit.lock");
    }

    @Test
    void aRunStopsWithOneLineNamingTheFolderWhileAnotherRunHoldsIt(SparkSession spark) throws Exception {
        Path out = temp.resolve("out");
        Path dir = out.resolve("acme");
        String[] args = {"--input", "sample-inventories/acme-vcenter02-vinfo.csv", "--out", out.toString(), "--client", "Acme"};
        AssessmentJobTest.Run run;
        System.setProperty(RunSetup.LOCK_WAIT_PROPERTY, "0");
        try (FolderLock other = FolderLock.acquire(new Configuration(), new org.apache.hadoop.fs.Path(out.toUri()), "acme",
                "other-run", Duration.ZERO, w -> { })) {
            run = AssessmentJobTest.run(spark, args);
        } finally {
            System.clearProperty(RunSetup.LOCK_WAIT_PROPERTY);
        }

        assertThat(run.code()).isEqualTo(FleetfitJob.FAILED);
        assertThat(run.err().lines().toList()).singleElement().satisfies(line -> assertThat(line)
                .startsWith("fleetfit: another fleetfit run (pid " + ProcessHandle.current().pid() + " on ")
                .contains(", run other-run) is writing to " + dir + "; this run wrote nothing there."));
        assertThat(run.out()).doesNotContain("Report:");
        assertThat(out.resolve("run-summary.csv")).doesNotExist();
        assertThat(dir).doesNotExist();

        assertThat(AssessmentJobTest.run(spark, args).code()).as("once the other run has let go").isZero();
        assertThat(names(dir)).containsExactlyInAnyOrder(OutputNames.REPORT, OutputNames.ASSESSMENTS);
    }

    private String console(String title) throws Exception {
        return Files.readString(ChildJob.console(temp, title));
    }

    /** The report's Summary sheet as text: it names the client and the engagement. */
    private static String summaryText(Path report) throws Exception {
        StringBuilder text = new StringBuilder();
        try (XSSFWorkbook wb = Reports.open(report)) {
            for (Row row : wb.getSheet("Summary")) {
                for (Cell cell : row) {
                    text.append(Reports.text(cell)).append('\t');
                }
                text.append('\n');
            }
        }
        return text.toString();
    }

    private static List<String> names(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).toList();
        }
    }
}
