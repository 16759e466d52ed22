package io.fleetfit.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvException;
import io.fleetfit.assessment.Outcome;
import io.fleetfit.summary.FixtureFleet;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AssessmentsCsvWriterTest {

    private static List<Map<String, String>> write(List<? extends Outcome> outcomes) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (AssessmentsCsvWriter csv = new AssessmentsCsvWriter("Acme Corp", bytes)) {
            outcomes.forEach(csv::add);
        }
        return read(bytes.toString(StandardCharsets.UTF_8));
    }

    private static List<Map<String, String>> read(String text) {
        try (CSVReader reader = new CSVReader(new StringReader(text))) {
            List<String[]> rows = reader.readAll();
            String[] header = rows.get(0);
            return rows.subList(1, rows.size()).stream().map(r -> {
                Map<String, String> m = new LinkedHashMap<>();
                for (int i = 0; i < header.length; i++) {
                    m.put(header[i], r[i]);
                }
                return m;
            }).toList();
        } catch (IOException | CsvException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> row(List<Map<String, String>> rows, String vm) {
        return rows.stream().filter(r -> r.get("vm_name").equals(vm)).findFirst().orElseThrow();
    }

    @Test
    void writesTheHeaderInColumnOrder() {
        StringWriter out = new StringWriter();
        new AssessmentsCsvWriter("Acme", out).close();
        assertThat(out.toString()).isEqualTo("client,source_file,source_sheet,source_row,status,vm_name,vm_uuid,os,"
                + "disposition,lane,role,assessed_disposition,fitness_tier,fitness_score,portability_score,legacy_os_score,"
                + "isolation_score,blockers,findings,computed_disposition,override_reason,completeness,confidence,"
                + "missing_facts,questions,reason,"
                // appended for --compare, after every column readers had before
                + "smbios_uuid,vcenter,os_release,vcpus,memory_mib,provisioned_mib,as_of,rule_catalog,rules_sha256,"
                + "lifecycle_catalog\n");
        assertThat(Arrays.stream(CsvColumn.values()).map(CsvColumn::header)).doesNotHaveDuplicates();
    }

    @Test
    void writesOneRowPerOutcomeIncludingTemplatesSystemVmsAndRejections() {
        List<Map<String, String>> rows = write(FixtureFleet.mixedFleet());
        assertThat(rows).hasSize(11);
        assertThat(rows).extracting(r -> r.get("status"))
                .containsOnly("ASSESSED", "TEMPLATE", "SYSTEM_VM", "REJECTED")
                .filteredOn("ASSESSED"::equals).hasSize(8);
        assertThat(row(rows, "vCLS-4c4c4544-0052")).containsEntry("status", "SYSTEM_VM").containsEntry("disposition", "")
                .containsEntry("reason", "Is a vSphere Cluster Service agent VM, which vSphere creates and removes itself: not a workload.");
    }

    @Test
    void writesLaneRoleAndWhatTheOwnerShouldBeAsked() {
        List<Map<String, String>> rows = write(FixtureFleet.mixedFleet());
        assertThat(row(rows, "vcsa-01")).containsEntry("disposition", "REPLACE").containsEntry("lane", "Repurchase")
                .containsEntry("role", "vcenter");
        assertThat(row(rows, "batch-big-03")).as("a scale-up VM to split is a change of architecture")
                .containsEntry("lane", "Refactor");
        assertThat(row(rows, "app-web-01")).containsEntry("role", "web-server").containsEntry("lane", "Replatform");
        assertThat(row(rows, "app-win-02")).as("IIS on Windows Server 2019, its OS from the configuration file only")
                .containsEntry("role", "web-server").containsEntry("confidence", "Low")
                .hasEntrySatisfying("questions", v -> assertThat(v).contains("VMware Tools report no OS"));
        assertThat(row(rows, "legacy-nt-04")).containsEntry("role", "").containsEntry("confidence", "Medium")
                .hasEntrySatisfying("missing_facts", v -> assertThat(v).contains("application"))
                .hasEntrySatisfying("questions", v -> assertThat(v).contains("Which application runs here"));
    }

    @Test
    void recordsTheSizeReleaseAndRunThatALaterRunComparesWith() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CsvColumn.Run run = new CsvColumn.Run("Acme", new io.fleetfit.summary.RunStamp("2026-09-01", "2026.12-2", "ab12", "2026.11"));
        try (AssessmentsCsvWriter csv = new AssessmentsCsvWriter(run,
                new java.io.OutputStreamWriter(bytes, StandardCharsets.UTF_8))) {
            FixtureFleet.mixedFleet().forEach(csv::add);
        }
        List<Map<String, String>> rows = read(bytes.toString(StandardCharsets.UTF_8));
        io.fleetfit.assessment.Assessment web = FixtureFleet.mixedFleet().stream()
                .filter(o -> o.vmName().equals("app-web-01")).map(io.fleetfit.assessment.Assessment.class::cast).findFirst().orElseThrow();
        assertThat(row(rows, "app-web-01"))
                .containsEntry("vcpus", String.valueOf(web.vm().cpus()))
                .containsEntry("memory_mib", String.valueOf(web.vm().memoryMib()))
                .containsEntry("provisioned_mib", web.vm().provisionedMib() == null ? "" : String.valueOf(web.vm().provisionedMib()))
                .containsEntry("os_release", web.os().label())
                .containsEntry("vcenter", web.vm().viSdkServer() == null ? "" : web.vm().viSdkServer())
                .containsEntry("as_of", "2026-09-01").containsEntry("rule_catalog", "2026.12-2")
                .containsEntry("rules_sha256", "ab12").containsEntry("lifecycle_catalog", "2026.11");
        assertThat(rows).allSatisfy(r -> assertThat(r).containsEntry("as_of", "2026-09-01"));
        assertThat(row(rows, "vCLS-4c4c4544-0052")).as("not assessed: no size or release").containsEntry("vcpus", "")
                .containsEntry("os_release", "");
    }

    @Test
    void leavesTheScoresOfAnInsufficientDataWorkloadEmpty() {
        Map<String, String> r = row(write(FixtureFleet.mixedFleet()), "'" + FixtureFleet.FORMULA_VM);
        assertThat(r).containsEntry("disposition", "INSUFFICIENT_DATA").containsEntry("lane", "Assess")
                .containsEntry("fitness_score", "").containsEntry("portability_score", "")
                .containsEntry("legacy_os_score", "").containsEntry("isolation_score", "");
    }

    @Test
    void writesTheVerdictOfAnAssessedWorkload() {
        Map<String, String> r = row(write(FixtureFleet.mixedFleet()), "legacy-nt-04");
        assertThat(r).containsEntry("client", "Acme Corp")
                .containsEntry("source_file", FixtureFleet.RVTOOLS)
                .containsEntry("source_sheet", "vInfo")
                .containsEntry("source_row", "5")
                .containsEntry("os", "Microsoft Windows Server 2008 R2 (64-bit)")
                .containsEntry("disposition", "KEEP_AS_VM")
                .containsEntry("assessed_disposition", "KEEP_AS_VM")
                .containsEntry("fitness_tier", "No fit")
                .containsEntry("fitness_score", "0")
                .containsEntry("portability_score", "0")
                .containsEntry("legacy_os_score", "60")
                .containsEntry("isolation_score", "100")
                .containsEntry("blockers", "PORT-001;PORT-004")
                .containsEntry("findings", "PORT-001;PORT-004;PORT-005;LEGACY-001")
                .containsEntry("reason", "");
    }

    @Test
    void keepsTheWouldBeDispositionOfARetireCandidate() {
        Map<String, String> r = row(write(FixtureFleet.mixedFleet()), "old-report-05");
        assertThat(r).containsEntry("disposition", "RETIRE_CANDIDATE")
                .containsEntry("assessed_disposition", "CONTAINERIZE_AFTER_REMEDIATION");
    }

    @Test
    void leavesTheVerdictEmptyForTemplatesAndRejections() {
        List<Map<String, String>> rows = write(FixtureFleet.mixedFleet());
        Map<String, String> template = row(rows, "tpl-ubuntu-22");
        assertThat(template).containsEntry("status", "TEMPLATE").containsEntry("disposition", "")
                .containsEntry("fitness_score", "").containsEntry("os", "Ubuntu Linux (64-bit)")
                .containsEntry("reason", "Template: not assessed as a workload.");
        Map<String, String> rejected = row(rows, "");
        assertThat(rejected).containsEntry("status", "REJECTED").containsEntry("disposition", "")
                .containsEntry("source_row", "9").containsEntry("reason", "No VM name in column VM.");
    }

    @Test
    void prefixesFormulaLikeInventoryTextWithAQuote() {
        List<Map<String, String>> rows = write(FixtureFleet.mixedFleet());
        assertThat(rows).extracting(r -> r.get("vm_name")).contains("'" + FixtureFleet.FORMULA_VM).doesNotContain(FixtureFleet.FORMULA_VM);
        assertThat(CsvColumn.formulaSafe("=1+1")).isEqualTo("'=1+1");
        assertThat(CsvColumn.formulaSafe("-2")).isEqualTo("'-2");
        assertThat(CsvColumn.formulaSafe("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvColumn.formulaSafe("\tcmd")).isEqualTo("'\tcmd");
        assertThat(CsvColumn.formulaSafe("\rcmd")).isEqualTo("'\rcmd");
        assertThat(CsvColumn.formulaSafe("app=1")).isEqualTo("app=1");
    }

    @Test
    void writesUtf8() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (AssessmentsCsvWriter csv = new AssessmentsCsvWriter("Société Générale", bytes)) {
            csv.add(FixtureFleet.mixedFleet().get(0));
        }
        assertThat(read(bytes.toString(StandardCharsets.UTF_8)).get(0)).containsEntry("client", "Société Générale");
        assertThat(bytes.toByteArray()).startsWith("client,".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void quotesValuesWithSeparatorsAndNewlines() {
        StringWriter out = new StringWriter();
        try (AssessmentsCsvWriter csv = new AssessmentsCsvWriter("Acme, \"EMEA\"\nregion", out)) {
            csv.add(FixtureFleet.mixedFleet().get(0));
        }
        assertThat(read(out.toString()).get(0)).containsEntry("client", "Acme, \"EMEA\"\nregion");
    }
}
