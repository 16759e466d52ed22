package io.fleetfit.report;

import io.fleetfit.summary.Comparison;
import java.util.function.Function;

/** The Changes sheet: one row per workload and kind of change since the previous run, in words. */
enum ChangeColumn implements ColumnSpec.Declared<ChangeColumn.Row> {
    CHANGE("Change", 20, CellFormat.TEXT, r -> ChangesSheet.label(r.change().kind())),
    VM("Workload", 28, CellFormat.TEXT, r -> r.change().vmName()),
    VCENTER("vCenter", 22, CellFormat.TEXT, r -> r.change().vcenter()),
    BEFORE("Before", 30, CellFormat.WRAP, Row::before),
    NOW("Now", 30, CellFormat.WRAP, Row::now),
    WHY("Why", 60, CellFormat.WRAP, Row::why),
    MATCHED_BY("Matched by", 18, CellFormat.TEXT, r -> ChangesSheet.label(r.change().matchedBy()));

    /** One change with its values and findings in words. */
    record Row(Comparison.Change change, String before, String now, String why) {
    }

    private final ColumnSpec<Row> spec;

    ChangeColumn(String header, int width, CellFormat format, Function<Row, Object> value) {
        this.spec = new ColumnSpec<>(header, width, format, value);
    }

    @Override
    public ColumnSpec<Row> spec() {
        return spec;
    }
}
