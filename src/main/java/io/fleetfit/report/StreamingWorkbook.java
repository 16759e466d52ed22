package io.fleetfit.report;

import java.io.File;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.openxml4j.util.ZipEntrySource;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.apache.poi.xssf.usermodel.XSSFHyperlink;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * POI's streaming workbook with a faster sheet writer. SXSSF escapes every cell's text one
 * character at a time into a {@link java.io.BufferedWriter}, whose every {@code write(int)} takes a
 * lock: a third of a large report's writing time went there. The sheets' temporary files are
 * written through an unsynchronised buffer instead, and gzipped at the fastest level (they are
 * read back once, when the workbook is written). The XML is the same, byte for byte. They, and
 * POI's other temporary files, go to a folder of this process's own ({@link PrivateTempFiles}).
 *
 * <p>The workbook itself is deflated at the fastest level too. At zip's default level (6),
 * compressing a 10,000-workload report's 29 MB of sheet XML took 207 ms, a third of the report's
 * time; at level 1 it takes 74 ms, and the sheets take 3.97 MB instead of 2.76 MB (level 4 would
 * take 118 ms for 3.24 MB). A report is written once per run and read by a person: the time
 * mattered more than the megabyte.
 */
final class StreamingWorkbook extends SXSSFWorkbook {

    static {
        PrivateTempFiles.install();
    }

    /**
     * The location of the one POI hyperlink a sheet with links gets, so that POI writes a
     * {@code <hyperlinks>} element where the schema wants it in the sheet's template; the
     * template is given the sheet's {@link Links} in its place when the workbook is written.
     */
    static final String PLACEHOLDER = "fleetfit-links-placeholder";

    private final Links links = new Links();

    StreamingWorkbook(int rowWindow) {
        super(new XSSFWorkbook(), rowWindow, true);
    }

    /** The internal hyperlinks, written with the workbook. */
    Links links() {
        return links;
    }

    /** Makes the cell at {@code row}, {@code column} of {@code sheet} a link; nothing when the sheet is {@link Links#full}. */
    void link(String sheet, int row, int column, Link link) {
        if (!links.any(sheet)) {
            XSSFHyperlink placeholder = getXSSFWorkbook().getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
            placeholder.setAddress(PLACEHOLDER);
            placeholder.setCellReference("A1");
            getXSSFWorkbook().getSheet(sheet).addHyperlink(placeholder);
        }
        links.add(sheet, row, column, link);
    }

    @Override
    protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream stream) {
        ZipArchiveOutputStream zip = super.createArchiveOutputStream(stream);
        zip.setLevel(Deflater.BEST_SPEED);
        return zip;
    }

    /**
     * SXSSF copies each sheet's template (the sheet without its rows: a few KiB of columns, formats
     * and print settings) around the streamed rows. A sheet with links gets its template with the
     * placeholder's {@code <hyperlinks>} element replaced by the sheet's links.
     */
    @Override
    protected void injectData(ZipEntrySource templates, OutputStream out) throws IOException {
        super.injectData(new ZipEntrySource() {
            @Override
            public java.util.Enumeration<? extends ZipArchiveEntry> getEntries() {
                return templates.getEntries();
            }

            @Override
            public ZipArchiveEntry getEntry(String path) {
                return templates.getEntry(path);
            }

            @Override
            public InputStream getInputStream(ZipArchiveEntry entry) throws IOException {
                InputStream in = templates.getInputStream(entry);
                XSSFSheet sheet = getSheetFromZipEntryName(entry.getName());
                if (sheet == null || !links.any(sheet.getSheetName())) {
                    return in;
                }
                String xml;
                try (in) {
                    xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
                return new java.io.ByteArrayInputStream(withLinks(xml, links.xml(sheet.getSheetName()), sheet.getSheetName())
                        .getBytes(StandardCharsets.UTF_8));
            }

            @Override
            public void close() throws IOException {
                templates.close();
            }

            @Override
            public boolean isClosed() {
                return templates.isClosed();
            }
        }, out);
    }

    /** A sheet's XML with the placeholder's {@code <hyperlinks>} element replaced by {@code hyperlinks}. */
    static String withLinks(String xml, String hyperlinks, String sheet) {
        int token = xml.indexOf(PLACEHOLDER);
        int start = token < 0 ? -1 : xml.lastIndexOf("<hyperlinks", token);
        String close = "</hyperlinks>";
        int end = token < 0 ? -1 : xml.indexOf(close, token);
        if (start < 0 || end < 0) {
            throw new IllegalStateException("the hyperlinks of sheet " + sheet + " have no place in its XML");
        }
        return xml.substring(0, start) + hyperlinks + xml.substring(end + close.length());
    }

    @Override
    protected SheetDataWriter createSheetDataWriter() throws IOException {
        return new FastSheetDataWriter();
    }

    /**
     * Temporary sheet data: gzip level 1, written through {@link UnsyncWriter}; text, number and
     * blank cells written without the garbage of POI's writer, which made a {@code CellReference}
     * and two strings for every cell's address and an {@code IntStream} and a {@code char[]} per
     * character for every text. The bytes are POI's (the report's golden files hold them): text as
     * inline strings, since this workbook keeps no shared-strings table; the other cell types go to
     * POI's own code.
     */
    static final class FastSheetDataWriter extends SheetDataWriter {

        /** Column letters by index, made as the sheets reach them. */
        private String[] columns = new String[32];
        /** The row being written, 1-based, as text: written once per cell. */
        private String rowNumber = "";
        private final char[] digits = new char[11];

        FastSheetDataWriter() throws IOException {
            super();
        }

        /** For tests: a sheet writer over any writer. */
        FastSheetDataWriter(Writer out) throws IOException {
            super(out);
        }

        @Override
        public void writeRow(int rownum, SXSSFRow row) throws IOException {
            rowNumber = Integer.toString(rownum + 1);
            super.writeRow(rownum, row);
        }

        @Override
        public void writeCell(int columnIndex, Cell cell) throws IOException {
            if (cell == null) {
                return;
            }
            CellType type = cell.getCellType();
            if (type != CellType.STRING && type != CellType.NUMERIC && type != CellType.BLANK) {
                super.writeCell(columnIndex, cell);
                return;
            }
            _out.write("<c r=\"");
            _out.write(column(columnIndex));
            _out.write(rowNumber);
            _out.write('"');
            int style = cell.getCellStyle().getIndex() & 0xffff;
            if (style != 0) {
                _out.write(" s=\"");
                writeInt(style);
                _out.write('"');
            }
            switch (type) {
                case BLANK -> _out.write('>');
                case NUMERIC -> {
                    _out.write(" t=\"n\"><v>");
                    writeNumber(cell.getNumericCellValue());
                    _out.write("</v>");
                }
                default -> {
                    String text = cell.getStringCellValue();
                    _out.write(" t=\"inlineStr\"><is><t");
                    _out.write(spaceAtAnEnd(text) ? " xml:space=\"preserve\">" : ">");
                    outputEscapedString(text);
                    _out.write("</t></is>");
                }
            }
            _out.write("</c>");
        }

        private String column(int index) {
            if (index >= columns.length) {
                columns = Arrays.copyOf(columns, Math.max(index + 1, columns.length * 2));
            }
            String letters = columns[index];
            if (letters == null) {
                letters = CellReference.convertNumToColString(index);
                columns[index] = letters;
            }
            return letters;
        }

        /**
         * {@link Double#toString}'s characters: whole numbers below ten million (counts, vCPU,
         * scores, most sizes) as their digits and ".0" without its conversion, which costs a
         * thread-local look-up and a buffer per number; the others as it writes them.
         */
        private void writeNumber(double d) throws IOException {
            if (d >= 0 && d < 1e7 && d == (int) d && Double.doubleToRawLongBits(d) != NEGATIVE_ZERO) {
                writeInt((int) d);
                _out.write(".0");
            } else if (d < 0 && d > -1e7 && d == (int) d) {
                _out.write('-');
                writeInt((int) -d);
                _out.write(".0");
            } else {
                _out.write(Double.toString(d));
            }
        }

        private static final long NEGATIVE_ZERO = Double.doubleToRawLongBits(-0.0);

        private void writeInt(int value) throws IOException {
            int at = digits.length;
            do {
                digits[--at] = (char) ('0' + value % 10);
                value /= 10;
            } while (value > 0);
            _out.write(digits, at, digits.length - at);
        }

        private static boolean spaceAtAnEnd(String text) {
            return text != null && !text.isEmpty() && (Character.isWhitespace(text.charAt(0))
                    || Character.isWhitespace(text.charAt(text.length() - 1)));
        }

        /**
         * POI's escaping, a run of plain characters at a time: {@code < > & "} as entities, tab,
         * line feed, carriage return and no-break space as character references, other controls and
         * U+FFFE/U+FFFF as {@code ?}, everything else (surrogates too, paired or not) as it is.
         */
        @Override
        protected void outputEscapedString(String s) throws IOException {
            if (s == null) {
                return;
            }
            int plain = 0;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                String escaped = switch (c) {
                    case '<' -> "&lt;";
                    case '>' -> "&gt;";
                    case '&' -> "&amp;";
                    case '"' -> "&quot;";
                    case '\n' -> "&#xa;";
                    case '\r' -> "&#xd;";
                    case '\t' -> "&#x9;";
                    case '\u00A0' -> "&#xa0;";
                    default -> c < ' ' || c >= '\uFFFE' ? "?" : null;
                };
                if (escaped != null) {
                    if (i > plain) {
                        _out.write(s, plain, i - plain);
                    }
                    _out.write(escaped);
                    plain = i + 1;
                }
            }
            if (s.length() > plain) {
                _out.write(s, plain, s.length() - plain);
            }
        }

        @Override
        public Writer createWriter(File fd) throws IOException {
            return new UnsyncWriter(new OutputStreamWriter(decorateOutputStream(new FileOutputStream(fd)), StandardCharsets.UTF_8));
        }

        @Override
        protected OutputStream decorateOutputStream(FileOutputStream fos) throws IOException {
            return new GZIPOutputStream(fos, 1 << 16) {
                {
                    def.setLevel(Deflater.BEST_SPEED);
                }
            };
        }

        @Override
        protected InputStream decorateInputStream(FileInputStream fis) throws IOException {
            return new GZIPInputStream(fis, 1 << 16);
        }
    }

    /** A character buffer in front of a writer, without the lock {@code BufferedWriter} takes per call. */
    static final class UnsyncWriter extends Writer {
        private final Writer out;
        private final char[] buffer = new char[1 << 14];
        private int used;

        UnsyncWriter(Writer out) {
            this.out = out;
        }

        @Override
        public void write(int c) throws IOException {
            if (used == buffer.length) {
                drain();
            }
            buffer[used++] = (char) c;
        }

        @Override
        public void write(char[] chars, int off, int len) throws IOException {
            if (len > buffer.length - used) {
                drain();
                if (len > buffer.length) {
                    out.write(chars, off, len);
                    return;
                }
            }
            System.arraycopy(chars, off, buffer, used, len);
            used += len;
        }

        @Override
        public void write(String s, int off, int len) throws IOException {
            if (len > buffer.length - used) {
                drain();
                if (len > buffer.length) {
                    out.write(s, off, len);
                    return;
                }
            }
            s.getChars(off, off + len, buffer, used);
            used += len;
        }

        private void drain() throws IOException {
            if (used > 0) {
                out.write(buffer, 0, used);
                used = 0;
            }
        }

        @Override
        public void flush() throws IOException {
            drain();
            out.flush();
        }

        @Override
        public void close() throws IOException {
            drain();
            out.close();
        }
    }
}
