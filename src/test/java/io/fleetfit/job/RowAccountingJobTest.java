package io.fleetfit.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.fleetfit.inventory.FieldMapping;
import io.fleetfit.inventory.InventoryFormat;
import io.fleetfit.inventory.ReadOptions;
import io.fleetfit.report.OutputNames;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Nothing is lost between an inventory file and its report: the Summary's rows read for the file
 * are its assessed, template, system VM and rejected rows, they are as many as fleetfit's reader reads from
 * the file on its own, and assessments.csv has one row for each. For the project's sample
 * inventories always, and for every real inventory when FLEETFIT_REAL_INVENTORIES is set.
 */
@Tag("spark")
@ExtendWith(SharedSpark.class)
class RowAccountingJobTest {

    /** The mapping file a consultant passes for a real inventory whose headers are not English. */
    private static final Map<String, String> MAPPINGS = Map.of(
            "spiral023__Server-Doku-23-02-2026-01_44_01.xlsx", "jobs/mappings/german-cmdb.csv");

    @TempDir
    Path out;

    static Stream<Path> sampleInventories() throws IOException {
        return inventories(Path.of("sample-inventories"));
    }

    static Stream<Path> realInventories() throws IOException {
        String dir = System.getenv("FLEETFIT_REAL_INVENTORIES");
        if (dir == null || !Files.isDirectory(Path.of(dir))) {
            return Stream.of(Path.of("FLEETFIT_REAL_INVENTORIES-not-set"));
        }
        return inventories(Path.of(dir));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sampleInventories")
    void everyRowOfASampleInventoryIsAccountedFor(Path inventory, SparkSession spark) throws Exception {
        assertEveryRowAccountedFor(inventory, spark);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("realInventories")
    void everyRowOfARealInventoryIsAccountedFor(Path inventory, SparkSession spark) throws Exception {
        assumeTrue(Files.isRegularFile(inventory), "FLEETFIT_REAL_INVENTORIES is not set to a folder: real-inventory tests skipped");
        assertEveryRowAccountedFor(inventory, spark);
    }

    private void assertEveryRowAccountedFor(Path inventory, SparkSession spark) throws Exception {
        String name = inventory.getFileName().toString();
        List<String> args = new ArrayList<>(List.of("--input", inventory.toString(), "--out", out.toString(),
                "--client", "rows", "--as-of", "2026-11-26"));
        String mapping = MAPPINGS.get(name);
        if (mapping != null) {
            args.addAll(List.of("--mapping", mapping));
        }

        AssessmentJobTest.Run run = AssessmentJobTest.run(spark, args.toArray(String[]::new));

        assertThat(run.code()).as(run.err()).isZero();
        long read = rowsTheReaderReads(inventory, mapping);
        Path dir = out.resolve("rows");
        try (XSSFWorkbook wb = Reports.open(dir.resolve(OutputNames.REPORT))) {
            List<Map<String, String>> inputs = Reports.table(wb.getSheet("Summary"), "Inputs");
            assertThat(inputs).extracting(r -> r.get("File")).containsExactly(name, "Total");
            for (Map<String, String> row : inputs) {
                assertThat(number(row, "Rows read")).as(row.get("File") + ": rows read = assessed + templates + system VMs + rejected")
                        .isEqualTo(number(row, "Assessed") + number(row, "Templates") + number(row, "System VMs")
                                + number(row, "Rejected"))
                        .as(row.get("File") + ": rows read = the rows its reader reads").isEqualTo(read);
            }
        }
        assertThat(Reports.assessments(dir.resolve(OutputNames.ASSESSMENTS))).hasSize((int) read)
                .allSatisfy(r -> assertThat(r.get("source_file")).isEqualTo(name));
    }

    /** The non-empty data rows fleetfit's reader passes on from the file, read without Spark. */
    private static long rowsTheReaderReads(Path inventory, String mapping) throws IOException {
        String name = inventory.getFileName().toString();
        ReadOptions options = mapping == null ? ReadOptions.DEFAULT
                : new ReadOptions(null, FieldMapping.parse(mapping, Files.readAllLines(Path.of(mapping))));
        try (InputStream in = Files.newInputStream(inventory)) {
            return InventoryFormat.of(name).orElseThrow().read(name, in, options, row -> { }).rows();
        }
    }

    private static long number(Map<String, String> row, String column) {
        return Long.parseLong(row.get(column));
    }

    /** Every inventory file (.xlsx, .xls, .csv) under a folder, at any depth, by path. */
    private static Stream<Path> inventories(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> InventoryFormat.isInventoryFile(f.getFileName().toString()))
                    .sorted().toList().stream();
        }
    }
}
