package io.fleetfit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.junit.jupiter.api.Test;

/** The report's sheet writer writes what POI's writes, byte for byte, for every kind of cell. */
class FastSheetDataWriterTest {

    private static final List<String> TEXTS = List.of(
            "", "plain", " leading", "trailing ", "\tboth\n", "<a href=\"x\">&amp;</a>", "line\r\nbreak", "no\u00A0break",
            "ctrl\u0001\u0008\u001f", "not a char \uFFFE\uFFFF", "emoji \uD83D\uDE80 pair", "lone \uD83D high", "lone \uDE80 low",
            "Газпром 東京電力 Société", "=SUM(A1:A2)", "'quoted", "x".repeat(5000));

    @Test
    void writesEveryKindOfCellAsPoiDoes() throws Exception {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(-1)) {
            SXSSFSheet sheet = wb.createSheet("s");
            CellStyle bold = wb.createCellStyle();
            bold.setFont(wb.createFont());
            CellStyle[] styles = new CellStyle[300];
            for (int i = 0; i < styles.length; i++) {
                styles[i] = wb.createCellStyle();
            }
            int r = 0;
            for (int rownum : new int[] {0, 8, 99, 1_048_575}) {
                SXSSFRow row = sheet.createRow(rownum);
                int c = 0;
                for (String text : TEXTS) {
                    row.createCell(c++).setCellValue(text);
                }
                for (double d : new double[] {0, -0.0, 1, 1.5, -42, 1e20, 1e-7, Double.NaN, Double.POSITIVE_INFINITY, 123456789.125,
                        9_999_999, 10_000_000, -9_999_999, -10_000_000, 2_147_483_647, 0.001, -1, 1e7 - 0.5}) {
                    row.createCell(c++).setCellValue(d);
                }
                row.createCell(c++); // blank
                row.createCell(c++).setCellValue(true);
                row.createCell(c++).setCellFormula("1+2");
                row.createCell(c++).setCellErrorValue(FormulaError.DIV0.getCode());
                row.createCell(c++).setCellStyle(bold); // blank with a style
                row.createCell(c++).setCellValue("styled");
                row.getCell(c - 1).setCellStyle(styles[r++ * 97 % styles.length]);
                row.createCell(c + 700).setCellValue(7); // a gap, then column AAx
                row.createCell(16_383).setCellValue("XFD"); // the last column
                StringWriter ours = new StringWriter();
                StringWriter poi = new StringWriter();
                write(new StreamingWorkbook.FastSheetDataWriter(ours), rownum, row);
                write(new SheetDataWriter(poi), rownum, row);
                assertThat(ours.toString()).as("row %d", rownum).isEqualTo(poi.toString()).contains("<c r=\"XFD");
            }
        }
    }

    private static void write(SheetDataWriter writer, int rownum, SXSSFRow row) throws Exception {
        writer.writeRow(rownum, row);
        writer.close();
    }
}
