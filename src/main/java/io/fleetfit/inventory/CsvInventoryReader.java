package io.fleetfit.inventory;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.ICSVParser;
import com.opencsv.RFC4180ParserBuilder;
import com.opencsv.exceptions.CsvException;
import io.fleetfit.assessment.SourceRef;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads a VM inventory exported as CSV (the RVTools vInfo tab, or any list with a VM column):
 * UTF-8, a byte order mark ignored, the delimiter (comma, semicolon or tab) taken from the header
 * line, quoted fields that may span lines. The header is row 1, so the n-th record is row n, as a
 * spreadsheet would number it. Blank records are skipped, neither counted nor rejected.
 *
 * <p>Quotes follow RFC 4180 (a quote inside a quoted field is doubled); a backslash is an ordinary
 * character, because Windows paths and annotations contain them.
 */
public final class CsvInventoryReader {

    static final char BOM = '\uFEFF';
    private static final char[] DELIMITERS = {',', ';', '\t'};
    /** A header line longer than this is not a CSV header. */
    private static final int MAX_HEADER_CHARS = 1 << 20;
    /** A quoted field may span lines, but no real annotation spans this many. */
    static final int MAX_LINES_PER_RECORD = 1000;

    private CsvInventoryReader() {
    }

    /** The header row of a CSV inventory and the delimiter it uses. */
    public record CsvHeader(List<String> cells, char delimiter) implements Serializable {
        public CsvHeader {
            cells = List.copyOf(cells);
        }
    }

    /**
     * Reads only the header row (for readers such as Spark's that take the data from elsewhere):
     * BOM stripped, delimiter detected, quoted cells unquoted. Consumes the stream.
     */
    public static List<String> readHeader(InputStream in) throws IOException {
        return inspect(in).cells();
    }

    /** The header row and its delimiter; an empty stream gives no cells and a comma. Consumes the stream. */
    public static CsvHeader inspect(InputStream in) throws IOException {
        BufferedReader reader = open(in);
        String line = reader.readLine();
        if (line == null) {
            return new CsvHeader(List.of(), ',');
        }
        StringBuilder record = new StringBuilder(line);
        // a quoted header cell may hold a line break: read on until the quotes balance
        while (!quotesBalanced(record)) {
            String next = reader.readLine();
            if (next == null) {
                break;
            }
            record.append('\n').append(next);
        }
        char delimiter = detectDelimiter(line);
        String[] cells = parser(delimiter).parseLine(record.toString());
        return new CsvHeader(Arrays.asList(cells), delimiter);
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
        long recordNumber = 0;
        try {
            BufferedReader reader = open(in);
            reader.mark(MAX_HEADER_CHARS);
            String firstLine = reader.readLine();
            if (firstLine == null) {
                throw new InventoryException(fileName + ": the file is empty; export the vInfo tab from RVTools again.");
            }
            reader.reset();
            CSVReader csv = new CSVReaderBuilder(reader)
                    .withCSVParser(parser(detectDelimiter(firstLine)))
                    // ready() is false between the packets of a network stream; it must not end the read
                    .withVerifyReader(false)
                    // an unclosed quote must not pull the rest of a large file into one field
                    .withMultilineLimit(MAX_LINES_PER_RECORD)
                    .build();
            String[] headerCells = csv.readNext();
            recordNumber = 1;
            HeaderMap header = HeaderMap.of(Arrays.asList(headerCells));
            if (!header.isInventoryHeader()) {
                throw new InventoryException(fileName + ": no VM column in the header row; export the vInfo tab"
                        + " from RVTools (its first column is VM).");
            }
            long rows = 0;
            for (String[] record = csv.readNext(); record != null; record = csv.readNext()) {
                recordNumber++;
                List<String> cells = Arrays.asList(record);
                if (RowParser.isBlank(cells)) {
                    continue;
                }
                out.accept(RowParser.parse(new SourceRef(fileName, "", recordNumber), header, cells));
                rows++;
            }
            return new ReadSummary(fileName, "", header.isRvtoolsLayout() ? "RVTools CSV" : "CSV inventory",
                    null, rows);
        } catch (IOException | CsvException e) {
            throw new InventoryException(fileName + ": cannot be read as CSV after row " + recordNumber + " ("
                    + XlsxInventoryReader.reason(e) + "); save it again as UTF-8 CSV and try again.", e);
        }
    }

    private static BufferedReader open(InputStream in) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        reader.mark(1);
        int first = reader.read();
        if (first != BOM && first != -1) {
            reader.reset();
        }
        return reader;
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
