package io.fleetfit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OutputNamesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Acme Corp.|acme-corp",
        "Société Générale (EMEA)|societe-generale-emea",
        "../../etc|etc",
        "/etc/passwd|etc-passwd",
        "C:\\Windows\\System32|c-windows-system32",
        "CON|con-client",
        "lpt1|lpt1-client",
        "   |client",
        "..|client",
        "🚀 Rocket|rocket",
        "Газпром нефть|газпром-нефть",
        "東京電力ホールディングス|東京電力ホールディングス",
        "삼성전자 (Korea)|삼성전자-korea",
        "Ελληνικά Πετρέλαια|ελληνικά-πετρέλαια",
        "Йошкар-Ола Ёлка|йошкар-ола-ёлка",
        "Nguyễn Đức|nguyen-đuc",
        "भारत पेट्रोलियम|भारत-पेट्रोलियम",
        "Ørsted A/S|ørsted-a-s",
        "ＡＣＭＥ\u3000２|acme-2",
        "\u202Eevil\u202C|evil",
        "a\u200Bb|a-b",
        "．．／etc|etc",
        "x\u2215y|x-y",
        "\u0301\u20D0|client",
        "a \u20D0 b|a-b",
        "x-\u0301y|x-y",
    })
    void reducesAnyClientNameToASafeFolderName(String name, String slug) {
        assertThat(OutputNames.clientSlug(name)).isEqualTo(slug);
    }

    @ParameterizedTest
    @CsvSource({"a", "../x", "x/../../y", "CON", "．．／．．／etc", "..\u2215..\u2215etc", "\u202E../x", "a\u0000b",
        "Газпром/../..", "東京\\..\\..", "~/x", "C:x", "x:$DATA", "a \u20D0 b"})
    void aSlugNeverLeavesTheOutputFolder(String name, @TempDir Path out) {
        String slug = OutputNames.clientSlug(name);
        assertThat(slug).matches("[\\p{L}\\p{M}\\p{Nd}]+(-[\\p{L}\\p{M}\\p{Nd}]+)*").doesNotContain("..").doesNotContain("/");
        Path dir = out.resolve(slug).normalize();
        assertThat(dir.getParent()).isEqualTo(out);
        assertThat(dir.getFileName().toString()).isEqualTo(slug);
    }

    @org.junit.jupiter.api.Test
    void cutsVeryLongNames() {
        String slug = OutputNames.clientSlug("x".repeat(500));
        assertThat(slug).hasSize(64);
    }

    @org.junit.jupiter.api.Test
    void cutsLongNamesOfOtherScriptsWithinTwoHundredBytes() {
        String cjk = OutputNames.clientSlug("東".repeat(100));
        assertThat(cjk).isEqualTo("東".repeat(64));
        String astral = OutputNames.clientSlug("\uD840\uDC00".repeat(100)); // U+20000, four bytes in UTF-8
        assertThat(astral.getBytes(StandardCharsets.UTF_8).length).isEqualTo(200);
        assertThat(astral).isEqualTo("\uD840\uDC00".repeat(50));
        assertThat(OutputNames.clientSlug("ab ".repeat(20) + "東".repeat(60))).endsWith("東").doesNotEndWith("-");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "inventories/acme/|acme",
        "hdfs:///data/globex|globex",
        "/tmp/RVTools_export_all.xlsx|RVTools_export_all",
        "vinfo.CSV|vinfo",
    })
    void derivesTheClientFromTheInputPath(String path, String client) {
        assertThat(OutputNames.clientFromPath(path)).isEqualTo(client);
    }
}
