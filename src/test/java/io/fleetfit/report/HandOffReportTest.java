package io.fleetfit.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.fleetfit.assessment.Assessment;
import io.fleetfit.assessment.AssessmentSettings;
import io.fleetfit.assessment.Assessor;
import io.fleetfit.assessment.Outcome;
import io.fleetfit.assessment.Rule;
import io.fleetfit.assessment.RuleCatalog;
import io.fleetfit.assessment.SourceRef;
import io.fleetfit.assessment.VmRecord;
import io.fleetfit.summary.FixtureFleet;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The report as a consultant hands it over, written from workloads the standard catalog judged and
 * re-read with POI: what the Findings sheet lists and what the Summary counts once instead.
 */
class HandOffReportTest {

    static final List<Rule> STANDARD = RuleCatalog.standard(AssessmentSettings.standard(FixtureFleet.AS_OF));
    private static final Assessor ASSESSOR = Assessor.standard(AssessmentSettings.standard(FixtureFleet.AS_OF));
    private static final DataFormatter TEXT = new DataFormatter(java.util.Locale.ROOT);

    /** A fleet of Windows VMs without evidence of a web workload, others with, old Windows and Linux. */
    static List<Outcome> fleet() {
        List<Outcome> outcomes = new ArrayList<>();
        String[][] vms = {
                {"win-lob-01", "Microsoft Windows Server 2019 (64-bit)"},
                {"win-lob-02", "Microsoft Windows Server 2022 (64-bit)"},
                {"win-lob-03", "Microsoft Windows Server 2016 (64-bit)"},
                {"win-iis-04", "Microsoft Windows Server 2019 (64-bit)"},
                {"win-old-05", "Microsoft Windows Server 2012 (64-bit)"},
                {"win-dc-06", "Microsoft Windows Server 2022 (64-bit)"},
                {"lnx-web-07", "Ubuntu Linux (64-bit)"},
                {"lnx-app-08", "CentOS 7 (64-bit)"},
                {"lnx-bare-09", "Red Hat Enterprise Linux 9 (64-bit)"}};
        for (int i = 0; i < vms.length; i++) {
            outcomes.add(ASSESSOR.assess(VmRecord.builder(new SourceRef("fleet.xlsx", "vInfo", i + 2), vms[i][0])
                    .osTools(vms[i][1]).cpus(2).memoryMib(4096L).build()));
        }
        outcomes.sort(Outcome.REPORT_ORDER);
        return outcomes;
    }

    static RunInfo run() {
        return Fixtures.run().withRules(STANDARD, FixtureFleet.ROLES);
    }

    static XSSFWorkbook written(List<Outcome> outcomes) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(ReportWriter.toBytes(run(), outcomes)));
    }

    /** The table whose header row is {@code header}: its rows as header to cell text, until the first row without column A. */
    static List<Map<String, String>> table(Sheet sheet, int header) {
        List<Map<String, String>> rows = new ArrayList<>();
        Row h = sheet.getRow(header);
        for (int r = header + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null || TEXT.formatCellValue(row.getCell(0)).isEmpty()) {
                break;
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (Cell c : h) {
                values.put(TEXT.formatCellValue(c), TEXT.formatCellValue(row.getCell(c.getColumnIndex())));
            }
            rows.add(values);
        }
        return rows;
    }

    /** The row index of the first cell in column A holding {@code text}. */
    static int rowOf(Sheet sheet, String text) {
        for (Row row : sheet) {
            if (text.equals(TEXT.formatCellValue(row.getCell(0)))) {
                return row.getRowNum();
            }
        }
        throw new AssertionError("no " + text + " on " + sheet.getSheetName());
    }

    @Test
    void countsTheWindowsNoteOnceOnTheSummaryInsteadOfOneFindingsRowPerWorkload() throws IOException {
        List<Outcome> fleet = fleet();
        long carrying = fleet.stream().filter(o -> ((Assessment) o).findings().stream().anyMatch(f -> f.ruleId().equals("PORT-020")))
                .count();
        long listed = fleet.stream().mapToLong(o -> ((Assessment) o).findings().stream()
                .filter(f -> !f.ruleId().equals("PORT-020")).count()).sum();
        assertThat(carrying).as("the fleet has workloads the note applies to").isEqualTo(3);
        try (XSSFWorkbook wb = written(fleet)) {
            List<Map<String, String>> findings = table(wb.getSheet("Findings"), 0);
            assertThat(findings).extracting(r -> r.get("Rule")).doesNotContain("PORT-020").contains("PORT-001", "PORT-003");
            assertThat(findings).hasSize((int) listed);

            Sheet summary = wb.getSheet("Summary");
            List<Map<String, String>> once = table(summary, rowOf(summary, "Counted once for the fleet") + 1);
            assertThat(once).extracting(r -> r.get("Rule")).hasSize(3).endsWith(SummarySheet.COUNTED_ONCE_NOTE);
            assertThat(once.get(0)).satisfies(r -> {
                assertThat(r.get("Rule")).isEqualTo("PORT-020");
                assertThat(r.get("Effect")).isEqualTo("Requires a VM");
                assertThat(r.get("Workloads")).isEqualTo(Long.toString(carrying));
                assertThat(r.get("Share")).isEqualTo("33.3%");
            });
            assertThat(once.get(1).get("Rule")).as("what it means").startsWith("PORT-020: Keeps a Windows Server 2016")
                    .contains("moves it to Windows containers");
            // the workloads still carry it: Workloads sheet's blockers and the Blockers sheet
            assertThat(table(wb.getSheet("Workloads"), 0)).filteredOn(r -> r.get("Blockers").contains("PORT-020")).hasSize(3);
            Sheet blockers = wb.getSheet("Blockers");
            assertThat(table(blockers, rowOf(blockers, "Rule"))).filteredOn(r -> r.get("Rule").equals("PORT-020"))
                    .singleElement().satisfies(r -> assertThat(r.get("Workloads affected")).isEqualTo("3"));
        }
    }

    @Test
    void leavesTheSectionOutWhenNoWorkloadCarriesSuchAFinding() throws IOException {
        List<Outcome> linuxOnly = fleet().stream().filter(o -> o.vmName().startsWith("lnx")).toList();
        try (XSSFWorkbook wb = written(linuxOnly)) {
            Sheet summary = wb.getSheet("Summary");
            for (Row row : summary) {
                assertThat(TEXT.formatCellValue(row.getCell(0))).isNotEqualTo("Counted once for the fleet");
            }
        }
    }

    @Test
    void linksEveryWorkloadWithFindingsToItsFirstFindingsRowThoughTheSheetsAreSortedDifferently() throws IOException {
        List<Outcome> fleet = fleet();
        try (XSSFWorkbook wb = written(fleet)) {
            assertThat(LinkTargets.assertEveryLinkNamesItsTarget(wb)).isPositive();
            Map<String, String> workloadLinks = new LinkedHashMap<>();
            for (LinkTargets.Landing l : LinkTargets.of(wb)) {
                if (l.from().startsWith("Workloads!")) {
                    assertThat(l.from()).as("the name cell").startsWith("Workloads!A");
                    assertThat(l.to()).startsWith("'Findings'!A");
                    workloadLinks.put(l.text(), l.to());
                }
            }
            // every workload with a listed finding links to its first one; one whose only finding is counted once does not
            List<String> withRows = fleet.stream().filter(o -> ((Assessment) o).findings().stream()
                    .anyMatch(f -> !f.ruleId().equals("PORT-020"))).map(Outcome::vmName).toList();
            assertThat(workloadLinks.keySet()).containsExactlyInAnyOrderElementsOf(withRows);
            List<Map<String, String>> findings = table(wb.getSheet("Findings"), 0);
            for (Map.Entry<String, String> link : workloadLinks.entrySet()) {
                int row = new org.apache.poi.ss.util.CellReference(link.getValue()).getRow();
                assertThat(findings.get(row - 1).get("VM")).isEqualTo(link.getKey());
                assertThat(row == 1 || !findings.get(row - 2).get("VM").equals(link.getKey())).as("the first row of %s", link.getKey())
                        .isTrue();
            }
            // the Workloads sheet is sorted by wave, the Findings sheet by name: the links cannot follow one order
            List<String> workloadsOrder = table(wb.getSheet("Workloads"), 0).stream().map(r -> r.get("VM"))
                    .filter(workloadLinks::containsKey).toList();
            List<Integer> targets = workloadsOrder.stream()
                    .map(vm -> new org.apache.poi.ss.util.CellReference(workloadLinks.get(vm)).getRow()).toList();
            assertThat(targets).isNotEqualTo(targets.stream().sorted().toList());
        }
    }

    @Test
    void linksEachBlockerToWhereTheReportListsItsFindings() throws IOException {
        try (XSSFWorkbook wb = written(fleet())) {
            Map<String, String> blockerLinks = new LinkedHashMap<>();
            Map<String, String> overviewLinks = new LinkedHashMap<>();
            for (LinkTargets.Landing l : LinkTargets.of(wb)) {
                if (l.from().startsWith("Blockers!")) {
                    blockerLinks.put(l.text(), l.to());
                } else if (l.from().startsWith("Overview!")) {
                    overviewLinks.put(l.text(), l.to());
                }
            }
            Sheet blockers = wb.getSheet("Blockers");
            List<String> rules = table(blockers, rowOf(blockers, "Rule")).stream().map(r -> r.get("Rule"))
                    .filter(id -> id.matches("[A-Z]+-\\d{3}")).toList();
            assertThat(blockerLinks.keySet()).containsExactlyElementsOf(rules).contains("PORT-020", "PORT-001");
            assertThat(overviewLinks).isNotEmpty();
            // a rule's first Findings row, or the Summary row of a rule the Findings sheet does not list
            assertThat(blockerLinks.get("PORT-001")).startsWith("'Findings'!C");
            assertThat(blockerLinks.get("PORT-020")).startsWith("'Summary'!A");
            assertThat(overviewLinks).containsAllEntriesOf(java.util.Map.of("PORT-020", blockerLinks.get("PORT-020")));
            List<Map<String, String>> findings = table(wb.getSheet("Findings"), 0);
            for (String rule : rules) {
                if (!rule.equals("PORT-020")) {
                    int row = new org.apache.poi.ss.util.CellReference(blockerLinks.get(rule)).getRow();
                    assertThat(findings.subList(0, row - 1)).as("no earlier row of %s", rule).noneMatch(r -> r.get("Rule").equals(rule));
                }
            }
            assertThat(LinkTargets.assertEveryLinkNamesItsTarget(wb)).isEqualTo(LinkTargets.of(wb).size());
        }
    }
}
