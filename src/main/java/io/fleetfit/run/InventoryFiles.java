package io.fleetfit.run;

import io.fleetfit.inventory.CsvInventoryReader;
import io.fleetfit.inventory.InventoryException;
import io.fleetfit.inventory.ReadOptions;
import io.fleetfit.inventory.ReadRow;
import io.fleetfit.inventory.ReadRowIterator;
import io.fleetfit.inventory.ReadSummary;
import io.fleetfit.inventory.XlsxInventoryReader;
import io.fleetfit.summary.InputFile;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.hadoop.fs.Path;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * One inventory file read whole through Hadoop's file system with fleetfit's readers, as the
 * items a client's work takes: its rows, then one {@link Item.File} saying how it was read (or why
 * it could not be) with the file's SHA-256. Pulled ({@link #items}) by the job's per-file tasks,
 * pushed ({@link #readOnThisThread}) by the per-client plan and the single-threaded baseline.
 */
public final class InventoryFiles {

    private static final Logger LOG = LogManager.getLogger(InventoryFiles.class);

    private InventoryFiles() {
    }

    /** A file's items, pulled one by one; closing them closes the reader. */
    public interface Items extends Iterator<Item>, AutoCloseable {
        @Override
        void close();

        /** One item and nothing to close: a file that could not be opened. */
        static Items of(Item item) {
            Iterator<Item> one = List.of(item).iterator();
            return new Items() {
                @Override
                public boolean hasNext() {
                    return one.hasNext();
                }

                @Override
                public Item next() {
                    return one.next();
                }

                @Override
                public void close() {
                }
            };
        }
    }

    /**
     * The file's rows, pulled one at a time from the streaming reader (a file never sits in memory
     * whole), then the file's own item: the job's read of a whole file on an executor. A file that
     * cannot be read ends in an item with its error; rows read before a mid-file error have been
     * passed on and are accounted for. Close the items when the task ends, read to the end or not.
     */
    public static Items items(InputPaths.InputPath file, HadoopConf hadoopConf, ReadOptions options) {
        Path path = file.path();
        // a stream read whole is checksummed as it is read, not read a second time for its SHA-256
        Checksum checksum = new Checksum(file, hadoopConf);
        ReadRowIterator rows;
        try {
            if (file.isCsv()) {
                rows = CsvInventoryReader.iterate(file.name(), checksum.wrap(file.open(hadoopConf.get())), options);
            } else if (inPlace(file)) {
                // a local file is opened in place; any other file system is spooled by the reader
                rows = XlsxInventoryReader.iterate(file.name(), java.nio.file.Path.of(path.toUri()), options);
            } else {
                try (InputStream in = checksum.wrap(file.open(hadoopConf.get()))) {
                    rows = XlsxInventoryReader.iterate(file.name(), in, options);
                }
            }
        } catch (IOException | RuntimeException e) {
            return Items.of(withSha256(unreadable(file, e), file, hadoopConf));
        }
        return new Items() {
            /** The file's own item, once the rows are exhausted; then {@code null} again when it was taken. */
            private Item last;
            private boolean finished;

            @Override
            public boolean hasNext() {
                if (last != null) {
                    return true;
                }
                if (finished) {
                    return false;
                }
                try {
                    if (rows.hasNext()) {
                        return true;
                    }
                    last = fileItem(file, rows.summary(), checksum.sha256());
                } catch (RuntimeException e) {
                    last = withSha256(unreadable(file, e), file, hadoopConf);
                }
                finished = true;
                rows.close();
                return true;
            }

            @Override
            public Item next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                if (last != null) {
                    Item item = last;
                    last = null;
                    return item;
                }
                return new Item.Read(rows.next());
            }

            @Override
            public void close() {
                rows.close();
            }
        };
    }

    /**
     * Whether a workbook is opened where it lies: a local one, but one whose name is not UTF-8, which
     * POI (opening a {@code java.io.File}, whose name is text) cannot find; it is spooled, as a
     * remote one is.
     */
    private static boolean inPlace(InputPaths.InputPath file) {
        return "file".equals(file.path().toUri().getScheme()) && file.namedInUtf8();
    }

    /** A file's item with the file's SHA-256, so a report can be traced to the exact bytes it read. */
    public static Item withSha256(Item item, InputPaths.InputPath file, HadoopConf hadoopConf) {
        return item instanceof Item.File f ? new Item.File(f.file().withSha256(sha256(file, hadoopConf))) : item;
    }

    /** The file's SHA-256 in lower-case hex, "" when it cannot be read. */
    public static String sha256(InputPaths.InputPath file, HadoopConf hadoopConf) {
        try (InputStream in = file.open(hadoopConf.get())) {
            java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
            return java.util.HexFormat.of().formatHex(digest.digest());
        } catch (IOException | java.security.NoSuchAlgorithmException | RuntimeException e) {
            LOG.warn("cannot checksum {}", file.uri(), e);
            return "";
        }
    }

    /**
     * The file's rows, then its own item, handed to {@code items} on the calling thread by the
     * push-style readers, with no reader thread of their own (a big sheet of a workbook is still
     * parsed on a thread of its own unless {@link XlsxInventoryReader#SINGLE_THREAD_PROPERTY} says
     * otherwise): the per-client plan's read and the single-threaded baseline's.
     */
    public static void readOnThisThread(InputPaths.InputPath file, HadoopConf hadoopConf, ReadOptions options,
                                 java.util.function.Consumer<Item> items) {
        Path path = file.path();
        Checksum checksum = new Checksum(file, hadoopConf);
        java.util.function.Consumer<ReadRow> out = row -> items.accept(new Item.Read(row));
        try {
            ReadSummary s;
            if (!file.isCsv() && inPlace(file)) {
                // a local workbook is opened in place, as the job's reader does
                s = XlsxInventoryReader.read(file.name(), java.nio.file.Path.of(path.toUri()), options, out);
            } else {
                try (InputStream in = checksum.wrap(file.open(hadoopConf.get()))) {
                    s = io.fleetfit.inventory.InventoryFormat.of(file.name()).orElseThrow().read(file.name(), in, options, out);
                }
            }
            items.accept(fileItem(file, s, checksum.sha256()));
        } catch (IOException | RuntimeException e) {
            items.accept(withSha256(unreadable(file, e), file, hadoopConf));
        }
    }

    /** A read file's own item: what the reader recognised, its notes and the file's SHA-256. */
    private static Item fileItem(InputPaths.InputPath file, ReadSummary s, String sha256) {
        String producer = s.rvtoolsVersion() == null ? "" : "RVTools " + s.rvtoolsVersion();
        return new Item.File(new InputFile(file.name(), s.format(), s.sheet(), producer, null,
                String.join("; ", s.notes()), sha256));
    }

    /**
     * A file's SHA-256: taken from the stream as the reader reads it when the reader reads it all
     * through {@link #wrap}, else (a local workbook read in place, a read that ended early) read
     * from the file.
     */
    private static final class Checksum {
        private final InputPaths.InputPath file;
        private final HadoopConf hadoopConf;
        private Digesting stream;

        Checksum(InputPaths.InputPath file, HadoopConf hadoopConf) {
            this.file = file;
            this.hadoopConf = hadoopConf;
        }

        InputStream wrap(InputStream in) {
            try {
                stream = new Digesting(in, java.security.MessageDigest.getInstance("SHA-256"));
                return stream;
            } catch (java.security.NoSuchAlgorithmException e) {
                return in;
            }
        }

        String sha256() {
            if (stream != null && stream.ended) {
                return java.util.HexFormat.of().formatHex(stream.getMessageDigest().digest());
            }
            return InventoryFiles.sha256(file, hadoopConf);
        }

        /** A digesting stream that knows whether its reader reached the end. */
        private static final class Digesting extends java.security.DigestInputStream {
            volatile boolean ended;

            Digesting(InputStream in, java.security.MessageDigest digest) {
                super(in, digest);
            }

            @Override
            public int read() throws IOException {
                int b = super.read();
                ended |= b < 0;
                return b;
            }

            @Override
            public int read(byte[] buffer, int off, int len) throws IOException {
                int n = super.read(buffer, off, len);
                ended |= n < 0;
                return n;
            }
        }
    }

    public static Item unreadable(InputPaths.InputPath file, Exception e) {
        LOG.warn("cannot read {}", file.uri(), e);
        String message = e instanceof InventoryException ? e.getMessage()
                : file.name() + ": could not be read (" + oneLine(e) + "); check that it is an RVTools export.";
        return new Item.File(new InputFile(file.name(), "", "", "", message));
    }

    public static String oneLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.lines().findFirst().orElse(m);
    }
}
