package io.fleetfit.inventory;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import com.opencsv.exceptions.CsvException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * A small table a consultant edits (a rules file, an attributes file): a CSV file, or one sheet of
 * a workbook, as rows of text cells with the line or row number the editor shows. CSV is read in
 * the encoding and with the delimiter it was written with (as inventories are); a workbook is
 * recognised by its content, not its name, and read whole with POI's zip-bomb limits in force.
 */
final class SettingsTable {

    /** Larger than any rules or attributes file for a real fleet; stops a wrong file early. */
    static final int MAX_BYTES = 32 * 1024 * 1024;

    /** One non-empty row: its number as the editor shows it (from 1), and its cells. */
    record Row(int number, List<String> cells) {
    }

    /**
     * @param file the file's name
     * @param sheet the sheet read, {@code null} for CSV
     */
    record Table(String file, String sheet, List<Row> rows) {

        /** Where a row is, for messages: "attributes.csv line 4", "attributes.xlsx sheet Attributes row 4". */
        String at(int number) {
            return sheet == null ? file + " line " + number : file + " sheet " + sheet + " row " + number;
        }

        /** The file and sheet, for messages about the whole table. */
        String origin() {
            return sheet == null ? file : file + " sheet " + sheet;
        }
    }

    private SettingsTable() {
    }

    /**
     * Reads the table: the sheet named {@code preferredSheet} (any case) of a workbook, else its
     * first sheet; or the whole CSV file. Rows whose cells are all blank, and CSV lines starting
     * with '#', are left out.
     *
     * @throws IllegalArgumentException naming the file, when it is too large or cannot be read
     */
    static Table read(String file, byte[] bytes, String preferredSheet) {
        if (bytes.length > MAX_BYTES) {
            throw new IllegalArgumentException(file + ": " + bytes.length / (1024 * 1024) + " MiB is too large for a settings file (at most "
                    + MAX_BYTES / (1024 * 1024) + " MiB)");
        }
        FileMagic magic;
        try {
            magic = FileMagic.valueOf(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return magic == FileMagic.OOXML || magic == FileMagic.OLE2
                ? workbook(file, bytes, preferredSheet)
                : csv(file, bytes);
    }

    /** The SHA-256 of the file's bytes in lower-case hex, printed on the report so a run can be traced to its files. */
    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static Table workbook(String file, byte[] bytes, String preferredSheet) {
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            if (wb.getNumberOfSheets() == 0) {
                throw new IllegalArgumentException(file + ": the workbook has no sheet");
            }
            Sheet sheet = wb.getSheetAt(0);
            for (Sheet s : wb) {
                if (s.getSheetName().strip().equalsIgnoreCase(preferredSheet)) {
                    sheet = s;
                    break;
                }
            }
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            formatter.setUseCachedValuesForFormulaCells(true);
            List<Row> rows = new ArrayList<>();
            for (org.apache.poi.ss.usermodel.Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                    Cell cell = row.getCell(c);
                    cells.add(cell == null ? "" : formatter.formatCellValue(cell).strip());
                }
                add(rows, row.getRowNum() + 1, cells);
            }
            return new Table(file, sheet.getSheetName(), rows);
        } catch (IOException | RuntimeException e) {
            if (e instanceof IllegalArgumentException iae && iae.getMessage() != null && iae.getMessage().startsWith(file)) {
                throw iae;
            }
            throw new IllegalArgumentException(file + ": not a readable workbook (" + oneLine(e) + "); save it as .xlsx or .csv", e);
        }
    }

    private static Table csv(String file, byte[] bytes) {
        String charset = CsvInventoryReader.detectCharset(bytes, bytes.length, true);
        String text = new String(bytes, Charset.forName(charset));
        if (!text.isEmpty() && text.charAt(0) == CsvInventoryReader.BOM) {
            text = text.substring(1);
        }
        // comment lines become blank lines, so the line numbers stay those of the file
        String[] lines = text.split("\r\n|\r|\n", -1);
        char delimiter = ',';
        boolean found = false;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].strip().startsWith("#")) {
                lines[i] = "";
            } else if (!found && !lines[i].isBlank()) {
                delimiter = delimiter(lines[i]);
                found = true;
            }
        }
        List<Row> rows = new ArrayList<>();
        try (CSVReader reader = new CSVReaderBuilder(new StringReader(String.join("\n", lines)))
                .withCSVParser(new RFC4180ParserBuilder().withSeparator(delimiter).build())
                .withKeepCarriageReturn(false)
                .build()) {
            long before = 0;
            String[] cells;
            while ((cells = reader.readNext()) != null) {
                add(rows, (int) before + 1, Arrays.stream(cells).map(String::strip).toList());
                before = reader.getLinesRead();
            }
        } catch (IOException | CsvException e) {
            throw new IllegalArgumentException(file + ": not a readable CSV file (" + oneLine(e) + ")", e);
        }
        return new Table(file, null, rows);
    }

    private static void add(List<Row> rows, int number, List<String> cells) {
        if (cells.stream().anyMatch(c -> !c.isEmpty())) {
            rows.add(new Row(number, cells));
        }
    }

    /**
     * The first comma, semicolon or tab outside quotes: the cells of a settings file's first row
     * (a header or a rule id) hold none, while a value may hold several (a ';'-separated keyword list).
     */
    static char delimiter(String line) {
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == ',' || c == ';' || c == '\t')) {
                return c;
            }
        }
        return ',';
    }

    private static String oneLine(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
