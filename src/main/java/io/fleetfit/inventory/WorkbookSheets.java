package io.fleetfit.inventory;

import java.util.BitSet;
import java.util.List;

/**
 * The sheets of one open workbook, each readable as rows of text cells: what the .xlsx (SAX) and
 * .xls (HSSF) readers have in common, so that choosing the inventory sheet and joining the RVTools
 * tabs is written once.
 */
interface WorkbookSheets {

    /** The sheet names, in the workbook's order. */
    List<String> sheetNames();

    /**
     * Pushes every row of a sheet, in order, to {@code rows}; a row handler may end the read early
     * by throwing {@link StopReading}. Cells are text as Excel would show them (formulas give their
     * cached value); a missing cell is {@code null}.
     */
    void read(String sheet, SheetRows rows) throws Exception;

    /** Receives the rows of a sheet with their 1-based row numbers; the cell list is reused between calls. */
    @FunctionalInterface
    interface SheetRows {
        void row(long rowNumber, List<String> cells);

        /**
         * The 0-based columns whose cells this consumer reads as text, as the sheet formats them;
         * {@code null} (the default, and until the header is read) for every column. A reader may
         * hand the other columns' numbers over unformatted, as their stored value: they are still
         * non-blank when the cell holds a value, so blank rows stay blank and others do not.
         */
        default BitSet formatted() {
            return null;
        }
    }

    /** Ends a sheet read early once the handler has what it needs. */
    final class StopReading extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StopReading() {
            super(null, null, false, false);
        }
    }
}
