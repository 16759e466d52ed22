package io.fleetfit.report;

import io.fleetfit.assessment.Disposition;
import io.fleetfit.assessment.FitnessTier;
import io.fleetfit.assessment.LifecycleCatalog;
import io.fleetfit.assessment.Severity;
import io.fleetfit.summary.MigrationWave;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;

/**
 * Every cell style of the report, created once per workbook before any row is written (a
 * workbook holds at most 64,000 styles, so styles are never created per cell).
 */
final class ReportStyles {

    static final String FONT = "Calibri";
    static final String DARK_BLUE = "1F4E78";
    static final String BORDER_GREY = "BFBFBF";

    /** A fill and a font colour, as RGB hex. */
    record Tint(String fill, String font) {
    }

    /** The colours of labelled values: the same meaning has the same colour on every sheet. */
    static final Map<Object, Tint> TINTS = tints();

    private static Map<Object, Tint> tints() {
        Tint green = new Tint("C6EFCE", "006100");
        Tint lightGreen = new Tint("E2EFDA", "375623");
        Tint blue = new Tint("DDEBF7", "1F4E78");
        Tint amber = new Tint("FFEB9C", "7F4F00");
        Tint paleAmber = new Tint("FFF2CC", "7F6000");
        Tint orange = new Tint("F8CBAD", "833C0B");
        Tint red = new Tint("FFC7CE", "9C0006");
        Tint grey = new Tint("E7E6E6", "3A3838");
        // a sober violet: apart from the greens (containers), blue (KubeVirt), amber (stays a VM) and grey (retire)
        Tint violet = new Tint("E4DFEC", "5B3F86");
        // declaration order: styles are created in this order, so a report's style indices (and so its
        // bytes) are the same from run to run (Map.copyOf's iteration order changes with every JVM)
        Map<Object, Tint> m = new LinkedHashMap<>();
        m.put(Disposition.CONTAINERIZE, green);
        m.put(Disposition.CONTAINERIZE_AFTER_REMEDIATION, lightGreen);
        m.put(Disposition.VM_ON_KUBERNETES, blue);
        m.put(Disposition.KEEP_AS_VM, amber);
        m.put(Disposition.REPLACE, violet);
        m.put(Disposition.RETIRE_CANDIDATE, grey);
        m.put(Disposition.INSUFFICIENT_DATA, red);
        m.put(FitnessTier.EXCELLENT, green);
        m.put(FitnessTier.GOOD, lightGreen);
        m.put(FitnessTier.MINOR_WORK, paleAmber);
        m.put(FitnessTier.MODERATE_WORK, amber);
        m.put(FitnessTier.MAJOR_WORK, orange);
        m.put(FitnessTier.NO_FIT, red);
        m.put(FitnessTier.INSUFFICIENT_DATA, grey);
        m.put(Severity.INFO, new Tint("F2F2F2", "404040"));
        m.put(Severity.MINOR, paleAmber);
        m.put(Severity.MODERATE, amber);
        m.put(Severity.MAJOR, orange);
        m.put(Severity.BLOCKER, red);
        m.put(DataQualityStatus.UNREADABLE_FILE, red);
        m.put(DataQualityStatus.REJECTED, red);
        m.put(DataQualityStatus.TEMPLATE_EXCLUDED, grey);
        m.put(DataQualityStatus.SYSTEM_VM_EXCLUDED, grey);
        m.put(DataQualityStatus.WARNING, amber);
        m.put(DataQualityStatus.POSSIBLE_DUPLICATE, amber);
        m.put(DataQualityStatus.UNMATCHED_ATTRIBUTES, amber);
        m.put(LifecycleCatalog.Status.SUPPORTED, green);
        m.put(LifecycleCatalog.Status.EXTENDED_SUPPORT_ONLY, amber);
        m.put(LifecycleCatalog.Status.PAST_SUPPORT, red);
        m.put(LifecycleCatalog.Status.UNKNOWN, grey);
        m.put(MethodSheet.Enabled.NO, grey);
        m.put(MigrationWave.QUICK_WINS, green);
        m.put(MigrationWave.REMEDIATE, lightGreen);
        m.put(MigrationWave.VM_ON_KUBERNETES, blue);
        m.put(MigrationWave.DECIDE_LAST, grey);
        return Collections.unmodifiableMap(m);
    }

    final CellStyle title;
    final CellStyle subtitle;
    final CellStyle section;
    final CellStyle header;
    final CellStyle label;
    final CellStyle note;
    /** A note that wraps within the cells merged for it (above a table). */
    final CellStyle wrappedNote;
    private final Map<CellFormat, CellStyle> body = new EnumMap<>(CellFormat.class);
    private final Map<CellFormat, CellStyle> total = new EnumMap<>(CellFormat.class);
    private final Map<CellFormat, CellStyle> fact = new EnumMap<>(CellFormat.class);
    private final Map<Object, CellStyle> tinted = new HashMap<>();
    /** A body cell that links to another place of the report: blue and underlined, as links look. */
    private final CellStyle link;

    ReportStyles(Workbook wb) {
        XSSFFont plain = font(wb, 11, false, null);
        XSSFFont bold = font(wb, 11, true, null);
        title = plain(wb, font(wb, 18, true, DARK_BLUE));
        subtitle = plain(wb, font(wb, 11, false, "595959"));
        section = plain(wb, font(wb, 13, true, DARK_BLUE));
        label = plain(wb, bold);
        note = plain(wb, plain);
        note.setVerticalAlignment(VerticalAlignment.TOP);
        XSSFCellStyle w = plain(wb, plain);
        w.setVerticalAlignment(VerticalAlignment.TOP);
        w.setWrapText(true);
        wrappedNote = w;

        XSSFCellStyle h = bordered(wb, font(wb, 11, true, "FFFFFF"));
        fill(h, DARK_BLUE);
        h.setWrapText(true);
        h.setVerticalAlignment(VerticalAlignment.CENTER);
        header = h;

        for (CellFormat f : CellFormat.values()) {
            body.put(f, formatted(wb, bordered(wb, plain), f));
            XSSFCellStyle t = formatted(wb, bordered(wb, bold), f);
            t.setBorderTop(BorderStyle.MEDIUM);
            t.setTopBorderColor(color(DARK_BLUE));
            fill(t, "F2F2F2");
            total.put(f, t);
            XSSFCellStyle v = formatted(wb, plain(wb, plain), f);
            v.setAlignment(HorizontalAlignment.LEFT);
            fact.put(f, v);
        }
        TINTS.forEach((value, tint) -> {
            XSSFCellStyle s = formatted(wb, bordered(wb, font(wb, 11, false, tint.font())), CellFormat.TINT);
            fill(s, tint.fill());
            tinted.put(value, s);
        });
        // created last, so the other styles keep their indices
        XSSFFont underlined = font(wb, 11, false, LINK_BLUE);
        underlined.setUnderline(org.apache.poi.ss.usermodel.Font.U_SINGLE);
        link = formatted(wb, bordered(wb, underlined), CellFormat.TEXT);
    }

    /** Office's colour of a hyperlink. */
    static final String LINK_BLUE = "0563C1";

    /** The style of a body cell: the format's, the value's colour for {@link CellFormat#TINT}, or a link's. */
    CellStyle body(CellFormat format, Object value) {
        if (value instanceof Link) {
            return link;
        }
        if (format == CellFormat.TINT && value != null) {
            CellStyle s = tinted.get(value);
            if (s != null) {
                return s;
            }
        }
        return body.get(format);
    }

    /** The style of a cell in a total row: bold, with a rule above. */
    CellStyle total(CellFormat format) {
        return total.get(format);
    }

    /** The style of a value beside its label, such as the assessment date: unboxed, left-aligned. */
    CellStyle fact(CellFormat format) {
        return fact.get(format);
    }

    private static XSSFCellStyle formatted(Workbook wb, XSSFCellStyle s, CellFormat f) {
        s.setDataFormat(wb.createDataFormat().getFormat(f.numberFormat()));
        s.setWrapText(f.wrap());
        s.setVerticalAlignment(VerticalAlignment.TOP);
        return s;
    }

    private static XSSFCellStyle plain(Workbook wb, XSSFFont font) {
        XSSFCellStyle s = (XSSFCellStyle) wb.createCellStyle();
        s.setFont(font);
        return s;
    }

    private static XSSFCellStyle bordered(Workbook wb, XSSFFont font) {
        XSSFCellStyle s = plain(wb, font);
        XSSFColor grey = color(BORDER_GREY);
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        s.setTopBorderColor(grey);
        s.setBottomBorderColor(grey);
        s.setLeftBorderColor(grey);
        s.setRightBorderColor(grey);
        return s;
    }

    private static void fill(XSSFCellStyle s, String rgb) {
        s.setFillForegroundColor(color(rgb));
        s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }

    private static XSSFFont font(Workbook wb, int points, boolean bold, String rgb) {
        XSSFFont f = (XSSFFont) wb.createFont();
        f.setFontName(FONT);
        f.setFontHeightInPoints((short) points);
        f.setBold(bold);
        if (rgb != null) {
            f.setColor(color(rgb));
        }
        return f;
    }

    static XSSFColor color(String rgb) {
        return new XSSFColor(new byte[] {
                (byte) Integer.parseInt(rgb.substring(0, 2), 16),
                (byte) Integer.parseInt(rgb.substring(2, 4), 16),
                (byte) Integer.parseInt(rgb.substring(4, 6), 16)}, null);
    }
}
