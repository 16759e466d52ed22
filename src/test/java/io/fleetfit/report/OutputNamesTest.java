package io.fleetfit.report;

import static org.assertj.core.api.Assertions.assertThat;

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
    })
    void reducesAnyClientNameToASafeFolderName(String name, String slug) {
        assertThat(OutputNames.clientSlug(name)).isEqualTo(slug);
    }

    @ParameterizedTest
    @CsvSource({"a", "../x", "x/../../y", "CON"})
    void aSlugNeverLeavesTheOutputFolder(String name) {
        String slug = OutputNames.clientSlug(name);
        assertThat(slug).matches("[a-z0-9]+(-[a-z0-9]+)*").doesNotContain("..").doesNotContain("/");
    }

    @org.junit.jupiter.api.Test
    void cutsVeryLongNames() {
        String slug = OutputNames.clientSlug("x".repeat(500));
        assertThat(slug).hasSize(64);
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
