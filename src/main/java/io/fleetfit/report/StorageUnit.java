package io.fleetfit.report;

import java.util.List;
import java.util.Set;

/**
 * The unit a table prints storage in, chosen per table: TiB when the table's total exceeds
 * 10 TiB, where GiB would run to five digits and more, else GiB. The header says which; a
 * workload's own storage (Workloads sheet, no total) stays in GiB.
 */
enum StorageUnit {
    GIB("GiB", 1, CellFormat.SIZE),
    TIB("TiB", 1024, CellFormat.SIZE_TIB);

    static final double GIB_PER_TIB = 1024;

    /** Above this total, in GiB (10 TiB), a table prints TiB. */
    static final double TIB_ABOVE_GIB = 10 * GIB_PER_TIB;

    private final String symbol;
    private final double gib;
    private final CellFormat format;

    StorageUnit(String symbol, double gib, CellFormat format) {
        this.symbol = symbol;
        this.gib = gib;
        this.format = format;
    }

    /** The unit of a table whose storage column totals {@code totalGib}. */
    static StorageUnit forTotal(double totalGib) {
        return totalGib > TIB_ABOVE_GIB ? TIB : GIB;
    }

    String symbol() {
        return symbol;
    }

    /** How a figure in this unit is printed: GiB with one decimal, TiB with two. */
    CellFormat format() {
        return format;
    }

    /** A figure in GiB, in this unit; {@code null} stays {@code null}. */
    Double of(Number gibValue) {
        return gibValue == null ? null : gibValue.doubleValue() / gib;
    }

    /** A header that names GiB ("Storage in use GiB"), naming this unit instead. */
    String header(String gibHeader) {
        return gibHeader.replace(GIB.symbol, symbol);
    }

    /** The columns with {@code storage}, declared in GiB, printed in this unit; the others as declared. */
    <R> List<Column<R>> apply(List<? extends Column<R>> columns, Set<? extends Column<?>> storage) {
        return columns.stream().<Column<R>>map(c -> storage.contains(c) && this != GIB ? scaled(c) : c).toList();
    }

    private <R> Column<R> scaled(Column<R> declared) {
        StorageUnit unit = this;
        return new Column<>() {
            @Override
            public String header() {
                return unit.header(declared.header());
            }

            @Override
            public int width() {
                return declared.width();
            }

            @Override
            public CellFormat format() {
                return declared.format() == CellFormat.SIZE ? unit.format() : declared.format();
            }

            @Override
            public Object value(R row) {
                Object v = declared.value(row);
                return v instanceof Number n ? unit.of(n) : v;
            }
        };
    }
}
