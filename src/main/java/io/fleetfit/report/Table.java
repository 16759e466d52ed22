package io.fleetfit.report;

import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * A table on a sheet: a header row, then one row per value, the columns looping over their
 * declarations. Rows are appended in order, as a streamed sheet requires.
 *
 * @param <R> the row type
 */
final class Table<R> {

    /** Height of a header row, in points: room for a header wrapped on two lines. */
    static final float HEADER_HEIGHT = 32f;

    /** Points per line of 11-point text. */
    static final float LINE_HEIGHT = 15f;

    /** Excel's highest row is 409 points. */
    static final int MAX_LINES = 27;

    private final Sheet sheet;
    private final List<? extends Column<R>> columns;
    private final ReportStyles styles;
    private final int headerRow;
    private final int maxRows;
    private int nextRow;
    private long omitted;

    Table(Sheet sheet, List<? extends Column<R>> columns, ReportStyles styles, int headerRow) {
        this(sheet, columns, styles, headerRow, SpreadsheetVersion.EXCEL2007.getMaxRows());
    }

    /** A table of at most {@code maxRows} sheet rows: the rows beyond are counted, not written. */
    Table(Sheet sheet, List<? extends Column<R>> columns, ReportStyles styles, int headerRow, int maxRows) {
        this.maxRows = maxRows;
        this.sheet = sheet;
        this.columns = List.copyOf(columns);
        this.styles = styles;
        this.headerRow = headerRow;
        this.nextRow = headerRow + 1;
        Row row = sheet.createRow(headerRow);
        row.setHeightInPoints(HEADER_HEIGHT);
        for (int i = 0; i < this.columns.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(this.columns.get(i).header());
            cell.setCellStyle(styles.header);
        }
    }

    /** Sets the sheet's column widths from the declarations (for sheets holding one table). */
    Table<R> sizeColumns() {
        for (int i = 0; i < columns.size(); i++) {
            sheet.setColumnWidth(i, columns.get(i).width() * 256);
        }
        return this;
    }

    void add(R value) {
        write(value, false);
    }

    void addTotal(R value) {
        write(value, true);
    }

    private void write(R value, boolean total) {
        if (nextRow >= maxRows - 1) {   // the last row is kept for the note on omitted rows
            omitted++;
            return;
        }
        Row row = sheet.createRow(nextRow++);
        int lines = 1;
        for (int i = 0; i < columns.size(); i++) {
            Column<R> c = columns.get(i);
            Object v = Link.admitted(sheet, c.value(value));
            CellStyle style = total ? styles.total(c.format()) : styles.body(c.format(), v);
            Cell cell = row.createCell(i);
            cell.setCellStyle(style);
            set(cell, v);
            if (c.format().wrap() && cell.getCellType() == CellType.STRING) {
                lines = Math.max(lines, lines(cell.getStringCellValue(), c.width()));
            }
        }
        if (lines > 1) {
            row.setHeightInPoints(Math.min(MAX_LINES, lines) * LINE_HEIGHT);
        }
    }

    /**
     * The lines a wrapped text takes in a column of this width, by greedy word wrap. Spreadsheet
     * applications do not size rows on opening a streamed file (LibreOffice leaves them one line
     * high), so the writer sets the height itself; a column unit is about one character.
     */
    static int lines(String text, int width) {
        if (text.length() <= width && text.indexOf('\n') < 0) {
            return 1;
        }
        int lines = 0;
        for (String paragraph : text.split("\n", -1)) {
            lines++;
            int used = 0;
            for (String word : paragraph.split(" ")) {
                int len = word.length();
                if (used > 0 && used + 1 + len > width) {
                    lines++;
                    used = 0;
                }
                if (len > width) {   // a word longer than the column is broken across lines
                    lines += (len - 1) / width;
                    len = (len - 1) % width + 1;
                }
                used += (used > 0 ? 1 : 0) + len;
            }
        }
        return lines;
    }

    /** Rows that did not fit on the sheet. */
    long omitted() {
        return omitted;
    }

    /** Ends the table with a line saying how many rows did not fit, if any did not. */
    void noteOmitted(String where) {
        if (omitted > 0) {
            Cell cell = sheet.createRow(nextRow++).createCell(0);
            cell.setCellValue(omitted + " more rows omitted: a sheet holds at most " + maxRows + " rows. " + where);
            cell.setCellStyle(styles.label);
        }
    }

    /** The next free row index below the table. */
    int nextRow() {
        return nextRow;
    }

    /** The header and every row written so far. */
    CellRangeAddress range() {
        return new CellRangeAddress(headerRow, Math.max(headerRow, nextRow - 1), 0, columns.size() - 1);
    }

    /** Writes a value as a cell: text always as a string cell, never as a formula; a {@link Link}'s value, linked. */
    static void set(Cell cell, Object v) {
        if (v == null || "".equals(v)) {
            cell.setBlank();
        } else if (v instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        } else if (v instanceof LocalDate d) {
            cell.setCellValue(d);
        } else if (v instanceof String s) {
            cell.setCellValue(CellText.safe(s));
        } else if (v instanceof Link l) {
            set(cell, l.value());
            l.attachTo(cell);
        } else {
            cell.setCellValue(CellText.safe(Labels.of(v)));
        }
    }
}
