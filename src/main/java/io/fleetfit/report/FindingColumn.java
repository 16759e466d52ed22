package io.fleetfit.report;

import io.fleetfit.assessment.Assessment;
import io.fleetfit.assessment.Finding;
import java.util.function.Function;

/** The Findings sheet: one row per finding of every workload. */
enum FindingColumn implements ColumnSpec.Declared<FindingColumn.Row> {
    VM("VM", 28, CellFormat.TEXT, r -> r.assessment().vm().vmName()),
    DISPOSITION("Disposition", 27, CellFormat.TINT, r -> r.assessment().disposition()),
    RULE("Rule", 12, CellFormat.TEXT, r -> r.finding().ruleId()),
    DIMENSION("Dimension", 20, CellFormat.TEXT, r -> r.finding().dimension()),
    SEVERITY("Severity", 10, CellFormat.TINT, r -> r.finding().severity()),
    EFFECT("Effect", 20, CellFormat.TEXT, r -> r.finding().effect()),   // "Not a KubeVirt guest" whole
    // a State and data finding scores nothing: no weight, as on the Method sheet
    WEIGHT("Weight", 8, CellFormat.INTEGER, r -> r.finding().dimension().scored() ? r.finding().weight() : null),
    REASON("Reason", 55, CellFormat.WRAP, r -> r.finding().reason()),
    EVIDENCE("Evidence", 40, CellFormat.WRAP, r -> r.finding().evidence()),
    SOURCE("Source", 30, CellFormat.WRAP, r -> r.assessment().source().describe());

    /** One finding with the workload it belongs to. */
    record Row(Assessment assessment, Finding finding) {
    }

    private final ColumnSpec<FindingColumn.Row> spec;

    FindingColumn(String header, int width, CellFormat format, Function<FindingColumn.Row, Object> value) {
        this.spec = new ColumnSpec<>(header, width, format, value);
    }

    @Override
    public ColumnSpec<FindingColumn.Row> spec() {
        return spec;
    }
}
