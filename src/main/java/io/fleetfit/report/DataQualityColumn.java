package io.fleetfit.report;

import io.fleetfit.assessment.SourceRef;
import java.util.function.Function;

/** The Data quality sheet: rejected rows, excluded templates, warnings and unreadable files. */
enum DataQualityColumn implements Column<DataQualityColumn.Row> {
    FILE("File", 34, CellFormat.WRAP, Row::file),
    SHEET("Sheet", 12, CellFormat.TEXT, Row::sheet),
    ROW("Row", 8, CellFormat.INTEGER, Row::row),
    VM("VM", 28, CellFormat.TEXT, Row::vm),
    STATUS("Status", 21, CellFormat.TINT, Row::status),
    REASON("Reason", 80, CellFormat.WRAP, Row::reason);

    /** One data-quality observation; {@code row} is {@code null} for a whole file. */
    record Row(String file, String sheet, Long row, String vm, DataQualityStatus status, String reason) {

        static Row of(SourceRef source, String vm, DataQualityStatus status, String reason) {
            return new Row(source.file(), source.sheet(), source.row(), vm, status, reason);
        }
    }

    private final String header;
    private final int width;
    private final CellFormat format;
    private final Function<Row, Object> value;

    DataQualityColumn(String header, int width, CellFormat format, Function<Row, Object> value) {
        this.header = header;
        this.width = width;
        this.format = format;
        this.value = value;
    }

    @Override
    public String header() {
        return header;
    }

    @Override
    public int width() {
        return width;
    }

    @Override
    public CellFormat format() {
        return format;
    }

    @Override
    public Object value(Row row) {
        return value.apply(row);
    }
}
