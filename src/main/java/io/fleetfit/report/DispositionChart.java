package io.fleetfit.report;

import io.fleetfit.assessment.Disposition;
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
 * The bar chart of workloads per disposition on the Summary. A streamed sheet cannot hold charts,
 * so the chart goes on the sheet's backing {@code XSSFSheet}; its values are cached in the chart
 * (viewers draw it without recalculating) and refer to the Dispositions table's cells.
 */
final class DispositionChart {

    static final String TITLE = "Workloads per disposition";

    /** Bar colours: stronger versions of the table's fills, in the same hues. */
    static final Map<Disposition, String> COLORS = Map.of(
            Disposition.CONTAINERIZE, "70AD47",
            Disposition.CONTAINERIZE_AFTER_REMEDIATION, "A9D08E",
            Disposition.VM_ON_KUBERNETES, "5B9BD5",
            Disposition.KEEP_AS_VM, "FFC000",
            Disposition.RETIRE_CANDIDATE, "A5A5A5",
            Disposition.INSUFFICIENT_DATA, "FF7C80");

    private DispositionChart() {
    }

    /**
     * Draws the chart in {@code area}.
     *
     * @param labels the Dispositions table's label cells (one column)
     * @param counts the Dispositions table's workload cells (one column)
     */
    static void draw(XSSFSheet sheet, CellRangeAddress area, List<Disposition> dispositions, long[] workloads,
                     CellRangeAddress labels, CellRangeAddress counts) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0,
                area.getFirstColumn(), area.getFirstRow(), area.getLastColumn() + 1, area.getLastRow() + 1);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(TITLE);
        chart.setTitleOverlay(false);

        XDDFCategoryAxis categories = chart.createCategoryAxis(AxisPosition.LEFT);
        categories.setOrientation(AxisOrientation.MAX_MIN);   // first disposition on top, as in the table
        XDDFValueAxis values = chart.createValueAxis(AxisPosition.BOTTOM);
        values.setCrosses(AxisCrosses.MAX);   // with the categories reversed, keeps the value axis at the bottom
        values.setCrossBetween(AxisCrossBetween.BETWEEN);

        String[] names = dispositions.stream().map(Disposition::label).toArray(String[]::new);
        Long[] counted = new Long[workloads.length];
        for (int i = 0; i < workloads.length; i++) {
            counted[i] = workloads[i];
        }
        String sheetName = sheet.getSheetName();
        XDDFCategoryDataSource x = XDDFDataSourcesFactory.fromArray(names, reference(sheetName, labels));
        XDDFNumericalDataSource<Long> y = XDDFDataSourcesFactory.fromArray(counted, reference(sheetName, counts));

        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categories, values);
        data.setBarDirection(BarDirection.BAR);
        data.setVaryColors(false);
        data.setGapWidth(60);
        XDDFBarChartData.Series series = (XDDFBarChartData.Series) data.addSeries(x, y);
        series.setTitle("Workloads", null);
        for (int i = 0; i < dispositions.size(); i++) {
            series.getDataPoint(i).setFillProperties(fill(COLORS.get(dispositions.get(i))));
        }
        CTDLbls labelsOnBars = series.getCTBarSer().addNewDLbls();
        labelsOnBars.addNewShowLegendKey().setVal(false);
        labelsOnBars.addNewShowVal().setVal(true);
        labelsOnBars.addNewShowCatName().setVal(false);
        labelsOnBars.addNewShowSerName().setVal(false);
        labelsOnBars.addNewShowPercent().setVal(false);
        labelsOnBars.addNewShowBubbleSize().setVal(false);
        chart.plot(data);
    }

    private static XDDFSolidFillProperties fill(String rgb) {
        return new XDDFSolidFillProperties(XDDFColor.from(ReportStyles.color(rgb).getRGB()));
    }

    private static String reference(String sheet, CellRangeAddress range) {
        return range.formatAsString(sheet, true);
    }
}
