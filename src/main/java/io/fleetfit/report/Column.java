package io.fleetfit.report;

/**
 * One column of a report table, declared once: header, width, format and the value of a row. The
 * value is a {@code String}, a {@code Number}, a {@code LocalDate}, a labelled enum (see
 * {@link Labels}) or {@code null} for an empty cell.
 *
 * @param <R> the row type
 */
interface Column<R> {

    String header();

    /** Width in characters. */
    int width();

    CellFormat format();

    Object value(R row);
}
