package io.fleetfit.report;

import io.fleetfit.assessment.SourceRef;
import java.util.function.Function;

/** The Data quality sheet: rejected rows, excluded templates and system VMs, warnings and unreadable files. */
enum DataQualityColumn implements ColumnSpec.Declared<DataQualityColumn.Row> {
    FILE("File", 34, CellFormat.WRAP, Row::file),
    SHEET("Sheet", 12, CellFormat.TEXT, Row::sheet),
    ROW("Row", 8, CellFormat.ROW_NUMBER, Row::row),
    VM("VM", 30, CellFormat.WRAP, Row::vm),   // vCLS agents carry a UUID in their name: 41 characters
    STATUS("Status", 21, CellFormat.TINT, Row::status),
    REASON("Reason", 78, CellFormat.WRAP, Row::reason);

    /** One data-quality observation; {@code row} is {@code null} for a whole file. */
    record Row(String file, String sheet, Long row, String vm, DataQualityStatus status, String reason) {

        static Row of(SourceRef source, String vm, DataQualityStatus status, String reason) {
            return new Row(source.file(), source.sheet(), source.row(), vm, status, reason);
        }
    }

    private final ColumnSpec<DataQualityColumn.Row> spec;

    DataQualityColumn(String header, int width, CellFormat format, Function<DataQualityColumn.Row, Object> value) {
        this.spec = new ColumnSpec<>(header, width, format, value);
    }

    @Override
    public ColumnSpec<DataQualityColumn.Row> spec() {
        return spec;
    }
}
