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

    @Test
    void measuresTextByTheWidthOfItsCharacters() {
        assertThat(Table.lines("il ".repeat(30).strip(), 50)).as("89 characters of narrow letters and spaces fit a 50-wide line")
                .isEqualTo(1);
        assertThat(Table.lines("WWWWW ".repeat(10).strip(), 50)).as("59 characters of wide capitals take two").isEqualTo(2);
        assertThat(Table.lines("M".repeat(20), 20)).as("20 wide capitals overflow 20 units").isEqualTo(2);
        String reason = "Runs Windows Server 2019 with no sign of an IIS or .NET web workload, the only kind Windows containers"
                + " run in practice, so it stays a VM. Evidence of such a workload (the attributes file's role or application,"
                + " an IIS or web name or annotation) would move it to Windows containers.";
        assertThat(Table.lines(reason, 50)).as("280 characters of prose: 5 lines in LibreOffice, 6 allowed, not 7").isEqualTo(6);
    }
}
