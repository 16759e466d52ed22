package io.fleetfit.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.fleetfit.assessment.Rule;
import io.fleetfit.assessment.RuleConfig;
import io.fleetfit.assessment.rules.DatabaseEngine;
import io.fleetfit.assessment.rules.ExposedOrConfidential;
import io.fleetfit.assessment.rules.LargeStorage;
import io.fleetfit.assessment.rules.RegulatedData;
import io.fleetfit.assessment.rules.ScaleUpVm;
import io.fleetfit.inventory.RulesFile;
import io.fleetfit.summary.FixtureFleet;
import io.fleetfit.summary.RunTotals;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A run tuned by a consultant's files: a rules file that changes rules, an attributes file with an
 * override and a row that matched no VM, a lifecycle catalog of their own. Golden-tested on the
 * sheets those files show up on: the Summary's facts, the override column, Data quality and Method.
 */
class TunedRunTest {

    static final String RULES_SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    static RunInfo tunedRun() {
        List<Rule> catalog = List.of(FixtureFleet.TEMPLATE, FixtureFleet.POWERED_OFF, FixtureFleet.NO_RUNTIME, ScaleUpVm.standard(),
                LargeStorage.standard(), new DatabaseEngine(), RegulatedData.standard(), ExposedOrConfidential.standard());
        RuleConfig config = RulesFile.read("rules-acme.csv", String.join("\n",
                "rule,setting,value,note",
                "PORT-005,max_vcpus,48,Worker nodes have 64 vCPUs",
                "PORT-007,weight,10",
                "role:database-linux,add_signals,hana;sybase",
                "ISOL-001,keywords,pci;kreditkarte,Acme's words for card data",
                "ISOL-004,enabled,false",
                "PORT-001,severity,Major",
                "PORT-001,effect,REMEDIATE,Acme re-platforms old Windows before the move",
                "plan,cpu_overcommit,6,Acme's hosts run 6:1 today",
                "plan,container_rightsizing,0.4").getBytes(StandardCharsets.UTF_8));
        return new RunInfo("Acme Corp", Fixtures.run().asOf(), Fixtures.run().inputs(), config.applyTo(catalog),
                Fixtures.CATALOG_VERSION, new ConsultantFile("rules-acme.csv", RULES_SHA, config.settings().size()),
                FixtureFleet.lifecycle(), new ConsultantFile("acme-lifecycle.csv", "0123abcd", 6),
                new ConsultantFile("attributes-acme.csv", "4567ef01", 3), "0.1.0-test")
                .withRoles(FixtureFleet.ROLES).withRules(config.applyTo(catalog), config.applyTo(FixtureFleet.ROLES))
                .withKubevirtGuests(Fixtures.GUESTS, new ConsultantFile("acme-kubevirt-guests.csv", "89ab4567", 5))
                .withEngagement("Data centre exit 2027").withConsultantFirm("Northwind & Partners")
                .withCapacity(config.capacityRatios());
    }

    static byte[] tunedReport() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ReportWriter report = new ReportWriter(tunedRun(), bytes)) {
            FixtureFleet.overriddenFleet().forEach(report::add);
            report.unmatchedAttributes("attributes-acme.csv", null, 4, "acme-gone-99");
            RunTotals totals = report.finish();
            assertThat(totals.unmatchedAttributes()).isEqualTo(1);
        }
        return bytes.toByteArray();
    }

    @Test
    void showsTheConsultantsFilesTheRuleSetInEffectAndWhatChanged() {
        String dump = WorkbookDump.of(tunedReport()).lines()
                .filter(l -> l.matches("Summary![AB]([3-9]|1[0-2]) .*") || l.startsWith("Workloads!A1 ")
                        || l.startsWith("Workloads!D") || l.startsWith("Data quality!") || l.startsWith("# sheet Method")
                        || l.startsWith("Method!"))
                .collect(Collectors.joining("\n", "", "\n"));
        Golden.assertMatches("tuned-run.txt", dump);
    }

    @Test
    void namesTheEngagementAndTheFirmOnTheCoverAndInTheProperties() throws java.io.IOException {
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(tunedReport()))) {
            var summary = wb.getSheet("Summary");
            assertThat(summary.getRow(3).getCell(0).getStringCellValue()).isEqualTo("Engagement");
            assertThat(summary.getRow(3).getCell(1).getStringCellValue()).isEqualTo("Data centre exit 2027");
            assertThat(summary.getRow(4).getCell(0).getStringCellValue()).isEqualTo("Prepared by");
            assertThat(summary.getRow(4).getCell(1).getStringCellValue()).isEqualTo("Northwind & Partners");
            assertThat(wb.getProperties().getCoreProperties().getSubject()).isEqualTo("Data centre exit 2027");
            assertThat(wb.getProperties().getExtendedProperties().getCompany()).isEqualTo("Northwind & Partners");
            assertThat(summary.getFooter().getLeft()).isEqualTo("Migration assessment - Acme Corp");
            // a literal ampersand in a page header is doubled, or Excel reads it as a code
            assertThat(summary.getHeader().getRight()).isEqualTo("Northwind && Partners");
        }
    }

    @Test
    void theMethodSheetMarksWhatTheRulesFileChanged() {
        String dump = WorkbookDump.of(tunedReport());
        assertThat(dump).contains("rules-acme.csv (9 settings, SHA-256 " + RULES_SHA + ")")
                .contains("cpu_overcommit = 6:1 (rules file line 9, standard 4:1: Acme's hosts run 6:1 today)")
                .contains("container_rightsizing = 40 % (rules file line 10, standard 50 %)")
                .contains("The rules file changed 2 ratios; the others are standard.")
                .contains("max_vcpus 32 → 48: Worker nodes have 64 vCPUs")
                .contains("max_vcpus = 48\\nmax_memory_gib = 256")
                .contains("keywords = pci; kreditkarte")
                .contains("switched off")
                .contains("acme-lifecycle.csv (6 releases, SHA-256 0123abcd)")
                .contains("Database server (database-linux): signals added: hana; sybase.")
                .contains("KubeVirt guest catalog fixture KubeVirt guests 2025-06, from acme-kubevirt-guests.csv (5 rows, SHA-256 89ab4567).");
    }
}
