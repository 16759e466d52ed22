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
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The job with a consultant's rules file, attributes file, lifecycle and KubeVirt guest catalogs, on the sample inventories. */
@Tag("spark")
@ExtendWith(SharedSpark.class)
class ConsultantFilesJobTest {

    @TempDir
    Path out;

    private static Map<String, Map<String, String>> byVm(List<Map<String, String>> rows) {
        return rows.stream().filter(r -> r.get("status").equals("ASSESSED"))
                .collect(Collectors.toMap(r -> r.get("vm_name"), r -> r, (a, b) -> a));
    }

    @Test
    void appliesRulesAttributesAndLifecycleAndShowsThemOnTheReport(SparkSession spark) throws Exception {
        Path lifecycle = Files.writeString(out.resolve("acme-lifecycle.csv"), String.join("\n",
                "# version: Acme lifecycle 2026-10",
                "product,release,name,support_end,extended_support_end",
                "centos,7,CentOS 7,2030-06-30,",
                "ubuntu,22.04,Ubuntu 22.04,2027-04-01,2032-04-09",
                "rhel,9,Red Hat Enterprise Linux 9,2032-05-31,2035-05-31"));
        Run standard = run(spark, "--input", "sample-inventories", "--out", out.resolve("std").toString(), "--client", "Acme",
                "--as-of", "2026-11-26");
        Run tuned = run(spark, "--input", "sample-inventories", "--out", out.resolve("tuned").toString(), "--client", "Acme",
                "--as-of", "2026-11-26", "--rules", "jobs/examples/rules-example.csv",
                "--attributes", "jobs/examples/attributes-example.csv", "--lifecycle", lifecycle.toString());
        assertThat(standard.code()).as(standard.err()).isZero();
        assertThat(tuned.code()).as(tuned.err()).isZero();
        assertThat(tuned.out()).contains("1 row of attributes-example.csv matched no VM");

        Map<String, Map<String, String>> before = byVm(readCsv(out.resolve("std/acme/assessments.csv")));
        Map<String, Map<String, String>> after = byVm(readCsv(out.resolve("tuned/acme/assessments.csv")));
        // rules: PORT-007 weight 30 -> 10, so a database server's portability rises by 20
        assertThat(after.get("acme-postgres-01").get("findings")).contains("PORT-007");
        assertThat(Integer.parseInt(after.get("acme-postgres-01").get("portability_score")))
                .isEqualTo(Integer.parseInt(before.get("acme-postgres-01").get("portability_score"))
                        + new io.fleetfit.assessment.rules.DatabaseEngine().weight() - 10);
        // rules: PORT-011 switched off
        assertThat(before.values()).anySatisfy(r -> assertThat(r.get("findings")).contains("PORT-011"));
        assertThat(after.values()).allSatisfy(r -> assertThat(r.get("findings")).doesNotContain("PORT-011"));
        // lifecycle: CentOS 7 supported until 2030 in the consultant's catalog
        assertThat(before.get("acme-legacy-01").get("findings")).contains("LEGACY-001");
        assertThat(after.get("acme-legacy-01").get("findings")).doesNotContain("LEGACY-001");
        // attributes by UUID: the override is the disposition, the computed one and the reason beside it
        Map<String, String> card = after.get("acme-card-01");
        assertThat(card.get("disposition")).isEqualTo("KEEP_AS_VM");
        assertThat(card.get("computed_disposition")).isEqualTo("VM_ON_KUBERNETES");
        assertThat(card.get("override_reason")).startsWith("An HSM is attached");
        // attributes by name, any case: a regulated classification makes a containerizable VM stay a VM
        assertThat(before.get("acme-app-01").get("disposition")).isEqualTo("CONTAINERIZE");
        assertThat(after.get("acme-app-01").get("disposition")).isEqualTo("VM_ON_KUBERNETES");
        assertThat(after.get("acme-app-01").get("findings")).contains("ISOL-");

        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(out.resolve("tuned/acme/migration-report.xlsx")))) {
            String dump = io.fleetfit.report.WorkbookDump.of(Files.readAllBytes(out.resolve("tuned/acme/migration-report.xlsx")));
            assertThat(wb.getSheetIndex("OS")).isEqualTo(wb.getSheetIndex("Findings") + 1);
            assertThat(dump).contains("Summary!B6 = Acme lifecycle 2026-10 (from acme-lifecycle.csv)")
                    .contains("with rules-example.csv (9 settings; see Method)")
                    .contains("cpu_overcommit = 6:1 (rules file line")
                    .contains("VMs get 6:1 vCPU overcommit")
                    .contains("attributes-example.csv (8 rows; 1 matched no VM, see Data quality)")
                    .contains("= acme-old-shop-99 (General)")
                    .contains("Unmatched attributes")
                    .contains("Computed: VM on Kubernetes. An HSM is attached")
                    .contains("max_vcpus 32 → 48: Acme's worker nodes have 64 vCPUs")
                    .contains("from acme-lifecycle.csv (3 releases, SHA-256 ")
                    .contains("OS!A1 = OS (as stated)")
                    .contains("= Webshop (General)")
                    .contains("= Intranet (General)");
        }
    }

    @Test
    void aKubevirtGuestCatalogDecidesWhichVmsMoveToKubernetes(SparkSession spark) throws Exception {
        // Acme's KubeVirt platform runs no Windows guest: SQL Server VMs, which must stay VMs, stay on the hypervisor
        Path guests = Files.writeString(out.resolve("acme-kubevirt-guests.csv"), String.join("\n",
                "# version: Acme KubeVirt guests 2026-11",
                "product,releases,supported,name,upgrade",
                "rhel,8+,yes,Red Hat Enterprise Linux 8 and later,",
                "windows-server,*,no,Windows Server,a Linux guest (Acme's platform runs none)"));
        Run standard = run(spark, "--input", "sample-inventories", "--out", out.resolve("std").toString(), "--client", "Acme",
                "--as-of", "2026-11-26");
        Run tuned = run(spark, "--input", "sample-inventories", "--out", out.resolve("tuned").toString(), "--client", "Acme",
                "--as-of", "2026-11-26", "--kubevirt-guests", guests.toString());
        assertThat(standard.code()).as(standard.err()).isZero();
        assertThat(tuned.code()).as(tuned.err()).isZero();

        Map<String, Map<String, String>> before = byVm(readCsv(out.resolve("std/acme/assessments.csv")));
        Map<String, Map<String, String>> after = byVm(readCsv(out.resolve("tuned/acme/assessments.csv")));
        assertThat(before.get("acme-sql-01")).containsEntry("disposition", "VM_ON_KUBERNETES").containsEntry("lane", "Rehost");
        assertThat(after.get("acme-sql-01")).containsEntry("disposition", "KEEP_AS_VM").containsEntry("lane", "Retain");
        // a RHEL 9 VM that must stay a VM still moves
        assertThat(after.get("acme-card-01")).containsEntry("disposition", "VM_ON_KUBERNETES");

        String dump = io.fleetfit.report.WorkbookDump.of(Files.readAllBytes(out.resolve("tuned/acme/migration-report.xlsx")));
        assertThat(dump).contains("= Acme KubeVirt guests 2026-11 (from acme-kubevirt-guests.csv) (General)")
                .contains("KubeVirt guest catalog Acme KubeVirt guests 2026-11, from acme-kubevirt-guests.csv (2 rows, SHA-256 ")
                .contains("until upgraded to a Linux guest (Acme's platform runs none).");
    }

    @Test
    void aBadKubevirtGuestCatalogIsAUsageErrorNamingItsLine(SparkSession spark) throws Exception {
        Path guests = Files.writeString(out.resolve("guests.csv"), "product,releases,supported,name,upgrade\nrhel,8+,maybe,RHEL 8,\n");
        Run r = run(spark, "--input", "sample-inventories/acme-vcenter02-vinfo.csv", "--out", out.toString(),
                "--kubevirt-guests", guests.toString());
        assertThat(r.code()).isEqualTo(FleetfitJob.USAGE);
        assertThat(r.err()).contains("fleetfit: guests.csv line 2: supported must be yes or no, not 'maybe'")
                .doesNotContain("Exception");
        assertThat(out.resolve("acme-vcenter02-vinfo")).doesNotExist();

        Path empty = Files.writeString(out.resolve("empty.csv"), "# version: nothing yet\n");
        Run none = run(spark, "--input", "sample-inventories/acme-vcenter02-vinfo.csv", "--out", out.toString(),
                "--kubevirt-guests", empty.toString());
        assertThat(none.code()).isEqualTo(FleetfitJob.USAGE);
        assertThat(none.err()).contains("fleetfit: empty.csv: no row in the KubeVirt guest catalog");
    }

    @Test
    void aBadRulesFileIsAUsageErrorNamingItsLine(SparkSession spark) throws Exception {
        Path rules = Files.writeString(out.resolve("rules.csv"), "rule,setting,value\nPORT-005,max_vcpus,48\nISOL-001,severity,Major\n");
        Run r = run(spark, "--input", "sample-inventories/acme-vcenter02-vinfo.csv", "--out", out.toString(), "--rules", rules.toString());
        assertThat(r.code()).isEqualTo(FleetfitJob.USAGE);
        assertThat(r.err()).contains("fleetfit: rules.csv line 3: ISOL-001 effect REQUIRES_VM forces a VM")
                .doesNotContain("Exception");
        assertThat(out.resolve("acme-vcenter02-vinfo")).doesNotExist();
    }

    @Test
    void aBadAttributesFileIsAUsageErrorNamingItsLine(SparkSession spark) throws Exception {
        Path attributes = Files.writeString(out.resolve("attributes.csv"), "vm,disposition_override\nacme-cdn-01,LIFT_AND_SHIFT\n");
        Run r = run(spark, "--input", "sample-inventories/acme-vcenter02-vinfo.csv", "--out", out.toString(),
                "--attributes", attributes.toString());
        assertThat(r.code()).isEqualTo(FleetfitJob.USAGE);
        assertThat(r.err()).contains("fleetfit: attributes.csv line 2: disposition_override 'LIFT_AND_SHIFT' is not a disposition");
    }

    @Test
    void aMissingFileIsAUsageError(SparkSession spark) throws Exception {
        Run r = run(spark, "--input", "sample-inventories/acme-vcenter02-vinfo.csv", "--out", out.toString(),
                "--lifecycle", out.resolve("nope.csv").toString());
        assertThat(r.code()).isEqualTo(FleetfitJob.USAGE);
        assertThat(r.err()).contains("lifecycle catalog not found: ");
        Run guests = run(spark, "--input", "sample-inventories/acme-vcenter02-vinfo.csv", "--out", out.toString(),
                "--kubevirt-guests", out.resolve("nope.csv").toString());
        assertThat(guests.code()).isEqualTo(FleetfitJob.USAGE);
        assertThat(guests.err()).contains("KubeVirt guest catalog not found: ");
    }
}
