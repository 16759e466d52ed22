package io.fleetfit.report;

import io.fleetfit.assessment.Disposition;
import io.fleetfit.assessment.FitnessTier;
import io.fleetfit.assessment.Lane;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTDLbls;

/**
 * A native bar chart of workloads per category (disposition, fitness tier, OS family, lane) on the
 * Summary or the Overview, drawn from a table on the same sheet. A streamed sheet cannot hold charts, so the chart
 * goes on the sheet's backing {@code XSSFSheet}; its values are cached in the chart (viewers draw
 * it without recalculating) and refer to the table's cells.
 */
final class BarChart {

    /** Bar colours of dispositions and tiers: stronger versions of the tables' fills, in the same hues. */
    static final Map<Object, String> COLORS = Map.ofEntries(
            Map.entry(FitnessTier.EXCELLENT, "70AD47"),
            Map.entry(FitnessTier.GOOD, "A9D08E"),
            Map.entry(FitnessTier.MINOR_WORK, "FFD966"),
            Map.entry(FitnessTier.MODERATE_WORK, "FFC000"),
            Map.entry(FitnessTier.MAJOR_WORK, "F4B183"),
            Map.entry(FitnessTier.NO_FIT, "FF7C80"),
            Map.entry(FitnessTier.INSUFFICIENT_DATA, "A5A5A5"),
            Map.entry(Disposition.CONTAINERIZE, "70AD47"),
            Map.entry(Disposition.CONTAINERIZE_AFTER_REMEDIATION, "A9D08E"),
            Map.entry(Disposition.VM_ON_KUBERNETES, "5B9BD5"),
            Map.entry(Disposition.KEEP_AS_VM, "FFC000"),
            Map.entry(Disposition.REPLACE, "8E7CC3"),
            Map.entry(Disposition.RETIRE_CANDIDATE, "A5A5A5"),
            Map.entry(Disposition.INSUFFICIENT_DATA, "FF7C80"),
            Map.entry(Lane.REPLATFORM, "70AD47"),
            Map.entry(Lane.REFACTOR, "A9D08E"),
            Map.entry(Lane.REHOST, "5B9BD5"),
            Map.entry(Lane.RETAIN, "FFC000"),
            Map.entry(Lane.REPURCHASE, "8E7CC3"),
            Map.entry(Lane.RETIRE, "A5A5A5"),
            Map.entry(Lane.ASSESS, "FF7C80"));

    /** The colour of a category without one of its own (an OS family). */
    static final String PLAIN = "5B9BD5";

    private BarChart() {
    }

    /**
     * Draws the chart in {@code area}, one bar per category, in the table's order from the top.
     *
     * @param categories the categories (enum constants or text), labelled by {@link Labels#of}
     * @param labels the table's label cells (one column)
     * @param counts the table's workload cells (one column)
     */
    static void draw(XSSFSheet sheet, CellRangeAddress area, String title, List<?> categories, long[] workloads,
                     CellRangeAddress labels, CellRangeAddress counts) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0,
                area.getFirstColumn(), area.getFirstRow(), area.getLastColumn() + 1, area.getLastRow() + 1);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(title);
        chart.setTitleOverlay(false);

        XDDFCategoryAxis axis = chart.createCategoryAxis(AxisPosition.LEFT);
        axis.setOrientation(AxisOrientation.MAX_MIN);   // first category on top, as in the table
        XDDFValueAxis values = chart.createValueAxis(AxisPosition.BOTTOM);
        values.setCrosses(AxisCrosses.MAX);   // with the categories reversed, keeps the value axis at the bottom
        values.setCrossBetween(AxisCrossBetween.BETWEEN);

        String[] names = categories.stream().map(Labels::of).toArray(String[]::new);
        Long[] counted = new Long[workloads.length];
        for (int i = 0; i < workloads.length; i++) {
            counted[i] = workloads[i];
        }
        String sheetName = sheet.getSheetName();
        XDDFCategoryDataSource x = XDDFDataSourcesFactory.fromArray(names, reference(sheetName, labels));
        XDDFNumericalDataSource<Long> y = XDDFDataSourcesFactory.fromArray(counted, reference(sheetName, counts));

        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, axis, values);
        data.setBarDirection(BarDirection.BAR);
        data.setVaryColors(false);
        data.setGapWidth(60);
        XDDFBarChartData.Series series = (XDDFBarChartData.Series) data.addSeries(x, y);
        series.setTitle("Workloads", null);
        for (int i = 0; i < categories.size(); i++) {
            series.getDataPoint(i).setFillProperties(fill(COLORS.getOrDefault(categories.get(i), PLAIN)));
        }
        CTDLbls labelsOnBars = series.getCTBarSer().addNewDLbls();
        labelsOnBars.addNewShowLegendKey().setVal(false);
        labelsOnBars.addNewShowVal().setVal(true);
        labelsOnBars.addNewShowCatName().setVal(false);
        labelsOnBars.addNewShowSerName().setVal(false);
        labelsOnBars.addNewShowPercent().setVal(false);
        labelsOnBars.addNewShowBubbleSize().setVal(false);
        // the series writes its references and cached values into the chart; XDDFChart.plot(data) would
        // first build an embedded workbook for the data and fill it, then drop it (the data is on the sheet)
        series.plot();
    }

    private static XDDFSolidFillProperties fill(String rgb) {
        return new XDDFSolidFillProperties(XDDFColor.from(ReportStyles.color(rgb).getRGB()));
    }

    private static String reference(String sheet, CellRangeAddress range) {
        return range.formatAsString(sheet, true);
    }
}
