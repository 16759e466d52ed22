package io.fleetfit.tools.generate;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Writes a workbook the way RVTools 4.7 writes its export (with the .NET Open XML SDK), part for
 * part: the same part names, zip order and relationships; every element in the {@code x:}
 * namespace prefix; every cell of a row written, an empty one as {@code <x:c r=".." s=".." t="s" />};
 * text as shared strings numbered in order of first use (or, on request, as inline strings);
 * integers as {@code t="n"} with the {@code #,##0} style; dates as serial numbers with the
 * {@code yyyy/MM/dd HH:mm:ss} style and no type; RVTools' twelve cell styles.
 *
 * <p>Sheets are given as a list of {@link Sheet}s, each a header and a source of rows whose cells
 * a column function computes. The workbook's parts before the sheets need every sheet's row count
 * and, with shared strings, the whole strings table, so the rows are produced twice: once to count
 * and collect strings, once to write. Row sources must therefore produce the same rows each time.
 */
final class OpenXmlWorkbook {

    /** The kind of a column: its style, and the style of its header cell. */
    enum Kind {
        TEXT(2, 5), DATE(3, 6), NUMBER(4, 7), DECIMAL4(8, 9), DECIMAL2(10, 11), META(0, 0);

        final int style;
        final int headerStyle;

        Kind(int style, int headerStyle) {
            this.style = style;
            this.headerStyle = headerStyle;
        }
    }

    /** A column: header text, kind and the function from a row's source object to its cell value. */
    record Column<C>(String header, Kind kind, Function<C, Object> value) {
    }

    /**
     * One sheet: its name, columns, and its rows, produced anew by {@code rows} each time it is
     * called. A cell value is a {@link String}, an {@link Integer} or {@link Long} (a number cell),
     * a {@link Double} (a number cell, 15 significant digits), a {@link LocalDateTime} (a date), a
     * {@link Boolean} (the text True or False, as RVTools writes booleans) or {@code null} (an
     * empty cell).
     */
    record Sheet<C>(String name, List<Column<C>> columns, Iterable<C> rows, boolean frozen) {
    }

    static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    static final String REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String BOM = "\uFEFF";
    private static final String XML_DECL = "<?xml version=\"1.0\" encoding=\"utf-8\"?>";
    /** Excel's day 0: serial numbers count days from here. */
    private static final LocalDateTime EXCEL_EPOCH = LocalDateTime.of(1899, 12, 30, 0, 0);
    private static final MathContext SIGNIFICANT_15 = new MathContext(15);
    private static final int DATE_META_STYLE = 12;

    private final boolean sharedStrings;
    private final LocalDateTime created;
    private final String corePropertiesName;
    private final Map<String, Integer> strings = new HashMap<>();
    private final List<String> stringList = new ArrayList<>();

    /**
     * @param sharedStrings text as a shared-strings table (as RVTools writes it), else inline
     * @param created the creation time stamped on the parts and core properties
     * @param corePropertiesName the hex name of the core-properties part, as the SDK makes one up
     */
    OpenXmlWorkbook(boolean sharedStrings, LocalDateTime created, String corePropertiesName) {
        this.sharedStrings = sharedStrings;
        this.created = created;
        this.corePropertiesName = corePropertiesName;
    }

    /** Writes the workbook and returns the data rows (below the header) per sheet, in sheet order. */
    Map<String, Integer> write(OutputStream out, List<Sheet<?>> sheets) throws IOException {
        // each sheet's rows and strings in order of first use, sheets side by side; then one table
        List<Collected> collected = sheets.parallelStream().map(this::collect).toList();
        Map<String, Integer> rows = new LinkedHashMap<>();
        for (int i = 0; i < sheets.size(); i++) {
            rows.put(sheets.get(i).name(), collected.get(i).rows());
            for (String s : collected.get(i).strings()) {
                if (strings.putIfAbsent(s, stringList.size()) == null) {
                    stringList.add(s);
                }
            }
        }
        collected = null;
        // the sheets are deflated side by side too; the parts are then written in RVTools' order
        List<Part> sheetParts = IntStream.range(0, sheets.size()).parallel()
                .mapToObj(i -> deflated("xl/worksheets/sheet" + (i + 1) + ".xml", x -> sheet(x, sheets.get(i), rows.get(sheets.get(i).name()))))
                .toList();
        List<Part> parts = new ArrayList<>();
        parts.add(deflated("xl/workbook.xml", x -> workbook(x, sheets, rows)));
        parts.add(stored("_rels/.rels", packageRels()));
        parts.add(deflated("docProps/app.xml", x -> app(x, sheets)));
        if (sharedStrings) {
            parts.add(deflated("xl/sharedStrings.xml", this::sharedStringsPart));
        }
        parts.add(deflated("xl/_rels/workbook.xml.rels", x -> workbookRels(x, sheets.size())));
        parts.add(deflated("xl/styles.xml", this::styles));
        parts.addAll(sheetParts);
        parts.add(deflated("package/services/metadata/core-properties/" + corePropertiesName + ".psmdcp", this::coreProperties));
        parts.add(deflated("[Content_Types].xml", x -> contentTypes(x, sheets.size())));
        new ZipWriter(out, created).write(parts);
        return rows;
    }

    /** The shared strings in table order (empty when strings are written inline). */
    List<String> sharedStrings() {
        return List.copyOf(stringList);
    }

    /** A sheet's data rows and, with shared strings, its distinct strings in order of first use. */
    private record Collected(int rows, List<String> strings) {
    }

    private <C> Collected collect(Sheet<C> sheet) {
        Set<String> seen = new HashSet<>();
        List<String> order = new ArrayList<>();
        if (sharedStrings) {
            for (Column<C> column : sheet.columns()) {
                if (seen.add(column.header())) {
                    order.add(column.header());
                }
            }
        }
        int n = 0;
        for (C row : sheet.rows()) {
            n++;
            if (sharedStrings) {
                for (Column<C> column : sheet.columns()) {
                    Object value = column.value().apply(row);
                    String s = value instanceof String t ? t : value instanceof Boolean b ? text(b) : null;
                    if (s != null && seen.add(s)) {
                        order.add(s);
                    }
                }
            }
        }
        return new Collected(n, order);
    }

    private static String text(Boolean b) {
        return b ? "True" : "False";
    }

    @FunctionalInterface
    private interface PartBody {
        void write(Xml xml) throws IOException;
    }

    /** A zip entry, its data deflated (raw, as in a zip) or stored, with the CRC and size of the data. */
    record Part(String name, byte[] data, boolean deflated, long crc, long size) {
    }

    private static Part deflated(String name, PartBody body) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(1 << 16);
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        CRC32 crc = new CRC32();
        try {
            CountingStream counted = new CountingStream(new java.util.zip.DeflaterOutputStream(bytes, deflater, 1 << 16));
            java.util.zip.CheckedOutputStream checked = new java.util.zip.CheckedOutputStream(counted, crc);
            Xml xml = new Xml(checked);
            body.write(xml);
            xml.flush();
            checked.close();
            return new Part(name, bytes.toByteArray(), true, crc.getValue(), counted.count);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } finally {
            deflater.end();
        }
    }

    /** A part the SDK stores uncompressed (the package relationships). */
    private static Part stored(String name, String content) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return new Part(name, bytes, false, crc.getValue(), bytes.length);
    }

    /** Counts the bytes written through it. */
    private static final class CountingStream extends java.io.FilterOutputStream {
        long count;

        CountingStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }

    /**
     * Writes parts whose data is already deflated as a zip: local headers with CRC and sizes, no
     * data descriptors, UTF-8 names, every entry stamped with one time. No ZIP64: a part of 4 GiB
     * or more is refused.
     */
    private static final class ZipWriter {
        private final java.io.DataOutputStream out;
        private final int dosTime;
        private final int dosDate;
        private long offset;

        ZipWriter(OutputStream out, LocalDateTime time) {
            this.out = new java.io.DataOutputStream(out);
            this.dosTime = time.getHour() << 11 | time.getMinute() << 5 | time.getSecond() / 2;
            this.dosDate = (time.getYear() - 1980) << 9 | time.getMonthValue() << 5 | time.getDayOfMonth();
        }

        void write(List<Part> parts) throws IOException {
            long[] offsets = new long[parts.size()];
            for (int i = 0; i < parts.size(); i++) {
                Part p = parts.get(i);
                if (p.size() >= 0xFFFF_FFFFL || p.data().length >= 0xFFFF_FFFFL || offset >= 0xFFFF_FFFFL) {
                    throw new IOException(p.name() + ": 4 GiB or more; this writer has no ZIP64");
                }
                offsets[i] = offset;
                header(0x04034b50, p, -1);
                out.write(p.data());
                offset += p.data().length;
            }
            long directory = offset;
            for (int i = 0; i < parts.size(); i++) {
                header(0x02014b50, parts.get(i), offsets[i]);
            }
            long directorySize = offset - directory;
            intLe(0x06054b50);
            shortLe(0);
            shortLe(0);
            shortLe(parts.size());
            shortLe(parts.size());
            intLe((int) directorySize);
            intLe((int) directory);
            shortLe(0);
            out.flush();
        }

        /** A local header ({@code localOffset} -1) or a central directory entry. */
        private void header(int signature, Part p, long localOffset) throws IOException {
            byte[] name = p.name().getBytes(StandardCharsets.UTF_8);
            boolean central = localOffset >= 0;
            intLe(signature);
            if (central) {
                shortLe(20);                    // made by: version 2.0
            }
            shortLe(20);                        // needed to extract: version 2.0
            shortLe(0x0800);                    // names in UTF-8
            shortLe(p.deflated() ? 8 : 0);
            shortLe(dosTime);
            shortLe(dosDate);
            intLe((int) p.crc());
            intLe(p.data().length);
            intLe((int) p.size());
            shortLe(name.length);
            shortLe(0);                         // extra field
            if (central) {
                shortLe(0);                     // comment
                shortLe(0);                     // disk
                shortLe(0);                     // internal attributes
                intLe(0);                       // external attributes
                intLe((int) localOffset);
            }
            out.write(name);
            offset += (central ? 46 : 30) + name.length;
        }

        private void intLe(int v) throws IOException {
            out.writeInt(Integer.reverseBytes(v));
        }

        private void shortLe(int v) throws IOException {
            out.writeShort(Short.reverseBytes((short) v));
        }
    }

    private void workbook(Xml x, List<Sheet<?>> sheets, Map<String, Integer> rows) throws IOException {
        x.ascii(XML_DECL).ascii("<x:workbook xmlns:r=\"" + REL_NS + "\" xmlns:x=\"" + MAIN_NS + "\">")
                .ascii("<x:fileSharing /><x:workbookPr codeName=\"ThisWorkbook\" /><x:bookViews>"
                        + "<x:workbookView firstSheet=\"0\" activeTab=\"0\" /></x:bookViews><x:sheets>");
        for (int i = 0; i < sheets.size(); i++) {
            x.ascii("<x:sheet name=\"").text(sheets.get(i).name()).ascii("\" sheetId=\"").num(i + 2)
                    .ascii("\" r:id=\"rId").num(i + 2).ascii("\" />");
        }
        x.ascii("</x:sheets><x:definedNames>");
        for (int i = 0; i < sheets.size(); i++) {
            Sheet<?> sheet = sheets.get(i);
            if (!sheet.frozen()) {
                continue;                       // vMetaData has no filter
            }
            x.ascii("<x:definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"").num(i)
                    .ascii("\" hidden=\"1\">").text(sheet.name()).ascii("!$A$1:$")
                    .ascii(columnName(sheet.columns().size() - 1)).ascii("$").num(rows.get(sheet.name()) + 1L)
                    .ascii("</x:definedName>");
        }
        x.ascii("</x:definedNames><x:calcPr calcId=\"125725\" /></x:workbook>");
    }

    private String packageRels() {
        return BOM + XML_DECL + ("<Relationships xmlns=\"" + PKG_REL_NS + "\">"
                + "<Relationship Type=\"" + REL_NS + "/officeDocument\" Target=\"/xl/workbook.xml\" Id=\"R"
                + corePropertiesName.substring(0, 16) + "\" />"
                + "<Relationship Type=\"" + REL_NS + "/extended-properties\" Target=\"/docProps/app.xml\" Id=\"rId1\" />"
                + "<Relationship Type=\"" + PKG_REL_NS + "/metadata/core-properties\" Target=\"/package/services/metadata/core-properties/"
                + corePropertiesName + ".psmdcp\" Id=\"R" + corePropertiesName.substring(16) + "\" /></Relationships>");
    }

    private void app(Xml x, List<Sheet<?>> sheets) throws IOException {
        x.ascii(XML_DECL).ascii("<ap:Properties xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\""
                + " xmlns:ap=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
                + "<ap:Application>Microsoft Excel</ap:Application><ap:TitlesOfParts><vt:vector baseType=\"lpstr\" size=\"")
                .num(sheets.size() * 3L).ascii("\">");
        for (Sheet<?> sheet : sheets) {
            x.ascii("<vt:lpstr>").text(sheet.name()).ascii("</vt:lpstr>");
        }
        for (Sheet<?> sheet : sheets) {
            x.ascii("<vt:lpstr>").text(sheet.name()).ascii("!Print_Area</vt:lpstr><vt:lpstr>").text(sheet.name())
                    .ascii("!Print_Titles</vt:lpstr>");
        }
        x.ascii("</vt:vector></ap:TitlesOfParts><ap:HeadingPairs><vt:vector baseType=\"variant\" size=\"4\">"
                + "<vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>").num(sheets.size())
                .ascii("</vt:i4></vt:variant><vt:variant><vt:lpstr>Named Ranges</vt:lpstr></vt:variant><vt:variant><vt:i4>")
                .num(sheets.size() * 2L).ascii("</vt:i4></vt:variant></vt:vector></ap:HeadingPairs>"
                        + "<ap:DocSecurity>0</ap:DocSecurity><ap:ScaleCrop>false</ap:ScaleCrop></ap:Properties>");
    }

    private void sharedStringsPart(Xml x) throws IOException {
        x.ascii(XML_DECL).ascii("<x:sst count=\"").num(stringList.size()).ascii("\" uniqueCount=\"").num(stringList.size())
                .ascii("\" xmlns:x=\"" + MAIN_NS + "\">");
        for (String s : stringList) {
            x.ascii(preserve(s) ? "<x:si><x:t xml:space=\"preserve\">" : "<x:si><x:t>").text(s).ascii("</x:t></x:si>");
        }
        x.ascii("</x:sst>");
    }

    private static boolean preserve(String s) {
        return !s.isEmpty() && (Character.isWhitespace(s.charAt(0)) || Character.isWhitespace(s.charAt(s.length() - 1)));
    }

    private void workbookRels(Xml x, int sheetCount) throws IOException {
        x.text(BOM).ascii(XML_DECL).ascii("<Relationships xmlns=\"" + PKG_REL_NS + "\">");
        if (sharedStrings) {
            x.ascii("<Relationship Type=\"" + REL_NS + "/sharedStrings\" Target=\"/xl/sharedStrings.xml\" Id=\"rId")
                    .num(sheetCount + 2).ascii("\" />");
        }
        x.ascii("<Relationship Type=\"" + REL_NS + "/styles\" Target=\"/xl/styles.xml\" Id=\"rId").num(sheetCount + 3)
                .ascii("\" />");
        for (int i = 0; i < sheetCount; i++) {
            x.ascii("<Relationship Type=\"" + REL_NS + "/worksheet\" Target=\"/xl/worksheets/sheet").num(i + 1)
                    .ascii(".xml\" Id=\"rId").num(i + 2).ascii("\" />");
        }
        x.ascii("</Relationships>");
    }

    /** RVTools' fonts, fills and twelve cell formats (see {@link Kind} for which column takes which). */
    private void styles(Xml x) throws IOException {
        String protection = "<x:protection locked=\"1\" hidden=\"0\" />";
        x.ascii(XML_DECL).ascii("<x:styleSheet xmlns:x=\"" + MAIN_NS + "\"><x:numFmts count=\"6\">"
                + "<x:numFmt numFmtId=\"0\" formatCode=\"\" /><x:numFmt numFmtId=\"165\" formatCode=\"@\" />"
                + "<x:numFmt numFmtId=\"166\" formatCode=\"yyyy/MM/dd HH:mm:ss\" /><x:numFmt numFmtId=\"167\" formatCode=\"#,##0\" />"
                + "<x:numFmt numFmtId=\"168\" formatCode=\"#,##0.0000\" /><x:numFmt numFmtId=\"169\" formatCode=\"#,##0.00\" />"
                + "</x:numFmts><x:fonts count=\"3\">"
                + "<x:font><x:vertAlign val=\"baseline\" /><x:sz val=\"11\" /><x:color rgb=\"FF000000\" /><x:name val=\"Calibri\" /><x:family val=\"2\" /></x:font>"
                + "<x:font><x:vertAlign val=\"baseline\" /><x:sz val=\"9\" /><x:color rgb=\"FF000000\" /><x:name val=\"Verdana\" /><x:family val=\"2\" /></x:font>"
                + "<x:font><x:b /><x:vertAlign val=\"baseline\" /><x:sz val=\"9\" /><x:color rgb=\"FFFFFFFF\" /><x:name val=\"Verdana\" /><x:family val=\"2\" /></x:font>"
                + "</x:fonts><x:fills count=\"3\"><x:fill><x:patternFill patternType=\"none\" /></x:fill>"
                + "<x:fill><x:patternFill patternType=\"gray125\" /></x:fill>"
                + "<x:fill><x:patternFill patternType=\"solid\"><x:fgColor rgb=\"FF000000\" /></x:patternFill></x:fill></x:fills>"
                + "<x:borders count=\"1\"><x:border diagonalUp=\"0\" diagonalDown=\"0\"><x:left style=\"none\"><x:color rgb=\"FF000000\" /></x:left>"
                + "<x:right style=\"none\"><x:color rgb=\"FF000000\" /></x:right><x:top style=\"none\"><x:color rgb=\"FF000000\" /></x:top>"
                + "<x:bottom style=\"none\"><x:color rgb=\"FF000000\" /></x:bottom><x:diagonal style=\"none\"><x:color rgb=\"FF000000\" /></x:diagonal>"
                + "</x:border></x:borders>");
        // numFmtId, fontId, fillId, horizontal alignment of cell formats 0-12
        String[][] formats = {{"0", "0", "0", "general"}, {"0", "1", "0", "general"}, {"165", "1", "0", "left"},
            {"166", "1", "0", "right"}, {"167", "1", "0", "right"}, {"165", "2", "2", "left"}, {"166", "2", "2", "left"},
            {"167", "2", "2", "left"}, {"168", "1", "0", "right"}, {"168", "2", "2", "left"}, {"169", "1", "0", "right"},
            {"169", "2", "2", "left"}, {"22", "0", "0", "general"}};
        x.ascii("<x:cellStyleXfs count=\"").num(formats.length).ascii("\">");
        for (String[] f : formats) {
            x.ascii("<x:xf numFmtId=\"" + f[0] + "\" fontId=\"" + f[1] + "\" fillId=\"" + f[2] + "\" borderId=\"0\""
                    + " applyNumberFormat=\"1\" applyFill=\"" + ("2".equals(f[2]) ? "0" : "1") + "\" applyBorder=\"0\""
                    + " applyAlignment=\"1\" applyProtection=\"1\">" + protection + "</x:xf>");
        }
        x.ascii("</x:cellStyleXfs><x:cellXfs count=\"").num(formats.length).ascii("\">");
        for (String[] f : formats) {
            x.ascii("<x:xf numFmtId=\"" + f[0] + "\" fontId=\"" + f[1] + "\" fillId=\"" + f[2] + "\" borderId=\"0\" xfId=\"0\""
                    + " applyNumberFormat=\"1\" applyFill=\"" + ("2".equals(f[2]) ? "0" : "1") + "\" applyBorder=\"0\""
                    + " applyAlignment=\"1\" applyProtection=\"1\"><x:alignment horizontal=\"" + f[3] + "\" vertical=\"bottom\""
                    + " textRotation=\"0\" wrapText=\"0\" indent=\"0\" relativeIndent=\"0\" justifyLastLine=\"0\""
                    + " shrinkToFit=\"0\" readingOrder=\"0\" />" + protection + "</x:xf>");
        }
        x.ascii("</x:cellXfs><x:cellStyles count=\"1\"><x:cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\" />"
                + "</x:cellStyles><x:dxfs count=\"0\" /></x:styleSheet>");
    }

    private <C> void sheet(Xml x, Sheet<C> sheet, int dataRows) throws IOException {
        List<Column<C>> columns = sheet.columns();
        int n = columns.size();
        byte[][] refs = new byte[n][];
        for (int c = 0; c < n; c++) {
            refs[c] = columnName(c).getBytes(StandardCharsets.US_ASCII);
        }
        String last = columnName(n - 1);
        long lastRow = dataRows + 1L;
        x.ascii(XML_DECL).ascii("<x:worksheet xmlns:r=\"" + REL_NS + "\" xmlns:x=\"" + MAIN_NS + "\">"
                + "<x:sheetPr><x:outlinePr summaryBelow=\"1\" summaryRight=\"1\" /></x:sheetPr><x:dimension ref=\"A1:")
                .ascii(last).num(lastRow).ascii("\" /><x:sheetViews>");
        if (sheet.frozen()) {
            x.ascii("<x:sheetView workbookViewId=\"0\"><x:pane xSplit=\"1\" ySplit=\"1\" topLeftCell=\"B2\""
                    + " activePane=\"bottomRight\" state=\"frozenSplit\" /></x:sheetView>");
        } else {
            x.ascii("<x:sheetView workbookViewId=\"0\" />");
        }
        x.ascii("</x:sheetViews><x:sheetFormatPr defaultRowHeight=\"15\" /><x:cols>");
        if (sheet.frozen()) {
            x.ascii("<x:col min=\"").num(n + 1).ascii("\" max=\"16384\" width=\"9.140625\" style=\"1\" customWidth=\"1\" />");
        }
        for (int c = 0; c < n; c++) {
            Column<C> column = columns.get(c);
            x.ascii("<x:col min=\"").num(c + 1).ascii("\" max=\"").num(c + 1).ascii("\" width=\"")
                    .ascii(String.format(Locale.ROOT, "%.6f", 8.0 + column.header().length() * 0.95))
                    .ascii("\" style=\"").num(column.kind().style).ascii("\" customWidth=\"1\" />");
        }
        x.ascii("</x:cols><x:sheetData>");
        byte[] spans = ("\" spans=\"1:" + n + "\">").getBytes(StandardCharsets.US_ASCII);
        x.ascii("<x:row r=\"1").bytes(spans);
        for (int c = 0; c < n; c++) {
            Column<C> column = columns.get(c);
            cell(x, refs[c], 1, column.kind() == Kind.META ? 0 : column.kind().headerStyle, column.header());
        }
        x.ascii("</x:row>");
        long r = 1;
        for (C row : sheet.rows()) {
            r++;
            x.ascii("<x:row r=\"").num(r).bytes(spans);
            for (int c = 0; c < n; c++) {
                Column<C> column = columns.get(c);
                Object value = column.value().apply(row);
                int style = column.kind() == Kind.META && value instanceof LocalDateTime ? DATE_META_STYLE : column.kind().style;
                cell(x, refs[c], r, style, value);
            }
            x.ascii("</x:row>");
        }
        if (r != lastRow) {
            throw new IllegalStateException(sheet.name() + ": " + (r - 1) + " rows written, " + dataRows + " counted");
        }
        x.ascii("</x:sheetData>");
        if (sheet.frozen()) {
            x.ascii("<x:autoFilter ref=\"A1:").ascii(last).num(lastRow).ascii("\" />");
        }
        x.ascii("<x:printOptions horizontalCentered=\"0\" verticalCentered=\"0\" headings=\"0\" gridLines=\"0\" />"
                + "<x:pageMargins left=\"0.75\" right=\"0.75\" top=\"0.75\" bottom=\"0.5\" header=\"0.5\" footer=\"0.75\" />"
                + "<x:pageSetup paperSize=\"1\" scale=\"100\" pageOrder=\"downThenOver\" orientation=\"default\""
                + " blackAndWhite=\"0\" draft=\"0\" cellComments=\"none\" errors=\"displayed\" />"
                + "<x:headerFooter /><x:tableParts count=\"0\" /></x:worksheet>");
    }

    private void cell(Xml x, byte[] ref, long row, int style, Object value) throws IOException {
        x.ascii("<x:c r=\"").bytes(ref).num(row).ascii("\" s=\"").num(style);
        if (value == null) {
            x.ascii("\" t=\"s\" />");
        } else if (value instanceof String || value instanceof Boolean) {
            String s = value instanceof Boolean b ? text(b) : (String) value;
            if (sharedStrings) {
                x.ascii("\" t=\"s\"><x:v>").num(strings.get(s)).ascii("</x:v></x:c>");
            } else {
                x.ascii(preserve(s) ? "\" t=\"inlineStr\"><x:is><x:t xml:space=\"preserve\">" : "\" t=\"inlineStr\"><x:is><x:t>")
                        .text(s).ascii("</x:t></x:is></x:c>");
            }
        } else if (value instanceof Integer || value instanceof Long) {
            x.ascii("\" t=\"n\"><x:v>").num(((Number) value).longValue()).ascii("</x:v></x:c>");
        } else if (value instanceof Double d) {
            x.ascii("\" t=\"n\"><x:v>").ascii(decimal(d)).ascii("</x:v></x:c>");
        } else if (value instanceof LocalDateTime date) {
            x.ascii("\"><x:v>").ascii(decimal(serial(date))).ascii("</x:v></x:c>");
        } else {
            throw new IllegalArgumentException("no cell type for " + value.getClass().getSimpleName());
        }
    }

    /** A date as Excel's serial number: days since 1899-12-30, the time as a fraction of a day. */
    static double serial(LocalDateTime date) {
        return ChronoUnit.SECONDS.between(EXCEL_EPOCH, date) / 86_400.0;
    }

    /** A number as .NET writes a double: at most 15 significant digits, no exponent, no trailing zeros. */
    static String decimal(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        return new BigDecimal(d).round(SIGNIFICANT_15).stripTrailingZeros().toPlainString();
    }

    private void coreProperties(Xml x) throws IOException {
        String stamp = created + ".0000000Z";
        x.text(BOM).ascii(XML_DECL).ascii("<coreProperties xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
                + " xmlns:dcterms=\"http://purl.org/dc/terms/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
                + " xmlns=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\">"
                + "<dcterms:created xsi:type=\"dcterms:W3CDTF\">" + stamp + "</dcterms:created>"
                + "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">" + stamp + "</dcterms:modified></coreProperties>");
    }

    private void contentTypes(Xml x, int sheetCount) throws IOException {
        String ml = "application/vnd.openxmlformats-officedocument.spreadsheetml.";
        x.text(BOM).ascii(XML_DECL).ascii("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"xml\" ContentType=\"" + ml + "sheet.main+xml\" />"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\" />"
                + "<Default Extension=\"psmdcp\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\" />"
                + "<Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\" />");
        if (sharedStrings) {
            x.ascii("<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"" + ml + "sharedStrings+xml\" />");
        }
        x.ascii("<Override PartName=\"/xl/styles.xml\" ContentType=\"" + ml + "styles+xml\" />");
        for (int i = 0; i < sheetCount; i++) {
            x.ascii("<Override PartName=\"/xl/worksheets/sheet").num(i + 1).ascii(".xml\" ContentType=\"" + ml + "worksheet+xml\" />");
        }
        x.ascii("</Types>");
    }

    /** A column's letters: 0 is A, 25 Z, 26 AA. */
    static String columnName(int index) {
        StringBuilder s = new StringBuilder();
        for (int i = index + 1; i > 0; i = (i - 1) / 26) {
            s.insert(0, (char) ('A' + (i - 1) % 26));
        }
        return s.toString();
    }

    /** A byte buffer in front of the zip stream: ASCII markup, escaped UTF-8 text and decimal numbers without garbage. */
    private static final class Xml {
        private final OutputStream out;
        private byte[] buf = new byte[1 << 16];
        private int pos;

        Xml(OutputStream out) {
            this.out = out;
        }

        private void room(int n) throws IOException {
            if (pos + n > buf.length) {
                flush();
                if (n > buf.length) {
                    buf = new byte[n];
                }
            }
        }

        void flush() throws IOException {
            out.write(buf, 0, pos);
            pos = 0;
        }

        Xml ascii(String s) throws IOException {
            int n = s.length();
            room(n);
            for (int i = 0; i < n; i++) {
                buf[pos++] = (byte) s.charAt(i);
            }
            return this;
        }

        Xml bytes(byte[] b) throws IOException {
            room(b.length);
            System.arraycopy(b, 0, buf, pos, b.length);
            pos += b.length;
            return this;
        }

        Xml num(long v) throws IOException {
            room(20);
            if (v < 0) {
                buf[pos++] = '-';
                v = -v;
            }
            int start = pos;
            do {
                buf[pos++] = (byte) ('0' + v % 10);
                v /= 10;
            } while (v > 0);
            for (int i = start, j = pos - 1; i < j; i++, j--) {
                byte t = buf[i];
                buf[i] = buf[j];
                buf[j] = t;
            }
            return this;
        }

        /** Text content or an attribute value: {@code & < > "} escaped, UTF-8 encoded. */
        Xml text(String s) throws IOException {
            int n = s.length();
            room(n * 6);
            for (int i = 0; i < n; i++) {
                char ch = s.charAt(i);
                if (ch < 0x80) {
                    switch (ch) {
                        case '&' -> put("&amp;");
                        case '<' -> put("&lt;");
                        case '>' -> put("&gt;");
                        case '"' -> put("&quot;");
                        default -> buf[pos++] = (byte) ch;
                    }
                } else if (ch < 0x800) {
                    buf[pos++] = (byte) (0xC0 | ch >> 6);
                    buf[pos++] = (byte) (0x80 | ch & 0x3F);
                } else if (Character.isHighSurrogate(ch) && i + 1 < n) {
                    int cp = Character.toCodePoint(ch, s.charAt(++i));
                    buf[pos++] = (byte) (0xF0 | cp >> 18);
                    buf[pos++] = (byte) (0x80 | cp >> 12 & 0x3F);
                    buf[pos++] = (byte) (0x80 | cp >> 6 & 0x3F);
                    buf[pos++] = (byte) (0x80 | cp & 0x3F);
                } else {
                    buf[pos++] = (byte) (0xE0 | ch >> 12);
                    buf[pos++] = (byte) (0x80 | ch >> 6 & 0x3F);
                    buf[pos++] = (byte) (0x80 | ch & 0x3F);
                }
            }
            return this;
        }

        private void put(String entity) {
            for (int i = 0; i < entity.length(); i++) {
                buf[pos++] = (byte) entity.charAt(i);
            }
        }
    }
}
