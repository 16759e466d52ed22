package io.fleetfit.job;

import static io.fleetfit.job.AssessmentJobTest.readCsv;
import static io.fleetfit.job.AssessmentJobTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.opencsv.CSVReader;
import com.opencsv.CSVWriterBuilder;
import com.opencsv.ICSVWriter;
import io.fleetfit.assessment.Disposition;
import io.fleetfit.job.AssessmentJobTest.Run;
import io.fleetfit.tools.generate.RvtoolsFleet;
import java.io.FileReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** {@code --compare}: two runs of a generated fleet, the second after VMs were added, removed and changed, on real Spark. */
@Tag("spark")
@ExtendWith(SharedSpark.class)
class CompareJobTest {

    private static final String OS_CONFIG = "OS according to the configuration file";
    private static final String OS_TOOLS = "OS according to the VMware Tools";
    private static final String HINT = "Try 'jobs/assess --help' for usage.";

    @TempDir
    Path dir;

    @Test
    void listsEveryChangeOfTheFleetInChangesCsvAndOnTheChangesSheet(SparkSession spark) throws Exception {
        Path first = Files.createDirectories(dir.resolve("in1"));
        try (Writer w = Files.newBufferedWriter(first.resolve("vinfo.csv"), StandardCharsets.UTF_8)) {
            RvtoolsFleet.writeVInfoCsv(w, 80, 2126L);
        }
        Run one = run(spark, "--input", first.toString(), "--out", dir.resolve("r1").toString(), "--client", "Fleet",
                "--as-of", "2026-09-01");
        assertThat(one.code()).as(one.err()).isZero();
        assertThat(dir.resolve("r1/fleet/changes.csv")).as("written only with --compare").doesNotExist();
        Map<String, Map<String, String>> before = assessed(dir.resolve("r1/fleet/assessments.csv"));

        // the inventory a quarter later: 3 VMs gone, 2 new, one moved to an OS without containers, one to another Linux,
        // one grown by half its memory
        List<String[]> rows = readRows(first.resolve("vinfo.csv"));
        String[] header = rows.get(0);
        Function<String, Integer> col = name -> Arrays.asList(header).indexOf(name);
        List<String[]> vms = new ArrayList<>(rows.subList(1, rows.size()));
        List<String> candidates = vms.stream().map(r -> r[col.apply("VM")])
                .filter(n -> before.containsKey(n) && before.get(n).get("disposition").equals("CONTAINERIZE")).toList();
        assertThat(candidates).as("the generated fleet has workloads to containerize").hasSizeGreaterThan(6);
        Set<String> gone = Set.of(candidates.get(0), candidates.get(1), candidates.get(2));
        String legacy = candidates.get(3);
        String relinux = candidates.get(4);
        String grown = candidates.get(5);
        vms.removeIf(r -> gone.contains(r[col.apply("VM")]));
        for (String[] r : vms) {
            String name = r[col.apply("VM")];
            if (name.equals(legacy)) {
                r[col.apply(OS_CONFIG)] = "Microsoft Windows Server 2003 (32-bit)";
                r[col.apply(OS_TOOLS)] = "Microsoft Windows Server 2003 (32-bit)";
            } else if (name.equals(relinux)) {
                String os = r[col.apply(OS_CONFIG)].contains("Red Hat Enterprise Linux 9")
                        ? "Red Hat Enterprise Linux 8 (64-bit)" : "Red Hat Enterprise Linux 9 (64-bit)";
                r[col.apply(OS_CONFIG)] = os;
                r[col.apply(OS_TOOLS)] = os;
            } else if (name.equals(grown)) {
                r[col.apply("Memory")] = Long.toString(Long.parseLong(r[col.apply("Memory")]) * 3 / 2);
            }
        }
        for (int i = 1; i <= 2; i++) {
            String[] added = vms.get(i * 10).clone();
            added[col.apply("VM")] = "added-vm-0" + i;
            added[col.apply("VM UUID")] = "4221dead-beef-0000-0000-00000000000" + i;
            added[col.apply("SMBIOS UUID")] = "4221feed-beef-0000-0000-00000000000" + i;
            added[col.apply("VM ID")] = "vm-90" + i;
            vms.add(added);
        }
        Path second = Files.createDirectories(dir.resolve("in2"));
        try (ICSVWriter w = new CSVWriterBuilder(Files.newBufferedWriter(second.resolve("vinfo.csv"), StandardCharsets.UTF_8)).build()) {
            w.writeNext(header, false);
            vms.forEach(r -> w.writeNext(r, false));
        }

        Run two = run(spark, "--input", second.toString(), "--out", dir.resolve("r2").toString(), "--client", "Fleet",
                "--as-of", "2026-12-01", "--compare", dir.resolve("r1").toString());
        assertThat(two.code()).as(two.err()).isZero();
        Map<String, Map<String, String>> after = assessed(dir.resolve("r2/fleet/assessments.csv"));

        // what changes.csv must hold: worked out from the two runs' assessments.csv, workload by workload
        Set<List<String>> expected = new HashSet<>();
        for (String name : gone) {
            expected.add(List.of("GONE", name, "", before.get(name).get("disposition"), "", "", ""));
        }
        for (String name : List.of("added-vm-01", "added-vm-02")) {
            expected.add(List.of("NEW", name, "", "", after.get(name).get("disposition"), "", ""));
        }
        for (Map.Entry<String, Map<String, String>> e : after.entrySet()) {
            Map<String, String> was = before.get(e.getKey());
            Map<String, String> now = e.getValue();
            if (was == null) {
                continue;
            }
            List<String> appeared = minus(now.get("findings"), was.get("findings"));
            List<String> disappeared = minus(was.get("findings"), now.get("findings"));
            if (!was.get("disposition").equals(now.get("disposition"))) {
                expected.add(List.of("DISPOSITION", e.getKey(), "VM_UUID", was.get("disposition"), now.get("disposition"),
                        String.join(";", appeared), String.join(";", disappeared)));
            } else if (!was.get("lane").equals(now.get("lane"))) {
                expected.add(List.of("LANE", e.getKey(), "VM_UUID", was.get("lane"), now.get("lane"),
                        String.join(";", appeared), String.join(";", disappeared)));
            }
            if (!was.get("os").equals(now.get("os"))) {
                expected.add(List.of("OS", e.getKey(), "VM_UUID", was.get("os"), now.get("os"), "", ""));
            } else if (!was.get("os_release").equals(now.get("os_release"))) {
                expected.add(List.of("OS_RELEASE", e.getKey(), "VM_UUID", was.get("os_release"), now.get("os_release"), "", ""));
            }
            for (String[] size : new String[][] {{"VCPUS", "vcpus"}, {"MEMORY", "memory_mib"}, {"STORAGE", "provisioned_mib"}}) {
                long a = Long.parseLong(was.get(size[1]));
                long b = Long.parseLong(now.get(size[1]));
                if (Math.abs(b - a) * 10 > a) {
                    expected.add(List.of(size[0], e.getKey(), "VM_UUID", Long.toString(a), Long.toString(b), "", ""));
                }
            }
        }
        List<Map<String, String>> changes = readCsv(dir.resolve("r2/fleet/changes.csv"));
        Set<List<String>> actual = changes.stream().map(c -> List.of(c.get("change"), c.get("vm_name"), c.get("matched_by"),
                c.get("from"), c.get("to"), c.get("findings_appeared"), c.get("findings_disappeared"))).collect(Collectors.toSet());
        assertThat(changes).as("one row per workload and kind").hasSameSizeAs(actual);
        assertThat(actual).isEqualTo(expected);
        // and the changes made are among them, so the set above is not empty by accident
        assertThat(actual).filteredOn(c -> c.get(0).equals("GONE")).hasSize(3);
        assertThat(actual).filteredOn(c -> c.get(0).equals("NEW")).hasSize(2);
        assertThat(actual).filteredOn(c -> c.get(0).equals("OS")).extracting(c -> c.get(1))
                .containsExactlyInAnyOrder(legacy, relinux);
        assertThat(actual).filteredOn(c -> c.get(0).equals("DISPOSITION") && c.get(1).equals(legacy)).singleElement()
                .satisfies(c -> assertThat(c.get(3)).isEqualTo("CONTAINERIZE"))
                .satisfies(c -> assertThat(c.get(4)).isNotEqualTo("CONTAINERIZE"))
                .satisfies(c -> assertThat(c.get(5)).contains("LEGACY-001"));
        long memory = Long.parseLong(before.get(grown).get("memory_mib"));
        assertThat(actual).contains(List.of("MEMORY", grown, "VM_UUID", Long.toString(memory), Long.toString(memory * 3 / 2), "", ""));
        assertThat(changes).allSatisfy(c -> assertThat(c.get("client")).isEqualTo("Fleet"));

        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(dir.resolve("r2/fleet/migration-report.xlsx")))) {
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            assertThat(names.indexOf("Changes")).as("after Findings, before Method")
                    .isEqualTo(names.indexOf("Findings") + 1).isLessThan(names.indexOf("Method"));
            DataFormatter text = new DataFormatter(Locale.ROOT);
            Sheet sheet = wb.getSheet("Changes");
            List<String> notes = new ArrayList<>();
            Set<List<String>> shown = new HashSet<>();
            boolean table = false;
            for (Row r : sheet) {
                String a = text.formatCellValue(r.getCell(0));
                if (!table) {
                    notes.add(a);
                    table = a.equals("Change");
                } else if (!a.isEmpty()) {
                    shown.add(List.of(a, text.formatCellValue(r.getCell(1)), text.formatCellValue(r.getCell(3)),
                            text.formatCellValue(r.getCell(4))));
                }
            }
            Set<List<String>> fromCsv = changes.stream().map(c -> List.of(label(c.get("change")), c.get("vm_name"),
                    words(c.get("change"), c.get("from")), words(c.get("change"), c.get("to")))).collect(Collectors.toSet());
            assertThat(shown).as("the sheet says what changes.csv says, in words").isEqualTo(fromCsv);
            assertThat(String.join("\n", notes)).contains("as of 2026-09-01")
                    .contains("another as-of date (2026-09-01, now 2026-12-01)")
                    .doesNotContain("CONTAINERIZE");
            String overview = text.formatCellValue(wb.getSheet("Overview").getRow(4).getCell(0));
            assertThat(overview).startsWith("Since 2026-09-01: ").contains("2 new, 3 gone").contains("2 changed OS");
        }
    }

    @Test
    void aMissingPreviousRunIsAUsageErrorOfOneLine(SparkSession spark) throws Exception {
        Path missing = dir.resolve("no-such-run");
        Run run = run(spark, "--input", "sample-inventories/acme-vcenter02-vinfo.csv", "--out", dir.resolve("out").toString(),
                "--compare", missing.toString());
        assertThat(run.code()).isEqualTo(FleetfitJob.USAGE);
        assertThat(run.err().lines().findFirst()).contains("fleetfit: previous run not found: " + missing);
        assertThat(run.err().lines().skip(1)).as("then only the hint to --help").containsExactly(HINT);
        assertThat(dir.resolve("out")).as("stopped before any work").doesNotExist();
    }

    @Test
    void aFolderThatIsNotAFleetfitOutputIsAUsageErrorOfOneLine(SparkSession spark) throws Exception {
        Path notOutput = Files.createDirectories(dir.resolve("holiday-photos"));
        Files.writeString(notOutput.resolve("notes.csv"), "a,b\n1,2\n");
        Files.createDirectories(notOutput.resolve("2025"));
        Run run = run(spark, "--input", "sample-inventories/acme-vcenter02-vinfo.csv", "--out", dir.resolve("out").toString(),
                "--compare", notOutput.toString());
        assertThat(run.code()).isEqualTo(FleetfitJob.USAGE);
        assertThat(run.err().lines().findFirst().orElseThrow()).startsWith("fleetfit: previous run " + notOutput)
                .contains("is not a fleetfit output");
        assertThat(run.err().lines().skip(1)).containsExactly(HINT);
        assertThat(dir.resolve("out")).doesNotExist();

        Run csv = run(spark, "--input", "sample-inventories/acme-vcenter02-vinfo.csv", "--out", dir.resolve("out").toString(),
                "--compare", notOutput.resolve("notes.csv").toString());
        assertThat(csv.code()).isEqualTo(FleetfitJob.USAGE);
        assertThat(csv.err().lines().skip(1)).containsExactly(HINT);
        assertThat(csv.err().lines().findFirst().orElseThrow())
                .isEqualTo("fleetfit: previous run " + notOutput.resolve("notes.csv") + " is not a fleetfit assessments.csv"
                        + " (no status, vm_name, vm_uuid, os, disposition, lane, findings columns)");
    }

    @Test
    void aClientOfABatchWithoutAPreviousFolderGetsAReportThatSaysSo(SparkSession spark) throws Exception {
        Path in = HandOffShapesJobTest.twoCsvClients(dir.resolve("batch"));
        Path previous = Files.createDirectories(dir.resolve("prev"));
        assertThat(run(spark, "--input", in.resolve("acme").toString(), "--out", previous.toString()).code()).isZero();

        Run clientFolder = run(spark, "--input", in.toString(), "--out", dir.resolve("out").toString(), "--compare",
                previous.resolve("acme").toString());
        assertThat(clientFolder.code()).isEqualTo(FleetfitJob.USAGE);
        assertThat(clientFolder.err().lines().findFirst()).contains("fleetfit: previous run " + previous.resolve("acme")
                + " is one client's folder: a batch compares with the previous run's output folder");

        Run run = run(spark, "--input", in.toString(), "--out", dir.resolve("out").toString(), "--compare", previous.toString());

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(readCsv(dir.resolve("out/acme/changes.csv"))).as("the same inventory: nothing changed").isEmpty();
        assertThat(readCsv(dir.resolve("out/globex/changes.csv"))).isEmpty();
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(dir.resolve("out/globex/migration-report.xlsx")))) {
            assertThat(new DataFormatter().formatCellValue(wb.getSheet("Changes").getRow(1).getCell(0)))
                    .isEqualTo("No previous assessment for this client in " + previous + ": there is nothing to compare with,"
                            + " so no change is listed.");
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(dir.resolve("out/acme/migration-report.xlsx")))) {
            assertThat(new DataFormatter().formatCellValue(wb.getSheet("Overview").getRow(4).getCell(0)))
                    .isEqualTo("Since 2026-11-26: no workload changed.");
        }
    }

    @Test
    void aPseudonymisedRunComparedWithAPlainOneNeverQuotesAGoneWorkloadsRealName(SparkSession spark) throws Exception {
        Path first = Files.createDirectories(dir.resolve("p1"));
        try (Writer w = Files.newBufferedWriter(first.resolve("vinfo.csv"), StandardCharsets.UTF_8)) {
            RvtoolsFleet.writeVInfoCsv(w, 30, 77L);
        }
        assertThat(run(spark, "--input", first.toString(), "--out", dir.resolve("plain").toString(), "--client", "Fleet").code()).isZero();
        List<String> lines = Files.readAllLines(first.resolve("vinfo.csv"), StandardCharsets.UTF_8);
        Path second = Files.createDirectories(dir.resolve("p2"));
        Files.write(second.resolve("vinfo.csv"), lines.subList(0, lines.size() - 3), StandardCharsets.UTF_8);   // 3 VMs gone
        Set<String> gone = new HashSet<>();
        Map<String, Map<String, String>> before = assessed(dir.resolve("plain/fleet/assessments.csv"));
        Path key = Files.writeString(dir.resolve("key"), "a secret of the engagement");

        Run run = run(spark, "--input", second.toString(), "--out", dir.resolve("pseudo").toString(), "--client", "Fleet",
                "--compare", dir.resolve("plain").toString(), "--pseudonymise", key.toString());

        assertThat(run.code()).as(run.err()).isZero();
        Set<String> now = new HashSet<>();
        readCsv(dir.resolve("pseudo/fleet/assessments.csv")).forEach(r -> now.add(r.get("vm_uuid")));
        before.values().stream().filter(r -> !now.contains(r.get("vm_uuid"))).forEach(r -> gone.add(r.get("vm_name")));
        assertThat(gone).as("the fixture drops VMs").isNotEmpty();
        List<Map<String, String>> changes = readCsv(dir.resolve("pseudo/fleet/changes.csv"));
        assertThat(changes).filteredOn(r -> r.get("change").equals("GONE")).hasSize(gone.size())
                .allSatisfy(r -> assertThat(r.get("vm_name")).matches("vm-[0-9a-f]{10}"));
        String csv = Files.readString(dir.resolve("pseudo/fleet/changes.csv"));
        StringBuilder xml = new StringBuilder();
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(dir.resolve("pseudo/fleet/migration-report.xlsx").toFile())) {
            for (var e : java.util.Collections.list(zip.entries())) {
                xml.append(new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        for (String name : before.keySet()) {
            assertThat(csv).as("changes.csv").doesNotContain(name);
            assertThat(xml.toString()).as("the workbook").doesNotContain(name);
        }
    }

    private static Map<String, Map<String, String>> assessed(Path csv) throws Exception {
        return readCsv(csv).stream().filter(r -> r.get("status").equals("ASSESSED"))
                .collect(Collectors.toMap(r -> r.get("vm_name"), r -> r));
    }

    private static List<String[]> readRows(Path csv) throws Exception {
        try (CSVReader r = new CSVReader(new FileReader(csv.toFile(), StandardCharsets.UTF_8))) {
            return r.readAll();
        }
    }

    private static List<String> minus(String a, String b) {
        List<String> left = new ArrayList<>(a.isEmpty() ? List.of() : List.of(a.split(";")));
        left.removeAll(b.isEmpty() ? List.of() : List.of(b.split(";")));
        return left;
    }

    private static String label(String kind) {
        return Map.of("NEW", "New", "GONE", "Gone", "DISPOSITION", "Disposition changed", "LANE", "Lane changed",
                "OS", "OS changed", "OS_RELEASE", "OS release changed", "VCPUS", "vCPU changed", "MEMORY", "Memory changed",
                "STORAGE", "Storage changed").get(kind);
    }

    private static String words(String kind, String value) {
        if (value.isEmpty()) {
            return "";
        }
        return switch (kind) {
            case "NEW", "GONE", "DISPOSITION" -> Disposition.valueOf(value).label();
            case "VCPUS" -> value + " vCPU";
            case "MEMORY", "STORAGE" -> {
                double g = Long.parseLong(value) / 1024.0;
                yield (g == Math.rint(g) ? String.format(Locale.ROOT, "%,d", (long) g) : String.format(Locale.ROOT, "%,.1f", g)) + " GiB";
            }
            default -> value;
        };
    }
}
