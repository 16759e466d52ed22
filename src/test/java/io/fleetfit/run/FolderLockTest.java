package io.fleetfit.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One run at a time holds an output, on the local disk (an operating-system lock) and on any other
 * Hadoop file system ({@link OtherSchemeFileSystem}, as {@code hdfs://} would be: a file created
 * only if absent); the holder clears what killed runs left of it, and nothing else.
 */
class FolderLockTest {

    @TempDir
    Path dir;

    private static Configuration conf() {
        Configuration conf = new Configuration();
        conf.set("fs." + OtherSchemeFileSystem.SCHEME + ".impl", OtherSchemeFileSystem.class.getName());
        conf.setBoolean("fs." + OtherSchemeFileSystem.SCHEME + ".impl.disable.cache", true);
        return conf;
    }

    private static org.apache.hadoop.fs.Path on(String scheme, Path folder) {
        return new org.apache.hadoop.fs.Path(scheme + "://" + folder);
    }

    /** The folder as messages name it: a local one by its path, another by its URI. */
    private static String shown(String scheme, Path folder) {
        return scheme.equals("file") ? folder.toString() : scheme + ":" + folder;
    }

    private static FolderLock acquire(String scheme, Path out, String name, String run, Duration wait, java.util.function.Consumer<String> told)
            throws IOException {
        return FolderLock.acquire(conf(), on(scheme, out), name, run, wait, told);
    }

    @ParameterizedTest
    @ValueSource(strings = {"file", OtherSchemeFileSystem.SCHEME})
    void aSecondRunIsRefusedWhileTheFirstHoldsTheFolderNamingBoth(String scheme) throws IOException {
        Path out = dir.resolve("out");
        Path lockFile = out.resolve(".acme.fleetfit.lock");
        FolderLock first = acquire(scheme, out, "acme", "run-1", Duration.ZERO, w -> { });

        assertThat(lockFile).content().startsWith("pid " + ProcessHandle.current().pid() + " on ").contains(", run run-1");
        assertThatThrownBy(() -> acquire(scheme, out, "acme", "run-2", Duration.ZERO, w -> { }))
                .isInstanceOf(FolderLock.Busy.class)
                .hasMessageStartingWith("another fleetfit run (pid " + ProcessHandle.current().pid() + " on ")
                .hasMessageContaining("run run-1) is writing to " + shown(scheme, out.resolve("acme")) + "; this run wrote nothing there.")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        acquire(scheme, out, "globex", "run-2", Duration.ZERO, w -> { }).close();
        first.close();

        acquire(scheme, out, "acme", "run-2", Duration.ZERO, w -> { }).close();
        assertThat(out.resolve("acme")).as("the client's folder is the writer's to make").doesNotExist();
        if (scheme.equals("file")) {
            assertThat(lockFile).as("kept, and empty while no run holds it").isEmptyFile();
        } else {
            assertThat(lockFile).as("the lock itself: removed as the hold ends").doesNotExist();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"file", OtherSchemeFileSystem.SCHEME})
    void aWaitingRunTakesTheFolderWhenTheFirstLetsGoAndSaysItWaited(String scheme) throws Exception {
        Path out = dir.resolve("out");
        FolderLock first = acquire(scheme, out, "acme", "run-1", Duration.ZERO, w -> { });
        Thread release = new Thread(() -> {
            try {
                Thread.sleep(600);
                first.close();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        release.start();
        List<String> told = new ArrayList<>();

        try (FolderLock second = acquire(scheme, out, "acme", "run-2", Duration.ofMinutes(1), told::add)) {
            assertThat(out.resolve(".acme.fleetfit.lock")).content().contains(", run run-2");
        }
        release.join();
        assertThat(told).singleElement().satisfies(line -> assertThat(line)
                .startsWith("waiting for another fleetfit run (pid ").endsWith("to finish writing " + shown(scheme, out.resolve("acme")) + " ..."));
    }

    @ParameterizedTest
    @ValueSource(strings = {"file", OtherSchemeFileSystem.SCHEME})
    void theHolderRemovesWhatAKilledRunLeftOfItsOutputAndNothingElse(String scheme) throws IOException {
        Path out = dir.resolve("out");
        Path acme = Files.createDirectories(out.resolve("acme"));
        Files.writeString(acme.resolve(".migration-report.xlsx.4242-abc.inprogress"), "half a workbook");
        Files.writeString(acme.resolve(".assessments.csv.4242-abc.inprogress"), "half a table");
        Files.writeString(acme.resolve("migration-report.xlsx"), "the last complete report");
        Files.writeString(out.resolve(".run-summary.csv.4242-abc.inprogress"), "half a summary");

        acquire(scheme, out, "acme", "run-2", Duration.ZERO, w -> { }).close();
        assertThat(names(acme)).containsExactly("migration-report.xlsx");
        assertThat(out.resolve(".run-summary.csv.4242-abc.inprogress")).as("not acme's: another run may be writing it").exists();

        acquire(scheme, out, "run-summary.csv", "run-2", Duration.ZERO, w -> { }).close();
        assertThat(out.resolve(".run-summary.csv.4242-abc.inprogress")).doesNotExist();
    }

    @Test
    void aLockFileOnASharedFileSystemWhoseProcessHasEndedIsStale() throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        Process ended = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-version")
                .redirectErrorStream(true).start();
        ended.getInputStream().readAllBytes();
        ended.waitFor();
        String host = java.net.InetAddress.getLocalHost().getHostName();
        Files.writeString(out.resolve(".acme.fleetfit.lock"), "pid " + ended.pid() + " on " + host + ", since 2026-01-01T00:00:00Z, run gone\n");

        try (FolderLock lock = acquire(OtherSchemeFileSystem.SCHEME, out, "acme", "run-2", Duration.ZERO, w -> { })) {
            assertThat(out.resolve(".acme.fleetfit.lock")).content().contains(", run run-2");
        }
    }

    @Test
    void aLockFileOfAnotherHostIsStaleOnlyWhenOld() throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        Path file = Files.writeString(out.resolve(".acme.fleetfit.lock"), "pid 1 on elsewhere.example, since 2026-01-01T00:00:00Z, run far\n");

        assertThatThrownBy(() -> acquire(OtherSchemeFileSystem.SCHEME, out, "acme", "run-2", Duration.ZERO, w -> { }))
                .isInstanceOf(FolderLock.Busy.class)
                .hasMessageContaining("(pid 1 on elsewhere.example, since 2026-01-01T00:00:00Z, run far)")
                .hasMessageEndingWith(", or delete " + shown(OtherSchemeFileSystem.SCHEME, file) + " if that run no longer exists.");
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.from(
                Instant.now().minus(FolderLock.STALE_AFTER).minusSeconds(60)));
        acquire(OtherSchemeFileSystem.SCHEME, out, "acme", "run-2", Duration.ZERO, w -> { }).close();
        assertThat(file).doesNotExist();
    }

    @Test
    void aRunsTemporaryNamesAreHiddenAndItsOwn() {
        assertThat(FolderLock.temporary("migration-report.xlsx", "17-ab")).isEqualTo(".migration-report.xlsx.17-ab.inprogress");
        assertThat(FolderLock.newRunId()).startsWith(ProcessHandle.current().pid() + "-").isNotEqualTo(FolderLock.newRunId());
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).toList();
        }
    }
}
