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
    /** The leading columns whose wrapped text sets a row's height: the printed ones. */
    private int heightColumns;

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
        this.heightColumns = this.columns.size();
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

    /**
     * Sizes rows by the text of the first {@code n} columns only: those a printout shows. The
     * others' wrapped text (custom attributes, questions) shows as far as the row's height allows on
     * screen, instead of making every printed row as tall as a column the page leaves out.
     */
    Table<R> sizeRowsBy(int n) {
        this.heightColumns = Math.min(n, columns.size());
        return this;
    }

    void add(R value) {
        write(value, false);
    }

    void addTotal(R value) {
        write(value, true);
    }

    /**
     * Leaves a blank row: between a filtered table and its total, so that the total stays out of
     * the filter when a spreadsheet application extends it over the rows that touch it.
     */
    void skipRow() {
        nextRow++;
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
            if (i < heightColumns && c.format().wrap() && cell.getCellType() == CellType.STRING) {
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
     * high), so the writer sets the height itself. A column unit is the width of a '0'; a character
     * takes its own width in those units ({@link #charWidth}), so prose, whose letters and spaces are
     * narrower than a digit, is not given lines it leaves empty.
     */
    static int lines(String text, int width) {
        if (text.indexOf('\n') < 0 && (text.length() * MAX_CHAR_WIDTH <= width || textWidth(text) <= width)) {
            return 1;
        }
        int lines = 0;
        int paragraph = 0;
        while (paragraph <= text.length()) {   // each line of the text, split on '\n', without making strings
            int next = text.indexOf('\n', paragraph);
            int end = next < 0 ? text.length() : next;
            lines++;
            int last = end;
            while (last > paragraph && text.charAt(last - 1) == ' ') {
                last--;   // trailing spaces take no room
            }
            double used = 0;
            int word = paragraph;
            while (word < last) {
                int space = text.indexOf(' ', word);
                int wordEnd = space < 0 || space > last ? last : space;
                double len = textWidth(text, word, wordEnd);
                if (used > 0 && used + SPACE + len > width) {
                    lines++;
                    used = 0;
                }
                if (len > width) {   // a word wider than the column is broken across lines
                    for (int k = word; k < wordEnd; k++) {
                        double w = charWidth(text.charAt(k));
                        if (used > 0 && used + w > width) {
                            lines++;
                            used = 0;
                        }
                        used += w;
                    }
                } else {
                    used += (used > 0 ? SPACE : 0) + len;
                }
                word = wordEnd + 1;
            }
            paragraph = end + 1;
        }
        return lines;
    }

    private static final double SPACE = 0.5;
    /** The widest character of {@link #charWidth}: a text this many times shorter than the column fits at a glance. */
    private static final double MAX_CHAR_WIDTH = 2.0;

    private static double textWidth(String s) {
        return textWidth(s, 0, s.length());
    }

    private static double textWidth(String s, int from, int to) {
        double w = 0;
        for (int i = from; i < to; i++) {
            w += charWidth(s.charAt(i));
        }
        return w;
    }

    /**
     * A character's width in column units (the width of a '0'): the wider of Calibri, the
     * report's font, and DejaVu Sans, which LibreOffice draws where Calibri and its metric twin
     * Carlito are missing, rounded up; 2 for the ideographs and the like.
     */
    static double charWidth(char c) {
        if (c >= 'a' && c <= 'z') {
            return switch (c) {
                case 'i', 'j', 'l' -> 0.5;
                case 'f', 't', 'r' -> 0.7;
                case 's', 'c', 'z' -> 0.87;
                case 'k', 'v', 'x', 'y' -> 0.95;
                case 'w' -> 1.45;
                case 'm' -> 1.6;
                default -> 1.05;
            };
        }
        if (c >= 'A' && c <= 'Z') {
            return switch (c) {
                case 'I' -> 0.55;
                case 'J' -> 0.65;
                case 'L', 'F', 'E', 'T', 'Z', 'S' -> 1.0;
                case 'M', 'W' -> 1.75;
                default -> 1.3;
            };
        }
        if (c >= '0' && c <= '9') {
            return 1.0;
        }
        return switch (c) {
            case ' ' -> SPACE;
            case '.', ',', ':', ';', '\'', '!', '|' -> 0.55;
            case '(', ')', '[', ']', '-' -> 0.7;
            case '/', '"' -> 0.8;
            default -> c >= '\u2E80' ? 2.0 : 1.1;
        };
    }

    /** Rows that did not fit on the sheet. */
    long omitted() {
        return omitted;
    }

    /** Ends the table with a line saying how many rows did not fit, if any did not. */
    void noteOmitted(String where) {
        if (omitted > 0) {
            Cell cell = sheet.createRow(nextRow++).createCell(0);
            cell.setCellValue(String.format(java.util.Locale.ROOT, "%,d more rows omitted: a sheet holds at most %,d rows. ", omitted, maxRows)
                    + where);
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
