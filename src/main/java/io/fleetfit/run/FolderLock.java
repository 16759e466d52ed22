package io.fleetfit.run;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * A run's hold on one output it writes: a client's report folder, a client's Parquet partition,
 * the run summary. Two runs never write one output at once: the second waits for the first to let
 * go, up to a limit, then stops with one line naming the output and the run that holds it. A run
 * writes under temporary names of its own ({@link #temporary}) and renames them while it holds the
 * output, so what it reports as written is what is on disk.
 *
 * <p>The lock of {@code <folder>/<name>} is the hidden file {@code <folder>/.<name>.fleetfit.lock}
 * beside it, so a client's report folder holds its report and nothing else. On the local disk the
 * hold is an operating-system lock on that file ({@link FileChannel#tryLock()}), which ends with
 * the process that took it, however that ends: a killed run never blocks anyone. The file stays
 * (removing it while another run waits on it would let two runs lock two different files), empty
 * while no run holds it; a run that holds it writes in it who it is: process, host, start and run. On any other Hadoop file
 * system (HDFS, S3A, ...) the hold is the file itself, created only if absent and removed when the
 * hold ends: atomic on HDFS; not on S3 (S3A looks for the object when the file is opened and
 * writes it when it is closed, without asking S3 for a conditional write), where two runs that start
 * in the same instant may both get it. A run killed there leaves its file: it is stale when its run
 * was on this host and that process has ended, or when it is older than {@link #STALE_AFTER};
 * until then the message names the file to delete.
 *
 * <p>Whoever holds an output removes what killed runs left of it: a temporary file
 * ({@code .<name>.<run>.inprogress}) belongs to a run that no longer holds the output.
 */
public final class FolderLock implements AutoCloseable {

    /** A lock file on a shared file system older than this, of a run on another host, is stale. */
    static final Duration STALE_AFTER = Duration.ofHours(12);
    private static final long POLL_MILLIS = 200;
    private static final String TEMP_SUFFIX = ".inprogress";
    private static final String LOCK_SUFFIX = ".fleetfit.lock";
    private static final Pattern OWNER = Pattern.compile("pid (\\d+) on (\\S+),");
    /**
     * The local lock files this JVM holds, and who holds each. Closing any channel on a locked file
     * ends all of the process's locks on it (POSIX), so while this JVM holds a file it never opens
     * it again: a second hold in the same process (another run in the tests' JVM) reads who holds
     * it from here.
     */
    private static final Map<java.nio.file.Path, String> HELD = new ConcurrentHashMap<>();

    /** Another run holds the output and did not let go in time: one line naming it and that run. */
    public static final class Busy extends IOException {
        private static final long serialVersionUID = 1L;

        Busy(String message) {
            super(message);
        }
    }

    /** Holds of several outputs, let go together. */
    @FunctionalInterface
    public interface Held extends AutoCloseable {
        @Override
        void close() throws IOException;
    }

    /** How a hold ends. */
    @FunctionalInterface
    private interface Release {
        void run() throws IOException;
    }

    private final Release release;

    private FolderLock(Release release) {
        this.release = release;
    }

    /**
     * A run's temporary name for {@code name} in a folder: hidden, unique to the run, and removed by
     * the next run to hold the output if the run never renamed it.
     */
    public static String temporary(String name, String runId) {
        return "." + name + "." + runId + TEMP_SUFFIX;
    }

    /** A run's id, unique among the runs that may write one output: its process and a random part. */
    public static String newRunId() {
        return ProcessHandle.current().pid() + "-" + Long.toHexString(new java.security.SecureRandom().nextLong() >>> 16);
    }

    /** The lock file of {@code <folder>/<name>}. */
    public static Path lockFile(Path folder, String name) {
        return new Path(folder, "." + name + LOCK_SUFFIX);
    }

    /**
     * Takes {@code <folder>/<name>} (a client's folder, or a file such as the run summary) for the
     * run, waiting up to {@code wait} for a run that holds it, then removes what killed runs left of
     * it. {@code folder} is made if missing.
     *
     * @param waiting told once, in words, when the run starts to wait
     * @throws Busy when another run still holds it after {@code wait}
     */
    public static FolderLock acquire(Configuration conf, Path folder, String name, String runId, Duration wait,
                                     Consumer<String> waiting) throws IOException {
        FileSystem fs = folder.getFileSystem(conf);
        Path dir = fs.makeQualified(folder);
        boolean local = "file".equals(fs.getScheme());
        String owner = "pid " + ProcessHandle.current().pid() + " on " + host() + ", since "
                + Instant.now().truncatedTo(ChronoUnit.SECONDS) + ", run " + runId;
        Path lock = lockFile(dir, name);
        String where = RunResult.display(new Path(dir, name));
        long deadline = System.nanoTime() + wait.toNanos();
        boolean told = false;
        while (true) {
            String holder;
            if (local) {
                java.nio.file.Path file = java.nio.file.Path.of(lock.toUri());
                Files.createDirectories(file.getParent());
                String[] found = new String[1];
                FolderLock held = tryLocal(file, owner, found);
                if (held != null) {
                    removeTemporaries(java.nio.file.Path.of(dir.toUri()), name);
                    return held;
                }
                holder = found[0];
            } else {
                FolderLock held = tryHadoop(fs, lock, owner);
                if (held != null) {
                    removeTemporaries(fs, dir, name);
                    return held;
                }
                holder = readHadoop(fs, lock);
            }
            String who = holder.isBlank() ? "another fleetfit run" : "another fleetfit run (" + holder.strip() + ")";
            if (System.nanoTime() - deadline >= 0) {
                throw new Busy(who + " is writing to " + where + "; this run wrote nothing there. Run again when it has finished"
                        + (local ? "." : ", or delete " + RunResult.display(lock) + " if that run no longer exists."));
            }
            if (!told) {
                waiting.accept("waiting for " + who + " to finish writing " + where + " ...");
                told = true;
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while waiting for " + where);
            }
        }
    }

    /** Ends the hold. */
    @Override
    public void close() throws IOException {
        release.run();
    }

    /**
     * The operating-system lock on a local lock file, or {@code null} when another process or this
     * one holds it; then {@code holder[0]} says who.
     */
    private static FolderLock tryLocal(java.nio.file.Path file, String owner, String[] holder) throws IOException {
        String inThisJvm = HELD.get(file);
        if (inThisJvm != null) {
            holder[0] = inThisJvm;
            return null;
        }
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        try {
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                holder[0] = read(channel);
                channel.close();
                return null;
            }
            byte[] text = (owner + "\n").getBytes(StandardCharsets.UTF_8);
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(text), 0);
            channel.force(false);
            HELD.put(file, owner);
            FileLock taken = lock;
            return new FolderLock(() -> {
                HELD.remove(file);
                try {
                    // emptied, not removed: it names a holder only while there is one
                    channel.truncate(0);
                    taken.release();
                } finally {
                    channel.close();
                }
            });
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /** A lock file's text, read through the channel that tried it (opening it anew would not do: see {@link #HELD}). */
    private static String read(FileChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(1024);
        channel.read(buffer, 0);
        return new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8);
    }

    /** Removes a killed run's temporary files of {@code name}: beside it, and in it when it is a folder. */
    private static void removeTemporaries(java.nio.file.Path dir, String name) throws IOException {
        for (java.nio.file.Path folder : List.of(dir, dir.resolve(name))) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            List<java.nio.file.Path> stale;
            try (Stream<java.nio.file.Path> files = Files.list(folder)) {
                stale = files.filter(f -> isTemporary(f.getFileName().toString(), folder == dir ? name : null)).toList();
            }
            for (java.nio.file.Path f : stale) {
                Files.deleteIfExists(f);
            }
        }
    }

    private static void removeTemporaries(FileSystem fs, Path dir, String name) throws IOException {
        for (Path folder : List.of(dir, new Path(dir, name))) {
            if (!fs.exists(folder) || !fs.getFileStatus(folder).isDirectory()) {
                continue;
            }
            for (FileStatus s : fs.listStatus(folder)) {
                if (isTemporary(s.getPath().getName(), folder == dir ? name : null)) {
                    fs.delete(s.getPath(), false);
                }
            }
        }
    }

    /** A run's temporary file: of {@code name}, or of anything when {@code name} is {@code null}. */
    private static boolean isTemporary(String file, String name) {
        return file.startsWith(name == null ? "." : "." + name + ".") && file.endsWith(TEMP_SUFFIX);
    }

    /**
     * The lock file on a shared file system, created if absent, or {@code null} when a live run
     * holds it. A stale one (see the class comment) is removed and the lock taken.
     */
    private static FolderLock tryHadoop(FileSystem fs, Path file, String owner) throws IOException {
        fs.mkdirs(file.getParent());
        try (OutputStream out = fs.create(file, false)) {
            out.write((owner + "\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            if (!fs.exists(file)) {
                throw e;
            }
            String holder = readHadoop(fs, file);
            // read twice: a stale file is removed only if no other run has replaced it meanwhile
            if (!stale(fs, file, holder) || !readHadoop(fs, file).equals(holder)) {
                return null;
            }
            fs.delete(file, false);
            return tryHadoop(fs, file, owner);
        }
        return new FolderLock(() -> fs.delete(file, false));
    }

    private static String readHadoop(FileSystem fs, Path file) {
        try (InputStream in = fs.open(file)) {
            return new String(in.readNBytes(1024), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    /** A lock file whose run is gone: on this host, its process has ended; elsewhere, it is older than {@link #STALE_AFTER}. */
    private static boolean stale(FileSystem fs, Path file, String holder) throws IOException {
        Matcher m = OWNER.matcher(holder);
        if (m.find() && m.group(2).equals(host())) {
            return ProcessHandle.of(Long.parseLong(m.group(1))).map(p -> !p.isAlive()).orElse(true);
        }
        long age = System.currentTimeMillis() - fs.getFileStatus(file).getModificationTime();
        return age > STALE_AFTER.toMillis();
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "localhost";
        }
    }

    /** The holds of several outputs, in the order given, let go in reverse; none when one cannot be taken. */
    static Held acquireAll(Configuration conf, List<Path> outputs, String runId, Duration wait, Consumer<String> waiting)
            throws IOException {
        List<FolderLock> held = new ArrayList<>();
        Held all = () -> {
            IOException failed = null;
            for (int i = held.size() - 1; i >= 0; i--) {
                try {
                    held.get(i).close();
                } catch (IOException e) {
                    failed = failed == null ? e : failed;
                }
            }
            if (failed != null) {
                throw failed;
            }
        };
        try {
            for (Path output : outputs) {
                held.add(acquire(conf, output.getParent(), output.getName(), runId, wait, waiting));
            }
        } catch (IOException | RuntimeException e) {
            try {
                all.close();
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
        return all;
    }
}
