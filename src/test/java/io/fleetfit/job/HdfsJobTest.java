package io.fleetfit.job;

import static io.fleetfit.job.AssessmentJobTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.fleetfit.job.AssessmentJobTest.Run;
import io.fleetfit.job.MiniHadoop.AuditEvent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A batch read from and written to a real HDFS (a NameNode and a DataNode on 127.0.0.1, see
 * {@link MiniHadoop}) gives what the same batch gives on the local file system: the reports,
 * assessments.csv, run-summary.csv and the Parquet dataset. Run by {@code jobs/test-cluster}.
 */
@Tag("yarn")
@ExtendWith({SharedSpark.class, MiniHadoop.class})
class HdfsJobTest {

    @TempDir
    Path dir;

    /** Two clients, each with an RVTools workbook and a vInfo CSV. */
    static Path twoClients(Path dir) throws IOException {
        Path in = dir.resolve("inventories");
        Path acme = Files.createDirectories(in.resolve("acme"));
        Files.copy(Path.of("sample-inventories/acme-vcenter01.xlsx"), acme.resolve("RVTools_export_all.xlsx"));
        Files.copy(Path.of("sample-inventories/acme-vcenter02-vinfo.csv"), acme.resolve("vcenter02-vinfo.csv"));
        Path globex = Files.createDirectories(in.resolve("globex"));
        Files.copy(Path.of("sample-inventories/acme-vcenter03.xlsx"), globex.resolve("RVTools_export_all.xlsx"));
        Files.copy(Path.of("sample-inventories/acme-vcenter02-vinfo.csv"), globex.resolve("vinfo.csv"));
        return in;
    }

    /** The acme and globex rows of {@link #twoClients}: 85 + 31 and 5 + 31. */
    static final Map<String, Integer> ROWS = Map.of("acme", 85 + 31, "globex", 5 + 31);

    @Test
    void aBatchOnHdfsGivesTheLocalRunsOutputs(SparkSession spark, MiniHadoop.Cluster hadoop) throws Exception {
        Path in = twoClients(dir);
        Path local = dir.resolve("local");
        Run localRun = run(spark, "--input", in.toString(), "--out", local.resolve("reports").toString(),
                "--parquet", local.resolve("parquet").toString(), "--as-of", "2026-11-26");
        assertThat(localRun.code()).as(localRun.out() + localRun.err()).isEqualTo(FleetfitJob.OK);

        FileSystem fs = hadoop.fileSystem();
        String base = "/hdfs-job";
        fs.copyFromLocalFile(new org.apache.hadoop.fs.Path(in.toUri()), new org.apache.hadoop.fs.Path(base + "/inventories"));
        String hdfs = hadoop.hdfs() + base;
        Run hdfsRun = run(spark, "--input", hdfs + "/inventories", "--out", hdfs + "/reports",
                "--parquet", hdfs + "/parquet", "--as-of", "2026-11-26");
        assertThat(hdfsRun.code()).as(hdfsRun.out() + hdfsRun.err()).isEqualTo(FleetfitJob.OK);
        assertThat(hdfsRun.out()).contains("reports in " + hdfs + "/reports",
                "Run summary: " + hdfs + "/reports/run-summary.csv", "reports written for 2 of 2 clients");

        Path back = dir.resolve("from-hdfs");
        Files.createDirectories(back);
        fs.copyToLocalFile(new org.apache.hadoop.fs.Path(base + "/reports"), new org.apache.hadoop.fs.Path(back.toUri()));
        fs.copyToLocalFile(new org.apache.hadoop.fs.Path(base + "/parquet"), new org.apache.hadoop.fs.Path(back.toUri()));
        sameOutputs(local, back);
        assertThat(spark.read().parquet(hdfs + "/parquet").count()).isEqualTo(ROWS.get("acme") + ROWS.get("globex"));
    }

    @Test
    void comparesWithAPreviousRunOnHdfs(SparkSession spark, MiniHadoop.Cluster hadoop) throws Exception {
        FileSystem fs = hadoop.fileSystem();
        String base = "/hdfs-compare";
        fs.copyFromLocalFile(new org.apache.hadoop.fs.Path(twoClients(dir).toUri()), new org.apache.hadoop.fs.Path(base + "/inventories"));
        String hdfs = hadoop.hdfs() + base;
        Run missing = run(spark, "--input", hdfs + "/inventories", "--out", hdfs + "/r2", "--compare", hdfs + "/r0");
        assertThat(missing.code()).isEqualTo(FleetfitJob.USAGE);
        assertThat(missing.err()).startsWith("fleetfit: previous run not found: " + hdfs + "/r0\n");

        assertThat(run(spark, "--input", hdfs + "/inventories", "--out", hdfs + "/r1", "--as-of", "2026-09-01").code()).isZero();
        fs.delete(new org.apache.hadoop.fs.Path(base + "/inventories/globex/vinfo.csv"), false);
        Run second = run(spark, "--input", hdfs + "/inventories", "--out", hdfs + "/r2", "--as-of", "2026-09-01",
                "--compare", hdfs + "/r1");
        assertThat(second.code()).as(second.out() + second.err()).isZero();

        Path back = Files.createDirectories(dir.resolve("back"));
        fs.copyToLocalFile(new org.apache.hadoop.fs.Path(base + "/r2"), new org.apache.hadoop.fs.Path(back.toUri()));
        fs.copyToLocalFile(new org.apache.hadoop.fs.Path(base + "/r1"), new org.apache.hadoop.fs.Path(back.toUri()));
        long goneRows = AssessmentJobTest.readCsv(back.resolve("r1/globex/assessments.csv")).stream()
                .filter(r -> r.get("status").equals("ASSESSED") && r.get("source_file").equals("vinfo.csv")).count();
        assertThat(AssessmentJobTest.readCsv(back.resolve("r2/acme/changes.csv"))).as("acme's inventory is unchanged").isEmpty();
        List<Map<String, String>> globex = AssessmentJobTest.readCsv(back.resolve("r2/globex/changes.csv"));
        assertThat(globex).as("the vInfo CSV's assessed workloads are gone").hasSize((int) goneRows).isNotEmpty()
                .allSatisfy(c -> assertThat(c).containsEntry("change", "GONE").containsEntry("client", "globex"));
    }

    /**
     * {@code --pseudonymise} with the key file and the map on HDFS: the key is read on the driver and
     * its secret reaches the executors, whose outputs are the local pseudonymised run's byte for
     * byte; the map, merged from the clients' parts, is the local one and its owner's only.
     */
    @Test
    void aPseudonymisedBatchOnHdfsGivesTheLocalRunsOutputsAndMap(SparkSession spark, MiniHadoop.Cluster hadoop) throws Exception {
        Path in = twoClients(dir);
        Path key = Files.writeString(dir.resolve("client.key"), "a secret of the client's\n");
        Path local = dir.resolve("local");
        Run localRun = run(spark, "--input", in.toString(), "--out", local.resolve("reports").toString(),
                "--parquet", local.resolve("parquet").toString(), "--as-of", "2026-11-26",
                "--pseudonymise", key.toString(), "--pseudonym-map", dir.resolve("local-map.csv").toString());
        assertThat(localRun.code()).as(localRun.out() + localRun.err()).isEqualTo(FleetfitJob.OK);

        FileSystem fs = hadoop.fileSystem();
        String base = "/hdfs-pseudo";
        fs.copyFromLocalFile(new org.apache.hadoop.fs.Path(in.toUri()), new org.apache.hadoop.fs.Path(base + "/inventories"));
        fs.copyFromLocalFile(new org.apache.hadoop.fs.Path(key.toUri()), new org.apache.hadoop.fs.Path(base + "/keys/client.key"));
        String hdfs = hadoop.hdfs() + base;
        Run hdfsRun = run(spark, "--input", hdfs + "/inventories", "--out", hdfs + "/reports",
                "--parquet", hdfs + "/parquet", "--as-of", "2026-11-26",
                "--pseudonymise", hdfs + "/keys/client.key", "--pseudonym-map", hdfs + "/private/map.csv");
        assertThat(hdfsRun.code()).as(hdfsRun.out() + hdfsRun.err()).isEqualTo(FleetfitJob.OK);

        Path back = dir.resolve("from-hdfs");
        Files.createDirectories(back);
        fs.copyToLocalFile(new org.apache.hadoop.fs.Path(base + "/reports"), new org.apache.hadoop.fs.Path(back.toUri()));
        fs.copyToLocalFile(new org.apache.hadoop.fs.Path(base + "/parquet"), new org.apache.hadoop.fs.Path(back.toUri()));
        sameOutputs(local, back);
        org.apache.hadoop.fs.Path map = new org.apache.hadoop.fs.Path(base + "/private/map.csv");
        assertThat(fs.getFileStatus(map).getPermission().toShort()).isEqualTo((short) 0600);
        try (var i = fs.open(map)) {
            assertThat(new String(i.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
                    .isEqualTo(Files.readString(dir.resolve("local-map.csv"))).contains("\"acme-shop-web-01\"");
        }
        assertThat(Files.readString(back.resolve("reports/acme/assessments.csv"))).doesNotContain("acme-shop-web-01");
        assertThat(files(back).keySet()).as("the clients' parts of the map, merged and gone").noneMatch(n -> n.contains("pseudonym-map"));
    }

    /**
     * The reports, assessments.csv, run-summary.csv and Parquet files under {@code actual} are those
     * under {@code expected}, byte for byte: a run is reproducible (fixed as-of date, the workbook's
     * own timestamps fixed, the run summary's report paths relative to --out), so nothing is left out
     * of the comparison but the lock files. A workbook that differs is shown cell by cell first.
     */
    static void sameOutputs(Path expected, Path actual) throws Exception {
        Map<String, Path> want = files(expected);
        Map<String, Path> got = files(actual);
        // a local output's lock is an operating-system lock on a file that stays, empty; elsewhere the
        // lock is the file itself, removed when the run lets go (FolderLock)
        assertThat(want.keySet()).filteredOn(n -> n.endsWith(".fleetfit.lock")).contains("reports/.acme.fleetfit.lock")
                .allSatisfy(n -> assertThat(want.get(n)).isEmptyFile());
        assertThat(got.keySet()).as("no lock left on HDFS").noneMatch(n -> n.endsWith(".fleetfit.lock"));
        want.keySet().removeIf(n -> n.endsWith(".fleetfit.lock"));
        assertThat(got.keySet()).as("the files written").containsExactlyElementsOf(want.keySet());
        assertThat(want.keySet()).contains("reports/run-summary.csv", "reports/acme/migration-report.xlsx",
                "reports/acme/assessments.csv", "reports/globex/migration-report.xlsx", "reports/globex/assessments.csv",
                "parquet/client=acme/part-00000-fleetfit.snappy.parquet", "parquet/client=globex/part-00000-fleetfit.snappy.parquet");
        for (String name : want.keySet()) {
            byte[] w = Files.readAllBytes(want.get(name));
            byte[] g = Files.readAllBytes(got.get(name));
            if (name.endsWith(".xlsx")) {
                assertThat(cells(got.get(name))).as(name).isEqualTo(cells(want.get(name)));
                assertThat(g).as(name + ", byte for byte").isEqualTo(w);
            } else {
                assertThat(g).as(name).isEqualTo(w);
            }
        }
    }

    /** The files under {@code root}/reports and {@code root}/parquet by relative path, Hadoop's .crc files left out. */
    private static Map<String, Path> files(Path root) throws IOException {
        Map<String, Path> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(root)) {
            all.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().endsWith(".crc"))
                    .filter(p -> p.startsWith(root.resolve("reports")) || p.startsWith(root.resolve("parquet")))
                    .forEach(p -> files.put(root.relativize(p).toString(), p));
        }
        return files;
    }

    /** Every sheet's every cell as text, with its sheet, row and column. */
    static List<String> cells(Path workbook) throws IOException {
        List<String> cells = new ArrayList<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(workbook))) {
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        cells.add(sheet.getSheetName() + "!" + cell.getAddress() + "=" + Reports.text(cell));
                    }
                }
            }
        }
        return cells;
    }

    @Test
    void everyOutputIsWrittenUnderATemporaryNameAndRenamedWhenComplete(SparkSession spark, MiniHadoop.Cluster hadoop)
            throws Exception {
        Path in = twoClients(dir);
        String base = "/hdfs-commit";
        hadoop.fileSystem().copyFromLocalFile(new org.apache.hadoop.fs.Path(in.toUri()),
                new org.apache.hadoop.fs.Path(base + "/inventories"));
        String hdfs = hadoop.hdfs() + base;
        Run run = run(spark, "--input", hdfs + "/inventories", "--out", hdfs + "/reports",
                "--parquet", hdfs + "/parquet", "--as-of", "2026-11-26");
        assertThat(run.code()).as(run.out() + run.err()).isEqualTo(FleetfitJob.OK);

        // the NameNode's own record of what was created and renamed there
        List<AuditEvent> events = MiniHadoop.NameNodeAudit.under(base);
        List<String> finals = List.of("/reports/acme/migration-report.xlsx", "/reports/acme/assessments.csv",
                "/reports/globex/migration-report.xlsx", "/reports/globex/assessments.csv", "/reports/run-summary.csv",
                "/parquet/client=acme/part-00000-fleetfit.snappy.parquet",
                "/parquet/client=globex/part-00000-fleetfit.snappy.parquet");
        for (String f : finals) {
            String target = base + f;
            assertThat(events).as(target + " is never opened for writing under its own name")
                    .filteredOn(e -> target.equals(e.src()) && (e.cmd().equals("create") || e.cmd().equals("append")))
                    .isEmpty();
            List<AuditEvent> renames = events.stream().filter(e -> e.cmd().startsWith("rename") && target.equals(e.dst())).toList();
            assertThat(renames).as(target + " appears by one rename").hasSize(1);
            String temp = renames.get(0).src();
            assertThat(temp).as("the temporary name").isNotEqualTo(target).contains(".inprogress");
            assertThat(events.subList(0, events.indexOf(renames.get(0))))
                    .as(target + "'s temporary file was written before the rename")
                    .anySatisfy(e -> assertThat(e).isEqualTo(new AuditEvent("create", temp, null)));
        }
        FileSystem fs = hadoop.fileSystem();
        for (AuditEvent e : events) {
            if (e.cmd().equals("create") && e.src().contains(".inprogress")) {
                assertThat(fs.exists(new org.apache.hadoop.fs.Path(e.src()))).as(e.src() + " is gone").isFalse();
            }
        }
    }

    @Test
    void aMissingHdfsInputIsOneLineNamingItWithTheLocalRunsExitCode(SparkSession spark, MiniHadoop.Cluster hadoop)
            throws Exception {
        Run local = run(spark, "--input", dir.resolve("no-such-folder").toString(), "--out", dir.resolve("reports").toString());
        String missing = hadoop.hdfs() + "/hdfs-missing/no-such-folder";
        Run hdfs = run(spark, "--input", missing, "--out", hadoop.hdfs() + "/hdfs-missing/reports");

        assertThat(hdfs.code()).isEqualTo(local.code()).isEqualTo(FleetfitJob.USAGE);
        assertThat(hdfs.err().lines().filter(l -> !l.isBlank()).toList()).first()
                .isEqualTo("fleetfit: input not found: " + missing);
        assertThat(hdfs.err()).doesNotContain("Exception", "\tat ");
        assertThat(hadoop.fileSystem().exists(new org.apache.hadoop.fs.Path("/hdfs-missing/reports"))).as("nothing written").isFalse();
    }
}
