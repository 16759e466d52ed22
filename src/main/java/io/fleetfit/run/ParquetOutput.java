package io.fleetfit.run;

import io.fleetfit.assessment.Outcome;
import io.fleetfit.report.CsvColumn;
import java.io.IOException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Types;

/**
 * {@code --parquet DIR}: one client's outcomes as a Parquet file in the client's partition folder
 * {@code DIR/client=<name>/}, in the columns of {@code assessments.csv} (numbers typed, text as it
 * is), written by the client's task beside its report. The file is written under a hidden name and
 * renamed when complete; the commit then replaces whatever else the partition held, so a run
 * replaces its own clients and leaves the others. Spark, DuckDB and pyarrow read {@code DIR} as
 * one dataset partitioned by client. The same rows give the same bytes in every run
 * ({@link StableParquetFooter}).
 */
final class ParquetOutput implements AutoCloseable {

    static final String FILE = "part-00000-fleetfit.snappy.parquet";
    static final String PARTITION_COLUMN = CsvColumn.CLIENT.header();
    private static final MessageType SCHEMA = schema();

    private final OutputFolder partition;
    /** The file's temporary name, the run's own ({@link FolderLock#temporary}). */
    private final String temp;
    private final ParquetWriter<Group> writer;
    private final SimpleGroupFactory groups = new SimpleGroupFactory(SCHEMA);
    private boolean committed;

    ParquetOutput(Configuration conf, String dir, String client, String runId) throws IOException {
        this.partition = OutputFolder.of(conf, partition(new Path(dir), client));
        this.temp = FolderLock.temporary(FILE, runId);
        this.writer = ExampleParquetWriter.builder(new StableParquetFooter(partition.parquet(temp)))
                .withType(SCHEMA)
                .withCompressionCodec(CompressionCodecName.SNAPPY)
                .withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
                .withConf(conf)
                .build();
    }

    /** The client's partition folder in the dataset {@code dir}. */
    static Path partition(Path dir, String client) {
        return new Path(dir, PARTITION_COLUMN + "=" + escapePathName(client));
    }

    /** The characters Hive and Spark escape in a partition folder's name, as {@link #escapePathName} does. */
    private static final String ESCAPED = "\"#%'*/:=?\\\u007F{[]^";

    /**
     * A partition value as a folder name, escaped as Spark's {@code ExternalCatalogUtils.escapePathName}
     * escapes it (control characters and {@link #ESCAPED} as {@code %XX}), so Spark reads the client's
     * name back from the folder: the same rule without Spark on the classpath of the client's task.
     */
    static String escapePathName(String value) {
        StringBuilder b = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c >= 0x01 && c <= 0x1F) || ESCAPED.indexOf(c) >= 0) {
                b.append('%').append(String.format(java.util.Locale.ROOT, "%02X", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** The columns of assessments.csv but the client, which the partition folder carries. */
    static MessageType schema() {
        Types.MessageTypeBuilder b = Types.buildMessage();
        for (CsvColumn c : CsvColumn.values()) {
            if (c == CsvColumn.CLIENT) {
                continue;
            }
            if (c.kind() == CsvColumn.Kind.NUMBER) {
                b.optional(PrimitiveType.PrimitiveTypeName.INT64).named(c.header());
            } else {
                b.optional(PrimitiveType.PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named(c.header());
            }
        }
        return b.named("assessment");
    }

    void add(CsvColumn.Run run, Outcome outcome) throws IOException {
        Group g = groups.newGroup();
        for (CsvColumn c : CsvColumn.values()) {
            if (c == CsvColumn.CLIENT) {
                continue;
            }
            Object v = c.data(run, outcome);
            if (v instanceof Long n) {
                g.append(c.header(), n);
            } else if (v != null) {
                g.append(c.header(), (String) v);
            }
        }
        writer.write(g);
    }

    /** Completes the file, clears the partition of older files and renames the new one into place. */
    void commit() throws IOException {
        writer.close();
        for (String name : partition.list()) {
            if (!name.startsWith(".") && !name.equals(FILE)) {
                partition.delete(name);
            }
        }
        partition.replace(temp, FILE);
        committed = true;
    }

    @Override
    public void close() throws IOException {
        if (!committed) {
            try {
                writer.close();
            } finally {
                partition.delete(temp);
            }
        }
    }
}
