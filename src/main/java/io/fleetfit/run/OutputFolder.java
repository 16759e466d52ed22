package io.fleetfit.run;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileContext;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Options;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.hadoop.util.HadoopOutputFile;
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.io.PositionOutputStream;

/**
 * A folder the job writes its outputs into (a client's report folder, a Parquet partition, the
 * output folder itself), made if missing. A local folder ({@code file:}) is written with
 * {@code java.nio}; any other (HDFS, S3A, ...) through Hadoop's {@link FileSystem}. Hadoop's own
 * local file system, without Hadoop's native library (which Spark does not ship), starts a
 * {@code chmod} process for every file and folder it makes and a {@code readlink} for each side of
 * a rename: 13 processes per client, about 2.2 ms each, on the thread that writes the report.
 */
sealed interface OutputFolder permits OutputFolder.Local, OutputFolder.Hadoop {

    /** The folder {@code dir}, made if missing. */
    static OutputFolder of(Configuration conf, Path dir) throws IOException {
        FileSystem fs = dir.getFileSystem(conf);
        if ("file".equals(fs.getScheme())) {
            java.nio.file.Path local = java.nio.file.Path.of(fs.makeQualified(dir).toUri());
            Files.createDirectories(local);
            return new Local(local);
        }
        // no .crc side files next to the outputs
        fs.setWriteChecksum(false);
        fs.mkdirs(dir);
        return new Hadoop(fs, dir);
    }

    /** A new file {@code name} in the folder, replacing one of that name. */
    OutputStream create(String name) throws IOException;

    /** A new file {@code name} in the folder, as Parquet writes one. */
    OutputFile parquet(String name) throws IOException;

    /**
     * Renames {@code from} to {@code to}, replacing {@code to} in one step where the file system can
     * (so a crash never leaves the final name empty), else deleting it first.
     */
    void replace(String from, String to) throws IOException;

    /** Deletes {@code name}, a file or a folder with everything in it, if it is there. */
    void delete(String name) throws IOException;

    /** The names of what the folder holds. */
    List<String> list() throws IOException;

    /** A local folder, through {@code java.nio}. */
    record Local(java.nio.file.Path dir) implements OutputFolder {

        @Override
        public OutputStream create(String name) throws IOException {
            return Files.newOutputStream(dir.resolve(name));
        }

        @Override
        public OutputFile parquet(String name) {
            return new LocalParquetFile(dir.resolve(name));
        }

        @Override
        public void replace(String from, String to) throws IOException {
            try {
                Files.move(dir.resolve(from), dir.resolve(to), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(dir.resolve(from), dir.resolve(to), StandardCopyOption.REPLACE_EXISTING);
            }
        }

        @Override
        public void delete(String name) throws IOException {
            java.nio.file.Path p = dir.resolve(name);
            if (!Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                Files.deleteIfExists(p);
                return;
            }
            Files.walkFileTree(p, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(java.nio.file.Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(java.nio.file.Path d, IOException e) throws IOException {
                    if (e != null) {
                        throw e;
                    }
                    Files.delete(d);
                    return FileVisitResult.CONTINUE;
                }
            });
        }

        @Override
        public List<String> list() throws IOException {
            try (Stream<java.nio.file.Path> files = Files.list(dir)) {
                return files.map(f -> f.getFileName().toString()).sorted().toList();
            }
        }
    }

    /**
     * A Parquet file on the local disk. Parquet's own {@code LocalOutputFile} came with Parquet 1.14;
     * Spark 3.5 ships 1.13.
     */
    record LocalParquetFile(java.nio.file.Path path) implements OutputFile {

        @Override
        public PositionOutputStream create(long blockSizeHint) throws IOException {
            return new Positioned(Files.newOutputStream(path, StandardOpenOption.CREATE_NEW));
        }

        @Override
        public PositionOutputStream createOrOverwrite(long blockSizeHint) throws IOException {
            return new Positioned(Files.newOutputStream(path));
        }

        @Override
        public boolean supportsBlockSize() {
            return false;
        }

        @Override
        public long defaultBlockSize() {
            return -1;
        }

        /** The file's path, for Parquet's messages (a default method of {@link OutputFile} from 1.13 on). */
        public String getPath() {
            return path.toString();
        }

        /** A buffered stream that counts what went through it. */
        private static final class Positioned extends PositionOutputStream {
            private final OutputStream out;
            private long pos;

            Positioned(OutputStream out) {
                this.out = new BufferedOutputStream(out, 1 << 16);
            }

            @Override
            public long getPos() {
                return pos;
            }

            @Override
            public void write(int b) throws IOException {
                out.write(b);
                pos++;
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
                pos += len;
            }

            @Override
            public void flush() throws IOException {
                out.flush();
            }

            @Override
            public void close() throws IOException {
                out.close();
            }
        }
    }

    /** Any other file system, through Hadoop's API. */
    record Hadoop(FileSystem fs, Path dir) implements OutputFolder {

        @Override
        public OutputStream create(String name) throws IOException {
            return fs.create(new Path(dir, name), true);
        }

        @Override
        public OutputFile parquet(String name) throws IOException {
            return HadoopOutputFile.fromPath(new Path(dir, name), fs.getConf());
        }

        @Override
        public void replace(String from, String to) throws IOException {
            Path source = new Path(dir, from);
            Path target = new Path(dir, to);
            try {
                FileContext.getFileContext(target.toUri(), fs.getConf()).rename(source, target, Options.Rename.OVERWRITE);
            } catch (UnsupportedOperationException | IOException e) {
                if (fs.exists(target)) {
                    fs.delete(target, false);
                }
                if (!fs.rename(source, target)) {
                    throw new IOException("could not rename " + source + " to " + target, e);
                }
            }
        }

        @Override
        public void delete(String name) throws IOException {
            fs.delete(new Path(dir, name), true);
        }

        @Override
        public List<String> list() throws IOException {
            List<String> names = new ArrayList<>();
            for (FileStatus s : fs.listStatus(dir)) {
                names.add(s.getPath().getName());
            }
            names.sort(null);
            return names;
        }
    }
}
