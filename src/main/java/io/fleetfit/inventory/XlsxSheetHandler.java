package io.fleetfit.inventory;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;

/**
 * Turns a worksheet part's XML into rows of text cells, formatted as POI's
 * {@code XSSFSheetXMLHandler} formats them (cached formula results, never formulas; numbers
 * through {@link DataFormatter} with the cell's number format), but without building a rich-text
 * object per shared string and with a shortcut for whole numbers in the General format, the most
 * common numeric cells of an RVTools export. Cells are placed by their references; gaps are null.
 */
final class XlsxSheetHandler implements StaxParts.Handler {

    /** Whole numbers of up to ten digits look the same in the General format as in the XML (less any ".0"). */
    private static final int GENERAL_PLAIN_DIGITS = 10;

    private final CompactSharedStrings strings;
    private final StylesTable styles;
    private final DataFormatter formatter;
    private final WorkbookSheets.SheetRows rows;
    private final List<String> cells = new ArrayList<>();
    private final StringBuilder value = new StringBuilder();
    /** Per cell style index: its number format, resolved once. */
    private final List<NumberFormat> formats = new ArrayList<>();

    private boolean inSheetData;
    private boolean inCell;
    private boolean inInline;
    private boolean capture;
    private int phonetic;
    private long rowNumber;
    private int nextColumn;
    private int column;
    private char type;
    private int style;
    /** The columns the consumer reads formatted, asked once a row ({@link WorkbookSheets.SheetRows#formatted}). */
    private BitSet formatted;

    XlsxSheetHandler(CompactSharedStrings strings, StylesTable styles, DataFormatter formatter, WorkbookSheets.SheetRows rows) {
        this.strings = strings;
        this.styles = styles;
        this.formatter = formatter;
        this.rows = rows;
    }

    @Override
    public void start(String localName, XMLStreamReader attributes) {
        switch (localName) {
            case "sheetData" -> inSheetData = true;
            case "row" -> {
                if (inSheetData) {
                    String r = StaxParts.attribute(attributes, "r");
                    rowNumber = r == null ? rowNumber + 1 : parseRowNumber(r, rowNumber + 1);
                    cells.clear();
                    nextColumn = 0;
                    formatted = rows.formatted();
                }
            }
            case "c" -> {
                if (inSheetData) {
                    inCell = true;
                    String ref = StaxParts.attribute(attributes, "r");
                    column = ref == null ? nextColumn : XlsxInventoryReader.columnOf(ref);
                    if (column < 0) {
                        column = nextColumn;
                    }
                    type = cellType(StaxParts.attribute(attributes, "t"));
                    String s = StaxParts.attribute(attributes, "s");
                    style = s == null ? -1 : parseStyle(s);
                    value.setLength(0);
                }
            }
            case "v" -> capture = inCell;
            case "is" -> inInline = inCell;
            case "rPh" -> phonetic++;
            case "t" -> capture = inInline && phonetic == 0;
            default -> {
            }
        }
    }

    @Override
    public void end(String localName) {
        switch (localName) {
            case "v", "t" -> capture = false;
            case "is" -> inInline = false;
            case "rPh" -> phonetic--;
            case "c" -> {
                if (inCell) {
                    inCell = false;
                    String text = text();
                    while (cells.size() <= column) {
                        cells.add(null);
                    }
                    cells.set(column, text);
                    nextColumn = column + 1;
                }
            }
            case "row" -> {
                if (inSheetData) {
                    rows.row(rowNumber, cells);
                }
            }
            case "sheetData" -> inSheetData = false;
            default -> {
            }
        }
    }

    @Override
    public void text(char[] ch, int start, int length) {
        if (capture) {
            value.append(ch, start, length);
        }
    }

    /** s: shared string, i: inline string, b: boolean, e: error, f: formula text, d: ISO date, n: number. */
    private static char cellType(String t) {
        if (t == null) {
            return 'n';
        }
        return switch (t) {
            case "s" -> 's';
            case "inlineStr" -> 'i';
            case "b" -> 'b';
            case "e" -> 'e';
            case "str" -> 'f';
            case "d" -> 'd';
            default -> 'n';
        };
    }

    private String text() {
        if (value.length() == 0) {
            return null;
        }
        return switch (type) {
            case 's' -> {
                try {
                    yield strings.get(Integer.parseInt(value.toString().strip()));
                } catch (NumberFormatException e) {
                    yield null;
                }
            }
            case 'b' -> value.charAt(0) == '0' ? "FALSE" : "TRUE";
            case 'n' -> formatted == null || formatted.get(column) ? number(value.toString()) : value.toString();
            case 'i', 'f' -> ExcelText.decode(value.toString());
            default -> value.toString();
        };
    }

    private String number(String raw) {
        NumberFormat format = format(style);
        if (format == null || format.pattern == null) {
            return raw;
        }
        if (format.general) {
            String integer = plainInteger(raw);
            if (integer != null) {
                return integer;
            }
        }
        try {
            return formatter.formatRawCellContents(Double.parseDouble(raw), format.index, format.pattern);
        } catch (NumberFormatException e) {
            return raw;
        }
    }

    /** The number format of a style index (-1: no style attribute, which means the default style 0). */
    private NumberFormat format(int styleIndex) {
        if (styles == null || styles.getNumCellStyles() == 0) {
            return null;
        }
        int index = Math.max(styleIndex, 0);
        while (formats.size() <= index) {
            formats.add(null);
        }
        NumberFormat format = formats.get(index);
        if (format == null) {
            XSSFCellStyle cellStyle = styles.getStyleAt(index);
            if (cellStyle == null) {
                cellStyle = styles.getStyleAt(0);
            }
            short formatIndex = cellStyle.getDataFormat();
            String pattern = cellStyle.getDataFormatString();
            if (pattern == null) {
                pattern = BuiltinFormats.getBuiltinFormat(formatIndex);
            }
            format = new NumberFormat(formatIndex, pattern,
                    formatIndex == 0 || (pattern != null && pattern.equalsIgnoreCase("General")));
            formats.set(index, format);
        }
        return format;
    }

    /** "12288" and "12288.0" (as POI writes whole numbers) give "12288"; anything else null. */
    private static String plainInteger(String raw) {
        int end = raw.endsWith(".0") ? raw.length() - 2 : raw.length();
        int start = raw.charAt(0) == '-' ? 1 : 0;
        int digits = end - start;
        if (digits == 0 || digits > GENERAL_PLAIN_DIGITS) {
            return null;
        }
        for (int i = start; i < end; i++) {
            char c = raw.charAt(i);
            if (c < '0' || c > '9') {
                return null;
            }
        }
        if (end == raw.length()) {
            return raw;
        }
        return digits == 1 && raw.charAt(start) == '0' ? "0" : raw.substring(0, end);
    }

    private static long parseRowNumber(String r, long fallback) {
        try {
            return Long.parseLong(r);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static int parseStyle(String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private record NumberFormat(short index, String pattern, boolean general) {
    }
}
