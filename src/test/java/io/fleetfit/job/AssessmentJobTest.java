package io.fleetfit.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.opencsv.CSVReader;
import io.fleetfit.assessment.Disposition;
import io.fleetfit.run.JobConfig;
import java.io.ByteArrayOutputStream;
import java.io.FileReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The whole job on real (local) Spark, against the project's own sample inventories. */
@Tag("spark")
@ExtendWith(SharedSpark.class)
class AssessmentJobTest {

    @TempDir
    Path out;

    @Test
    void assessesTheSampleInventoriesIntoAReportAndCsv(SparkSession spark) throws Exception {
        Run run = run(spark, "--input", "sample-inventories", "--out", out.toString(), "--client", "Acme Corp", "--as-of", "2026-11-26");

        assertThat(run.code).as(run.err).isEqualTo(FleetfitJob.OK);
        Path dir = out.resolve("acme-corp");
        assertThat(dir.resolve("migration-report.xlsx")).exists();
        assertThat(dir.resolve("assessments.csv")).exists();
        assertThat(Files.list(dir).map(p -> p.getFileName().toString()))
                .as("no temporary or checksum files are left behind")
                .containsExactlyInAnyOrder("migration-report.xlsx", "assessments.csv");

        List<Map<String, String>> rows = readCsv(dir.resolve("assessments.csv"));
        Map<String, Long> byDisposition = rows.stream().filter(r -> r.get("status").equals("ASSESSED"))
                .collect(Collectors.groupingBy(r -> r.get("disposition"), Collectors.counting()));
        for (Disposition d : Disposition.values()) {
            assertThat(byDisposition).as("samples show every disposition").containsKey(d.code());
        }
        assertThat(rows).extracting(r -> r.get("status")).contains("TEMPLATE", "REJECTED");

        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(dir.resolve("migration-report.xlsx")))) {
            assertThat(sheetNames(wb)).containsSubsequence("Summary", "Workloads", "Findings", "Data quality", "Method");
            long assessed = rows.stream().filter(r -> r.get("status").equals("ASSESSED")).count();
            assertThat(dataRows(wb.getSheet("Workloads"))).isEqualTo(assessed);
            // every finding, but the Windows note (PORT-020), which the Summary counts once
            long findings = rows.stream().filter(r -> r.get("status").equals("ASSESSED"))
                    .mapToLong(r -> r.get("findings").isEmpty() ? 0
                            : java.util.Arrays.stream(r.get("findings").split(";")).filter(id -> !id.equals("PORT-020")).count()).sum();
            assertThat(dataRows(wb.getSheet("Findings"))).isEqualTo(findings);
            assertThat(rows).as("the samples hold Windows workloads the note applies to")
                    .anyMatch(r -> r.get("findings").contains("PORT-020"));
            Reports.assertCountedOnce(wb, rows.stream().filter(r -> r.get("status").equals("ASSESSED")).toList(), "PORT-020");
            assertThat(Reports.rawEvidence(wb)).as("evidence in fleetfit's words holds no raw key, glob or key = value").isEmpty();
            assertThat(io.fleetfit.report.LinkTargets.assertEveryLinkNamesItsTarget(wb)).as("links checked")
                    .isGreaterThan((int) dataRows(wb.getSheet("Blockers")) / 2);
        }
        assertThat(run.out).contains("Workloads by disposition", "Containerize", "migration-report.xlsx");
        assertThat(run.out + run.err).as("Spark's INFO logging stays off the console").doesNotContain(" INFO ");
    }

    @Test
    void theSummaryNamesTheEngagementTheFirmAndEachInputsSha256OnTheGivenPaper(SparkSession spark) throws Exception {
        Run run = run(spark, "--input", "sample-inventories", "--out", out.toString(), "--client", "Acme Corp",
                "--engagement", "Data centre exit 2027", "--firm", "Example Consulting & Partners", "--paper", "Letter");
        assertThat(run.code).as(run.err).isEqualTo(FleetfitJob.OK);
        List<String> cells = new ArrayList<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out.resolve("acme-corp/migration-report.xlsx")))) {
            for (Row r : wb.getSheet("Summary")) {
                r.forEach(c -> cells.add(c.toString()));
            }
            for (org.apache.poi.ss.usermodel.Sheet sheet : wb) {
                assertThat(sheet.getPrintSetup().getPaperSize()).as(sheet.getSheetName())
                        .isEqualTo(org.apache.poi.ss.usermodel.PrintSetup.LETTER_PAPERSIZE);
            }
            assertThat(wb.getProperties().getExtendedProperties().getCompany()).isEqualTo("Example Consulting & Partners");
        }
        assertThat(cells).contains("Data centre exit 2027", "Example Consulting & Partners");
        for (String file : List.of("acme-vcenter01.xlsx", "acme-vcenter02-vinfo.csv", "acme-vcenter03.xlsx")) {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(Path.of("sample-inventories", file)));
            assertThat(cells).as(file).contains(java.util.HexFormat.of().formatHex(digest));
        }
    }

    @Test
    void defaultsTheClientToTheInputFolderName(SparkSession spark) throws Exception {
        Run run = run(spark, "--input", "sample-inventories/acme-vcenter02-vinfo.csv", "--out", out.toString());
        assertThat(run.code).as(run.err).isEqualTo(FleetfitJob.OK);
        assertThat(out.resolve("acme-vcenter02-vinfo/assessments.csv")).exists();
    }

    @Test
    void anUnreadableFileIsReportedInOneLineAndTheOthersStillAssessed(SparkSession spark) throws Exception {
        Path in = Files.createDirectories(out.resolve("in"));
        Files.copy(Path.of("sample-inventories/acme-vcenter01.xlsx"), in.resolve("good.xlsx"));
        Files.writeString(in.resolve("broken.xlsx"), "this is not a workbook");
        Run run = run(spark, "--input", in.toString(), "--out", out.resolve("reports").toString(), "--client", "x");

        assertThat(run.code).isEqualTo(FleetfitJob.INPUT_UNREADABLE);
        assertThat(run.err.lines().filter(l -> l.contains("broken.xlsx")).toList()).hasSize(1);
        assertThat(run.err).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(out.resolve("reports/x/migration-report.xlsx")).exists();
        // the inputs table: the name in its column, the reason beside it without the name again
        assertThat(run.out.lines().filter(l -> l.contains("broken.xlsx")).toList()).singleElement()
                .satisfies(l -> assertThat(l).matches("  broken\\.xlsx +NOT READ: (?!broken\\.xlsx).+"));
        assertThat(run.out.lines().filter(l -> l.contains("good.xlsx")).toList()).singleElement()
                .satisfies(l -> assertThat(l.indexOf(" rows: ")).isGreaterThan(l.indexOf("good.xlsx")));
    }

    @Test
    void aVmSeenInTwoFilesIsAssessedOnceAndTheCopyListed(SparkSession spark) throws Exception {
        Path in = Files.createDirectories(out.resolve("in"));
        Files.copy(Path.of("sample-inventories/acme-vcenter02-vinfo.csv"), in.resolve("a-vcenter.csv"));
        Files.copy(Path.of("sample-inventories/acme-vcenter02-vinfo.csv"), in.resolve("b-vcenter-again.csv"));
        Run run = run(spark, "--input", in.toString(), "--out", out.resolve("reports").toString(), "--client", "dup");
        assertThat(run.code).as(run.err).isZero();

        List<Map<String, String>> rows = readCsv(out.resolve("reports/dup/assessments.csv"));
        List<Map<String, String>> first = rows.stream().filter(r -> r.get("source_file").equals("a-vcenter.csv")).toList();
        List<Map<String, String>> second = rows.stream().filter(r -> r.get("source_file").equals("b-vcenter-again.csv")).toList();
        assertThat(second).hasSameSizeAs(first);
        long named = first.stream().filter(r -> !r.get("vm_uuid").isEmpty()).count();
        assertThat(named).isPositive();
        assertThat(second.stream().filter(r -> r.get("reason").startsWith("Duplicate of "))).hasSize((int) named);
        assertThat(second).filteredOn(r -> r.get("reason").startsWith("Duplicate of "))
                .allSatisfy(r -> assertThat(r.get("reason")).contains("a-vcenter.csv"));
        assertThat(first).noneSatisfy(r -> assertThat(r.get("reason")).startsWith("Duplicate of "));
    }

    @Test
    void namesRepeatedInOneVcenterWithoutAUuidAreListedAsPossibleDuplicates(SparkSession spark) throws Exception {
        Path in = Files.createDirectories(out.resolve("in"));
        Files.writeString(in.resolve("cmdb-vinfo.csv"), String.join("\n",
                "VM,Powerstate,CPUs,Memory,OS according to the VMware Tools,VM UUID,VI SDK Server",
                "app-01,poweredOn,2,4096,Ubuntu Linux (64-bit),,vc1.example",      // row 2: first of the repeat
                "db-01,poweredOn,2,4096,Ubuntu Linux (64-bit),,vc1.example",
                "APP-01,poweredOn,2,4096,Ubuntu Linux (64-bit),,vc1.example",      // row 4: the name again, other case
                "app-01,poweredOn,2,4096,Ubuntu Linux (64-bit),,vc2.example",      // another vCenter: not a repeat
                "db-01,poweredOn,2,4096,Ubuntu Linux (64-bit),4211aaaa-0000-0000-0000-000000000001,vc1.example",
                "app-01,poweredOn,2,4096,Ubuntu Linux (64-bit),,vc1.example",      // row 7: a third time
                ""));
        Run run = run(spark, "--input", in.toString(), "--out", out.resolve("reports").toString(), "--client", "rep");
        assertThat(run.code).as(run.err).isZero();
        assertThat(run.out).contains("6 assessed").contains("; 3 warnings.");

        List<Map<String, String>> rows = readCsv(out.resolve("reports/rep/assessments.csv"));
        assertThat(rows).as("possible duplicates stay assessed").hasSize(6);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out.resolve("reports/rep/migration-report.xlsx")))) {
            Sheet dq = wb.getSheet("Data quality");
            List<String> listed = new ArrayList<>();
            for (Row r : dq) {
                if (r.getRowNum() > 0 && r.getCell(4) != null && r.getCell(4).getStringCellValue().equals("Possible duplicate")) {
                    listed.add((long) r.getCell(2).getNumericCellValue() + " " + r.getCell(3).getStringCellValue()
                            + " | " + r.getCell(5).getStringCellValue());
                }
            }
            assertThat(listed).hasSize(3);
            assertThat(listed.get(0)).startsWith("2 app-01 | Possible duplicate").contains("repeats in vCenter vc1.example")
                    .contains("(also at cmdb-vinfo.csv, row 4, as APP-01)");
            assertThat(listed.get(1)).startsWith("4 APP-01 | ").contains("(also at cmdb-vinfo.csv, row 2, as app-01)");
            assertThat(listed.get(2)).startsWith("7 app-01 | ").contains("(also at cmdb-vinfo.csv, row 2)");
        }
    }

    @Test
    void nothingReadableMeansNoReport(SparkSession spark) throws Exception {
        Path bad = Files.writeString(out.resolve("empty.csv"), "");
        Run run = run(spark, "--input", bad.toString(), "--out", out.resolve("reports").toString());
        assertThat(run.code).isEqualTo(FleetfitJob.INPUT_UNREADABLE);
        assertThat(run.err).contains("empty.csv").contains("no report written");
        assertThat(out.resolve("reports/empty")).doesNotExist();
    }

    @Test
    void aWorkbookThatIsNoInventoryCountsNoReportWrittenOnTheProgressLine(SparkSession spark) throws Exception {
        Path budget = out.resolve("budget.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); var o = Files.newOutputStream(budget)) {
            Sheet sheet = wb.createSheet("Budget");
            sheet.createRow(0).createCell(0).setCellValue("Item");
            sheet.getRow(0).createCell(1).setCellValue("Cost");
            sheet.createRow(1).createCell(0).setCellValue("Licences");
            sheet.getRow(1).createCell(1).setCellValue(1200);
            wb.write(o);
        }
        Run run = run(spark, "--input", budget.toString(), "--out", out.resolve("reports").toString());

        assertThat(run.code).as(run.err).isEqualTo(FleetfitJob.INPUT_UNREADABLE);
        assertThat(run.err).contains("budget.xlsx", "no report written");
        assertThat(out.resolve("reports/budget/migration-report.xlsx")).doesNotExist();
        assertThat(run.out).contains("reports written for 0 of 1 client").doesNotContain("reports written for 1 of 1");
    }

    @Test
    void aClientNameThatTriesToLeaveTheOutputFolderLandsInsideIt(SparkSession spark) throws Exception {
        Path reports = Files.createDirectories(out.resolve("reports"));
        Run run = run(spark, "--input", "sample-inventories/acme-vcenter02-vinfo.csv", "--out", reports.toString(),
                "--client", "../../escape");
        assertThat(run.code).as(run.err).isZero();
        assertThat(reports.resolve("escape/migration-report.xlsx")).exists();
        try (var files = Files.walk(out)) {
            assertThat(files.filter(f -> f.getFileName().toString().equals("migration-report.xlsx")))
                    .allSatisfy(f -> assertThat(f.normalize()).startsWith(reports));
        }
    }

    @Test
    void aMissingInputIsAUsageError(SparkSession spark) throws Exception {
        Run run = run(spark, "--input", out.resolve("nope").toString(), "--out", out.toString());
        assertThat(run.code).isEqualTo(FleetfitJob.USAGE);
        assertThat(run.err).contains("input not found");
    }

    @Test
    void reportsAreReproducible(SparkSession spark) throws Exception {
        String[] args = {"--input", "sample-inventories", "--out", out.resolve("a").toString(), "--client", "Acme", "--as-of", "2026-11-26"};
        assertThat(run(spark, args).code).isZero();
        args[3] = out.resolve("b").toString();
        assertThat(run(spark, args).code).isZero();
        assertThat(Files.readString(out.resolve("a/acme/assessments.csv")))
                .isEqualTo(Files.readString(out.resolve("b/acme/assessments.csv")));
        assertThat(io.fleetfit.report.WorkbookDump.of(Files.readAllBytes(out.resolve("a/acme/migration-report.xlsx"))))
                .isEqualTo(io.fleetfit.report.WorkbookDump.of(Files.readAllBytes(out.resolve("b/acme/migration-report.xlsx"))));
    }

    static List<Map<String, String>> readCsv(Path csv) throws Exception {
        try (CSVReader r = new CSVReader(new FileReader(csv.toFile(), StandardCharsets.UTF_8))) {
            List<String[]> all = r.readAll();
            String[] header = all.get(0);
            List<Map<String, String>> rows = new ArrayList<>();
            for (String[] line : all.subList(1, all.size())) {
                Map<String, String> m = new java.util.LinkedHashMap<>();
                for (int i = 0; i < header.length; i++) {
                    m.put(header[i], i < line.length ? line[i] : "");
                }
                rows.add(m);
            }
            return rows;
        }
    }

    private static List<String> sheetNames(XSSFWorkbook wb) {
        List<String> names = new ArrayList<>();
        wb.forEach(s -> names.add(s.getSheetName()));
        return names;
    }

    private static long dataRows(Sheet sheet) {
        long n = 0;
        for (Row r : sheet) {
            if (r.getRowNum() > 0 && r.getCell(0) != null && !r.getCell(0).toString().isBlank()) {
                n++;
            }
        }
        return n;
    }

    record Run(int code, String out, String err) {
    }

    static Run run(SparkSession spark, String... args) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        JobConfig config;
        int code;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            try {
                config = JobConfig.parse(args, java.time.LocalDate.of(2026, 11, 26));
                code = FleetfitJob.run(config, spark, o, e);
            } catch (JobConfig.UsageException ex) {
                e.println("fleetfit: " + ex.getMessage());
                code = FleetfitJob.USAGE;
            }
        }
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
