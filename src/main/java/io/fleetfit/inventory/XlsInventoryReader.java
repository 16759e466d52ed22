package io.fleetfit.inventory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.Entry;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Reads the VM inventory of an old binary Excel workbook (.xls, BIFF8: Excel 97 to 2003, and
 * RVTools releases before 3.x wrote no other) with POI's HSSF model. Such a workbook holds at most
 * 65,536 rows per sheet and is loaded whole, so files above {@link #MAX_FILE_BYTES} are refused
 * rather than risking the heap. The sheet choice and the joining of RVTools' secondary tabs are the
 * .xlsx reader's ({@link WorkbookInventory}); cells are formatted the same way, and formulas give
 * their cached value, never a re-evaluation.
 *
 * <p>Every failure is an {@link InventoryException} with one line naming the file and what to do.
 * An .xlsx workbook that was given an .xls name is read by {@link XlsxInventoryReader}.
 */
public final class XlsInventoryReader {

    /** A full 65,536-row RVTools .xls export is far smaller; anything bigger would need gigabytes of heap. */
    static final long MAX_FILE_BYTES = 200L * 1024 * 1024;

    private XlsInventoryReader() {
    }

    /** {@link #read(String, InputStream, ReadOptions, Consumer)} with {@link ReadOptions#DEFAULT}. */
    public static ReadSummary read(String fileName, InputStream in, Consumer<ReadRow> out) {
        return read(fileName, in, ReadOptions.DEFAULT, out);
    }

    /** Reads a workbook from a stream, copied to a temporary file first (at most {@link #MAX_FILE_BYTES}). */
    public static ReadSummary read(String fileName, InputStream in, ReadOptions options, Consumer<ReadRow> out) {
        Path temp = XlsxInventoryReader.spool(fileName, in, ".xls", MAX_FILE_BYTES);
        try {
            return read(fileName, temp, options, out);
        } finally {
            XlsxInventoryReader.delete(temp);
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

    /** The rows of a local workbook as an iterator that reads in its own thread; close it when done. */
    public static ReadRowIterator iterate(String fileName, Path localFile, ReadOptions options) {
        return ReadRowIterator.start(fileName, (out, cancelled) -> read(fileName, localFile, options, out, cancelled), () -> { });
    }

    /** The rows of a workbook read from a stream, as an iterator; the temporary copy is deleted on close. */
    public static ReadRowIterator iterate(String fileName, InputStream in, ReadOptions options) {
        Path temp = XlsxInventoryReader.spool(fileName, in, ".xls", MAX_FILE_BYTES);
        return ReadRowIterator.start(fileName, (out, cancelled) -> read(fileName, temp, options, out, cancelled),
                () -> XlsxInventoryReader.delete(temp));
    }

    static ReadSummary read(String fileName, Path file, ReadOptions options, Consumer<ReadRow> out,
            BooleanSupplier cancelled) {
        FileMagic magic = check(fileName, file);
        if (magic == FileMagic.OOXML) {
            ReadSummary xlsx = XlsxInventoryReader.read(fileName, file, options, out, cancelled);
            return XlsxInventoryReader.named(fileName, ".xls")
                    ? XlsxInventoryReader.withNote(xlsx, "an .xlsx workbook with an .xls name; read as .xlsx") : xlsx;
        }
        try (POIFSFileSystem fs = open(fileName, file); HSSFWorkbook workbook = load(fileName, fs)) {
            return WorkbookInventory.read(fileName, "xls", new HssfSheets(workbook), options, out, cancelled);
        } catch (InventoryException e) {
            throw e;
        } catch (Exception e) {
            RuntimeException consumer = WorkbookInventory.consumerFailure(e);
            if (consumer != null) {
                throw consumer;
            }
            throw damaged(fileName, e);
        }
    }

    static InventoryException tooLarge(String fileName) {
        return new InventoryException(fileName + ": the .xls file is larger than " + (MAX_FILE_BYTES >> 20)
                + " MiB, more than an .xls workbook can sensibly hold; open it in Excel and save it as .xlsx,"
                + " which is read without a size limit.");
    }

    /** Refuses, with advice, what is not an OLE2 file of acceptable size; OOXML passes to the .xlsx reader. */
    private static FileMagic check(String fileName, Path file) {
        FileMagic magic;
        long size;
        try {
            size = Files.size(file);
            if (size == 0) {
                throw new InventoryException(fileName + ": the file is empty; export the vInfo tab from RVTools again.");
            }
            magic = FileMagic.valueOf(file.toFile());
        } catch (IOException e) {
            throw new InventoryException(fileName + ": the file could not be read (" + XlsxInventoryReader.reason(e)
                    + "); check that it is accessible and try again.", e);
        }
        return switch (magic) {
            case OOXML -> magic;
            case OLE2 -> {
                if (size > MAX_FILE_BYTES) {
                    throw tooLarge(fileName);
                }
                yield magic;
            }
            case BIFF2, BIFF3, BIFF4 -> throw new InventoryException(fileName + ": an Excel 2.x-4.0 worksheet,"
                    + " too old to read; open it in Excel and save it as .xlsx.");
            case HTML, XML -> throw new InventoryException(fileName + ": a web page or XML file with an .xls name,"
                    + " not an Excel workbook; open it in Excel and save it as .xlsx, or export the vInfo tab as CSV.");
            default -> throw new InventoryException(fileName + ": not an Excel .xls workbook; export the vInfo tab"
                    + " from RVTools as .xlsx or CSV.");
        };
    }

    private static POIFSFileSystem open(String fileName, Path file) {
        try {
            return new POIFSFileSystem(file.toFile(), true);
        } catch (IOException | RuntimeException e) {
            throw damaged(fileName, e);
        }
    }

    private static HSSFWorkbook load(String fileName, POIFSFileSystem fs) {
        if (fs.getRoot().hasEntry("EncryptionInfo") || fs.getRoot().hasEntry("EncryptedPackage")) {
            throw passwordProtected(fileName);
        }
        if (!hasWorkbookStream(fs)) {
            throw new InventoryException(fileName + ": an Office file but not an Excel workbook (no Workbook"
                    + " stream, perhaps a Word document); export the vInfo tab from RVTools as .xlsx or CSV.");
        }
        try {
            return new HSSFWorkbook(fs.getRoot(), true);
        } catch (EncryptedDocumentException e) {
            throw passwordProtected(fileName);
        } catch (OldExcelFormatException e) {
            throw new InventoryException(fileName + ": an Excel 5.0/95 workbook, too old to read; open it in Excel"
                    + " and save it as .xlsx.", e);
        } catch (IOException | RuntimeException e) {
            throw damaged(fileName, e);
        }
    }

    /** Excel 97-2003 keeps its records in a stream named "Workbook" (Excel 5/95: "Book"), in any case. */
    private static boolean hasWorkbookStream(POIFSFileSystem fs) {
        for (Entry entry : fs.getRoot()) {
            String name = entry.getName();
            if (name.equalsIgnoreCase("Workbook") || name.equalsIgnoreCase("Book")) {
                return true;
            }
        }
        return false;
    }

    private static InventoryException passwordProtected(String fileName) {
        return new InventoryException(fileName + ": the workbook is password-protected (encrypted);"
                + " save a copy without a password and try again.");
    }

    private static InventoryException damaged(String fileName, Throwable e) {
        return new InventoryException(fileName + ": the workbook is damaged or not a valid .xls file ("
                + XlsxInventoryReader.reason(e) + "); open it in Excel, save it as .xlsx and try again.", e);
    }

    /** The sheets of a loaded .xls workbook, as rows of formatted text. */
    private static final class HssfSheets implements WorkbookSheets {
        private final HSSFWorkbook workbook;
        private final DataFormatter formatter = new DataFormatter(Locale.ROOT);

        HssfSheets(HSSFWorkbook workbook) {
            this.workbook = workbook;
        }

        @Override
        public List<String> sheetNames() {
            List<String> names = new ArrayList<>(workbook.getNumberOfSheets());
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                names.add(workbook.getSheetName(i));
            }
            return names;
        }

        @Override
        public void read(String sheetName, SheetRows rows) {
            Sheet sheet = workbook.getSheet(sheetName);
            List<String> cells = new ArrayList<>();
            try {
                for (Row row : sheet) {
                    cells.clear();
                    for (int c = 0; c < row.getLastCellNum(); c++) {
                        Cell cell = row.getCell(c);
                        cells.add(cell == null ? null : text(cell));
                    }
                    rows.row(row.getRowNum() + 1L, cells);
                }
            } catch (StopReading e) {
                // the handler has seen all it needs
            }
        }

        /** The cell as Excel shows it, as the .xlsx reader formats it; a formula gives its cached result. */
        private String text(Cell cell) {
            return switch (cell.getCellType()) {
                case FORMULA -> switch (cell.getCachedFormulaResultType()) {
                    case NUMERIC -> {
                        CellStyle style = cell.getCellStyle();
                        yield formatter.formatRawCellContents(cell.getNumericCellValue(), style.getDataFormat(),
                                style.getDataFormatString());
                    }
                    case STRING -> cell.getRichStringCellValue().getString();
                    case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
                    case ERROR -> FormulaError.forInt(cell.getErrorCellValue()).getString();
                    default -> null;
                };
                case BLANK -> null;
                default -> formatter.formatCellValue(cell);
            };
        }
    }
}
