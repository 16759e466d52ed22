package io.fleetfit.report;

import java.util.List;
import java.util.stream.IntStream;

/**
 * A column of rows rendered in advance, as arrays of cell values: the declared column's header,
 * width and format, and the value at its index. The Workloads rows wait rendered for the wave plan
 * ({@link WaitingRows}) and are written through these.
 */
record RenderedColumn(Column<?> declared, int index) implements Column<Object[]> {

    /** One per declared column, in order. */
    static List<RenderedColumn> of(List<? extends Column<?>> declared) {
        return IntStream.range(0, declared.size()).mapToObj(i -> new RenderedColumn(declared.get(i), i)).toList();
    }

    @Override
    public String header() {
        return declared.header();
    }

    @Override
    public int width() {
        return declared.width();
    }

    @Override
    public CellFormat format() {
        return declared.format();
    }

    @Override
    public Object value(Object[] row) {
        return row[index];
    }
}
