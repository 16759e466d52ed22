package io.fleetfit.run;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.parquet.bytes.BytesUtils;
import org.apache.parquet.format.ColumnChunk;
import org.apache.parquet.format.ColumnMetaData;
import org.apache.parquet.format.Encoding;
import org.apache.parquet.format.FileMetaData;
import org.apache.parquet.format.RowGroup;
import org.apache.parquet.format.Util;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.io.PositionOutputStream;

/**
 * A Parquet file whose bytes depend on its rows only. Parquet's writer lists each column chunk's
 * encodings in its footer in the order of a {@code HashSet} of enums, which changes with every JVM,
 * so the same rows gave files that differed in a few bytes from run to run. This file holds back
 * the last {@link #WINDOW} bytes written and, on close, puts those lists in the order of the
 * encodings' numbers before they reach the disk; the footer keeps its length, so no offset moves.
 * Works on any file system (the bytes are fixed before they are written); a footer larger than
 * the window, or one it cannot read, is written as Parquet made it.
 */
record StableParquetFooter(OutputFile file) implements OutputFile {

    /** The bytes held back: a footer lists a few hundred bytes per column and row group. */
    static final int WINDOW = 1 << 20;

    @Override
    public PositionOutputStream create(long blockSizeHint) throws IOException {
        return new HoldingBack(file.create(blockSizeHint));
    }

    @Override
    public PositionOutputStream createOrOverwrite(long blockSizeHint) throws IOException {
        return new HoldingBack(file.createOrOverwrite(blockSizeHint));
    }

    @Override
    public boolean supportsBlockSize() {
        return file.supportsBlockSize();
    }

    @Override
    public long defaultBlockSize() {
        return file.defaultBlockSize();
    }

    /** The file's path, for Parquet's messages (a default method of {@link OutputFile} from 1.13 on). */
    @Override
    public String getPath() {
        return file.getPath();
    }

    /**
     * Puts the encodings of every column chunk in {@code bytes[from, to)}, which end with a plain
     * Parquet footer, in order; returns whether anything changed. Leaves the bytes as they are when
     * the footer is not wholly there, is encrypted or cannot be read, or would change its length.
     */
    static boolean sortEncodings(byte[] bytes, int from, int to) {
        byte[] magic = ParquetFileWriter.MAGIC;
        if (to - from < 4 + 2 * magic.length || !Arrays.equals(bytes, to - magic.length, to, magic, 0, magic.length)) {
            return false;
        }
        try {
            int length = BytesUtils.readIntLittleEndian(bytes, to - magic.length - 4);
            int start = to - magic.length - 4 - length;
            if (length <= 0 || start < from) {
                return false;
            }
            FileMetaData footer = Util.readFileMetaData(new ByteArrayInputStream(bytes, start, length));
            boolean changed = false;
            for (RowGroup group : footer.getRow_groups()) {
                for (ColumnChunk chunk : group.getColumns()) {
                    ColumnMetaData meta = chunk.getMeta_data();
                    if (meta == null || meta.getEncodings() == null) {
                        continue;
                    }
                    List<Encoding> sorted = meta.getEncodings().stream().sorted(Comparator.comparingInt(Encoding::getValue)).toList();
                    if (!sorted.equals(meta.getEncodings())) {
                        meta.setEncodings(new java.util.ArrayList<>(sorted));
                        changed = true;
                    }
                }
            }
            if (!changed) {
                return false;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(length);
            Util.writeFileMetaData(footer, out);
            if (out.size() != length) {
                return false;
            }
            System.arraycopy(out.toByteArray(), 0, bytes, start, length);
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Passes bytes on once {@link #WINDOW} newer ones follow them; the last ones go out on close. */
    private static final class HoldingBack extends PositionOutputStream {
        private final PositionOutputStream out;
        /** Grows to twice the window as the file does: most files are far smaller. */
        private byte[] held = new byte[1 << 16];
        private int count;
        private long pos;
        private boolean closed;

        HoldingBack(PositionOutputStream out) {
            this.out = out;
        }

        @Override
        public long getPos() {
            return pos;
        }

        @Override
        public void write(int b) throws IOException {
            makeRoom();
            held[count++] = (byte) b;
            pos++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            pos += len;
            while (len > 0) {
                makeRoom();
                int n = Math.min(len, held.length - count);
                System.arraycopy(b, off, held, count, n);
                count += n;
                off += n;
                len -= n;
            }
        }

        /** Room for at least one more byte: the buffer grows up to twice the window, then passes its oldest bytes on. */
        private void makeRoom() throws IOException {
            if (count < held.length) {
                return;
            }
            if (held.length < 2 * WINDOW) {
                held = Arrays.copyOf(held, Math.min(2 * WINDOW, 2 * held.length));
            } else {
                out.write(held, 0, count - WINDOW);
                System.arraycopy(held, count - WINDOW, held, 0, WINDOW);
                count = WINDOW;
            }
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        @Override
        public void close() throws IOException {
            if (closed) {
                return;
            }
            closed = true;
            try (PositionOutputStream o = out) {
                sortEncodings(held, 0, count);
                o.write(held, 0, count);
            }
        }
    }
}
