package io.fleetfit.inventory;

import io.fleetfit.assessment.SourceRef;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.apache.poi.EmptyFileException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads the VM inventory sheet of an .xlsx or .xlsm workbook with POI's streaming (SAX) API, one
 * row at a time, so memory stays flat however large the export. Never loads the workbook as a
 * whole and never evaluates a formula: a formula cell gives its cached value, as text.
 *
 * <p>The sheet read is "vInfo" (any case) when there is one, else the first sheet whose first
 * non-empty row names a VM column. Row numbers are the spreadsheet's own (1-based, gaps kept).
 * Anything that stops the whole file from being read becomes an {@link InventoryException} whose
 * one-line message names the file and says what to do.
 */
public final class XlsxInventoryReader {

    static final String VINFO_SHEET = "vInfo";
    static final String METADATA_SHEET = "vMetaData";
    static final String RVTOOLS_VERSION_HEADER = "RVTools version";

    /**
     * Largest uncompressed part accepted. A 100,000-VM vInfo sheet is a few hundred MiB, so 2 GiB
     * leaves room while stopping a crafted file early; POI's minimum inflate ratio, which catches
     * zip bombs, stays at its default.
     */
    static final long MAX_ENTRY_BYTES = 2L * 1024 * 1024 * 1024;

    static {
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
    }

    private XlsxInventoryReader() {
    }

    /**
     * Reads a workbook from a stream (for example a Hadoop file system stream). The stream is
     * copied to a temporary local file first, because a zip can only be read lazily from a file.
     */
    public static ReadSummary read(String fileName, InputStream in, Consumer<ReadRow> out) {
        Path temp;
        try {
            temp = Files.createTempFile("fleetfit-", ".xlsx");
        } catch (IOException e) {
            throw new InventoryException(fileName + ": no room for a temporary copy (" + reason(e)
                    + "); free space in the temporary folder and try again.", e);
        }
        try {
            try {
                Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new InventoryException(fileName + ": the file could not be read (" + reason(e)
                        + "); check that it is accessible and try again.", e);
            }
            return read(fileName, temp, out);
        } finally {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                temp.toFile().deleteOnExit();
            }
        }
    }

    /** Reads a workbook from a local file; {@code fileName} is the name used in messages and sources. */
    public static ReadSummary read(String fileName, Path file, Consumer<ReadRow> out) {
        checkIsOoxml(fileName, file);
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (Exception e) {
            throw failure(fileName, e);
        }
        try {
            return readPackage(fileName, pkg, out);
        } catch (InventoryException e) {
            throw e;
        } catch (Exception e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof ConsumerFailure consumerFailure) {
                    throw consumerFailure.getCause();
                }
            }
            throw failure(fileName, e);
        } finally {
            pkg.revert();
        }
    }

    private static ReadSummary readPackage(String fileName, OPCPackage pkg, Consumer<ReadRow> out)
            throws Exception {
        XSSFReader reader = new XSSFReader(pkg);
        StylesTable styles = reader.getStylesTable();
        SharedStrings strings = new ReadOnlySharedStringsTable(pkg, false);
        Workbook workbook = new Workbook(reader, styles, strings);
        List<String> sheets = workbook.sheetNames();

        int chosen = indexOfIgnoreCase(sheets, VINFO_SHEET);
        if (chosen < 0) {
            for (int i = 0; i < sheets.size() && chosen < 0; i++) {
                HeaderMap header = workbook.header(i);
                if (header != null && header.isInventoryHeader()) {
                    chosen = i;
                }
            }
            if (chosen < 0) {
                throw new InventoryException(fileName
                        + ": no vInfo sheet or VM inventory sheet found; export the vInfo tab from RVTools.");
            }
        }
        String sheetName = sheets.get(chosen);
        InventorySheet inventory = new InventorySheet(fileName, sheetName, row -> {
            try {
                out.accept(row);
            } catch (RuntimeException e) {
                throw new ConsumerFailure(e);
            }
        });
        workbook.parse(chosen, inventory);
        HeaderMap header = inventory.header;
        if (header != null && !header.isInventoryHeader()) {
            throw new InventoryException(fileName + ": sheet " + sheetName
                    + " has no VM column in its first row; export the vInfo tab from RVTools unchanged.");
        }

        int metadata = indexOfIgnoreCase(sheets, METADATA_SHEET);
        String version = metadata < 0 ? null : workbook.firstValueOf(metadata, RVTOOLS_VERSION_HEADER);
        boolean rvtools = version != null || (header != null && header.isRvtoolsLayout());
        return new ReadSummary(fileName, sheetName, rvtools ? "RVTools xlsx" : "xlsx inventory", version,
                inventory.rows);
    }

    private static int indexOfIgnoreCase(List<String> names, String wanted) {
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).strip().equalsIgnoreCase(wanted)) {
                return i;
            }
        }
        return -1;
    }

    /** Refuses, with advice, everything that is not a zip before POI sees it. */
    private static void checkIsOoxml(String fileName, Path file) {
        FileMagic magic;
        try {
            if (Files.size(file) == 0) {
                throw new InventoryException(fileName + ": the file is empty; export the vInfo tab from RVTools again.");
            }
            magic = FileMagic.valueOf(file.toFile());
        } catch (IOException e) {
            throw new InventoryException(fileName + ": the file could not be read (" + reason(e)
                    + "); check that it is accessible and try again.", e);
        }
        switch (magic) {
            case OOXML -> {
            }
            case OLE2 -> throw isEncrypted(file)
                    ? new InventoryException(fileName + ": the workbook is password-protected (encrypted);"
                            + " save a copy without a password and try again.")
                    : new InventoryException(fileName + ": this is an old binary Excel file (.xls), not .xlsx;"
                            + " open it in Excel and save it as .xlsx, or export the vInfo tab as CSV.");
            default -> throw new InventoryException(fileName + ": not an Excel .xlsx workbook (it is not a zip"
                    + " file); export the vInfo tab from RVTools as .xlsx or CSV.");
        }
    }

    /** An encrypted OOXML file is an OLE2 container holding "EncryptionInfo" and "EncryptedPackage". */
    private static boolean isEncrypted(Path file) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            return fs.getRoot().hasEntry("EncryptionInfo") || fs.getRoot().hasEntry("EncryptedPackage");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static InventoryException failure(String fileName, Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (message.contains("Zip bomb")) {
                return new InventoryException(fileName + ": the file expands to far more data than a workbook"
                        + " holds (a possible zip bomb), so it was not read; check where it came from and"
                        + " export it from RVTools again.", e);
            }
            if (t instanceof EmptyFileException) {
                return new InventoryException(fileName + ": the file is empty; export the vInfo tab from RVTools again.", e);
            }
        }
        return new InventoryException(fileName + ": the workbook is damaged or not a valid .xlsx file ("
                + reason(e) + "); open it in Excel, save it as .xlsx and try again.", e);
    }

    /** The innermost cause's message on one short line. */
    static String reason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        message = message.replaceAll("\\s+", " ").strip();
        return message.length() > 160 ? message.substring(0, 157) + "..." : message;
    }

    /** 0-based column of a cell reference such as "AB12". */
    static int columnOf(String cellReference) {
        int column = 0;
        for (int i = 0; i < cellReference.length(); i++) {
            char c = cellReference.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                column = column * 26 + (c - 'A' + 1);
            } else if (c >= 'a' && c <= 'z') {
                column = column * 26 + (c - 'a' + 1);
            } else {
                break;
            }
        }
        return column - 1;
    }

    /** The sheets of one open package, parsed on demand. */
    private static final class Workbook {
        private final XSSFReader reader;
        private final StylesTable styles;
        private final SharedStrings strings;

        Workbook(XSSFReader reader, StylesTable styles, SharedStrings strings) {
            this.reader = reader;
            this.styles = styles;
            this.strings = strings;
        }

        List<String> sheetNames() throws Exception {
            List<String> names = new ArrayList<>();
            XSSFReader.SheetIterator sheets = reader.getSheetIterator();
            while (sheets.hasNext()) {
                sheets.next().close();
                names.add(sheets.getSheetName());
            }
            return names;
        }

        void parse(int index, Rows rows) throws Exception {
            XSSFReader.SheetIterator sheets = reader.getSheetIterator();
            for (int i = 0; sheets.hasNext(); i++) {
                try (InputStream sheet = sheets.next()) {
                    if (i == index) {
                        XMLReader parser = XMLHelper.newXMLReader();
                        parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings,
                                new RowCollector(rows), new DataFormatter(Locale.ROOT), false));
                        try {
                            parser.parse(new InputSource(sheet));
                        } catch (StopReading e) {
                            // the handler has seen all it needs
                        } catch (SAXException e) {
                            if (!(e.getException() instanceof StopReading)) {
                                throw e;
                            }
                        }
                        return;
                    }
                }
            }
        }

        /** The first non-empty row of a sheet as a header, or null when the sheet is empty. */
        HeaderMap header(int index) throws Exception {
            HeaderProbe probe = new HeaderProbe();
            parse(index, probe);
            return probe.header;
        }

        /** The value under {@code header} in the first data row of a sheet, or null. */
        String firstValueOf(int index, String header) throws Exception {
            FirstValue first = new FirstValue(header);
            parse(index, first);
            return first.value;
        }
    }

    /** Receives the rows of a sheet with their 1-based row numbers. */
    private interface Rows {
        void row(long rowNumber, List<String> cells);
    }

    /** Adapts POI's cell callbacks to whole rows of text, placed by their cell references. */
    private static final class RowCollector implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final Rows rows;
        private final List<String> cells = new ArrayList<>();
        private int nextColumn;

        RowCollector(Rows rows) {
            this.rows = rows;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
            nextColumn = 0;
        }

        @Override
        public void endRow(int rowNum) {
            rows.row(rowNum + 1L, cells);
        }

        @Override
        public void cell(String cellReference, String formattedValue, XSSFComment comment) {
            int column = cellReference == null ? nextColumn : columnOf(cellReference);
            if (column < 0) {
                column = nextColumn;
            }
            while (cells.size() <= column) {
                cells.add(null);
            }
            cells.set(column, formattedValue);
            nextColumn = column + 1;
        }
    }

    /** The inventory sheet: the first non-empty row is the header, every later non-empty row a data row. */
    private static final class InventorySheet implements Rows {
        private final String fileName;
        private final String sheetName;
        private final Consumer<ReadRow> out;
        private HeaderMap header;
        private long rows;

        InventorySheet(String fileName, String sheetName, Consumer<ReadRow> out) {
            this.fileName = fileName;
            this.sheetName = sheetName;
            this.out = out;
        }

        @Override
        public void row(long rowNumber, List<String> cells) {
            if (RowParser.isBlank(cells)) {
                return;
            }
            if (header == null) {
                header = HeaderMap.of(cells);
                if (!header.isInventoryHeader()) {
                    throw new StopReading();
                }
                return;
            }
            out.accept(RowParser.parse(new SourceRef(fileName, sheetName, rowNumber), header, cells));
            rows++;
        }
    }

    private static final class HeaderProbe implements Rows {
        private HeaderMap header;

        @Override
        public void row(long rowNumber, List<String> cells) {
            if (!RowParser.isBlank(cells)) {
                header = HeaderMap.of(cells);
                throw new StopReading();
            }
        }
    }

    private static final class FirstValue implements Rows {
        private final String wanted;
        private int column = -1;
        private boolean headerSeen;
        private String value;

        FirstValue(String wanted) {
            this.wanted = InventoryColumn.normalize(wanted);
        }

        @Override
        public void row(long rowNumber, List<String> cells) {
            if (RowParser.isBlank(cells)) {
                return;
            }
            if (!headerSeen) {
                headerSeen = true;
                for (int i = 0; i < cells.size(); i++) {
                    if (cells.get(i) != null && InventoryColumn.normalize(cells.get(i)).equals(wanted)) {
                        column = i;
                        break;
                    }
                }
                if (column < 0) {
                    throw new StopReading();
                }
                return;
            }
            String cell = column < cells.size() ? cells.get(column) : null;
            value = cell == null || cell.isBlank() ? null : cell.strip();
            throw new StopReading();
        }
    }

    /** Ends a SAX parse early once the handler has what it needs. */
    private static final class StopReading extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StopReading() {
            super(null, null, false, false);
        }
    }

    /** Carries an exception thrown by the caller's consumer through POI untouched. */
    private static final class ConsumerFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ConsumerFailure(RuntimeException cause) {
            super(cause);
        }

        @Override
        public synchronized RuntimeException getCause() {
            return (RuntimeException) super.getCause();
        }
    }
}
