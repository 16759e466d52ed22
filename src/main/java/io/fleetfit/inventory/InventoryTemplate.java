package io.fleetfit.inventory;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * fleetfit's own inventory template: a blank workbook a consultant sends to a client who has no
 * RVTools export. Sheet "Inventory" has one column per fact fleetfit uses, each header with a
 * comment saying what to enter and an example, drop-down lists where the values are enumerated and
 * whole-number checks on sizes; sheet "Instructions" explains the rest. A filled-in template is read
 * back like any inventory: {@link HeaderMap} recognises its headers ({@link SourceFormat#FLEETFIT_TEMPLATE}).
 * The columns themselves are declared in {@link TemplateColumns}.
 */
public final class InventoryTemplate {

    public static final String SHEET = "Inventory";
    public static final String INSTRUCTIONS_SHEET = "Instructions";
    /** Drop-down lists and number checks cover rows 2 to this row. */
    public static final int LAST_ROW = 5000;

    private static final List<String> INSTRUCTIONS = List.of(
            "fleetfit inventory template",
            "",
            "Fill in one row per virtual machine on the sheet \"" + SHEET + "\", from row 2 on. Keep the header row"
                    + " as it is: fleetfit recognises the file by its headers.",
            "Only \"VM name\" is required. Fill in what you know and leave the rest empty: an empty cell is read as"
                    + " \"not known\", never guessed.",
            "Point at a header to see what to enter, with an example. Power state, Template, Environment, Data"
                    + " classification and Isolation requirement offer a drop-down list.",
            "Sizes are in MiB: 1 GiB = 1024 MiB, so 8 GiB of memory is 8192.",
            "Give the OS as vCenter names it, with edition and bitness (\"Microsoft Windows Server 2019 (64-bit)\","
                    + " \"Red Hat Enterprise Linux 8 (64-bit)\"); put the release in \"OS version\" when the OS"
                    + " does not name it (\"Ubuntu Linux (64-bit)\" and 22.04).",
            "You may add columns of your own (for example \"Backup\" or \"Compliance\"): they are kept with the VM"
                    + " and searched for isolation needs such as PCI DSS or DMZ.",
            "Drop-down lists and number checks cover rows 2 to " + LAST_ROW + ". For more VMs, use a second file.",
            "Send the file back as .xlsx.");

    private InventoryTemplate() {
    }

    /** Writes the blank template as .xlsx; the stream is left open. */
    public static void write(OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.getProperties().getCoreProperties().setTitle("fleetfit inventory template");
            writeInventorySheet(workbook);
            writeInstructionsSheet(workbook);
            workbook.write(out);
        }
    }

    /** The template's headers, in column order. */
    public static List<String> headers() {
        return TemplateColumns.headers();
    }

    private static void writeInventorySheet(XSSFWorkbook workbook) {
        XSSFSheet sheet = workbook.createSheet(SHEET);
        CellStyle headerStyle = headerStyle(workbook);
        CellStyle textStyle = workbook.createCellStyle();
        textStyle.setDataFormat(workbook.createDataFormat().getFormat("@"));
        CreationHelper factory = workbook.getCreationHelper();
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        DataValidationHelper validations = sheet.getDataValidationHelper();
        Row row = sheet.createRow(0);
        for (int i = 0; i < TemplateColumns.COLUMNS.size(); i++) {
            TemplateColumns.Column column = TemplateColumns.COLUMNS.get(i);
            Cell cell = row.createCell(i);
            cell.setCellValue(column.header());
            cell.setCellStyle(headerStyle);

            ClientAnchor anchor = factory.createClientAnchor();
            anchor.setCol1(i);
            anchor.setCol2(i + 3);
            anchor.setRow1(0);
            anchor.setRow2(5);
            Comment comment = drawing.createCellComment(anchor);
            comment.setString(factory.createRichTextString(comment(column)));
            comment.setAuthor("fleetfit");
            cell.setCellComment(comment);

            sheet.setColumnWidth(i, Math.min(255, column.width()) * 256);
            if (!column.wholeNumber()) {
                // names, UUIDs and versions stay as typed ("22.04" is not 22.04)
                sheet.setDefaultColumnStyle(i, textStyle);
            }
            DataValidationConstraint constraint = null;
            String error = null;
            if (!column.choices().isEmpty()) {
                constraint = validations.createExplicitListConstraint(column.choices().toArray(String[]::new));
                error = "Choose one of: " + String.join(", ", column.choices()) + ".";
            } else if (column.wholeNumber()) {
                constraint = validations.createIntegerConstraint(DataValidationConstraint.OperatorType.GREATER_OR_EQUAL,
                        "0", null);
                error = "Enter a whole number, e.g. " + column.example() + ".";
            }
            if (constraint != null) {
                DataValidation validation = validations.createValidation(constraint,
                        new CellRangeAddressList(1, LAST_ROW - 1, i, i));
                validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
                validation.createErrorBox(column.header(), error);
                validation.setShowErrorBox(true);
                // XSSF inverts this flag: true shows the drop-down arrow (POI's XSSFDataValidation Javadoc)
                validation.setSuppressDropDownArrow(!column.choices().isEmpty());
                sheet.addValidationData(validation);
            }
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, 0, 0, TemplateColumns.COLUMNS.size() - 1));
    }

    private static void writeInstructionsSheet(XSSFWorkbook workbook) {
        XSSFSheet sheet = workbook.createSheet(INSTRUCTIONS_SHEET);
        CellStyle wrap = workbook.createCellStyle();
        wrap.setWrapText(true);
        wrap.setVerticalAlignment(VerticalAlignment.TOP);
        CellStyle title = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        bold.setFontHeightInPoints((short) 14);
        title.setFont(bold);
        sheet.setColumnWidth(0, 110 * 256);
        for (int i = 0; i < INSTRUCTIONS.size(); i++) {
            Cell cell = sheet.createRow(i).createCell(0);
            cell.setCellValue(INSTRUCTIONS.get(i));
            cell.setCellStyle(i == 0 ? title : wrap);
        }
        Row legend = sheet.createRow(INSTRUCTIONS.size() + 1);
        legend.createCell(0).setCellValue("Column: what to enter (example)");
        legend.getCell(0).setCellStyle(title);
        for (int i = 0; i < TemplateColumns.COLUMNS.size(); i++) {
            TemplateColumns.Column column = TemplateColumns.COLUMNS.get(i);
            Cell cell = sheet.createRow(INSTRUCTIONS.size() + 2 + i).createCell(0);
            cell.setCellValue(column.header() + ": " + column.help() + " (" + column.example() + ")");
            cell.setCellStyle(wrap);
        }
    }

    private static CellStyle headerStyle(XSSFWorkbook workbook) {
        CellStyle style = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        style.setFont(font);
        style.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        style.setBorderBottom(BorderStyle.THIN);
        style.setWrapText(true);
        style.setVerticalAlignment(VerticalAlignment.TOP);
        return style;
    }

    private static String comment(TemplateColumns.Column column) {
        StringBuilder sb = new StringBuilder(column.help());
        if (!column.choices().isEmpty()) {
            sb.append("\nChoose: ").append(String.join(", ", column.choices())).append('.');
        }
        sb.append("\nExample: ").append(column.example());
        return sb.toString();
    }
}
