package io.fleetfit.job;

import io.fleetfit.assessment.Rejection;
import io.fleetfit.assessment.SourceRef;
import io.fleetfit.inventory.CsvInventoryReader;
import io.fleetfit.inventory.HeaderMap;
import io.fleetfit.inventory.InventoryException;
import io.fleetfit.inventory.ReadOptions;
import io.fleetfit.inventory.ReadRow;
import io.fleetfit.inventory.ReadRowIterator;
import io.fleetfit.inventory.ReadSummary;
import io.fleetfit.inventory.RowParser;
import io.fleetfit.inventory.XlsxInventoryReader;
import io.fleetfit.summary.InputFile;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.List;
import org.apache.hadoop.fs.Path;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import scala.Tuple2;

/**
 * Reads inventory files into an RDD of rows plus one {@link Item.File} per file. An Excel file
 * cannot be split, so each one is a task of its own that streams it through fleetfit's reader; so
 * is a CSV file up to {@link #csvSplitBytes()}, through fleetfit's CSV reader (exact row numbers,
 * its limits and its messages). A larger CSV file is read by Spark's CSV reader, split across
 * tasks, with an explicit all-text schema built from its header line.
 */
final class InventorySource {

    static final String CSV_FORMAT = "CSV";
    /** The system property that sets {@link #csvSplitBytes()}. */
    static final String CSV_SPLIT_PROPERTY = "fleetfit.csv.split.bytes";

    /** CSV files up to this size (256 MiB unless the property says otherwise) are one task each; larger ones are split by Spark's CSV reader. */
    static long csvSplitBytes() {
        return Long.getLong(CSV_SPLIT_PROPERTY, 256L * 1024 * 1024);
    }
    private static final String CORRUPT = "__fleetfit_malformed";
    private static final Logger LOG = LogManager.getLogger(InventorySource.class);

    private InventorySource() {
    }

    /** Every file's rows and its own item, each paired with the file's client. */
    static JavaPairRDD<Integer, Item> read(SparkSession spark, List<InputPaths.InputPath> files, HadoopConf hadoopConf,
                                           ReadOptions options) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        long split = csvSplitBytes();
        List<InputPaths.InputPath> whole = files.stream().filter(f -> !f.isCsv() || f.size() <= split).toList();
        List<InputPaths.InputPath> csv = files.stream().filter(f -> f.isCsv() && f.size() > split).toList();

        List<JavaPairRDD<Integer, Item>> parts = new ArrayList<>();
        if (!whole.isEmpty()) {
            // the biggest files first, so the last task to start is a short one
            List<InputPaths.InputPath> bySize = whole.stream()
                    .sorted(java.util.Comparator.comparingLong(InputPaths.InputPath::size).reversed()).toList();
            parts.add(jsc.parallelize(bySize, bySize.size()).flatMapToPair(f -> {
                Integer client = f.client();
                Iterator<Item> items = readFile(f, hadoopConf, options);
                return new Iterator<Tuple2<Integer, Item>>() {
                    @Override
                    public boolean hasNext() {
                        return items.hasNext();
                    }

                    @Override
                    public Tuple2<Integer, Item> next() {
                        return new Tuple2<>(client, items.next());
                    }
                };
            }));
        }
        List<Tuple2<InputPaths.InputPath, Item>> csvFiles = new ArrayList<>();
        for (InputPaths.InputPath f : csv) {
            csvFiles.add(new Tuple2<>(f, readCsv(spark, f, options, parts)));
        }
        if (!csvFiles.isEmpty()) {
            // each file's own item, with the file's SHA-256 worked out on the executors
            parts.add(jsc.parallelize(csvFiles, Math.min(csvFiles.size(), jsc.defaultParallelism()))
                    .mapToPair(t -> new Tuple2<>(t._1().client(), withSha256(t._2(), t._1(), hadoopConf))));
        }
        return parts.stream().reduce(JavaPairRDD::union).orElseGet(() -> JavaPairRDD.fromJavaRDD(jsc.emptyRDD()));
    }

    /**
     * Runs on an executor: the file's rows, pulled one at a time from the streaming reader (a
     * file never sits in memory whole), then the file's own item. A file that cannot be read ends
     * in an item with its error; rows read before a mid-file error have been passed on and are
     * accounted for.
     */
    static Iterator<Item> readFile(InputPaths.InputPath file, HadoopConf hadoopConf, ReadOptions options) {
        Path path = new Path(file.uri());
        // a stream read whole is checksummed as it is read, not read a second time for its SHA-256
        Checksum checksum = new Checksum(file, hadoopConf);
        ReadRowIterator rows;
        try {
            if (file.isCsv()) {
                rows = CsvInventoryReader.iterate(file.name(), checksum.wrap(path.getFileSystem(hadoopConf.get()).open(path)), options);
            } else if ("file".equals(path.toUri().getScheme())) {
                // a local file is opened in place; any other file system is spooled by the reader
                rows = XlsxInventoryReader.iterate(file.name(), java.nio.file.Path.of(path.toUri()), options);
            } else {
                try (InputStream in = checksum.wrap(path.getFileSystem(hadoopConf.get()).open(path))) {
                    rows = XlsxInventoryReader.iterate(file.name(), in, options);
                }
            }
        } catch (IOException | RuntimeException e) {
            return List.<Item>of(withSha256(unreadable(file, e), file, hadoopConf)).iterator();
        }
        TaskContext task = TaskContext.get();
        if (task != null) {
            task.addTaskCompletionListener((org.apache.spark.util.TaskCompletionListener) ctx -> rows.close());
        }
        return new Iterator<>() {
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
        };
    }

    /** A file's item with the file's SHA-256, so a report can be traced to the exact bytes it read. */
    static Item withSha256(Item item, InputPaths.InputPath file, HadoopConf hadoopConf) {
        return item instanceof Item.File f ? new Item.File(f.file().withSha256(sha256(file, hadoopConf))) : item;
    }

    /** The file's SHA-256 in lower-case hex, "" when it cannot be read. */
    static String sha256(InputPaths.InputPath file, HadoopConf hadoopConf) {
        Path path = new Path(file.uri());
        try (InputStream in = path.getFileSystem(hadoopConf.get()).open(path)) {
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
    static void readOnThisThread(InputPaths.InputPath file, HadoopConf hadoopConf, ReadOptions options,
                                 java.util.function.Consumer<Item> items) {
        Path path = new Path(file.uri());
        Checksum checksum = new Checksum(file, hadoopConf);
        java.util.function.Consumer<ReadRow> out = row -> items.accept(new Item.Read(row));
        try {
            ReadSummary s;
            if (!file.isCsv() && "file".equals(path.toUri().getScheme())) {
                // a local workbook is opened in place, as the job's reader does
                s = XlsxInventoryReader.read(file.name(), java.nio.file.Path.of(path.toUri()), options, out);
            } else {
                try (InputStream in = checksum.wrap(path.getFileSystem(hadoopConf.get()).open(path))) {
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
            return InventorySource.sha256(file, hadoopConf);
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

    static Item unreadable(InputPaths.InputPath file, Exception e) {
        LOG.warn("cannot read {}", file.uri(), e);
        String message = e instanceof InventoryException ? e.getMessage()
                : file.name() + ": could not be read (" + oneLine(e) + "); check that it is an RVTools export.";
        return new Item.File(new InputFile(file.name(), "", "", "", message));
    }

    /**
     * Reads the header on the driver, then lets Spark read the rows with that header as an explicit
     * schema of text columns; adds the rows' RDD to {@code parts} and returns the file's item.
     */
    private static Item readCsv(SparkSession spark, InputPaths.InputPath file, ReadOptions options,
                                List<JavaPairRDD<Integer, Item>> parts) {
        Path path = new Path(file.uri());
        CsvInventoryReader.CsvHeader header;
        try (InputStream in = path.getFileSystem(spark.sparkContext().hadoopConfiguration()).open(path)) {
            header = CsvInventoryReader.inspect(in);
        } catch (InventoryException e) {
            return new Item.File(new InputFile(file.name(), CSV_FORMAT, "", "", e.getMessage()));
        } catch (IOException | RuntimeException e) {
            LOG.warn("cannot read {}", file.uri(), e);
            return new Item.File(new InputFile(file.name(), CSV_FORMAT, "", "", file.name() + ": could not be read (" + oneLine(e) + ")."));
        }
        HeaderMap headers;
        try {
            headers = HeaderMap.of(header, options);
        } catch (IllegalArgumentException e) {
            return new Item.File(new InputFile(file.name(), CSV_FORMAT, "", "", file.name() + ": " + e.getMessage()));
        }
        String format = CsvInventoryReader.summaryFormat(headers.sourceFormat());
        if (!headers.isInventoryHeader()) {
            return new Item.File(new InputFile(file.name(), format, "", "",
                    file.name() + ": the header has no VM name column; export RVTools' vInfo tab as CSV, or map the"
                            + " headers with --mapping."));
        }
        List<StructField> fields = new ArrayList<>();
        int width = header.cells().size();
        for (int i = 0; i < width; i++) {
            fields.add(DataTypes.createStructField("c" + i, DataTypes.StringType, true));
        }
        fields.add(DataTypes.createStructField(CORRUPT, DataTypes.StringType, true));
        Dataset<Row> rows = spark.read()
                .schema(DataTypes.createStructType(fields))
                .option("header", "true")
                .option("enforceSchema", "true")
                .option("sep", String.valueOf(header.delimiter()))
                // RFC 4180, as Excel and RVTools write CSV: a quote inside a quoted field is doubled, a backslash is text
                .option("quote", "\"")
                .option("escape", "\"")
                .option("encoding", header.charset())
                .option("multiLine", "true")
                .option("mode", "PERMISSIVE")
                .option("columnNameOfCorruptRecord", CORRUPT)
                .csv(escapeGlob(file.uri()));
        String name = file.name();
        Integer client = file.client();
        parts.add(rows.toJavaRDD().zipWithIndex().map(t -> {
            // the record's position in the file; the header is row 1
            SourceRef source = new SourceRef(name, "", t._2() + 2);
            Row r = t._1();
            List<String> cells = new ArrayList<>(width);
            for (int i = 0; i < width; i++) {
                cells.add(r.isNullAt(i) ? "" : r.getString(i));
            }
            if (!r.isNullAt(width)) {
                return (Item) new Item.Read(new ReadRow.Rejected(new Rejection(source, "",
                        "The row does not match the header's " + width + " columns; check the delimiter and quoting.")));
            }
            return RowParser.isBlank(cells) ? null : (Item) new Item.Read(RowParser.parse(source, headers, cells));
        }).filter(i -> i != null).mapToPair(i -> new Tuple2<>(client, i)));
        return new Item.File(new InputFile(name, format, "", "", null, String.join("; ", headers.notes())));
    }

    /** Spark treats a path as a glob; a file name with glob characters is matched literally. */
    static String escapeGlob(String uri) {
        return uri.replaceAll("([\\[\\]{}*?\\\\])", "\\\\$1");
    }

    static String oneLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.lines().findFirst().orElse(m);
    }
}
