package io.fleetfit.job;

import io.fleetfit.assessment.Rejection;
import io.fleetfit.assessment.SourceRef;
import io.fleetfit.inventory.CsvInventoryReader;
import io.fleetfit.inventory.HeaderMap;
import io.fleetfit.inventory.InventoryException;
import io.fleetfit.inventory.ReadOptions;
import io.fleetfit.inventory.ReadRow;
import io.fleetfit.inventory.RowParser;
import io.fleetfit.run.HadoopConf;
import io.fleetfit.run.InputPaths;
import io.fleetfit.run.InventoryFiles;
import io.fleetfit.run.Item;
import io.fleetfit.summary.InputFile;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
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
        // a local file whose name is not UTF-8 is read whole: Spark's reader opens files through Hadoop, which cannot open it
        List<InputPaths.InputPath> csv = files.stream().filter(f -> f.isCsv() && f.size() > split && f.namedInUtf8()).toList();
        List<InputPaths.InputPath> whole = files.stream().filter(f -> !csv.contains(f)).toList();

        List<JavaPairRDD<Integer, Item>> parts = new ArrayList<>();
        if (!whole.isEmpty()) {
            // the biggest files first, so the last task to start is a short one
            List<InputPaths.InputPath> bySize = whole.stream()
                    .sorted(java.util.Comparator.comparingLong(InputPaths.InputPath::size).reversed()).toList();
            parts.add(jsc.parallelize(bySize, bySize.size()).flatMapToPair(f -> {
                Integer client = f.client();
                InventoryFiles.Items items = InventoryFiles.items(f, hadoopConf, options);
                TaskContext task = TaskContext.get();
                if (task != null) {
                    task.addTaskCompletionListener((org.apache.spark.util.TaskCompletionListener) ctx -> items.close());
                }
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
                    .mapToPair(t -> new Tuple2<>(t._1().client(), InventoryFiles.withSha256(t._2(), t._1(), hadoopConf))));
        }
        return parts.stream().reduce(JavaPairRDD::union).orElseGet(() -> JavaPairRDD.fromJavaRDD(jsc.emptyRDD()));
    }

    /**
     * Reads the header on the driver, then lets Spark read the rows with that header as an explicit
     * schema of text columns; adds the rows' RDD to {@code parts} and returns the file's item.
     */
    private static Item readCsv(SparkSession spark, InputPaths.InputPath file, ReadOptions options,
                                List<JavaPairRDD<Integer, Item>> parts) {
        CsvInventoryReader.CsvHeader header;
        try (InputStream in = file.open(spark.sparkContext().hadoopConfiguration())) {
            header = CsvInventoryReader.inspect(file.name(), in);
        } catch (InventoryException e) {
            return new Item.File(new InputFile(file.name(), CSV_FORMAT, "", "", e.getMessage()));
        } catch (IOException | RuntimeException e) {
            LOG.warn("cannot read {}", file.uri(), e);
            return new Item.File(new InputFile(file.name(), CSV_FORMAT, "", "", file.name() + ": could not be read (" + InventoryFiles.oneLine(e) + ")."));
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
                .csv(escapeGlob(file.path().toString()));
        String name = file.name();
        Integer client = file.client();
        char delimiter = header.delimiter();
        List<String> headerCells = header.cells();
        parts.add(rows.toJavaRDD().zipWithIndex().map(t -> {
            // the record's position in the file; the header is row 1
            SourceRef source = new SourceRef(name, "", t._2() + 2);
            Row r = t._1();
            List<String> cells;
            if (r.isNullAt(width)) {
                cells = new ArrayList<>(width);
                for (int i = 0; i < width; i++) {
                    cells.add(r.isNullAt(i) ? "" : r.getString(i));
                }
            } else {
                // PERMISSIVE marks every record whose field count is not the header's, fewer or more, and
                // drops the extra fields: split its text again as fleetfit's own reader does, so both
                // readers accept short rows and empty trailing fields and reject shifted rows alike
                cells = CsvInventoryReader.fields(r.getString(width), delimiter);
                if (cells == null) {
                    return (Item) new Item.Read(new ReadRow.Rejected(new Rejection(source, "",
                            "The row does not match the header's " + width + " columns; check the delimiter and quoting.")));
                }
            }
            if (RowParser.isBlank(cells)) {
                return null;
            }
            return CsvInventoryReader.repeatsHeader(headerCells, cells) ? (Item) new Item.RepeatedHeader(name, source.row())
                    : (Item) new Item.Read(RowParser.parseRecord(source, headers, cells));
        }).filter(i -> i != null).mapToPair(i -> new Tuple2<>(client, i)));
        return new Item.File(new InputFile(name, format, "", "", null, String.join("; ", headers.notes())));
    }

    /** Spark treats a path as a glob; a file name with glob characters is matched literally. */
    static String escapeGlob(String uri) {
        return uri.replaceAll("([\\[\\]{}*?\\\\])", "\\\\$1");
    }
}
