package io.fleetfit.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConsoleTextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Acme Corp|9",
        "Газпром|7",
        "東京電力|8",
        "삼성전자 Korea|14",
        "ＡＣＭＥ|8",
        "Société|7",
        "Soci\u0065\u0301t\u0065\u0301|7",
        "\u202Eevil|4",
        "🚀 go|5",
    })
    void countsTheColumnsATerminalGivesTheText(String text, int columns) {
        assertThat(ConsoleText.columns(text)).isEqualTo(columns);
    }

    @Test
    void padsToTheWidthInColumns() {
        assertThat(ConsoleText.fit("Газпром", 8)).isEqualTo("Газпром ");
        assertThat(ConsoleText.fit("東京電力", 8)).isEqualTo("東京電力");
        assertThat(ConsoleText.fit("東京", 8)).isEqualTo("東京    ");
    }

    @Test
    void cutsWithATildeInTheLastColumnWithoutSplittingAWideCharacter() {
        assertThat(ConsoleText.fit("Acme Corporation", 8)).isEqualTo("Acme Co~");
        // 東京電 takes 6 columns, 東京電力 8: with 7 of room only 東京電 fits, then the tilde, then a space
        assertThat(ConsoleText.fit("東京電力ホールディングス", 8)).isEqualTo("東京電~ ");
        assertThat(ConsoleText.columns(ConsoleText.fit("東京電力ホールディングス", 8))).isEqualTo(8);
    }

    @Test
    void showsControlCharactersAsQuestionMarks() {
        assertThat(ConsoleText.fit("a\u001b[2Jb", 8)).isEqualTo("a?[2Jb  ").doesNotContain("\u001b");
    }

    @Test
    void linesTheTextsUpAfterTheLongestNameInTerminalColumns() {
        assertThat(ConsoleText.nameColumn(List.of("a.csv", "東京.xlsx", "vcenter01.xlsx"), List.of("1 row", "2 rows", "3 rows"), 20))
                .containsExactly(
                        "  a.csv           1 row",
                        "  東京.xlsx       2 rows",
                        "  vcenter01.xlsx  3 rows");
    }

    @Test
    void givesANameWiderThanTheLimitALineOfItsOwnAndNeverCutsIt() {
        String longName = "RVTools_export_all_2026-11-27_10.30.15_vcenter-prod-01.xlsx";
        assertThat(ConsoleText.nameColumn(List.of("a.csv", longName, "b\u001b.csv"), List.of("1 row", "NOT READ: empty", "2 rows"), 20))
                .containsExactly(
                        "  a.csv   1 row",
                        "  " + longName,
                        "          NOT READ: empty",
                        "  b?.csv  2 rows");
    }
}
