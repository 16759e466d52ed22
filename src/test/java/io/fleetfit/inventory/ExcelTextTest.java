package io.fleetfit.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExcelTextTest {

    @Test
    void decodesEveryEscapeAndLeavesAnythingElse() {
        assertThat(ExcelText.decode("a_x000D__x000A_b")).isEqualTo("a\r\nb");
        assertThat(ExcelText.decode("_x005F_x000D_")).isEqualTo("_x000D_");   // a literal escape, escaped
        assertThat(ExcelText.decode("tab_x0009_Ä_x00c4_")).isEqualTo("tab\tÄÄ");
        assertThat(ExcelText.decode("__x0041_")).isEqualTo("_A");
        for (String plain : new String[] {"", "_x", "_x000D", "_x00G0_", "file_x.txt", "x0041_", "_X0041_"}) {
            assertThat(ExcelText.decode(plain)).as(plain).isSameAs(plain);
        }
    }
}
