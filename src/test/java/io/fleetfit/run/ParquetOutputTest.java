package io.fleetfit.run;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.spark.sql.catalyst.catalog.ExternalCatalogUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ParquetOutputTest {

    /** The client's partition folder is named as Spark names it, so Spark reads the client's name back. */
    @Test
    void everyCharacterIsEscapedAsSparkEscapesIt() {
        for (char c = 0; c < 0x400; c++) {
            String s = "a" + c + "b";
            assertThat(ParquetOutput.escapePathName(s)).as("U+%04X", (int) c).isEqualTo(ExternalCatalogUtils.escapePathName(s));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"Acme Corp", "Müller & Söhne GmbH", "a/b", "100%", "x=y", "[draft]", "C:\\clients", "名前"})
    void clientNamesAreEscapedAsSparkEscapesThem(String client) {
        assertThat(ParquetOutput.escapePathName(client)).isEqualTo(ExternalCatalogUtils.escapePathName(client));
    }
}
