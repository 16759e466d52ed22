package io.fleetfit.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InventoryFormatTest {

    @ParameterizedTest
    @ValueSource(strings = {"acme.xlsx", "ACME.XLSX", "macro.xlsm", "vInfo.csv", "s3a://bucket/in/acme.xlsx",
        "hdfs:///inventories/2025/RVTools_tabvInfo.CSV", "C:\\exports\\acme.xlsx", "rvtools-3.9.xls"})
    void recognisesInventoryFiles(String name) {
        assertThat(InventoryFormat.isInventoryFile(name)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"~$acme.xlsx", "/in/~$acme.xlsx", ".acme.xlsx", "/in/.hidden.csv", "~$old.xls",
        "notes.txt", "acme.xlsx.bak", "folder/", ""})
    void ignoresLockFilesDotfilesAndOtherFormats(String name) {
        assertThat(InventoryFormat.isInventoryFile(name)).isFalse();
    }

    @Test
    void choosesTheReaderByExtension() {
        assertThat(InventoryFormat.of("a.xlsm")).contains(InventoryFormat.XLSX);
        assertThat(InventoryFormat.of("a.csv")).contains(InventoryFormat.CSV);
        assertThat(InventoryFormat.of("old.XLS")).contains(InventoryFormat.XLS);
        assertThat(InventoryFormat.of(null)).isEmpty();
    }

    @Test
    void readsThroughTheChosenReader() {
        byte[] csv = "VM,CPUs\nweb,2\n".getBytes(StandardCharsets.UTF_8);

        ReadSummary summary = InventoryFormat.CSV.read("a.csv", new ByteArrayInputStream(csv), row -> { });

        assertThat(summary.rows()).isEqualTo(1);
    }

    @Test
    void baseNameIsTheLastPathSegment() {
        assertThat(InventoryFormat.baseName("s3a://b/in/acme.xlsx")).isEqualTo("acme.xlsx");
        assertThat(InventoryFormat.baseName("C:\\in\\acme.csv")).isEqualTo("acme.csv");
        assertThat(InventoryFormat.baseName("acme.csv")).isEqualTo("acme.csv");
    }
}
