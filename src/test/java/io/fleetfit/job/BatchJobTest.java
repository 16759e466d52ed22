package io.fleetfit.job;

import static io.fleetfit.job.AssessmentJobTest.readCsv;
import static io.fleetfit.job.AssessmentJobTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.fleetfit.job.AssessmentJobTest.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Many clients in one run: a folder with one subfolder per client, on real (local) Spark. */
@Tag("spark")
@ExtendWith(SharedSpark.class)
class BatchJobTest {

    @TempDir
    Path dir;

    /** The rows of acme's two sample files: acme-vcenter01.xlsx's 85 and acme-vcenter02-vinfo.csv's 31. */
    static final int ACME_ROWS = 85 + 31;

    /** acme: the sample workbook and CSV; globex: the CSV alone; initech: a corrupt workbook beside the CSV; hooli: only a corrupt workbook. */
    private Path batch() throws Exception {
        return batch(dir);
    }

    static Path batch(Path dir) throws Exception {
        Path in = dir.resolve("inventories");
        Path acme = Files.createDirectories(in.resolve("acme"));
        Files.copy(Path.of("sample-inventories/acme-vcenter01.xlsx"), acme.resolve("acme-vcenter01.xlsx"));
        Files.copy(Path.of("sample-inventories/acme-vcenter02-vinfo.csv"), acme.resolve("acme-vcenter02-vinfo.csv"));
        Path globex = Files.createDirectories(in.resolve("globex"));
        Files.copy(Path.of("sample-inventories/acme-vcenter02-vinfo.csv"), globex.resolve("vinfo.csv"));
        Path initech = Files.createDirectories(in.resolve("initech"));
        Files.copy(Path.of("sample-inventories/acme-vcenter02-vinfo.csv"), initech.resolve("vinfo.csv"));
        byte[] workbook = Files.readAllBytes(Path.of("sample-inventories/acme-vcenter01.xlsx"));
        Files.write(initech.resolve("corrupt.xlsx"), java.util.Arrays.copyOf(workbook, workbook.length / 3));
        Path hooli = Files.createDirectories(in.resolve("hooli"));
        Files.writeString(hooli.resolve("RVTools_export_all.xlsx"), "not a workbook at all");
        Files.createDirectories(in.resolve("empty-client"));
        return in;
    }

    @Test
    void assessesEveryClientIntoItsOwnReportAndListsThemInTheRunSummary(SparkSession spark) throws Exception {
        Path out = dir.resolve("reports");
        Run run = run(spark, "--input", batch().toString(), "--out", out.toString(), "--as-of", "2026-11-26",
                "--parquet", dir.resolve("parquet").toString());

        assertThat(run.code()).as(run.out() + run.err()).isEqualTo(FleetfitJob.INPUT_UNREADABLE);
        Map<String, Map<String, String>> summary = readCsv(out.resolve("run-summary.csv")).stream()
                .filter(r -> r.get("file").isEmpty())
                .collect(Collectors.toMap(r -> r.get("client"), r -> r));
        assertThat(summary.keySet()).containsExactlyInAnyOrder("acme", "globex", "initech", "hooli", "empty-client");
        assertThat(summary.get("acme")).containsEntry("status", "ok").containsEntry("rows_read", Integer.toString(ACME_ROWS))
                .containsEntry("report", "acme/migration-report.xlsx");
        assertThat(summary.get("globex")).containsEntry("status", "ok").containsEntry("rows_read", "31");
        assertThat(summary.get("initech")).containsEntry("status", "incomplete").containsEntry("rows_read", "31");
        assertThat(summary.get("hooli")).containsEntry("status", "no report").containsEntry("report", "");
        assertThat(summary.get("hooli").get("message")).contains("RVTools_export_all.xlsx");
        assertThat(summary.get("empty-client").get("message")).contains("no inventory files");
        for (Map<String, String> c : summary.values()) {
            assertThat(Long.parseLong(c.get("rows_read"))).as("rows read = assessed + templates + system VMs + rejected for "
                            + c.get("client"))
                    .isEqualTo(Long.parseLong(c.get("assessed")) + Long.parseLong(c.get("templates"))
                            + Long.parseLong(c.get("system_vms")) + Long.parseLong(c.get("rejected")));
        }
        List<Map<String, String>> initechFiles = readCsv(out.resolve("run-summary.csv")).stream()
                .filter(r -> r.get("client").equals("initech") && !r.get("file").isEmpty()).toList();
        assertThat(initechFiles).extracting(r -> r.get("file") + ":" + r.get("status"))
                .containsExactlyInAnyOrder("corrupt.xlsx:not read", "vinfo.csv:read");

        // every client's own report, complete; the same VMs in two clients are not duplicates of each other
        assertThat(readCsv(out.resolve("acme/assessments.csv"))).hasSize(ACME_ROWS);
        assertThat(readCsv(out.resolve("globex/assessments.csv"))).hasSize(31)
                .allSatisfy(r -> assertThat(r).containsEntry("client", "globex"));
        assertThat(readCsv(out.resolve("initech/assessments.csv"))).hasSize(31);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out.resolve("initech/migration-report.xlsx")))) {
            assertThat(wb.getSheet("Summary")).isNotNull();
        }
        assertThat(out.resolve("hooli")).doesNotExist();
        try (var files = Files.walk(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".inprogress") || n.endsWith(".crc"));
        }

        assertThat(run.out()).contains("Reading and assessing", "of 5 clients", "reports written for 3 of 5 clients",
                "acme", "globex", "no report", "run-summary.csv");
        assertThat(run.err()).contains("initech: corrupt.xlsx", "hooli: ").doesNotContain("Exception", "\tat ");
        assertThat(run.err().lines()).allSatisfy(l -> assertThat(l).startsWith("fleetfit: "));

        // the Parquet dataset: every client's outcomes, partitioned by client, numbers typed
        Dataset<Row> parquet = spark.read().parquet(dir.resolve("parquet").toString());
        Map<String, Long> perClient = parquet.groupBy("client").count().collectAsList().stream()
                .collect(Collectors.toMap(r -> r.getString(0), r -> r.getLong(1)));
        assertThat(perClient).containsExactlyInAnyOrderEntriesOf(Map.of("acme", (long) ACME_ROWS, "globex", 31L, "initech", 31L));
        assertThat(dir.resolve("parquet/client=acme")).isDirectory();
        assertThat(parquet.schema().apply("fitness_score").dataType().typeName()).isEqualTo("long");
    }

    @Test
    void aSecondRunReplacesItsOwnClientsInTheParquetDatasetAndKeepsTheOthers(SparkSession spark) throws Exception {
        Path in = batch();
        Path parquet = dir.resolve("parquet");
        assertThat(run(spark, "--input", in.toString(), "--out", dir.resolve("r1").toString(), "--parquet", parquet.toString()).code())
                .isEqualTo(FleetfitJob.INPUT_UNREADABLE);
        Run second = run(spark, "--input", in.resolve("globex").toString(), "--out", dir.resolve("r2").toString(),
                "--client", "globex", "--parquet", parquet.toString());
        assertThat(second.code()).as(second.err()).isEqualTo(FleetfitJob.OK);
        Map<String, Long> perClient = spark.read().parquet(parquet.toString()).groupBy("client").count().collectAsList().stream()
                .collect(Collectors.toMap(r -> r.getString(0), r -> r.getLong(1)));
        assertThat(perClient).containsExactlyInAnyOrderEntriesOf(Map.of("acme", (long) ACME_ROWS, "globex", 31L, "initech", 31L));
    }

    @Test
    void clientsNamedLikeNumbersReadBackAsTextWithTheReadmesSetting(SparkSession spark) throws Exception {
        Path in = clientFolders("2024", "007");
        Path parquet = dir.resolve("parquet");
        assertThat(run(spark, "--input", in.toString(), "--out", dir.resolve("out").toString(), "--parquet", parquet.toString()).code())
                .isEqualTo(FleetfitJob.OK);
        // by default Spark infers a partition column's type from the folder names: "007" would become 7
        assertThat(spark.read().parquet(parquet.toString()).schema().apply("client").dataType())
                .isNotEqualTo(org.apache.spark.sql.types.DataTypes.StringType);
        String inference = "spark.sql.sources.partitionColumnTypeInference.enabled";
        spark.conf().set(inference, "false");
        try {
            assertThat(spark.read().parquet(parquet.toString()).select("client").distinct().collectAsList())
                    .extracting(r -> r.getString(0)).containsExactlyInAnyOrder("2024", "007");
        } finally {
            spark.conf().unset(inference);
        }
    }

    @Test
    void clientFoldersWhoseNamesGiveTheSameSlugGetFoldersOfTheirOwn(SparkSession spark) throws Exception {
        Path in = clientFolders("Acme Corp", "acme-corp");
        Run run = run(spark, "--input", in.toString(), "--out", dir.resolve("out").toString());
        assertThat(run.code()).as(run.err()).isEqualTo(FleetfitJob.OK);
        assertThat(readCsv(dir.resolve("out/acme-corp/assessments.csv"))).allSatisfy(r -> assertThat(r).containsEntry("client", "Acme Corp"));
        assertThat(readCsv(dir.resolve("out/acme-corp-2/assessments.csv"))).allSatisfy(r -> assertThat(r).containsEntry("client", "acme-corp"));
    }

    @Test
    void clientsNamedInOtherScriptsGetReadableFoldersAndAlignedConsoleLines(SparkSession spark) throws Exception {
        Path in = clientFolders("Газпром", "東京電力", "Ελληνικά Πετρέλαια");
        Run run = run(spark, "--input", in.toString(), "--out", dir.resolve("out").toString());
        assertThat(run.code()).as(run.err()).isEqualTo(FleetfitJob.OK);
        assertThat(readCsv(dir.resolve("out/газпром/assessments.csv"))).allSatisfy(r -> assertThat(r).containsEntry("client", "Газпром"));
        assertThat(readCsv(dir.resolve("out/東京電力/assessments.csv"))).allSatisfy(r -> assertThat(r).containsEntry("client", "東京電力"));
        assertThat(dir.resolve("out/ελληνικά-πετρέλαια/migration-report.xlsx")).isRegularFile();
        assertThat(dir.resolve("out/client")).doesNotExist();
        // the table's name column is 18 columns wide (the Greek name); 東京電力 takes 8 of them, not 4
        assertThat(run.out().lines()).contains(
                "Газпром             ok             1        31        28         2          0         1  газпром/migration-report.xlsx",
                "東京電力            ok             1        31        28         2          0         1  東京電力/migration-report.xlsx");
    }

    @Test
    void aCsvFileAboveTheSplitSizeIsReadBySparksReaderToTheSameOutcomes(SparkSession spark) throws Exception {
        Path in = batch();
        Run whole = run(spark, "--input", in.toString(), "--out", dir.resolve("whole").toString(), "--as-of", "2026-11-26");
        Run split;
        System.setProperty(InventorySource.CSV_SPLIT_PROPERTY, "0");
        try {
            split = run(spark, "--input", in.toString(), "--out", dir.resolve("split").toString(), "--as-of", "2026-11-26");
        } finally {
            System.clearProperty(InventorySource.CSV_SPLIT_PROPERTY);
        }
        assertThat(split.code()).isEqualTo(whole.code());
        for (String client : List.of("acme", "globex", "initech")) {
            assertThat(Files.readString(dir.resolve("split").resolve(client).resolve("assessments.csv")))
                    .as(client).isEqualTo(Files.readString(dir.resolve("whole").resolve(client).resolve("assessments.csv")));
        }
    }

    @Test
    void thePerClientPlanAndTheShuffleWriteTheSameBytes(SparkSession spark) throws Exception {
        // duplicates within acme (its workbook and CSV share VMs), a corrupt file, a client with nothing readable
        Path in = batch();
        // and attributes for every client and for one
        Path attributes = Files.writeString(dir.resolve("attributes.csv"), """
                vm,client,disposition_override,override_reason
                acme-shop-web-01,,KEEP_AS_VM,For every client
                acme-shop-web-01,globex,RETIRE_CANDIDATE,Globex retires its shop
                """);
        // and rules for every client and for one
        Path rules = Files.writeString(dir.resolve("rules.csv"), """
                client,rule,setting,value,note
                ,PORT-007,weight,10,For every client
                globex,PORT-005,enabled,false,Globex's nodes take any VM
                """);
        Map<ClientPlan, Run> runs = new java.util.EnumMap<>(ClientPlan.class);
        for (ClientPlan plan : ClientPlan.values()) {
            System.setProperty(ClientPlan.PROPERTY, plan == ClientPlan.SHUFFLE ? "shuffle" : "per-client");
            try {
                runs.put(plan, run(spark, "--input", in.toString(), "--out", dir.resolve(plan.name()).toString(),
                        "--as-of", "2026-11-26", "--parquet", dir.resolve(plan.name() + "-parquet").toString(),
                        "--attributes", attributes.toString(), "--rules", rules.toString()));
            } finally {
                System.clearProperty(ClientPlan.PROPERTY);
            }
        }
        assertThat(runs.get(ClientPlan.PER_CLIENT).code()).isEqualTo(runs.get(ClientPlan.SHUFFLE).code()).isEqualTo(FleetfitJob.INPUT_UNREADABLE);
        // the console's table, progress lines aside, with the output folder's name made the same
        assertThat(runs.get(ClientPlan.PER_CLIENT).out().lines().filter(l -> !l.startsWith("[")).map(l -> l.replace("PER_CLIENT", "OUT")))
                .containsExactlyElementsOf(runs.get(ClientPlan.SHUFFLE).out().lines().filter(l -> !l.startsWith("["))
                        .map(l -> l.replace("SHUFFLE", "OUT")).toList());
        Path perClient = dir.resolve(ClientPlan.PER_CLIENT.name());
        Path shuffled = dir.resolve(ClientPlan.SHUFFLE.name());
        List<String> files;
        try (var walk = Files.walk(shuffled)) {
            files = walk.filter(Files::isRegularFile).map(p -> shuffled.relativize(p).toString()).sorted().toList();
        }
        assertThat(files).contains("run-summary.csv", "acme/migration-report.xlsx", "acme/assessments.csv", "initech/migration-report.xlsx");
        for (String file : files) {
            // the report is reproducible byte for byte, so the two plans' reports must be the same bytes
            assertThat(perClient.resolve(file)).as(file).hasSameBinaryContentAs(shuffled.resolve(file));
        }
        assertThat(readCsv(shuffled.resolve("globex/assessments.csv"))).filteredOn(r -> r.get("vm_name").equals("acme-shop-web-01"))
                .extracting(r -> r.get("override_reason")).containsExactly("Globex retires its shop");
        assertThat(readCsv(shuffled.resolve("initech/assessments.csv"))).filteredOn(r -> r.get("vm_name").equals("acme-shop-web-01"))
                .extracting(r -> r.get("override_reason")).containsExactly("For every client");
        assertThat(readCsv(shuffled.resolve("run-summary.csv")))
                .anySatisfy(r -> assertThat(r).containsEntry("client", "acme").containsEntry("file", "").doesNotContainEntry("rejected", "0"));
    }

    @Test
    void aSharedAttributesFileNeverNamesOneClientsVmsOnAnothersReport(SparkSession spark) throws Exception {
        // acme-api-01 is only in acme's workbook; acme-shop-web-01 in the CSV acme, globex and initech share; ghost-vm-77 nowhere
        Path attributes = Files.writeString(dir.resolve("attributes.csv"),
                "vm,application\nacme-api-01,Checkout API\nacme-shop-web-01,Web shop\nghost-vm-77,Nothing\n");
        Path out = dir.resolve("out");
        Run run = run(spark, "--input", batch().toString(), "--out", out.toString(), "--attributes", attributes.toString());
        assertThat(run.code()).as(run.err()).isEqualTo(FleetfitJob.INPUT_UNREADABLE);

        // applied where the VM is
        assertThat(readCsv(out.resolve("acme/assessments.csv"))).filteredOn(r -> r.get("vm_name").equals("acme-api-01")).isNotEmpty();
        try (XSSFWorkbook acme = new XSSFWorkbook(Files.newInputStream(out.resolve("acme/migration-report.xlsx")));
             XSSFWorkbook globex = new XSSFWorkbook(Files.newInputStream(out.resolve("globex/migration-report.xlsx")))) {
            assertThat(sheetText(acme, "Summary")).contains("attributes.csv (3 rows for several clients; 2 applied to this client's VMs)");
            assertThat(sheetText(globex, "Summary")).contains("attributes.csv (3 rows for several clients; 1 applied to this client's VMs)");
            // globex never sees acme's VM, nor the row no client matched
            for (XSSFWorkbook wb : List.of(acme, globex)) {
                for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                    assertThat(sheetText(wb, wb.getSheetName(i))).doesNotContain("ghost-vm-77", "Unmatched attributes");
                }
            }
            for (int i = 0; i < globex.getNumberOfSheets(); i++) {
                assertThat(sheetText(globex, globex.getSheetName(i))).doesNotContain("acme-api-01");
            }
        }
        // the row no client matched is named once, on the console of the run
        assertThat(run.out()).contains("1 row of attributes.csv applied to no VM of any client: row 4: ghost-vm-77");
    }

    @Test
    void anAttributesRowThatNamesAClientAppliesToThatClientOnly(SparkSession spark) throws Exception {
        // acme-shop-web-01 is in the CSV that acme, globex and initech share: one VM name, three clients' VMs
        Path attributes = Files.writeString(dir.resolve("attributes.csv"), """
                vm,client,disposition_override,override_reason
                acme-shop-web-01,,KEEP_AS_VM,For every client
                acme-shop-web-01,GLOBEX,RETIRE_CANDIDATE,Globex retires its shop
                acme-api-01,acme,VM_ON_KUBERNETES,Acme's API
                globex-missing-01,globex,KEEP_AS_VM,Not in globex's inventory
                umbrella-vm-01,umbrella,KEEP_AS_VM,Umbrella is not in this run
                """);
        Path out = dir.resolve("out");
        Run run = run(spark, "--input", batch().toString(), "--out", out.toString(), "--attributes", attributes.toString());
        assertThat(run.code()).as(run.err()).isEqualTo(FleetfitJob.INPUT_UNREADABLE);

        Map<String, String> reasons = new java.util.TreeMap<>();
        for (String client : List.of("acme", "globex", "initech")) {
            for (Map<String, String> r : readCsv(out.resolve(client + "/assessments.csv"))) {
                if (r.get("vm_name").equals("acme-shop-web-01") || r.get("vm_name").equals("acme-api-01")) {
                    reasons.put(client + "/" + r.get("vm_name"), r.get("disposition") + ": " + r.get("override_reason"));
                }
            }
        }
        assertThat(reasons).containsExactly(
                Map.entry("acme/acme-api-01", "VM_ON_KUBERNETES: Acme's API"),
                Map.entry("acme/acme-shop-web-01", "KEEP_AS_VM: For every client"),
                Map.entry("globex/acme-shop-web-01", "RETIRE_CANDIDATE: Globex retires its shop"),
                Map.entry("initech/acme-shop-web-01", "KEEP_AS_VM: For every client"));
        try (XSSFWorkbook acme = new XSSFWorkbook(Files.newInputStream(out.resolve("acme/migration-report.xlsx")));
             XSSFWorkbook globex = new XSSFWorkbook(Files.newInputStream(out.resolve("globex/migration-report.xlsx")))) {
            // globex's own row that matched nothing is on globex's report, and only there
            assertThat(sheetText(globex, "Data quality")).contains("globex-missing-01");
            assertThat(sheetText(globex, "Summary")).contains("attributes.csv (5 rows for several clients; 1 applied to this"
                    + " client's VMs; 1 for this client matched no VM, see Data quality)");
            assertThat(sheetText(acme, "Summary")).contains("attributes.csv (5 rows for several clients; 2 applied to this client's VMs)");
            for (int i = 0; i < acme.getNumberOfSheets(); i++) {
                assertThat(sheetText(acme, acme.getSheetName(i)))
                        .doesNotContain("umbrella-vm-01", "Globex retires", "globex-missing-01", "Not in globex");
            }
            for (int i = 0; i < globex.getNumberOfSheets(); i++) {
                assertThat(sheetText(globex, globex.getSheetName(i))).doesNotContain("umbrella-vm-01", "Acme's API", "acme-api-01");
            }
        }
        assertThat(run.out()).contains("1 row of attributes.csv names a client not in this run, so it was not applied:"
                + " row 6: umbrella-vm-01 (client 'umbrella')");
        assertThat(run.out()).doesNotContain("applied to no VM of any client");
    }

    @Test
    void aRulesRowThatNamesAClientAppliesToThatClientOnly(SparkSession spark) throws Exception {
        // acme-etl-01 (PORT-005, 48 vCPUs) and acme-iis-03 (PORT-003, IIS on Windows Server 2019: Windows nodes) are in the
        // CSV that acme, globex and initech share
        Path rules = Files.writeString(dir.resolve("rules.csv"), """
                client,rule,setting,value,note
                ,PORT-003,weight,10,Windows worker nodes are in place for every client
                globex,PORT-005,enabled,false,Globex's nodes take any VM
                GLOBEX,PORT-003,weight,40,Globex has no Windows worker nodes yet
                umbrella,PORT-005,max_vcpus,64,Umbrella is not in this run
                """);
        Path out = dir.resolve("out");
        Run run = run(spark, "--input", batch().toString(), "--out", out.toString(), "--rules", rules.toString());
        assertThat(run.code()).as(run.err()).isEqualTo(FleetfitJob.INPUT_UNREADABLE);

        Map<String, Map<String, String>> rows = new java.util.TreeMap<>();
        for (String client : List.of("acme", "globex", "initech")) {
            for (Map<String, String> r : readCsv(out.resolve(client + "/assessments.csv"))) {
                if (r.get("vm_name").equals("acme-etl-01") || r.get("vm_name").equals("acme-iis-03")) {
                    rows.putIfAbsent(client + "/" + r.get("vm_name"), r);
                }
            }
        }
        assertThat(rows.get("initech/acme-etl-01").get("findings")).contains("PORT-005");
        assertThat(rows.get("globex/acme-etl-01").get("findings")).doesNotContain("PORT-005");
        // PORT-003 takes 10 points for every client but globex, where it takes 40
        assertThat(rows.get("initech/acme-iis-03").get("findings")).contains("PORT-003");
        int initech = Integer.parseInt(rows.get("initech/acme-iis-03").get("fitness_score"));
        assertThat(Integer.parseInt(rows.get("acme/acme-iis-03").get("fitness_score"))).isEqualTo(initech);
        assertThat(Integer.parseInt(rows.get("globex/acme-iis-03").get("fitness_score"))).isEqualTo(initech - 30);
        try (XSSFWorkbook acme = new XSSFWorkbook(Files.newInputStream(out.resolve("acme/migration-report.xlsx")));
             XSSFWorkbook globex = new XSSFWorkbook(Files.newInputStream(out.resolve("globex/migration-report.xlsx")))) {
            // each client's Method sheet lists the settings it was judged with, and no other client's
            assertThat(sheetText(globex, "Method")).contains("rules.csv (2 settings", "Globex's nodes take any VM",
                    "Globex has no Windows worker nodes yet").doesNotContain("in place for every client", "Umbrella");
            assertThat(sheetText(acme, "Method")).contains("rules.csv (1 setting,", "Windows worker nodes are in place for every client")
                    .doesNotContain("Globex", "Umbrella");
        }
        assertThat(run.out()).contains("1 row of rules.csv names a client not in this run, so it was not applied:"
                + " line 5: PORT-005 max_vcpus (client 'umbrella')");
    }

    @Test
    void aBadRulesRowForAClientNotInTheRunStillStopsTheRun(SparkSession spark) throws Exception {
        Path rules = Files.writeString(dir.resolve("rules.csv"), "client,rule,setting,value\numbrella,PORT-099,weight,10\n");
        Run run = run(spark, "--input", "sample-inventories/acme-vcenter02-vinfo.csv", "--out", dir.resolve("o").toString(),
                "--client", "Acme Corp", "--rules", rules.toString());
        assertThat(run.code()).as(run.out()).isEqualTo(FleetfitJob.USAGE);
        assertThat(run.err()).contains("rules.csv line 2: unknown rule 'PORT-099'");
        assertThat(dir.resolve("o")).doesNotExist();
    }

    @Test
    void aClientsRowsOfAFileForSeveralClientsApplyInASingleClientRun(SparkSession spark) throws Exception {
        Path attributes = Files.writeString(dir.resolve("attributes.csv"), """
                vm,client,disposition_override,override_reason
                acme-shop-web-01,Acme Corp,KEEP_AS_VM,Acme's shop
                acme-shop-web-01,globex,RETIRE_CANDIDATE,Globex's shop
                ghost-vm-77,,KEEP_AS_VM,Nowhere
                """);
        Path out = dir.resolve("single");
        Run run = run(spark, "--input", "sample-inventories/acme-vcenter02-vinfo.csv", "--out", out.toString(),
                "--client", "Acme Corp", "--attributes", attributes.toString());
        assertThat(run.code()).as(run.err()).isEqualTo(FleetfitJob.OK);

        assertThat(readCsv(out.resolve("acme-corp/assessments.csv"))).filteredOn(r -> r.get("vm_name").equals("acme-shop-web-01"))
                .extracting(r -> r.get("override_reason")).containsExactly("Acme's shop");
        try (XSSFWorkbook report = new XSSFWorkbook(Files.newInputStream(out.resolve("acme-corp/migration-report.xlsx")))) {
            for (int i = 0; i < report.getNumberOfSheets(); i++) {
                // the row for every client may name another client's VM: the console names it, the report does not
                assertThat(sheetText(report, report.getSheetName(i))).doesNotContain("Globex's shop", "ghost-vm-77");
            }
        }
        assertThat(run.out()).contains("1 row of attributes.csv applied to no VM of any client: row 4: ghost-vm-77",
                "1 row of attributes.csv names a client not in this run, so it was not applied: row 3: acme-shop-web-01 (client 'globex')");
    }

    @Test
    void aClientsVmGivenTwiceByItsNameAndByItsFoldersStopsTheRunNamingTheRows(SparkSession spark) throws Exception {
        Path attributes = Files.writeString(dir.resolve("attributes.csv"),
                "vm,client,owner\nacme-shop-web-01,Acme Corp,Jane\nacme-shop-web-01,acme-corp,Joe\n");
        Run run = run(spark, "--input", "sample-inventories/acme-vcenter02-vinfo.csv", "--out", dir.resolve("o").toString(),
                "--client", "Acme Corp", "--attributes", attributes.toString());
        assertThat(run.code()).as(run.out()).isEqualTo(FleetfitJob.USAGE);
        assertThat(run.err()).contains("attributes.csv line 3: attributes for 'acme-shop-web-01' of client 'acme-corp' are"
                + " already on attributes.csv line 2, for the same client");
    }

    /** A batch folder with a folder per client, each holding the sample vInfo CSV. */
    private Path clientFolders(String... clients) throws Exception {
        Path in = dir.resolve("in");
        for (String client : clients) {
            Files.createDirectories(in.resolve(client));
            Files.copy(Path.of("sample-inventories/acme-vcenter02-vinfo.csv"), in.resolve(client).resolve("vinfo.csv"));
        }
        return in;
    }

    /** Every cell's text of a sheet, one line per row. */
    private static String sheetText(XSSFWorkbook wb, String sheet) {
        StringBuilder sb = new StringBuilder();
        for (org.apache.poi.ss.usermodel.Row row : wb.getSheet(sheet)) {
            for (org.apache.poi.ss.usermodel.Cell cell : row) {
                sb.append(Reports.text(cell)).append('\t');
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    @Test
    void aClientNameCannotBeGivenForABatch(SparkSession spark) throws Exception {
        Run run = run(spark, "--input", batch().toString(), "--out", dir.resolve("out").toString(), "--client", "Acme");
        assertThat(run.code()).isEqualTo(FleetfitJob.USAGE);
        assertThat(run.err()).contains("holds a folder per client");
    }
}
