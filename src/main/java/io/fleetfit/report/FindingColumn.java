package io.fleetfit.report;

import io.fleetfit.assessment.Assessment;
import io.fleetfit.assessment.Finding;
import java.util.function.Function;

/** The Findings sheet: one row per finding of every workload. */
enum FindingColumn implements Column<FindingColumn.Row> {
    VM("VM", 28, CellFormat.TEXT, r -> r.assessment().vm().vmName()),
    DISPOSITION("Disposition", 27, CellFormat.TINT, r -> r.assessment().disposition()),
    RULE("Rule", 12, CellFormat.TEXT, r -> r.finding().ruleId()),
    DIMENSION("Dimension", 20, CellFormat.TEXT, r -> r.finding().dimension()),
    SEVERITY("Severity", 10, CellFormat.TINT, r -> r.finding().severity()),
    EFFECT("Effect", 16, CellFormat.TEXT, r -> r.finding().effect()),
    WEIGHT("Weight", 8, CellFormat.INTEGER, r -> r.finding().weight()),
    REASON("Reason", 55, CellFormat.WRAP, r -> r.finding().reason()),
    EVIDENCE("Evidence", 40, CellFormat.WRAP, r -> r.finding().evidence()),
    SOURCE("Source", 30, CellFormat.WRAP, r -> r.assessment().source().describe());

    /** One finding with the workload it belongs to. */
    record Row(Assessment assessment, Finding finding) {
    }

    private final String header;
    private final int width;
    private final CellFormat format;
    private final Function<Row, Object> value;

    FindingColumn(String header, int width, CellFormat format, Function<Row, Object> value) {
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
