package io.fleetfit.run;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;

/**
 * Commits a client's outputs: each file is written under a hidden temporary name in the target
 * folder and renamed to its final name only when every file is complete, so a crash never leaves
 * a half-written report under its final name. Works on any Hadoop file system ({@link OutputFolder}).
 */
final class ReportCommitter implements AutoCloseable {

    private final OutputFolder folder;
    private final List<String> pending = new ArrayList<>();
    private boolean committed;

    ReportCommitter(Configuration conf, Path dir) throws IOException {
        this.folder = OutputFolder.of(conf, dir);
    }

    /** A stream to the temporary file of {@code name}; closed by the caller before {@link #commit()}. */
    OutputStream create(String name) throws IOException {
        pending.add(name);
        return folder.create(temp(name));
    }

    private static String temp(String name) {
        return "." + name + ".inprogress";
    }

    /** Renames every temporary file to its final name, each replacing the previous file in one step. */
    void commit() throws IOException {
        for (String name : pending) {
            folder.replace(temp(name), name);
        }
        committed = true;
    }

    /** Removes temporary files left by a failed write. */
    @Override
    public void close() throws IOException {
        if (!committed) {
            for (String name : pending) {
                folder.delete(temp(name));
            }
        }
    }
}
