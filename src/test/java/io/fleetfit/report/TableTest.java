package io.fleetfit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;

class TableTest {

    private enum Number implements Column<Integer> {
        VALUE;

        @Override public String header() { return "Value"; }
        @Override public int width() { return 8; }
        @Override public CellFormat format() { return CellFormat.INTEGER; }
        @Override public Object value(Integer row) { return row; }
    }

    @Test
    void countsRowsBeyondTheSheetLimitAndSaysSo() throws Exception {
        try (SXSSFWorkbook wb = new SXSSFWorkbook()) {
            SXSSFSheet sheet = wb.createSheet("t");
            Table<Integer> table = new Table<>(sheet, List.of(Number.values()), new ReportStyles(wb), 0, 5);
            for (int i = 0; i < 10; i++) {
                table.add(i);
            }
            assertThat(table.omitted()).isEqualTo(7);
            assertThat(table.range().formatAsString()).isEqualTo("A1:A4");
            table.noteOmitted("See the CSV.");
            assertThat(sheet.getRow(4).getCell(0).getStringCellValue())
                    .isEqualTo("7 more rows omitted: a sheet holds at most 5 rows. See the CSV.");
        }
    }

    @Test
    void estimatesLinesOfWrappedTextByWholeWords() {
        assertThat(Table.lines("short", 10)).isEqualTo(1);
        assertThat(Table.lines("one two three", 8)).isEqualTo(2);
        assertThat(Table.lines("first\nsecond\nthird", 40)).isEqualTo(3);
        assertThat(Table.lines("x".repeat(25), 10)).as("a word longer than the column breaks").isEqualTo(3);
    }
}
