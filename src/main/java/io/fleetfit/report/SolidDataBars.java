package io.fleetfit.report;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCfRule;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTConditionalFormatting;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTExtension;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTWorksheet;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STCfType;

/**
 * Makes a sheet's data bars solid. The data bar of the 2006 schema, the one POI writes, has no
 * fill style, and Excel and LibreOffice draw it as a gradient that fades to white, which prints
 * washed out. Excel 2010 added the fill style in an extension: the rule names an id in its own
 * {@code extLst}, and the worksheet's {@code extLst} holds an {@code x14:cfRule} of that id whose
 * {@code x14:dataBar} says {@code gradient="0"}. POI has no model of the x14 part, so it is
 * written as XML here. Excel reads it; LibreOffice's import reads it too (its
 * {@code ExtCfDataBarRule::importDataBar} takes {@code gradient}, defaulting to true).
 */
final class SolidDataBars {

    /** The bars' colour, RGB hex. */
    static final String COLOR = "9BC2E6";

    /** Extension of a rule: the id of its x14 rule. */
    static final String RULE_EXT_URI = "{B025F937-C7B1-47D3-B67F-A62EFF666E3E}";
    /** Extension of a worksheet: its x14 conditional formats. */
    static final String SHEET_EXT_URI = "{78C0D931-6437-407d-A8EE-F0AAD7539E65}";
    static final String X14 = "http://schemas.microsoft.com/office/spreadsheetml/2009/9/main";
    static final String XM = "http://schemas.microsoft.com/office/excel/2006/main";

    private SolidDataBars() {
    }

    /**
     * Gives the data bar rule over {@code range}, already added to the sheet, its solid x14 twin;
     * the bar spans the whole cell at the maximum and none at the minimum.
     */
    static void make(XSSFSheet sheet, CellRangeAddress range) {
        CTWorksheet ws = sheet.getCTWorksheet();
        CTCfRule rule = null;
        for (CTConditionalFormatting cf : ws.getConditionalFormattingArray()) {
            for (CTCfRule r : cf.getCfRuleArray()) {
                if (r.getType() == STCfType.DATA_BAR && cf.getSqref().contains(range.formatAsString())) {
                    rule = r;
                }
            }
        }
        if (rule == null) {
            throw new IllegalStateException("no data bar over " + range.formatAsString() + " on " + sheet.getSheetName());
        }
        // an id of the sheet and range: the same report gives the same bytes
        String id = "{" + UUID.nameUUIDFromBytes((sheet.getSheetName() + "!" + range.formatAsString()).getBytes(StandardCharsets.UTF_8))
                .toString().toUpperCase(Locale.ROOT) + "}";
        rule.getDataBar().setMinLength(0);
        rule.getDataBar().setMaxLength(100);
        CTExtension ruleExt = (rule.isSetExtLst() ? rule.getExtLst() : rule.addNewExtLst()).addNewExt();
        ruleExt.setUri(RULE_EXT_URI);
        append(ruleExt, "<x14:id xmlns:x14=\"" + X14 + "\">" + id + "</x14:id>");

        CTExtension sheetExt = (ws.isSetExtLst() ? ws.getExtLst() : ws.addNewExtLst()).addNewExt();
        sheetExt.setUri(SHEET_EXT_URI);
        append(sheetExt, "<x14:conditionalFormattings xmlns:x14=\"" + X14 + "\" xmlns:xm=\"" + XM + "\">"
                + "<x14:conditionalFormatting>"
                + "<x14:cfRule type=\"dataBar\" id=\"" + id + "\">"
                + "<x14:dataBar minLength=\"0\" maxLength=\"100\" gradient=\"0\">"
                + "<x14:cfvo type=\"num\"><xm:f>0</xm:f></x14:cfvo>"
                + "<x14:cfvo type=\"num\"><xm:f>100</xm:f></x14:cfvo>"
                + "<x14:fillColor rgb=\"FF" + COLOR + "\"/>"
                + "</x14:dataBar>"
                + "</x14:cfRule>"
                + "<xm:sqref>" + range.formatAsString() + "</xm:sqref>"
                + "</x14:conditionalFormatting>"
                + "</x14:conditionalFormattings>");
    }

    /** Appends an element, given as XML, to the end of {@code parent}'s content. */
    private static void append(XmlObject parent, String xml) {
        try (XmlCursor source = XmlObject.Factory.parse(xml).newCursor(); XmlCursor target = parent.newCursor()) {
            source.toFirstChild();
            target.toEndToken();
            source.copyXml(target);
        } catch (XmlException e) {
            throw new IllegalStateException("bad x14 XML: " + xml, e);
        }
    }
}
