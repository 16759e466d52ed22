package io.fleetfit.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.format.ColumnChunk;
import org.apache.parquet.format.Encoding;
import org.apache.parquet.format.FileMetaData;
import org.apache.parquet.format.RowGroup;
import org.apache.parquet.format.Util;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.example.GroupReadSupport;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Types;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StableParquetFooterTest {

    private static final MessageType SCHEMA = Types.buildMessage()
            .optional(PrimitiveType.PrimitiveTypeName.INT64).named("n")
            .optional(PrimitiveType.PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named("s")
            .named("t");

    @TempDir
    Path dir;

    @Test
    void theFooterListsEveryColumnsEncodingsInOrderAndTheRowsAreIntact() throws Exception {
        List<String> texts = texts(1_000, 8);
        byte[] file = write(dir.resolve("small.parquet"), texts);

        List<List<Encoding>> encodings = encodings(file);
        assertThat(encodings).as("a column with more than one encoding, so the order matters").anySatisfy(e -> assertThat(e).hasSizeGreaterThan(1));
        assertThat(encodings).allSatisfy(e -> assertThat(e).isSortedAccordingTo((a, b) -> Integer.compare(a.getValue(), b.getValue())));
        assertThat(read(dir.resolve("small.parquet"))).isEqualTo(texts);
    }

    @Test
    void footersThatDifferOnlyInTheOrderOfEncodingsBecomeTheSameBytes() throws Exception {
        byte[] file = write(dir.resolve("a.parquet"), texts(500, 8));
        byte[] reordered = withEncodingsReversed(file);
        assertThat(reordered).as("reversing the lists changed the footer").isNotEqualTo(file).hasSameSizeAs(file);

        assertThat(StableParquetFooter.sortEncodings(reordered, 0, reordered.length)).isTrue();
        assertThat(reordered).isEqualTo(file);
        assertThat(StableParquetFooter.sortEncodings(reordered, 0, reordered.length)).as("already in order").isFalse();
    }

    @Test
    void aFileLargerThanTheHeldBackBytesIsWrittenWholeWithItsFooterInOrder() throws Exception {
        // random text does not compress: some 6 MB, three times the bytes held back
        List<String> texts = texts(40_000, 150);
        byte[] file = write(dir.resolve("large.parquet"), texts);

        assertThat(file.length).isGreaterThan(3 * StableParquetFooter.WINDOW);
        assertThat(encodings(file)).allSatisfy(e -> assertThat(e).isSortedAccordingTo((a, b) -> Integer.compare(a.getValue(), b.getValue())));
        assertThat(read(dir.resolve("large.parquet"))).isEqualTo(texts);

        // the same bytes with the lists backwards, written through the stream in pieces, reach the disk in order
        byte[] reordered = withEncodingsReversed(file);
        assertThat(reordered).isNotEqualTo(file);
        Path copy = dir.resolve("copy.parquet");
        try (org.apache.parquet.io.PositionOutputStream out = new StableParquetFooter(new OutputFolder.LocalParquetFile(copy)).create(0)) {
            out.write(reordered[0]);
            for (int at = 1; at < reordered.length; at += 65_521) {
                out.write(reordered, at, Math.min(65_521, reordered.length - at));
            }
            assertThat(out.getPos()).isEqualTo(reordered.length);
        }
        assertThat(Files.readAllBytes(copy)).isEqualTo(file);
    }

    @Test
    void bytesThatEndInNoFooterAreLeftAsTheyAre() {
        byte[] text = "not a parquet file at all, PAR1".getBytes(StandardCharsets.US_ASCII);
        byte[] copy = text.clone();
        assertThat(StableParquetFooter.sortEncodings(copy, 0, copy.length)).isFalse();
        assertThat(copy).isEqualTo(text);

        byte[] lying = new byte[16];
        System.arraycopy(new byte[] {(byte) 0xff, (byte) 0xff, 0, 0, 'P', 'A', 'R', '1'}, 0, lying, 8, 8);
        assertThat(StableParquetFooter.sortEncodings(lying, 0, lying.length)).as("a length past the start").isFalse();
    }

    private static List<String> texts(int rows, int length) {
        Random random = new Random(20250602);
        List<String> texts = new ArrayList<>(rows);
        for (int i = 0; i < rows; i++) {
            StringBuilder b = new StringBuilder(length);
            for (int j = 0; j < length; j++) {
                b.append((char) ('a' + random.nextInt(26)));
            }
            // a few repeated values and nulls, as a real column has
            texts.add(i % 7 == 0 ? null : i % 3 == 0 ? "same" : b.toString());
        }
        return texts;
    }

    private static byte[] write(Path path, List<String> texts) throws Exception {
        SimpleGroupFactory groups = new SimpleGroupFactory(SCHEMA);
        try (ParquetWriter<Group> writer = ExampleParquetWriter.builder(new StableParquetFooter(new OutputFolder.LocalParquetFile(path)))
                .withType(SCHEMA).withCompressionCodec(CompressionCodecName.SNAPPY).withConf(new Configuration(false)).build()) {
            for (int i = 0; i < texts.size(); i++) {
                Group g = groups.newGroup().append("n", (long) i);
                if (texts.get(i) != null) {
                    g.append("s", texts.get(i));
                }
                writer.write(g);
            }
        }
        return Files.readAllBytes(path);
    }

    private static List<String> read(Path path) throws Exception {
        List<String> texts = new ArrayList<>();
        try (ParquetReader<Group> reader = ParquetReader.builder(new GroupReadSupport(), new org.apache.hadoop.fs.Path(path.toUri()))
                .withConf(new Configuration(false)).build()) {
            long n = 0;
            for (Group g = reader.read(); g != null; g = reader.read()) {
                assertThat(g.getLong("n", 0)).isEqualTo(n++);
                texts.add(g.getFieldRepetitionCount("s") == 0 ? null : g.getString("s", 0));
            }
        }
        return texts;
    }

    private static FileMetaData footer(byte[] file) throws Exception {
        int length = org.apache.parquet.bytes.BytesUtils.readIntLittleEndian(file, file.length - 8);
        return Util.readFileMetaData(new ByteArrayInputStream(file, file.length - 8 - length, length));
    }

    private static List<List<Encoding>> encodings(byte[] file) throws Exception {
        List<List<Encoding>> all = new ArrayList<>();
        for (RowGroup group : footer(file).getRow_groups()) {
            for (ColumnChunk chunk : group.getColumns()) {
                all.add(chunk.getMeta_data().getEncodings());
            }
        }
        return all;
    }

    /** The file with each column chunk's encodings listed backwards, as another JVM's hash order may list them. */
    private static byte[] withEncodingsReversed(byte[] file) throws Exception {
        FileMetaData footer = footer(file);
        for (RowGroup group : footer.getRow_groups()) {
            for (ColumnChunk chunk : group.getColumns()) {
                List<Encoding> reversed = new ArrayList<>(chunk.getMeta_data().getEncodings());
                Collections.reverse(reversed);
                chunk.getMeta_data().setEncodings(reversed);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Util.writeFileMetaData(footer, out);
        byte[] bytes = out.toByteArray();
        byte[] copy = Arrays.copyOf(file, file.length);
        System.arraycopy(bytes, 0, copy, file.length - 8 - bytes.length, bytes.length);
        return copy;
    }
}
