package io.fleetfit.run;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;

/**
 * Commits a client's outputs: each file is written under a hidden temporary name of the run's own
 * in the target folder ({@link FolderLock#temporary}) and renamed to its final name only when every
 * file is complete, so a crash never leaves a half-written report under its final name, and two
 * runs never write one temporary file. Works on any Hadoop file system ({@link OutputFolder}). The
 * run holds the folder ({@link FolderLock}) while it writes and commits.
 */
final class ReportCommitter implements AutoCloseable {

    private final OutputFolder folder;
    private final String runId;
    private final List<String> pending = new ArrayList<>();
    private final List<String> stale = new ArrayList<>();
    private boolean committed;

    ReportCommitter(Configuration conf, Path dir, String runId) throws IOException {
        this.folder = OutputFolder.of(conf, dir);
        this.runId = runId;
    }

    /** A stream to the temporary file of {@code name}; closed by the caller before {@link #commit()}. */
    OutputStream create(String name) throws IOException {
        pending.add(name);
        return folder.create(temp(name));
    }

    private String temp(String name) {
        return FolderLock.temporary(name, runId);
    }

    /** A file of an earlier run that this one does not write, removed on commit so it never sits beside newer outputs. */
    void removeOnCommit(String name) {
        stale.add(name);
    }

    /** Renames every temporary file to its final name, each replacing the previous file in one step. */
    void commit() throws IOException {
        for (String name : pending) {
            folder.replace(temp(name), name);
        }
        for (String name : stale) {
            folder.delete(name);
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
