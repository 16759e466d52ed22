package io.fleetfit.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.ConditionalFormatting;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A workbook as text, for golden files: the document properties, then per sheet a line of its
 * settings (frozen panes, autofilter, conditional formats, print titles, paper) and one line per
 * non-empty cell: {@code Sheet!A1 = formatted value (number format)}, plus the fill colour when
 * the cell has one and the hyperlink's target when it is a link. Newlines in values appear as {@code \n}.
 */
public final class WorkbookDump {

    private WorkbookDump() {
    }

    public static String of(byte[] xlsx) {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            List<String> lines = new ArrayList<>();
            lines.add(properties(wb.getProperties().getCoreProperties()));
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                XSSFSheet sheet = wb.getSheetAt(i);
                lines.add("");
                lines.add(settings(sheet));
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        String value = formatter.formatCellValue(cell);
                        if (cell.getCellType() == CellType.BLANK || value.isEmpty()) {
                            continue;
                        }
                        lines.add(sheet.getSheetName() + "!" + cell.getAddress() + " = "
                                + value.replace("\r", "\\r").replace("\n", "\\n")
                                + " (" + cell.getCellStyle().getDataFormatString() + ")" + fill((XSSFCellStyle) cell.getCellStyle())
                                + (cell.getHyperlink() == null ? "" : " link=" + cell.getHyperlink().getAddress()));
                    }
                }
            }
            return String.join("\n", lines) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String properties(POIXMLProperties.CoreProperties core) {
        return "# properties: title=" + core.getTitle() + " | subject=" + core.getSubject() + " | creator=" + core.getCreator()
                + " | keywords=" + core.getKeywords() + " | category=" + core.getCategory()
                + " | created=" + (core.getCreated() == null ? "none" : core.getCreated().toInstant().atOffset(ZoneOffset.UTC))
                + " | modified=" + (core.getModified() == null ? "none" : core.getModified().toInstant().atOffset(ZoneOffset.UTC));
    }

    private static String settings(XSSFSheet sheet) {
        PaneInformation pane = sheet.getPaneInformation();
        String frozen = pane != null && pane.isFreezePane()
                ? new CellReference(pane.getHorizontalSplitTopRow(), pane.getVerticalSplitLeftColumn()).formatAsString()
                : "none";
        String filter = sheet.getCTWorksheet().isSetAutoFilter() ? sheet.getCTWorksheet().getAutoFilter().getRef() : "none";
        CellRangeAddress titles = sheet.getRepeatingRows();
        return "# sheet " + sheet.getSheetName()
                + " | frozen=" + frozen
                + " | autofilter=" + filter
                + " | conditional=" + conditional(sheet.getSheetConditionalFormatting())
                + " | charts=" + charts(sheet)
                + " | print titles=" + (titles == null ? "none" : titles.formatAsString())
                + (sheet.getRepeatingColumns() == null ? "" : "," + sheet.getRepeatingColumns().formatAsString())
                + " | print area=" + printArea(sheet)
                + " | paper=" + paper(sheet.getPrintSetup().getPaperSize())
                + " | landscape=" + sheet.getPrintSetup().getLandscape()
                + " | fit=" + (sheet.getFitToPage() ? sheet.getPrintSetup().getFitWidth() + "x" + sheet.getPrintSetup().getFitHeight() : "no");
    }

    private static String paper(short size) {
        return switch (size) {
            case org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE -> "A4";
            case org.apache.poi.ss.usermodel.PrintSetup.LETTER_PAPERSIZE -> "Letter";
            default -> String.valueOf(size);
        };
    }

    private static String printArea(XSSFSheet sheet) {
        String area = sheet.getWorkbook().getPrintArea(sheet.getWorkbook().getSheetIndex(sheet));
        return area == null ? "none" : area;
    }

    private static String charts(XSSFSheet sheet) {
        XSSFDrawing drawing = sheet.getDrawingPatriarch();
        if (drawing == null || drawing.getCharts().isEmpty()) {
            return "none";
        }
        List<String> charts = new ArrayList<>();
        for (XSSFChart chart : drawing.getCharts()) {
            String title = chart.getTitle() == null ? "" : chart.getTitle().getBody().getParagraph(0).getText();
            List<String> series = new ArrayList<>();
            for (XDDFChartData data : chart.getChartSeries()) {
                for (int i = 0; i < data.getSeriesCount(); i++) {
                    XDDFChartData.Series s = data.getSeries(i);
                    List<String> points = new ArrayList<>();
                    for (int p = 0; p < s.getCategoryData().getPointCount(); p++) {
                        points.add(s.getCategoryData().getPointAt(p) + "=" + s.getValuesData().getPointAt(p));
                    }
                    series.add(s.getCategoryData().getDataRangeReference() + " -> " + s.getValuesData().getDataRangeReference()
                            + " [" + String.join(", ", points) + "]");
                }
            }
            charts.add(title + ": " + String.join("; ", series));
        }
        return String.join(" / ", charts);
    }

    private static String conditional(SheetConditionalFormatting formatting) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < formatting.getNumConditionalFormattings(); i++) {
            ConditionalFormatting cf = formatting.getConditionalFormattingAt(i);
            List<String> ranges = new ArrayList<>();
            for (CellRangeAddress r : cf.getFormattingRanges()) {
                ranges.add(r.formatAsString());
            }
            List<String> rules = new ArrayList<>();
            for (int j = 0; j < cf.getNumberOfRules(); j++) {
                rules.add(String.valueOf(cf.getRule(j).getConditionType()));
            }
            parts.add(String.join(",", ranges) + " " + String.join(",", rules));
        }
        return parts.isEmpty() ? "none" : String.join("; ", parts);
    }

    private static String fill(XSSFCellStyle style) {
        if (style.getFillPattern() != FillPatternType.SOLID_FOREGROUND) {
            return "";
        }
        XSSFColor color = style.getFillForegroundColorColor();
        return color == null || color.getARGBHex() == null ? "" : " fill=" + color.getARGBHex().substring(2);
    }
}
