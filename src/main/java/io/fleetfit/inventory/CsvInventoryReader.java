package io.fleetfit.inventory;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.ICSVParser;
import com.opencsv.RFC4180ParserBuilder;
import com.opencsv.exceptions.CsvException;
import io.fleetfit.assessment.SourceRef;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.poifs.filesystem.FileMagic;

/**
 * Reads a VM inventory exported as CSV (the RVTools vInfo tab, an Azure Migrate or AWS Migration
 * Hub import file, or any list with a VM column): the delimiter (comma, semicolon or tab) taken from
 * the header line, quoted fields that may span lines. The encoding is UTF-8 (a byte order mark
 * ignored), UTF-16 when a byte order mark says so, and Windows-1252, as Excel writes "CSV" on
 * Western Windows, when the first 64 KiB are not valid UTF-8. A semicolon-delimited file is one a
 * European Excel wrote, so its numbers may carry decimal commas. The header is row 1, so the n-th
 * record is row n, as a spreadsheet would number it. Blank records are skipped, neither counted nor
 * rejected.
 *
 * <p>Quotes follow RFC 4180 (a quote inside a quoted field is doubled); a backslash is an ordinary
 * character, because Windows paths and annotations contain them.
 */
public final class CsvInventoryReader {

    static final char BOM = '\uFEFF';
    static final String UTF_8 = "UTF-8";
    static final String WINDOWS_1252 = "windows-1252";
    /** The encoding is judged on this many leading bytes. */
    static final int SNIFF_BYTES = 64 * 1024;
    private static final char[] DELIMITERS = {',', ';', '\t'};
    /** A header longer than this is not a CSV header (1 MiB of characters). */
    static final int MAX_HEADER_CHARS = 1 << 20;
    /** A quoted field may span lines, but no real annotation spans this many. */
    static final int MAX_LINES_PER_RECORD = 1000;

    private CsvInventoryReader() {
    }

    /**
     * The header row of a CSV inventory, the delimiter it uses and the file's encoding.
     *
     * @param charset a Java charset name ("UTF-8", "windows-1252", "UTF-16LE"), as Spark's CSV
     *     reader takes it in {@code option("encoding", ...)}
     */
    public record CsvHeader(List<String> cells, char delimiter, String charset) implements Serializable {
        public CsvHeader {
            cells = List.copyOf(cells);
            charset = charset == null ? UTF_8 : charset;
        }

        public CsvHeader(List<String> cells, char delimiter) {
            this(cells, delimiter, UTF_8);
        }

        /** True for a semicolon-delimited file, whose numbers may carry decimal commas ("4,5"). */
        public boolean decimalComma() {
            return delimiter == ';';
        }

        /** What is worth telling about the file's dialect, for the report; empty for plain UTF-8 CSV. */
        public List<String> notes() {
            List<String> notes = new ArrayList<>();
            if (!charset.equals(UTF_8)) {
                notes.add("Encoding " + charset + (charset.equals(WINDOWS_1252)
                        ? " (not valid UTF-8: read as Excel writes CSV on Western Windows)." : "."));
            }
            if (decimalComma()) {
                notes.add("Semicolon-delimited: a lone comma in a number is a decimal comma.");
            }
            return List.copyOf(notes);
        }
    }

    /**
     * Reads only the header row (for readers such as Spark's that take the data from elsewhere):
     * BOM stripped, delimiter detected, quoted cells unquoted. Consumes the stream.
     */
    public static List<String> readHeader(InputStream in) throws IOException {
        return inspect(in).cells();
    }

    /**
     * The header row, its delimiter and the file's encoding; an empty stream gives no cells, a comma
     * and UTF-8. Consumes the stream.
     */
    public static CsvHeader inspect(InputStream in) throws IOException {
        return inspect("the CSV file", in);
    }

    /**
     * The header row, its delimiter and the file's encoding, as {@link #inspect(InputStream)}.
     *
     * @throws InventoryException naming {@code fileName} when the header is longer than
     *     {@link #MAX_HEADER_CHARS}, as {@link #read} refuses it
     */
    public static CsvHeader inspect(String fileName, InputStream in) throws IOException {
        Opened opened = open(in);
        BufferedReader reader = opened.reader();
        if (firstLine(fileName, reader) == null) {
            return new CsvHeader(List.of(), ',', opened.charset());
        }
        String line = reader.readLine();
        StringBuilder record = new StringBuilder(line);
        // a quoted header cell may hold a line break: read on until the quotes balance
        while (!quotesBalanced(record)) {
            String next = reader.readLine();
            if (next == null) {
                break;
            }
            record.append('\n').append(next);
            if (record.length() > MAX_HEADER_CHARS) {
                throw headerTooLong(fileName);
            }
        }
        char delimiter = detectDelimiter(line);
        String[] cells = parser(delimiter).parseLine(record.toString());
        return new CsvHeader(Arrays.asList(cells), delimiter, opened.charset());
    }

    /**
     * The encoding of a file's leading bytes: a byte order mark's (UTF-8, UTF-16LE, UTF-16BE), else
     * UTF-8 when the bytes are valid UTF-8 (plain ASCII is), else Windows-1252. With
     * {@code complete} false the bytes are a prefix, and a character cut at its end is no error.
     */
    public static String detectCharset(byte[] bytes, int length, boolean complete) {
        if (length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return UTF_8;
        }
        if (length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return "UTF-16LE";
        }
        if (length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return "UTF-16BE";
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CoderResult result = decoder.decode(ByteBuffer.wrap(bytes, 0, length), CharBuffer.allocate(length + 1), complete);
        if (result.isError()) {
            return WINDOWS_1252;
        }
        if (complete && decoder.flush(CharBuffer.allocate(4)).isError()) {
            return WINDOWS_1252;
        }
        return UTF_8;
    }

    /**
     * The delimiter of a header line: whichever of comma, semicolon and tab occurs most often
     * outside quotes; a comma when there is none or a tie with it.
     */
    public static char detectDelimiter(String headerLine) {
        int[] counts = new int[DELIMITERS.length];
        boolean quoted = false;
        for (int i = 0; i < headerLine.length(); i++) {
            char c = headerLine.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                for (int d = 0; d < DELIMITERS.length; d++) {
                    if (c == DELIMITERS[d]) {
                        counts[d]++;
                    }
                }
            }
        }
        int best = 0;
        for (int d = 1; d < DELIMITERS.length; d++) {
            if (counts[d] > counts[best]) {
                best = d;
            }
        }
        return DELIMITERS[best];
    }

    /** Reads every data record and passes each non-blank one on as a record or a rejection. */
    public static ReadSummary read(String fileName, InputStream in, Consumer<ReadRow> out) {
        return read(fileName, in, ReadOptions.DEFAULT, out);
    }

    /**
     * The rows of a CSV file as an iterator, read on a thread of its own (what the Spark job pulls
     * from, one task per file); the stream is closed when the read ends, however it ends.
     */
    public static ReadRowIterator iterate(String fileName, InputStream in, ReadOptions options) {
        return ReadRowIterator.start(fileName, (out, cancelled) -> read(fileName, in, options, out), () -> {
            try {
                in.close();
            } catch (IOException e) {
                // the read has ended; nothing more comes from the stream
            }
        });
    }

    /** Reads every data record with the user's options (forced format, mapping file). */
    public static ReadSummary read(String fileName, InputStream in, ReadOptions options, Consumer<ReadRow> out) {
        long recordNumber = 0;
        try {
            Opened opened = open(in);
            if (opened.notCsv() != null) {
                throw new InventoryException(fileName + ": " + opened.notCsv());
            }
            BufferedReader reader = opened.reader();
            String firstLine = firstLine(fileName, reader);
            if (firstLine == null) {
                throw new InventoryException(fileName + ": the file is empty; export the vInfo tab from RVTools again.");
            }
            char delimiter = detectDelimiter(firstLine);
            CSVReader csv = csvReader(reader, delimiter);
            String[] headerCells = csv.readNext();
            recordNumber = 1;
            CsvHeader csvHeader = new CsvHeader(Arrays.asList(headerCells), delimiter, opened.charset());
            HeaderMap header = HeaderMap.of(csvHeader, options);
            if (!header.isInventoryHeader()) {
                throw new InventoryException(fileName + ": no VM column in the header row; export the vInfo tab"
                        + " from RVTools (its first column is VM).");
            }
            long rows = 0;
            List<Long> repeatedHeaders = new ArrayList<>();
            for (String[] record = csv.readNext(); record != null; record = csv.readNext()) {
                recordNumber++;
                List<String> cells = Arrays.asList(record);
                if (RowParser.isBlank(cells)) {
                    continue;
                }
                if (repeatsHeader(csvHeader.cells(), cells)) {
                    repeatedHeaders.add(recordNumber);
                    continue;
                }
                out.accept(RowParser.parseRecord(new SourceRef(fileName, "", recordNumber), header, cells));
                rows++;
            }
            List<String> notes = new ArrayList<>(csvHeader.notes());
            notes.addAll(header.notes());
            if (!repeatedHeaders.isEmpty()) {
                notes.add(repeatedHeaderNote(repeatedHeaders));
            }
            return new ReadSummary(fileName, "", summaryFormat(header.sourceFormat()), null, rows, notes);
        } catch (IOException | CsvException e) {
            throw new InventoryException(fileName + ": cannot be read as CSV after row " + recordNumber + " ("
                    + XlsxInventoryReader.reason(e) + "); save it again as UTF-8 CSV and try again.", e);
        }
    }

    /**
     * True when a record repeats the header row: two exports joined into one file bring the second
     * one's header line among the rows, with its byte order mark when it had one (read as Windows-1252
     * the mark is "ï»¿"). Cells are compared stripped, and empty cells at the end do not count.
     */
    public static boolean repeatsHeader(List<String> header, List<String> cells) {
        int width = trimmedWidth(header);
        if (width == 0 || trimmedWidth(cells) != width || !withoutMark(cells.get(0)).equals(withoutMark(header.get(0)))) {
            return false;
        }
        for (int i = 1; i < width; i++) {
            if (!strip(cells.get(i)).equals(strip(header.get(i)))) {
                return false;
            }
        }
        return true;
    }

    /** What the report says of a file with repeated header lines, which were skipped, not read as rows. */
    public static String repeatedHeaderNote(List<Long> rows) {
        List<Long> sorted = rows.stream().sorted().toList();
        String listed = sorted.stream().limit(10).map(String::valueOf).collect(java.util.stream.Collectors.joining(", "))
                + (sorted.size() > 10 ? " and " + (sorted.size() - 10) + " more" : "");
        return (sorted.size() == 1 ? "The header line is repeated at row " + listed + " and was skipped"
                : sorted.size() + " repeated header lines skipped, at rows " + listed)
                + ": several exports were joined into this file.";
    }

    private static int trimmedWidth(List<String> cells) {
        int width = cells.size();
        while (width > 0 && strip(cells.get(width - 1)).isEmpty()) {
            width--;
        }
        return width;
    }

    private static String strip(String cell) {
        return cell == null ? "" : cell.strip();
    }

    private static String withoutMark(String cell) {
        String c = strip(cell);
        if (c.startsWith(String.valueOf(BOM))) {
            return c.substring(1).strip();
        }
        return c.startsWith("\u00EF\u00BB\u00BF") ? c.substring(3).strip() : c;
    }

    /**
     * The file's first line, left unread for what reads the header next; {@code null} for an empty
     * file.
     *
     * @throws InventoryException when the line is longer than {@link #MAX_HEADER_CHARS}
     */
    private static String firstLine(String fileName, BufferedReader reader) throws IOException {
        reader.mark(MAX_HEADER_CHARS + 1);
        StringBuilder line = new StringBuilder();
        int c = reader.read();
        for (; c >= 0 && c != '\n' && c != '\r'; c = reader.read()) {
            if (line.length() == MAX_HEADER_CHARS) {
                throw headerTooLong(fileName);
            }
            line.append((char) c);
        }
        reader.reset();
        return c < 0 && line.length() == 0 ? null : line.toString();
    }

    private static InventoryException headerTooLong(String fileName) {
        return new InventoryException(fileName + ": the header row is longer than " + MAX_HEADER_CHARS / (1024 * 1024)
                + " MiB (" + String.format(java.util.Locale.ROOT, "%,d", MAX_HEADER_CHARS) + " characters), the most fleetfit"
                + " reads as a CSV header; the file is not an inventory export, or its lines do not end in line breaks."
                + " Export the vInfo tab from RVTools again.");
    }

    /**
     * The format a CSV file's summary names: "RVTools CSV" and "CSV inventory" as before for vInfo
     * headers and hand-made lists, the format's own label for every other export.
     */
    public static String summaryFormat(SourceFormat format) {
        return switch (format) {
            case RVTOOLS -> "RVTools CSV";
            case GENERIC -> "CSV inventory";
            default -> format.label();
        };
    }

    /**
     * A decoding reader positioned after any byte order mark, the charset it decodes, and, when the
     * leading bytes say the file is no text at all, what it is and what to do, else null.
     */
    private record Opened(BufferedReader reader, String charset, String notCsv) {
    }

    private static Opened open(InputStream in) throws IOException {
        BufferedInputStream bytes = new BufferedInputStream(in, SNIFF_BYTES + 16);
        bytes.mark(SNIFF_BYTES + 16);
        byte[] prefix = bytes.readNBytes(SNIFF_BYTES);
        bytes.reset();
        String charset = detectCharset(prefix, prefix.length, prefix.length < SNIFF_BYTES);
        BufferedReader reader = new BufferedReader(new InputStreamReader(bytes, Charset.forName(charset)), 1 << 16);
        reader.mark(1);
        int first = reader.read();
        if (first != BOM && first != -1) {
            reader.reset();
        }
        return new Opened(reader, charset, notCsv(prefix));
    }

    /**
     * What a file is and what to do, when its leading bytes are the signature of a binary format a
     * client might send with a .csv name (a workbook, an image, a PDF); null for text.
     */
    static String notCsv(byte[] prefix) {
        if (prefix.length < 8) {
            return null;
        }
        String workbook = ", not a CSV file; give it its Excel name (.xlsx or .xls) and try again.";
        String other = ", not a CSV file; export the vInfo tab from RVTools as CSV or .xlsx.";
        return switch (FileMagic.valueOf(prefix)) {
            case OOXML -> "a zip file (perhaps an .xlsx workbook)" + workbook;
            case OLE2 -> "an Office file (perhaps an .xls workbook)" + workbook;
            case PDF -> "a PDF document" + other;
            case PNG -> "a PNG image" + other;
            case JPEG -> "a JPEG image" + other;
            case GIF -> "a GIF image" + other;
            default -> null;
        };
    }

    /**
     * The fields of one record's text as this reader splits them, for a record Spark's CSV reader
     * found malformed (its field count is not the header's): the same quoting, and line breaks
     * inside quotes read as this reader reads them. {@code null} when the text is not one record.
     */
    public static List<String> fields(String record, char delimiter) {
        try (CSVReader csv = csvReader(new BufferedReader(new java.io.StringReader(record)), delimiter)) {
            String[] cells = csv.readNext();
            return cells == null || csv.readNext() != null ? null : Arrays.asList(cells);
        } catch (IOException | CsvException e) {
            return null;
        }
    }

    private static CSVReader csvReader(BufferedReader reader, char delimiter) {
        return new CSVReaderBuilder(reader)
                .withCSVParser(parser(delimiter))
                // ready() is false between the packets of a network stream; it must not end the read
                .withVerifyReader(false)
                // an unclosed quote must not pull the rest of a large file into one field
                .withMultilineLimit(MAX_LINES_PER_RECORD)
                .build();
    }

    private static ICSVParser parser(char delimiter) {
        return new RFC4180ParserBuilder().withSeparator(delimiter).build();
    }

    private static boolean quotesBalanced(CharSequence text) {
        int quotes = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '"') {
                quotes++;
            }
        }
        return quotes % 2 == 0;
    }
}
