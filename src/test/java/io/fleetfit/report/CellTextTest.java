package io.fleetfit.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CellTextTest {

    @Test
    void keepsOrdinaryTextUnchanged() {
        String text = "Runs Windows Server 2008 R2.\n\tSee ticket #12 – café ✓ 😀";
        assertThat(CellText.safe(text)).isSameAs(text);
    }

    @Test
    void cutsA40000CharacterValueWithTheMarker() {
        String cut = CellText.safe("a".repeat(40_000));
        assertThat(cut).hasSize(CellText.MAX_LENGTH).endsWith(CellText.CUT_MARKER);
        assertThat(CellText.CUT_MARKER).isEqualTo("... [cut at 32767 characters]");
    }

    @Test
    void keepsAValueOfExactlyTheLimit() {
        String exact = "b".repeat(CellText.MAX_LENGTH);
        assertThat(CellText.safe(exact)).isEqualTo(exact);
    }

    @Test
    void neverCutsASurrogatePairInHalf() {
        int keep = CellText.MAX_LENGTH - CellText.CUT_MARKER.length();
        String text = "c".repeat(keep - 1) + "😀".repeat(10_000);
        String cut = CellText.safe(text);
        String kept = cut.substring(0, cut.length() - CellText.CUT_MARKER.length());
        assertThat(Character.isHighSurrogate(kept.charAt(kept.length() - 1))).isFalse();
        assertThat(cut.length()).isLessThanOrEqualTo(CellText.MAX_LENGTH);
    }

    @Test
    void removesControlCharactersButKeepsTabNewlineAndReturn() {
        assertThat(CellText.safe("a\u0000b\u0001c\u0008d\u000Be\u000Cf\u001Fg\th\ni\rj")).isEqualTo("abcdefg\th\ni\rj");
    }

    @Test
    void removesNonCharactersAndLoneSurrogates() {
        assertThat(CellText.safe("x\uFFFEy\uFFFFz\uD800!")).isEqualTo("xyz!");
    }

    @Test
    void leavesNullAsNull() {
        assertThat(CellText.safe(null)).isNull();
    }

    @Test
    void aLiteralEscapeIsWrittenSoExcelShowsItAsItIs() throws Exception {
        assertThat(CellText.safe("a_x0041_b")).isEqualTo("a_x005F_x0041_b");
        assertThat(CellText.safe("no escape: _x00G0_ x_x _x123_")).isEqualTo("no escape: _x00G0_ x_x _x123_");
        java.util.List<String> values = java.util.List.of("a_x0041_b", "_x005F_", "__x0041__x0042_", "line_x000D_end", "_x00G0_");
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (org.apache.poi.xssf.streaming.SXSSFWorkbook wb = new org.apache.poi.xssf.streaming.SXSSFWorkbook()) {
            org.apache.poi.ss.usermodel.Sheet sheet = wb.createSheet("s");
            for (int r = 0; r < values.size(); r++) {
                sheet.createRow(r).createCell(0).setCellValue(CellText.safe(values.get(r)));
            }
            wb.write(out);
        }
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(out.toByteArray()))) {
            for (int r = 0; r < values.size(); r++) {
                assertThat(wb.getSheetAt(0).getRow(r).getCell(0).getStringCellValue()).isEqualTo(values.get(r));
            }
        }
    }

    @Test
    void escapesNeverTakeACutValuePastTheLimit() {
        String cut = CellText.safe("_x0041_".repeat(10_000));
        assertThat(cut.length()).isLessThanOrEqualTo(CellText.MAX_LENGTH);
        assertThat(cut).endsWith(CellText.CUT_MARKER).startsWith("_x005F_x0041__x005F_x0041_");
    }
}
