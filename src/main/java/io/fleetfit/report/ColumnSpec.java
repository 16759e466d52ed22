package io.fleetfit.report;

import java.util.function.Function;

/**
 * The parts of a column declaration: an enum of columns holds one per constant and is a
 * {@link Column} through {@link Declared}, so each enum states only its columns.
 *
 * @param <R> the row type
 */
record ColumnSpec<R>(String header, int width, CellFormat format, Function<R, Object> value) {

    /** A column that is its spec. */
    interface Declared<R> extends Column<R> {

        ColumnSpec<R> spec();

        @Override
        default String header() {
            return spec().header();
        }

        @Override
        default int width() {
            return spec().width();
        }

        @Override
        default CellFormat format() {
            return spec().format();
        }

        @Override
        default Object value(R row) {
            return spec().value().apply(row);
        }
    }
}
