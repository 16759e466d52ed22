package io.fleetfit.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class XlsxSheetHandlerTest {

    /** A header row, then a row of two numbers in the "#,##0" format (style 1) and an empty cell. */
    private static final String SHEET = "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
            + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Capacity MiB</t></is></c><c r=\"B1\" t=\"inlineStr\"><is><t>Other</t></is></c></row>"
            + "<row r=\"2\"><c r=\"A2\" s=\"1\"><v>12288</v></c><c r=\"B2\" s=\"1\"><v>45000.5</v></c></row>"
            + "<row r=\"3\"><c r=\"A3\" s=\"1\"/><c r=\"B3\" s=\"1\"><v>7</v></c></row>"
            + "</sheetData></worksheet>";

    @Test
    void formatsTheColumnsItsReaderReadsAndPassesTheOthersAsStored() throws Exception {
        assertThat(read(null)).as("every column formatted until the reader says otherwise")
                .containsExactly(List.of("Capacity MiB", "Other"), List.of("12,288", "45,001"), cells(null, "7"));
        BitSet first = new BitSet();
        first.set(0);
        assertThat(read(first)).as("column B unread: its numbers as stored, still there, so the row is not blank")
                .containsExactly(List.of("Capacity MiB", "Other"), List.of("12,288", "45000.5"), cells(null, "7"));
    }

    private static List<String> cells(String... values) {
        List<String> cells = new ArrayList<>();
        for (String v : values) {
            cells.add(v);
        }
        return cells;
    }

    /** The rows the handler gives a reader that, after the header, reads only {@code read} (null: all). */
    private static List<List<String>> read(BitSet read) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            CellStyle grouped = wb.createCellStyle();
            grouped.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
            List<List<String>> rows = new ArrayList<>();
            WorkbookSheets.SheetRows consumer = new WorkbookSheets.SheetRows() {
                @Override
                public void row(long rowNumber, List<String> cells) {
                    rows.add(new ArrayList<>(cells));
                }

                @Override
                public BitSet formatted() {
                    return rows.isEmpty() ? null : read;
                }
            };
            StaxParts.parse(new ByteArrayInputStream(SHEET.getBytes(StandardCharsets.UTF_8)),
                    new XlsxSheetHandler(CompactSharedStrings.empty(), wb.getStylesSource(), new DataFormatter(), consumer));
            return rows;
        }
    }
}
