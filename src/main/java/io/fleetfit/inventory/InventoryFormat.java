package io.fleetfit.inventory;

import java.io.InputStream;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The inventory file formats fleetfit reads, recognised by file name, each with its reader. Excel's
 * "~$" lock files and hidden dotfiles sit next to real inventories and are never inventories. Which
 * export a file holds (RVTools, Azure Migrate, ...) is a matter of its headers: {@link SourceFormat}.
 */
public enum InventoryFormat {
    XLSX {
        @Override
        public ReadSummary read(String fileName, InputStream in, ReadOptions options, Consumer<ReadRow> out) {
            return XlsxInventoryReader.read(fileName, in, options, out);
        }
    },
    /** Excel 97-2003 workbooks, as older RVTools releases wrote them. */
    XLS {
        @Override
        public ReadSummary read(String fileName, InputStream in, ReadOptions options, Consumer<ReadRow> out) {
            return XlsInventoryReader.read(fileName, in, options, out);
        }
    },
    CSV {
        @Override
        public ReadSummary read(String fileName, InputStream in, ReadOptions options, Consumer<ReadRow> out) {
            return CsvInventoryReader.read(fileName, in, options, out);
        }
    };

    /** Reads one file of this format; {@code fileName} names it in sources and messages. */
    public abstract ReadSummary read(String fileName, InputStream in, ReadOptions options, Consumer<ReadRow> out);

    /** {@link #read(String, InputStream, ReadOptions, Consumer)} with {@link ReadOptions#DEFAULT}. */
    public ReadSummary read(String fileName, InputStream in, Consumer<ReadRow> out) {
        return read(fileName, in, ReadOptions.DEFAULT, out);
    }

    /** The format of a file name or path (".xlsx", ".xlsm", ".xls" or ".csv", any case), if it is an inventory. */
    public static Optional<InventoryFormat> of(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String base = baseName(name);
        if (base.startsWith("~$") || base.startsWith(".")) {
            return Optional.empty();
        }
        String lower = base.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".xlsx") || lower.endsWith(".xlsm")) {
            return Optional.of(XLSX);
        }
        if (lower.endsWith(".xls")) {
            return Optional.of(XLS);
        }
        if (lower.endsWith(".csv")) {
            return Optional.of(CSV);
        }
        return Optional.empty();
    }

    /** True for .xlsx, .xlsm, .xls and .csv files, but not Excel lock files ("~$...") or dotfiles. */
    public static boolean isInventoryFile(String name) {
        return of(name).isPresent();
    }

    /** The last segment of a path or URI ("s3a://b/in/acme.xlsx" gives "acme.xlsx"). */
    public static String baseName(String name) {
        String trimmed = name.strip();
        while (trimmed.endsWith("/") || trimmed.endsWith("\\")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        int slash = Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf('\\'));
        return trimmed.substring(slash + 1);
    }
}
