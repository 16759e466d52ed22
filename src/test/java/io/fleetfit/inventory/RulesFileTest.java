package io.fleetfit.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fleetfit.assessment.RuleConfig;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RulesFileTest {

    @Test
    void readsACsvFileWithItsHashAndLineNumbers() {
        byte[] csv = ("rule,setting,value,note\n# comment, with a \"quote\n\nPORT-005,max_vcpus,48,\"Nodes have 64 vCPUs, 512 GiB\"\r\n"
                + "ISOL-001,add_keywords,gdpr;kreditkarte\n").getBytes(StandardCharsets.UTF_8);
        RuleConfig c = RulesFile.read("rules.csv", csv);
        assertThat(c.settings()).containsExactly(
                new RuleConfig.Setting(4, "PORT-005", "max_vcpus", "48", "Nodes have 64 vCPUs, 512 GiB"),
                new RuleConfig.Setting(5, "ISOL-001", "add_keywords", "gdpr;kreditkarte", ""));
        assertThat(c.file()).contains("rules.csv");
        assertThat(c.sha256()).hasValue(SettingsTable.sha256(csv)).get().asString().hasSize(64);
    }

    @Test
    void readsASemicolonFileInWindows1252AsExcelSavesIt() {
        byte[] csv = "rule;setting;value;note\r\nISOL-001;add_keywords;\"kreditkarte;bafin\";Zahlungsverkehr für Händler\r\n"
                .getBytes(Charset.forName("windows-1252"));
        RuleConfig c = RulesFile.read("regeln.csv", csv);
        assertThat(c.settings()).singleElement().satisfies(s -> {
            assertThat(s.value()).isEqualTo("kreditkarte;bafin");
            assertThat(s.note()).isEqualTo("Zahlungsverkehr für Händler");
        });
    }

    @Test
    void readsTheRulesSheetOfAWorkbookWithSheetRowsAsLines() {
        byte[] xlsx = Workbooks.of()
                .sheet("Read me", List.of("This workbook tunes fleetfit"))
                .sheet("Rules", List.of("rule", "setting", "value", "note"),
                        List.of("PORT-005", "max_vcpus", 48),
                        List.of("PORT-006", "max_in_use_tib", 1.5),
                        List.of("ISOL-004", "enabled", false))
                .xlsx();
        RuleConfig c = RulesFile.read("rules.xlsx", xlsx);
        assertThat(c.settings()).extracting(RuleConfig.Setting::line, RuleConfig.Setting::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "48"), org.assertj.core.groups.Tuple.tuple(3, "1.5"),
                        org.assertj.core.groups.Tuple.tuple(4, "false"));
    }

    @Test
    void readsAWorkbookWhoseRowsNameTheirClient() {
        // a client cell left empty in Excel is no cell at all: the row is for every client
        byte[] xlsx = Workbooks.of().sheet("Rules", List.of("Client", "Rule", "Setting", "Value", "Note"),
                        Arrays.asList(null, "PORT-007", "weight", 10),
                        List.of("Globex", "PORT-007", "weight", 40, "Globex runs its own databases"))
                .xlsx();
        RuleConfig c = RulesFile.read("rules.xlsx", xlsx);
        assertThat(c.settings()).containsExactly(
                new RuleConfig.Setting(2, "PORT-007", "weight", "10", "", null),
                new RuleConfig.Setting(3, "PORT-007", "weight", "40", "Globex runs its own databases", "Globex"));
        assertThat(c.forClient("globex", "globex").applied()).extracting(RuleConfig.Setting::value).containsExactly("40");
        assertThat(c.forClient("initech", "initech").applied()).extracting(RuleConfig.Setting::value).containsExactly("10");
    }

    @Test
    void namesTheSheetRowOfABadValueInAWorkbook() {
        byte[] xlsx = Workbooks.of().sheet("Sheet1", List.of("rule", "setting", "value"),
                List.of("PORT-007", "weight", 20), List.of("PORT-007", "severity", "Severe")).xlsx();
        assertThatThrownBy(() -> RulesFile.read("rules.xlsx", xlsx))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("rules.xlsx line 3: PORT-007 severity must be one of Info, Minor, Moderate, Major, Blocker");
    }

    @Test
    void refusesACsvFileWhoseQuotedCellIsNotClosed() {
        // a quoted CSV cell may hold line breaks, so an unclosed one runs to the end of the file
        byte[] csv = "rule,setting,value\nPORT-007,weight,\"10\nPORT-005,max_vcpus,48\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> RulesFile.read("rules.csv", csv))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("rules.csv: not a readable CSV file (Unterminated quoted field");
    }

    @Test
    void refusesAFileThatIsNeitherCsvNorAWorkbook() {
        byte[] broken = new byte[] {'P', 'K', 3, 4, 0, 0, 0};
        assertThatThrownBy(() -> RulesFile.read("rules.xlsx", broken)).hasMessageStartingWith("rules.xlsx: not a readable workbook");
    }

    @Test
    void readsTheExampleFileShippedInJobs() throws Exception {
        Path example = Path.of("jobs/examples/rules-example.csv");
        RuleConfig c = RulesFile.read(example.getFileName().toString(), Files.readAllBytes(example));
        assertThat(c.settings()).isNotEmpty();
        assertThat(c.applyTo(io.fleetfit.assessment.RuleCatalog.standard(
                io.fleetfit.assessment.AssessmentSettings.standard(java.time.LocalDate.of(2026, 11, 26))))).isNotEmpty();
        assertThat(c.applyTo(io.fleetfit.assessment.RoleCatalog.bundled()).find("database-linux").orElseThrow().signals())
                .extracting(io.fleetfit.assessment.Role.Signal::text).contains("hana", "sybase");
    }
}
