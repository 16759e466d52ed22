package io.fleetfit.inventory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.apache.poi.EmptyFileException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFRelation;

/**
 * Reads the VM inventory of an .xlsx or .xlsm workbook with POI's streaming (SAX) API, one row at
 * a time, so memory stays flat however large the export. Never loads the workbook as a whole and
 * never evaluates a formula: a formula cell gives its cached value, as text.
 *
 * <p>Cells are read by {@link XlsxSheetHandler} and shared strings held by
 * {@link CompactSharedStrings} rather than by POI's own handler and table, which a profile of a
 * 100,000-VM export showed spending most of the read building rich-text objects (BENCHMARKS.md).
 * The sheet choice and the joining of RVTools' secondary tabs are {@link WorkbookInventory}'s,
 * shared with the .xls reader: the tabs are read first, by sheet name (their order in the
 * workbook does not matter), then vInfo streams. Anything that stops the whole file from being
 * read becomes an {@link InventoryException} whose one-line message names the file and says what
 * to do. An old binary workbook that was given an .xlsx name is read by {@link XlsInventoryReader}.
 */
public final class XlsxInventoryReader {

    /**
     * Largest uncompressed part accepted. A 100,000-VM vInfo sheet is a few hundred MiB, so 2 GiB
     * leaves room while stopping a crafted file early; POI's minimum inflate ratio, which catches
     * zip bombs, stays at its default.
     */
    static final long MAX_ENTRY_BYTES = 2L * 1024 * 1024 * 1024;

    /** System property: the folder streamed workbooks are copied to before they are read. */
    public static final String SPOOL_DIR_PROPERTY = "fleetfit.spool.dir";

    static {
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
    }

    private XlsxInventoryReader() {
    }

    /** {@link #read(String, InputStream, ReadOptions, Consumer)} with {@link ReadOptions#DEFAULT}. */
    public static ReadSummary read(String fileName, InputStream in, Consumer<ReadRow> out) {
        return read(fileName, in, ReadOptions.DEFAULT, out);
    }

    /**
     * Reads a workbook from a stream (for example a Hadoop file system stream). The stream is
     * copied to a temporary local file first, because a zip can only be read lazily from a file.
     */
    public static ReadSummary read(String fileName, InputStream in, ReadOptions options, Consumer<ReadRow> out) {
        Path temp = spool(fileName, in, ".xlsx", Long.MAX_VALUE);
        try {
            return read(fileName, temp, options, out);
        } finally {
            delete(temp);
        }
    }

    /** {@link #read(String, Path, ReadOptions, Consumer)} with {@link ReadOptions#DEFAULT}. */
    public static ReadSummary read(String fileName, Path file, Consumer<ReadRow> out) {
        return read(fileName, file, ReadOptions.DEFAULT, out);
    }

    /** Reads a workbook from a local file; {@code fileName} is the name used in messages and sources. */
    public static ReadSummary read(String fileName, Path file, ReadOptions options, Consumer<ReadRow> out) {
        return read(fileName, file, options, out, () -> false);
    }

    /**
     * The rows of a local workbook as an iterator that reads ahead in its own thread; close it
     * (try-with-resources) when done. The file is not deleted.
     */
    public static ReadRowIterator iterate(String fileName, Path localFile, ReadOptions options) {
        return ReadRowIterator.start(fileName, (out, cancelled) -> read(fileName, localFile, options, out, cancelled), () -> { });
    }

    /**
     * The rows of a workbook read from a stream, as an iterator. The stream is copied to a
     * temporary file before this method returns (so the caller may close it then); the copy is
     * deleted when the iterator is exhausted or closed.
     */
    public static ReadRowIterator iterate(String fileName, InputStream in, ReadOptions options) {
        Path temp = spool(fileName, in, ".xlsx", Long.MAX_VALUE);
        return ReadRowIterator.start(fileName, (out, cancelled) -> read(fileName, temp, options, out, cancelled),
                () -> delete(temp));
    }

    static ReadSummary read(String fileName, Path file, ReadOptions options, Consumer<ReadRow> out,
            BooleanSupplier cancelled) {
        if (checkMagic(fileName, file) == FileMagic.OLE2) {
            ReadSummary xls = XlsInventoryReader.read(fileName, file, options, out, cancelled);
            return named(fileName, ".xlsx", ".xlsm")
                    ? withNote(xls, "an old binary .xls workbook with an .xlsx name; read as .xls") : xls;
        }
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (Exception e) {
            throw failure(fileName, e);
        }
        try {
            XSSFReader reader = new XSSFReader(pkg);
            StylesTable styles = reader.getStylesTable();
            CompactSharedStrings strings = sharedStrings(pkg);
            return WorkbookInventory.read(fileName, "xlsx", new XlsxSheets(reader, styles, strings), options, out, cancelled);
        } catch (InventoryException e) {
            throw e;
        } catch (Exception e) {
            RuntimeException consumer = WorkbookInventory.consumerFailure(e);
            if (consumer != null) {
                throw consumer;
            }
            throw failure(fileName, e);
        } finally {
            pkg.revert();
        }
    }

    /** The workbook's shared strings; a workbook of inline strings has none. */
    private static CompactSharedStrings sharedStrings(OPCPackage pkg) throws Exception {
        List<PackagePart> parts = pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
        if (parts.isEmpty()) {
            return CompactSharedStrings.empty();
        }
        try (InputStream in = parts.get(0).getInputStream()) {
            return CompactSharedStrings.parse(in);
        }
    }

    /** Whether a file name ends with one of the extensions, in any case. */
    static boolean named(String fileName, String... extensions) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        for (String extension : extensions) {
            if (lower.endsWith(extension)) {
                return true;
            }
        }
        return false;
    }

    static ReadSummary withNote(ReadSummary summary, String note) {
        List<String> notes = new ArrayList<>();
        notes.add(note);
        notes.addAll(summary.notes());
        return new ReadSummary(summary.fileName(), summary.sheet(), summary.format(), summary.rvtoolsVersion(),
                summary.rows(), notes);
    }

    /**
     * Copies a stream to a new temporary file, refusing more than {@code maxBytes}. The file goes to
     * the folder named by the system property {@value #SPOOL_DIR_PROPERTY} (on a cluster: a local
     * disk with room for the largest workbook), else to {@code java.io.tmpdir}.
     */
    static Path spool(String fileName, InputStream in, String suffix, long maxBytes) {
        Path temp;
        try {
            String dir = System.getProperty(SPOOL_DIR_PROPERTY);
            temp = dir == null || dir.isBlank() ? Files.createTempFile("fleetfit-", suffix)
                    : Files.createTempFile(Path.of(dir), "fleetfit-", suffix);
        } catch (IOException e) {
            throw new InventoryException(fileName + ": no room for a temporary copy (" + reason(e)
                    + "); free space in the temporary folder and try again.", e);
        }
        boolean copied = false;
        try {
            if (maxBytes == Long.MAX_VALUE) {
                Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
            } else {
                try (var target = Files.newOutputStream(temp)) {
                    byte[] buffer = new byte[1 << 16];
                    long total = 0;
                    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                        total += n;
                        if (total > maxBytes) {
                            throw XlsInventoryReader.tooLarge(fileName);
                        }
                        target.write(buffer, 0, n);
                    }
                }
            }
            copied = true;
            return temp;
        } catch (IOException e) {
            throw new InventoryException(fileName + ": the file could not be read (" + reason(e)
                    + "); check that it is accessible and try again.", e);
        } finally {
            if (!copied) {
                delete(temp);
            }
        }
    }

    static void delete(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            temp.toFile().deleteOnExit();
        }
    }

    /** Refuses, with advice, what is neither a zip nor an unencrypted OLE2 file, before POI sees it. */
    private static FileMagic checkMagic(String fileName, Path file) {
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
                return magic;
            }
            case OLE2 -> {
                if (isEncrypted(file)) {
                    throw new InventoryException(fileName + ": the workbook is password-protected (encrypted);"
                            + " save a copy without a password and try again.");
                }
                return magic;
            }
            default -> throw new InventoryException(fileName + ": not an Excel .xlsx workbook (it is not a zip"
                    + " file); export the vInfo tab from RVTools as .xlsx or CSV.");
        }
    }

    /** An encrypted OOXML file is an OLE2 container holding "EncryptionInfo" and "EncryptedPackage". */
    static boolean isEncrypted(Path file) {
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

    /**
     * Sheets larger than this (compressed) are parsed on a thread of their own while the caller's
     * thread handles the rows ({@link SheetPipeline}); smaller ones are not worth a thread.
     */
    static final long PIPELINE_MIN_BYTES = 256 * 1024;

    /** When this system property is "true", every sheet is parsed on the reading thread (the single-threaded baseline). */
    public static final String SINGLE_THREAD_PROPERTY = "fleetfit.reader.singleThread";

    /** The sheets of one open package, each found by name and parsed on demand. */
    private static final class XlsxSheets implements WorkbookSheets {
        private final StylesTable styles;
        private final CompactSharedStrings strings;
        private final DataFormatter formatter = new DataFormatter(Locale.ROOT);
        private final Map<String, PackagePart> parts = new LinkedHashMap<>();

        XlsxSheets(XSSFReader reader, StylesTable styles, CompactSharedStrings strings) throws Exception {
            this.styles = styles;
            this.strings = strings;
            XSSFReader.SheetIterator sheets = reader.getSheetIterator();
            while (sheets.hasNext()) {
                sheets.next().close();
                parts.put(sheets.getSheetName(), sheets.getSheetPart());
            }
        }

        @Override
        public List<String> sheetNames() {
            return List.copyOf(parts.keySet());
        }

        @Override
        public void read(String sheet, SheetRows rows) throws Exception {
            PackagePart part = parts.get(sheet);
            if (part.getSize() >= 0 && part.getSize() < PIPELINE_MIN_BYTES || Boolean.getBoolean(SINGLE_THREAD_PROPERTY)) {
                parse(part, rows);
            } else {
                new SheetPipeline(sheet).run(rows, consumer -> parse(part, consumer));
            }
        }

        private void parse(PackagePart part, SheetRows rows) throws Exception {
            try (InputStream in = part.getInputStream()) {
                StaxParts.parse(in, new XlsxSheetHandler(strings, styles, formatter, rows));
            } catch (StopReading e) {
                // the handler has seen all it needs
            }
        }
    }
}
