package io.fleetfit.job;

import static io.fleetfit.job.AssessmentJobTest.run;
import static io.fleetfit.job.Reports.assessments;
import static org.assertj.core.api.Assertions.assertThat;

import com.opencsv.CSVWriter;
import io.fleetfit.inventory.HostileFiles;
import io.fleetfit.report.OutputNames;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile and broken inputs through the whole job on real (local) Spark: nothing is lost, nothing
 * leaks out of the output folder or into a formula, and every unreadable file gets one line.
 */
@Tag("spark")
@ExtendWith(SharedSpark.class)
class HostileInputsJobTest {

    static final List<String> HEADER = List.of("VM", "VM UUID", "Powerstate", "CPUs", "Memory",
            "OS according to the configuration file", "Annotation", "Folder", "Cluster", "Host", "Datacenter", "Owner note");

    /** Text a spreadsheet would evaluate: a link, a DDE command, a function, arithmetic. */
    static final List<String> FORMULAS = List.of("=HYPERLINK(\"http://x\",\"y\")", "+cmd|' /C calc'!A0", "@SUM(1+1)", "-2+3");

    @TempDir
    Path temp;

    @Test
    void everyUnreadableFileGetsOneLineNamingItAndTheOthersAreStillAssessed(SparkSession spark) throws Exception {
        Path in = Files.createDirectories(temp.resolve("in"));
        writeCsv(in.resolve("good.csv"), List.of(HEADER, vm("acme-web-01", "u-1")));
        List<String> unreadable = new ArrayList<>();
        for (HostileFiles.Unreadable f : HostileFiles.unreadable()) {
            Files.write(in.resolve(f.name()), f.bytes());
            unreadable.add(f.name());
        }
        HostileFiles.writeZipBomb(in.resolve("bomb.xlsx"), 256L << 20);
        unreadable.add("bomb.xlsx");
        Files.write(in.resolve("header-only.csv"), HostileFiles.headerOnlyCsv());
        Files.write(in.resolve("header-only.xlsx"), HostileFiles.headerOnlyXlsx());
        Files.write(in.resolve("old-renamed.xlsx"), HostileFiles.xls());

        AssessmentJobTest.Run run = run(spark, "--input", in.toString(), "--out", temp.resolve("out").toString(),
                "--client", "hostile", "--as-of", "2026-11-26");

        assertThat(run.code()).as(run.err()).isEqualTo(FleetfitJob.INPUT_UNREADABLE);
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
        for (String name : unreadable) {
            assertThat(run.err().lines().filter(l -> l.contains(name)).toList()).as(name)
                    .singleElement().asString().startsWith("fleetfit: " + name + ": ");
        }
        Path dir = temp.resolve("out/hostile");
        List<Map<String, String>> csv = assessments(dir.resolve(OutputNames.ASSESSMENTS));
        assertThat(csv).extracting(r -> r.get("vm_name")).containsExactlyInAnyOrder("acme-web-01", "acme-old-01");
        try (XSSFWorkbook wb = Reports.open(dir.resolve(OutputNames.REPORT))) {
            List<Map<String, String>> dataQuality = Reports.table(wb.getSheet("Data quality"));
            assertThat(dataQuality).filteredOn(r -> r.get("Status").equals("Unreadable file"))
                    .extracting(r -> r.get("File")).containsExactlyInAnyOrderElementsOf(unreadable);
            assertThat(dataQuality).filteredOn(r -> r.get("Status").equals("Unreadable file"))
                    .allSatisfy(r -> assertThat(r.get("Reason")).startsWith(r.get("File") + ": ").doesNotContain("\n"));
            List<Map<String, String>> inputs = Reports.table(wb.getSheet("Summary"), "Inputs");
            assertThat(inputs).extracting(r -> r.get("File")).contains("header-only.csv", "header-only.xlsx", "old-renamed.xlsx")
                    .containsAll(unreadable);
            assertThat(inputs).filteredOn(r -> r.get("File").startsWith("header-only"))
                    .allSatisfy(r -> assertThat(r.get("Rows read")).isEqualTo("0"));
        }
    }

    @Test
    void unreadableFactsAreWarnedAboutAndTheirRowsStillAssessed(SparkSession spark) throws Exception {
        Path in = Files.createDirectories(temp.resolve("in"));
        List<List<String>> csvRows = List.of(HEADER, facts("cpu-four", "four", "4096"), facts("mem-negative", "2", "-4096"),
                facts("mem-grouped", "2", "16,384"));
        writeCsv(in.resolve("facts.csv"), csvRows);
        Files.write(in.resolve("facts.xlsx"), HostileFiles.vinfoXlsx(List.of(HEADER, facts("x-cpu-four", "four", "4096"),
                facts("x-mem-negative", "2", "-4096"), facts("x-mem-grouped", "2", "16,384"))));

        AssessmentJobTest.Run run = run(spark, "--input", in.toString(), "--out", temp.resolve("out").toString(),
                "--client", "facts", "--as-of", "2026-11-26");

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(assessments(temp.resolve("out/facts/assessments.csv"))).hasSize(6)
                .allSatisfy(r -> assertThat(r.get("status")).isEqualTo("ASSESSED"));
        try (XSSFWorkbook wb = Reports.open(temp.resolve("out/facts/migration-report.xlsx"))) {
            List<Map<String, String>> workloads = Reports.table(wb.getSheet("Workloads"));
            List<Map<String, String>> warnings = Reports.table(wb.getSheet("Data quality")).stream()
                    .filter(r -> r.get("Status").equals("Warning")).toList();
            for (String prefix : List.of("", "x-")) {
                String file = prefix.isEmpty() ? "facts.csv" : "facts.xlsx";
                String sheet = prefix.isEmpty() ? "" : "vInfo";
                assertThat(row(workloads, "VM", prefix + "cpu-four")).containsEntry("vCPU", "").containsEntry("Memory GiB", "4");
                assertThat(row(workloads, "VM", prefix + "mem-negative")).containsEntry("vCPU", "2").containsEntry("Memory GiB", "");
                assertThat(row(workloads, "VM", prefix + "mem-grouped")).containsEntry("Memory GiB", "16");
                assertThat(row(warnings, "VM", prefix + "cpu-four")).containsEntry("File", file).containsEntry("Sheet", sheet)
                        .containsEntry("Row", "2").containsEntry("Reason", "CPUs 'four' is not a number; treated as unknown.");
                assertThat(row(warnings, "VM", prefix + "mem-negative")).containsEntry("Row", "3")
                        .containsEntry("Reason", "Memory '-4096' is negative; treated as unknown.");
                assertThat(warnings).noneSatisfy(r -> assertThat(r.get("VM")).isEqualTo(prefix + "mem-grouped"));
            }
        }
    }

    @Test
    void aVmTwiceInOneFileAndAgainInAnotherIsAssessedOnce(SparkSession spark) throws Exception {
        Path in = Files.createDirectories(temp.resolve("in"));
        writeCsv(in.resolve("a.csv"), List.of(HEADER, vm("acme-db-01", "dup-1"), vm("acme-db-01-copy", "DUP-1"), vm("acme-web-02", "u-2")));
        Files.write(in.resolve("b.xlsx"), HostileFiles.vinfoXlsx(List.of(HEADER, vm("acme-db-01", "dup-1"), vm("acme-app-03", "u-3"))));

        AssessmentJobTest.Run run = run(spark, "--input", in.resolve("a.csv").toString(), "--input", in.resolve("b.xlsx").toString(),
                "--out", temp.resolve("out").toString(), "--client", "dup", "--as-of", "2026-11-26");

        assertThat(run.code()).as(run.err()).isZero();
        List<Map<String, String>> csv = assessments(temp.resolve("out/dup/assessments.csv"));
        assertThat(csv).extracting(r -> r.get("source_file") + ":" + r.get("source_row") + ":" + r.get("status"))
                .containsExactlyInAnyOrder("a.csv:2:ASSESSED", "a.csv:3:REJECTED", "a.csv:4:ASSESSED",
                        "b.xlsx:2:REJECTED", "b.xlsx:3:ASSESSED");
        assertThat(csv).filteredOn(r -> r.get("status").equals("REJECTED"))
                .allSatisfy(r -> assertThat(r.get("reason")).startsWith("Duplicate of acme-db-01 (VM UUID dup-1) in a.csv"));
        try (XSSFWorkbook wb = Reports.open(temp.resolve("out/dup/migration-report.xlsx"))) {
            assertThat(Reports.table(wb.getSheet("Workloads"))).extracting(r -> r.get("VM"))
                    .containsExactlyInAnyOrder("acme-db-01", "acme-web-02", "acme-app-03");
            assertThat(Reports.table(wb.getSheet("Summary"), "Inputs")).extracting(r -> r.get("File") + ":" + r.get("Rows read")
                    + "=" + r.get("Assessed") + "+" + r.get("Templates") + "+" + r.get("System VMs") + "+" + r.get("Rejected"))
                    .containsExactly("a.csv:3=2+0+0+1", "b.xlsx:2=1+0+0+1", "Total:5=3+0+0+2");
        }
    }

    static Stream<Arguments> formulaFiles() {
        return Stream.of(Arguments.of("@formulas.xlsx", FORMULAS),
                // "=HYPERLINK(...)" in a CSV waits for the job's RFC 4180 fix: csvFieldsAreReadByRfc4180InTheJob
                Arguments.of("=formulas.csv", List.of("=2+3", FORMULAS.get(1), FORMULAS.get(2), FORMULAS.get(3))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formulaFiles")
    void formulaLikeValuesStayPlainTextInTheReportAndQuotedInTheCsv(String file, List<String> formulas, SparkSession spark)
            throws Exception {
        Path in = Files.createDirectories(temp.resolve("in"));
        List<List<String>> rows = formulaRows(formulas);
        if (file.endsWith(".csv")) {
            writeCsv(in.resolve(file), rows);
        } else {
            Files.write(in.resolve(file), HostileFiles.vinfoXlsx(rows));
        }
        String client = formulas.get(0);

        AssessmentJobTest.Run run = run(spark, "--input", in.toString(), "--out", temp.resolve("out").toString(),
                "--client", client, "--as-of", "2026-11-26");

        assertThat(run.code()).as(run.err()).isZero();
        Path dir = temp.resolve("out").resolve(OutputNames.clientSlug(client));
        try (XSSFWorkbook wb = Reports.open(dir.resolve(OutputNames.REPORT))) {
            assertThat(Reports.formulaCells(wb)).as("formula cells").isEmpty();
            assertThat(Reports.text(wb.getSheet("Summary").getRow(0).getCell(0))).isEqualTo("Migration assessment - " + client);
            assertThat(Reports.table(wb.getSheet("Summary"), "Inputs")).extracting(r -> r.get("File")).contains(file);
            List<Map<String, String>> workloads = Reports.table(wb.getSheet("Workloads"));
            assertThat(workloads).hasSize(formulas.size());
            for (List<String> input : rows.subList(1, rows.size())) {
                assertThat(row(workloads, "VM UUID", input.get(1))).containsEntry("VM", input.get(0))
                        .containsEntry("OS (as stated)", input.get(5)).containsEntry("Annotation", input.get(6))
                        .containsEntry("Folder", input.get(7)).containsEntry("Cluster", input.get(8))
                        .containsEntry("Host", input.get(9)).containsEntry("Datacenter", input.get(10))
                        .containsEntry("Custom attributes", "Owner note: " + input.get(11));
            }
            assertThat(Reports.table(wb.getSheet("Data quality"))).filteredOn(r -> r.get("Status").equals("Warning"))
                    .extracting(r -> r.get("Reason")).containsExactly("CPUs '-2+3' is not a number; treated as unknown.");
        }
        List<Map<String, String>> csv = assessments(dir.resolve(OutputNames.ASSESSMENTS));
        assertThat(csv).hasSize(formulas.size()).allSatisfy(r -> {
            assertThat(r.get("client")).isEqualTo("'" + client);
            assertThat(r.get("source_file")).isEqualTo("'" + file);
            assertThat(r.get("vm_name")).startsWith("'");
            assertThat(r.get("os")).startsWith("'");
            assertThat(formulas).contains(r.get("vm_name").substring(1), r.get("os").substring(1));
        });
    }

    /**
     * CSV as RFC 4180 and Excel write it: a doubled quote before a comma inside a quoted field, and
     * a Windows path ending in a backslash before the closing quote. The job's CSV reader (Spark's,
     * whose escape character is a backslash unless set) rejects the first as malformed and runs the
     * second into the following records, which are then lost without a word.
     */
    @Test
    void csvFieldsAreReadByRfc4180InTheJob(SparkSession spark) throws Exception {
        Path in = Files.createDirectories(temp.resolve("in"));
        List<List<String>> rows = List.of(HEADER,
                formulaRows(FORMULAS).get(1),
                List.of("acme-web-02", "u-2", "poweredOn", "2", "4096", "Ubuntu Linux (64-bit)", "He said \"stop\", then left",
                        "C:\\vms\\", "", "", "", ""),
                vm("acme-web-03", "u-3"), vm("acme-web-04", "u-4"));
        writeCsv(in.resolve("rfc4180.csv"), rows);

        AssessmentJobTest.Run run = run(spark, "--input", in.toString(), "--out", temp.resolve("out").toString(),
                "--client", "rfc", "--as-of", "2026-11-26");

        assertThat(run.code()).as(run.err()).isZero();
        List<Map<String, String>> csv = assessments(temp.resolve("out/rfc/assessments.csv"));
        assertThat(csv).extracting(r -> r.get("status") + " " + r.get("vm_name")).containsExactlyInAnyOrder(
                "ASSESSED '" + FORMULAS.get(0), "ASSESSED acme-web-02", "ASSESSED acme-web-03", "ASSESSED acme-web-04");
        try (XSSFWorkbook wb = Reports.open(temp.resolve("out/rfc/migration-report.xlsx"))) {
            assertThat(row(Reports.table(wb.getSheet("Workloads")), "VM", "acme-web-02"))
                    .containsEntry("Annotation", "He said \"stop\", then left").containsEntry("Folder", "C:\\vms\\");
        }
    }

    /** Right-to-left, emoji (with a zero-width joiner), control and non-characters, and names longer than a cell holds. */
    static final List<String> NAMES = List.of("خادم-الويب-01", "שרת-נתונים-02", "web-🚀-03", "dev-👩‍💻-04",
            "ctl\u0001na\u0007me\u001F\uFFFE-05", "long-" + "x".repeat(40_000));

    @Test
    void rightToLeftEmojiControlAndOverlongTextSurviveIntoReportAndCsv(SparkSession spark) throws Exception {
        Path in = Files.createDirectories(temp.resolve("in"));
        String annotation = "ملاحظة ".repeat(6_000).strip();   // 41,999 characters
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADER);
        for (int i = 0; i < NAMES.size(); i++) {
            rows.add(List.of(NAMES.get(i), "n-" + i, "poweredOn", "2", "4096", "Ubuntu Linux (64-bit)", annotation,
                    "", "", "", "", ""));
        }
        writeCsv(in.resolve("names.csv"), rows);

        AssessmentJobTest.Run run = run(spark, "--input", in.toString(), "--out", temp.resolve("out").toString(),
                "--client", "names", "--as-of", "2026-11-26");

        assertThat(run.code()).as(run.err()).isZero();
        Path report = temp.resolve("out/names").resolve(OutputNames.REPORT);
        String cut = "... [cut at 32767 characters]";
        try (XSSFWorkbook wb = Reports.open(report)) {
            List<Map<String, String>> workloads = Reports.table(wb.getSheet("Workloads"));
            for (int i = 0; i < 4; i++) {
                assertThat(row(workloads, "VM UUID", "n-" + i)).containsEntry("VM", NAMES.get(i));
            }
            assertThat(row(workloads, "VM UUID", "n-4")).as("characters XML cannot carry are dropped").containsEntry("VM", "ctlname-05");
            assertThat(row(workloads, "VM UUID", "n-5").get("VM")).hasSize(32_767).startsWith("long-xxx").endsWith(cut);
            assertThat(workloads).allSatisfy(w -> assertThat(w.get("Annotation")).hasSize(32_767)
                    .isEqualTo(annotation.substring(0, 32_767 - cut.length()) + cut));
        }
        assertThat(assessments(temp.resolve("out/names").resolve(OutputNames.ASSESSMENTS)))
                .as("assessments.csv keeps every name whole and exact").extracting(r -> r.get("vm_name"))
                .containsExactlyInAnyOrderElementsOf(NAMES);
        assertThat(LibreOffice.workloadsAsCsv(report, temp.resolve("libreoffice")))
                .as("LibreOffice opens the report and shows the names").contains(NAMES.subList(0, 4)).contains("ctlname-05");
    }

    static Stream<Arguments> clientsThatTryToLeave() {
        return Stream.of(
                Arguments.of("../../etc", "etc"),
                Arguments.of("/tmp/fleetfit-escape", "tmp-fleetfit-escape"),
                Arguments.of("..\\..\\Windows\\System32", "windows-system32"),
                Arguments.of("CON", "con-client"),
                Arguments.of("a".repeat(300), "a".repeat(64)),
                Arguments.of("acme\u0000\u0007\u001B[31m\uFFFE", "acme-31m"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("clientsThatTryToLeave")
    void aClientNameThatTriesToLeaveTheOutputFolderLandsInsideIt(String client, String slug, SparkSession spark) throws Exception {
        Path in = Files.createDirectories(temp.resolve("in"));
        writeCsv(in.resolve("inventory.csv"), List.of(HEADER, vm("acme-web-01", "u-1")));
        Path out = temp.resolve("work/out");

        AssessmentJobTest.Run run = run(spark, "--input", in.toString(), "--out", out.toString(), "--client", client,
                "--as-of", "2026-11-26");

        assertThat(run.code()).as(run.err()).isZero();
        if (client.startsWith("/")) {
            assertThat(Path.of(client)).doesNotExist();
        }
        try (Stream<Path> written = Files.walk(temp.resolve("work"))) {
            assertThat(written.filter(Files::isRegularFile).map(p -> temp.resolve("work").relativize(p).toString()))
                    .containsExactlyInAnyOrder("out/" + slug + "/" + OutputNames.REPORT, "out/" + slug + "/" + OutputNames.ASSESSMENTS,
                            "out/" + io.fleetfit.report.RunSummaryWriter.FILE_NAME,
                            // the runs' locks, beside the client's folder and the run summary
                            "out/." + slug + ".fleetfit.lock", "out/." + io.fleetfit.report.RunSummaryWriter.FILE_NAME + ".fleetfit.lock");
        }
        try (XSSFWorkbook wb = Reports.open(out.resolve(slug).resolve(OutputNames.REPORT))) {
            assertThat(Reports.text(wb.getSheet("Summary").getRow(0).getCell(0))).startsWith("Migration assessment - ");
            assertThat(wb.getProperties().getCoreProperties().getTitle()).startsWith("Migration assessment - ");
        }
        assertThat(assessments(out.resolve(slug).resolve(OutputNames.ASSESSMENTS))).singleElement()
                .satisfies(r -> assertThat(r.get("client")).isEqualTo(client.strip()));
    }

    /** A plain, assessable VM row. */
    static List<String> vm(String name, String uuid) {
        return List.of(name, uuid, "poweredOn", "2", "4096", "Ubuntu Linux (64-bit)", "", "", "", "", "", "");
    }

    private static List<String> facts(String name, String cpus, String memory) {
        return List.of(name, "", "poweredOn", cpus, memory, "Ubuntu Linux (64-bit)", "", "", "", "", "", "");
    }

    /**
     * A header, then one row per formula as the VM name with every other text column holding
     * another formula; the last row's CPUs are "-2+3".
     */
    private static List<List<String>> formulaRows(List<String> formulas) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADER);
        int n = formulas.size();
        for (int i = 0; i < n; i++) {
            rows.add(List.of(formulas.get(i), "f-" + i, "poweredOn", i == n - 1 ? "-2+3" : "2", "4096",
                    formulas.get((i + 1) % n), formulas.get((i + 2) % n), formulas.get((i + 3) % n), formulas.get(i),
                    formulas.get((i + 1) % n), formulas.get((i + 2) % n), formulas.get((i + 3) % n)));
        }
        return rows;
    }

    /** Writes rows as RFC 4180 CSV, every field quoted. */
    static void writeCsv(Path file, List<List<String>> rows) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8); CSVWriter csv = new CSVWriter(w)) {
            rows.forEach(r -> csv.writeNext(r.toArray(String[]::new)));
        }
    }

    static Map<String, String> row(List<Map<String, String>> rows, String column, String value) {
        return rows.stream().filter(r -> value.equals(r.get(column))).findFirst()
                .orElseThrow(() -> new AssertionError("no row with " + column + " = " + value + " in " + rows));
    }
}
