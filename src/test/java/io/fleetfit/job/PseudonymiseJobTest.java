package io.fleetfit.job;

import static io.fleetfit.job.AssessmentJobTest.readCsv;
import static io.fleetfit.job.AssessmentJobTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.fleetfit.job.AssessmentJobTest.Run;
import io.fleetfit.report.WorkbookDump;
import io.fleetfit.tools.generate.RvtoolsFleet;
import java.io.ByteArrayOutputStream;
import java.io.FileReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --pseudonymise}: the same judgement as a plain run, no original value in any byte of any
 * output, and {@code jobs/reveal} gives the plain run's outputs back. Two inputs: the sample
 * inventories with the example attributes file, and a generated RVTools fleet.
 */
@Tag("spark")
@ExtendWith(SharedSpark.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PseudonymiseJobTest {

    /** The columns of the inventories and the attributes file that hold identifying values. */
    private static final Set<String> IDENTIFYING = Set.of("vm", "dns name", "primary ip address", "ip address",
            "ipv4 address", "ipv6 address", "mac address", "network", "port group", "resource pool", "folder", "vapp",
            "annotation", "datacenter", "cluster", "host", "vi sdk server", "cluster rule(s)", "cluster rule name(s)",
            "datastore", "switch", "application", "business_unit", "owner", "override_reason");

    @TempDir
    static Path temp;

    private Path key;
    private Path fleet;

    /** A plain and a pseudonymised run of one input. */
    private record Pair(Path plain, Path pseudonymised, Path map, Run pseudonymisedRun) {
    }

    private final Map<String, Pair> runs = new LinkedHashMap<>();

    @BeforeAll
    void runBothWays(SparkSession spark) throws Exception {
        key = Files.writeString(temp.resolve("client.key"), "the client's own secret, kept on its premises\n");
        fleet = temp.resolve("fleet/generated.xlsx");
        Files.createDirectories(fleet.getParent());
        RvtoolsFleet.write(fleet, 300, RvtoolsFleet.DEFAULT_SEED);
        runs.put("acme", runBoth(spark, "acme", "--input", "sample-inventories", "--client", "Acme",
                "--attributes", "jobs/examples/attributes-example.csv"));
        runs.put("fleet", runBoth(spark, "fleet", "--input", fleet.toString(), "--client", "Fleet"));
    }

    private Pair runBoth(SparkSession spark, String name, String... input) throws IOException {
        Path plain = temp.resolve(name + "-plain");
        Path pseudo = temp.resolve(name + "-pseudo");
        Path map = temp.resolve(name + "-map.csv");
        Run p = run(spark, concat(input, "--out", plain.toString(), "--as-of", "2026-11-26", "--parquet", plain.resolve("pq").toString()));
        Run q = run(spark, concat(input, "--out", pseudo.toString(), "--as-of", "2026-11-26", "--parquet", pseudo.resolve("pq").toString(),
                "--pseudonymise", key.toString(), "--pseudonym-map", map.toString()));
        assertThat(p.code()).as(p.err()).isZero();
        assertThat(q.code()).as(q.err()).isZero();
        return new Pair(plain.resolve(name), pseudo.resolve(name), map, q);
    }

    private static String[] concat(String[] a, String... b) {
        return Stream.concat(Stream.of(a), Stream.of(b)).toArray(String[]::new);
    }

    @Test
    void judgesEveryRowAsThePlainRunDoes() throws Exception {
        for (Pair pair : runs.values()) {
            Map<String, Map<String, String>> plain = bySource(readCsv(pair.plain().resolve("assessments.csv")));
            Map<String, Map<String, String>> pseudo = bySource(readCsv(pair.pseudonymised().resolve("assessments.csv")));
            assertThat(pseudo.keySet()).isEqualTo(plain.keySet());
            assertThat(plain).hasSizeGreaterThan(100);
            for (String row : plain.keySet()) {
                for (String column : List.of("status", "disposition", "lane", "role", "assessed_disposition", "computed_disposition",
                        "fitness_tier", "fitness_score", "portability_score", "legacy_os_score", "isolation_score", "blockers",
                        "findings", "completeness", "confidence", "missing_facts", "os")) {
                    assertThat(pseudo.get(row).get(column)).as("%s %s", row, column).isEqualTo(plain.get(row).get(column));
                }
                if (!plain.get(row).get("vm_name").isEmpty()) {
                    assertThat(pseudo.get(row).get("vm_name")).as(row).matches("vm-[0-9a-f]{10}");
                }
            }
        }
    }

    /**
     * Every original value the inputs state, searched in every byte of every output: each XML part
     * of the workbook (unescaped), assessments.csv, the Parquet files as raw bytes and decoded, the
     * run summary and the console. Too generic to identify anything, and so left out: values
     * shorter than 4 characters, numbers, OS and product strings of the inputs, and words that
     * fleetfit's own texts use: a value that the other input's pseudonymised outputs also contain
     * (its Method sheet names "vCLS" agents, say), as the two inputs share no names.
     */
    @Test
    void leavesNoOriginalValueInAnyOutput() throws Exception {
        Map<String, Map<String, String>> outputs = new LinkedHashMap<>();
        for (Map.Entry<String, Pair> e : runs.entrySet()) {
            outputs.put(e.getKey(), outputs(e.getValue()));
        }
        for (Map.Entry<String, Pair> e : runs.entrySet()) {
            Set<String> originals = e.getKey().equals("acme")
                    ? originals(List.of(Path.of("sample-inventories/acme-vcenter01.xlsx"), Path.of("sample-inventories/acme-vcenter02-vinfo.csv"),
                            Path.of("sample-inventories/acme-vcenter03.xlsx"), Path.of("jobs/examples/attributes-example.csv")))
                    : originals(List.of(fleet));
            assertThat(originals).as("the inputs' identifying values").hasSizeGreaterThan(100)
                    .contains(e.getKey().equals("acme") ? "acme-shop-web-01" : "lnx-000001");
            String others = outputs.entrySet().stream().filter(o -> !o.getKey().equals(e.getKey()))
                    .flatMap(o -> o.getValue().values().stream()).collect(Collectors.joining("\n"));
            originals.removeIf(others::contains);
            assertThat(originals).hasSizeGreaterThan(100);
            List<String> leaks = new ArrayList<>();
            for (String original : originals) {
                outputs.get(e.getKey()).forEach((file, text) -> {
                    if (text.contains(original)) {
                        int at = text.indexOf(original);
                        leaks.add(original + " in " + file + ": ..." + text.substring(Math.max(0, at - 60), Math.min(text.length(), at + original.length() + 20)));
                    }
                });
            }
            assertThat(leaks).as(e.getKey()).isEmpty();
        }
    }

    /** Every output of the pseudonymised run as text, by where it was found. */
    private static Map<String, String> outputs(Pair pair) throws IOException {
        Path out = pair.pseudonymised().getParent();
        Map<String, String> texts = new LinkedHashMap<>();
        try (Stream<Path> files = Files.walk(out)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                if (f.toString().endsWith(".xlsx")) {
                    try (ZipFile zip = new ZipFile(f.toFile())) {
                        for (ZipEntry z : java.util.Collections.list(zip.entries())) {
                            try (InputStream in = zip.getInputStream(z)) {
                                texts.put(f + "!" + z.getName(), unescapeXml(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                            }
                        }
                    }
                } else {
                    // CSV, Parquet (raw bytes: its dictionaries and statistics), the run summary
                    texts.put(f.toString(), new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1));
                    texts.put(f + " (UTF-8)", new String(Files.readAllBytes(f), StandardCharsets.UTF_8));
                }
            }
        }
        assertThat(texts.keySet()).anyMatch(k -> k.endsWith(".parquet")).anyMatch(k -> k.endsWith("run-summary.csv"))
                .anyMatch(k -> k.contains("worksheets/sheet"));
        texts.put("parquet, decoded", parquetText(out.resolve("pq")));
        texts.put("console", pair.pseudonymisedRun().out() + pair.pseudonymisedRun().err());
        return texts;
    }

    @Test
    void revealGivesThePlainRunsReportAndCsvBack() throws Exception {
        for (Map.Entry<String, Pair> e : runs.entrySet()) {
            Pair pair = e.getValue();
            Path revealed = temp.resolve(e.getKey() + "-revealed");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int code = io.fleetfit.run.Reveal.run(new String[] {"--map", pair.map().toString(), "--in",
                    pair.pseudonymised().toString(), "--out", revealed.toString()}, new PrintStream(out, true), new PrintStream(err, true));
            assertThat(code).as(err.toString()).isZero();
            assertThat(out.toString()).contains("assessments.csv").contains("migration-report.xlsx");
            // the CSV: byte for byte
            assertThat(Files.readString(revealed.resolve("assessments.csv")))
                    .isEqualTo(Files.readString(pair.plain().resolve("assessments.csv")));
            // the workbook: every cell of every sheet, its format, fill and link, and the document's properties.
            // Its zip bytes differ (entry times, compression), which nobody reads.
            String plain = WorkbookDump.of(Files.readAllBytes(pair.plain().resolve("migration-report.xlsx")));
            String back = WorkbookDump.of(Files.readAllBytes(revealed.resolve("migration-report.xlsx")));
            assertThat(back.lines().toList()).isEqualTo(plain.lines().toList());
            try (Workbook a = WorkbookFactory.create(pair.plain().resolve("migration-report.xlsx").toFile());
                 Workbook b = WorkbookFactory.create(revealed.resolve("migration-report.xlsx").toFile())) {
                assertThat(cells(b)).isEqualTo(cells(a));
            }
        }
    }

    @Test
    void writesTheMapForItsOwnerOnly() throws Exception {
        Pair acme = runs.get("acme");
        Map<String, List<String>> map = readCsv(acme.map()).stream()
                .collect(Collectors.groupingBy(r -> r.get("pseudonym"), Collectors.mapping(r -> r.get("original"), Collectors.toList())));
        assertThat(map).containsKey(firstPseudonymOf(acme, "acme-shop-web-01"));
        assertThat(map.values()).allSatisfy(v -> assertThat(v).hasSize(1));
        Set<PosixFilePermission> perms = Files.getPosixFilePermissions(acme.map());
        assertThat(perms).containsOnly(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        // the clients' parts are merged and gone
        try (Stream<Path> left = Files.walk(acme.pseudonymised().getParent())) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("pseudonym-map"));
        }
        // the console names the attributes row that matched no VM by its pseudonym
        assertThat(acme.pseudonymisedRun().out()).contains("matched no VM").doesNotContain("acme-old-shop-99");
    }

    @Test
    void stopsWithUsageForAMissingOrEmptyKeyFile(SparkSession spark) throws Exception {
        Path empty = Files.writeString(temp.resolve("empty.key"), " \n");
        Path missing = temp.resolve("missing.key");
        Run none = run(spark, "--input", "sample-inventories", "--out", temp.resolve("x").toString(), "--pseudonymise", missing.toString());
        Run blank = run(spark, "--input", "sample-inventories", "--out", temp.resolve("y").toString(), "--pseudonymise", empty.toString());
        Run mapOnly = run(spark, "--input", "sample-inventories", "--out", temp.resolve("z").toString(), "--pseudonym-map", "m.csv");
        assertThat(none.code()).isEqualTo(FleetfitJob.USAGE);
        assertThat(none.err().lines().findFirst()).hasValue("fleetfit: key file not found: " + missing);
        assertThat(blank.code()).isEqualTo(FleetfitJob.USAGE);
        assertThat(blank.err().lines().findFirst().orElseThrow()).startsWith("fleetfit: key file empty.key is empty");
        assertThat(mapOnly.code()).isEqualTo(FleetfitJob.USAGE);
        assertThat(mapOnly.err().lines().findFirst()).hasValue("fleetfit: --pseudonym-map needs --pseudonymise KEYFILE");
        assertThat(temp.resolve("x")).doesNotExist();
        assertThat(temp.resolve("y")).doesNotExist();
    }

    private static String firstPseudonymOf(Pair pair, String vm) throws Exception {
        Map<String, Map<String, String>> plain = bySource(readCsv(pair.plain().resolve("assessments.csv")));
        Map<String, Map<String, String>> pseudo = bySource(readCsv(pair.pseudonymised().resolve("assessments.csv")));
        return plain.entrySet().stream().filter(r -> r.getValue().get("vm_name").equals(vm))
                .map(r -> pseudo.get(r.getKey()).get("vm_name")).findFirst().orElseThrow();
    }

    private static Map<String, Map<String, String>> bySource(List<Map<String, String>> rows) {
        Map<String, Map<String, String>> m = new LinkedHashMap<>();
        rows.forEach(r -> m.put(r.get("source_file") + "|" + r.get("source_sheet") + "|" + r.get("source_row"), r));
        return m;
    }

    /**
     * Every identifying value the input files state, read from the files themselves: the cells of
     * the {@link #IDENTIFYING} columns and, in RVTools' vInfo, the custom attribute columns RVTools
     * puts after "VI SDK UUID". Left out as too generic to identify anything: values shorter than
     * 4 characters, numbers, and values that are also an OS or product string of the inputs or a
     * word the report states as it is (yes/no, an environment such as Production, a classification).
     */
    private static Set<String> originals(List<Path> files) throws Exception {
        Set<String> values = new TreeSet<>();
        Set<String> readable = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        readable.addAll(List.of("True", "False", "Yes", "None", "Production", "Development", "Test", "Staging",
                "Internal", "Public", "Confidential", "Restricted", "Regulated", "Stateless", "Stateful", "Data", "Legacy",
                "Templates", "Resources"));
        for (Path f : files) {
            for (List<List<String>> table : tables(f)) {
                List<String> header = table.get(0).stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
                int customFrom = header.indexOf("vi sdk uuid") + 1;
                for (List<String> row : table.subList(1, table.size())) {
                    for (int c = 0; c < Math.min(row.size(), header.size()); c++) {
                        String h = header.get(c);
                        String v = row.get(c).strip();
                        if (h.startsWith("os ") || h.contains("guest") || h.startsWith("os_")) {
                            readable.add(v);
                        } else if (IDENTIFYING.contains(h) || h.startsWith("network #") || customFrom > 0 && c >= customFrom) {
                            values.add(v);
                        }
                    }
                }
            }
        }
        values.removeIf(v -> v.length() < 4 || v.matches("[-+0-9.,: ]+") || readable.contains(v));
        return values;
    }

    /** Each sheet of a workbook, or the CSV file, as rows of cell texts. */
    private static List<List<List<String>>> tables(Path f) throws Exception {
        List<List<List<String>>> tables = new ArrayList<>();
        if (f.toString().endsWith(".csv")) {
            try (var r = new com.opencsv.CSVReader(new FileReader(f.toFile(), StandardCharsets.UTF_8))) {
                List<List<String>> rows = r.readAll().stream().filter(l -> !l[0].startsWith("#")).map(List::of).toList();
                tables.add(rows);
            }
            return tables;
        }
        DataFormatter fmt = new DataFormatter(Locale.ROOT);
        try (Workbook wb = WorkbookFactory.create(f.toFile(), null, true)) {
            for (Sheet s : wb) {
                List<List<String>> rows = new ArrayList<>();
                for (Row row : s) {
                    List<String> cells = new ArrayList<>();
                    for (int c = 0; c < row.getLastCellNum(); c++) {
                        Cell cell = row.getCell(c);
                        cells.add(cell == null ? "" : fmt.formatCellValue(cell));
                    }
                    rows.add(cells);
                }
                if (!rows.isEmpty()) {
                    tables.add(rows);
                }
            }
        }
        return tables;
    }

    /** Every string column of every Parquet file under {@code dir}, decoded. */
    private static String parquetText(Path dir) throws IOException {
        StringBuilder b = new StringBuilder();
        org.apache.hadoop.conf.Configuration conf = new org.apache.hadoop.conf.Configuration();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".parquet")).toList()) {
                try (var reader = org.apache.parquet.hadoop.ParquetFileReader.open(
                        org.apache.parquet.hadoop.util.HadoopInputFile.fromPath(new org.apache.hadoop.fs.Path(f.toUri()), conf))) {
                    var schema = reader.getFooter().getFileMetaData().getSchema();
                    var columnIo = new org.apache.parquet.io.ColumnIOFactory().getColumnIO(schema);
                    org.apache.parquet.column.page.PageReadStore pages;
                    while ((pages = reader.readNextRowGroup()) != null) {
                        var records = columnIo.getRecordReader(pages,
                                new org.apache.parquet.example.data.simple.convert.GroupRecordConverter(schema));
                        for (long i = 0; i < pages.getRowCount(); i++) {
                            b.append(records.read()).append('\n');
                        }
                    }
                }
            }
        }
        assertThat(b).as("decoded Parquet rows").isNotEmpty();
        return b.toString();
    }

    private static String unescapeXml(String xml) {
        return xml.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'").replace("&amp;", "&");
    }

    /** Every sheet's cells as "sheet!A1 = value". */
    private static List<String> cells(Workbook wb) {
        List<String> out = new ArrayList<>();
        DataFormatter fmt = new DataFormatter(Locale.ROOT);
        for (Sheet s : wb) {
            out.add(s.getSheetName() + " header=" + s.getHeader().getCenter() + s.getHeader().getLeft() + s.getHeader().getRight()
                    + " footer=" + s.getFooter().getCenter() + s.getFooter().getLeft() + s.getFooter().getRight());
            for (Row row : s) {
                for (Cell c : row) {
                    out.add(s.getSheetName() + "!" + c.getAddress() + " = " + fmt.formatCellValue(c));
                }
            }
        }
        return out;
    }
}
