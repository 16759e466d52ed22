package io.fleetfit.job;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Commits a client's outputs: each file is written under a hidden temporary name in the target
 * folder and renamed to its final name only when every file is complete, so a crash never leaves
 * a half-written report under its final name. Works on any Hadoop file system.
 */
final class ReportCommitter implements AutoCloseable {

    private final FileSystem fs;
    private final Path dir;
    private final List<Path[]> pending = new ArrayList<>();
    private boolean committed;

    ReportCommitter(Configuration conf, Path dir) throws IOException {
        this.fs = dir.getFileSystem(conf);
        // no .crc side files next to the report on the local file system
        this.fs.setWriteChecksum(false);
        this.dir = dir;
        fs.mkdirs(dir);
    }

    Path dir() {
        return dir;
    }

    /** A stream to the temporary file of {@code name}; closed by the caller before {@link #commit()}. */
    OutputStream create(String name) throws IOException {
        Path target = new Path(dir, name);
        Path temp = new Path(dir, "." + name + ".inprogress");
        pending.add(new Path[] {temp, target});
        return fs.create(temp, true);
    }

    /**
     * Renames every temporary file to its final name, replacing the previous file in one step where
     * the file system can (so a crash never leaves the final name empty), else deleting it first.
     */
    void commit() throws IOException {
        for (Path[] p : pending) {
            replace(fs, p[0], p[1]);
        }
        committed = true;
    }

    /**
     * Renames {@code from} to {@code to}, replacing {@code to} in one step where the file system
     * can (Hadoop's {@code FileContext} rename with overwrite), else deleting it first.
     */
    static void replace(FileSystem fs, Path from, Path to) throws IOException {
        try {
            org.apache.hadoop.fs.FileContext.getFileContext(to.toUri(), fs.getConf())
                    .rename(from, to, org.apache.hadoop.fs.Options.Rename.OVERWRITE);
        } catch (UnsupportedOperationException | IOException e) {
            if (fs.exists(to)) {
                fs.delete(to, false);
            }
            if (!fs.rename(from, to)) {
                throw new IOException("could not rename " + from + " to " + to, e);
            }
        }
    }

    /** Removes temporary files left by a failed write. */
    @Override
    public void close() throws IOException {
        if (!committed) {
            for (Path[] p : pending) {
                fs.delete(p[0], false);
            }
        }
    }
}
