package io.fleetfit.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A detail table that may outgrow a sheet: when a sheet holds its last row, the table continues
 * on a new sheet placed right after it ("Workloads (2)", "Workloads (3)", ...), each with the
 * header row, so no row is ever dropped. Each sheet is set up like the first (freeze panes,
 * printing) when created, and finished (autofilter, conditional formats) by {@link #finish}.
 *
 * @param <R> the row type
 */
final class DetailSheets<R> {

    private final SXSSFWorkbook wb;
    private final ReportSheet kind;
    private final List<? extends Column<R>> columns;
    private final ReportStyles styles;
    private final int maxRows;
    private final Consumer<SXSSFSheet> setup;
    private final int heightColumns;
    private final List<SXSSFSheet> sheets = new ArrayList<>();
    private final List<Table<R>> tables = new ArrayList<>();
    private long rows;

    /**
     * @param first the table's first sheet, already created
     * @param maxRows the rows a sheet holds, header included (Excel: 1,048,576)
     * @param setup what every sheet of the table gets when created: column widths are set here
     * @param heightColumns the leading columns whose text sets a row's height ({@link Table#sizeRowsBy})
     */
    DetailSheets(SXSSFWorkbook wb, SXSSFSheet first, ReportSheet kind, List<? extends Column<R>> columns, ReportStyles styles,
                 int maxRows, Consumer<SXSSFSheet> setup, int heightColumns) {
        if (maxRows < 2) {
            throw new IllegalArgumentException("a sheet must hold a header and a row: " + maxRows);
        }
        this.wb = wb;
        this.kind = kind;
        this.columns = List.copyOf(columns);
        this.styles = styles;
        this.maxRows = maxRows;
        this.setup = setup;
        this.heightColumns = heightColumns;
        start(first);
    }

    /** Appends a row; where it went (its first cell). */
    Link.Place add(R value) {
        Table<R> table = tables.get(tables.size() - 1);
        if (table.nextRow() >= maxRows) {
            SXSSFSheet previous = sheets.get(sheets.size() - 1);
            String title = continuationTitle(kind, sheets.size() + 1);
            SXSSFSheet next = wb.createSheet(title);
            wb.setSheetOrder(title, wb.getSheetIndex(previous) + 1);
            next.setTabColor(ReportStyles.color(kind.tabColor()));
            table = start(next);
        }
        int row = table.nextRow();
        table.add(value);
        rows++;
        return new Link.Place(sheets.get(sheets.size() - 1).getSheetName(), row, 0);
    }

    /** Rows written, on all sheets. */
    long rows() {
        return rows;
    }

    /** The names of the sheets the table is on, the first included. */
    List<String> sheetNames() {
        return sheets.stream().map(SXSSFSheet::getSheetName).toList();
    }

    /** Finishes each sheet with its table's range (header and rows): autofilter (when there are rows), then {@code each}. */
    void finish(BiConsumer<SXSSFSheet, CellRangeAddress> each) {
        for (int i = 0; i < sheets.size(); i++) {
            CellRangeAddress range = tables.get(i).range();
            if (range.getLastRow() > range.getFirstRow()) {
                sheets.get(i).setAutoFilter(range);
            }
            each.accept(sheets.get(i), range);
        }
    }

    /** "Workloads (2)": the n-th sheet of a table. */
    static String continuationTitle(ReportSheet kind, int n) {
        return n == 1 ? kind.title() : kind.title() + " (" + n + ")";
    }

    /**
     * The sheet's table; one row more than the sheet holds, so the table's own last row (kept for a
     * note on omitted rows) is never reached: the table rolls over to a new sheet first.
     */
    private Table<R> start(SXSSFSheet sheet) {
        Table<R> table = new Table<>(sheet, columns, styles, 0, maxRows + 1).sizeColumns().sizeRowsBy(heightColumns);
        setup.accept(sheet);
        sheets.add(sheet);
        tables.add(table);
        return table;
    }
}
