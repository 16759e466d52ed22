package io.fleetfit.report;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.util.TempFile;
import org.apache.poi.util.TempFileCreationStrategy;

/**
 * Where POI keeps a report's temporary files (each sheet's data, the workbook's template) while it
 * is written: a folder of this process's own, {@code <tmp>/fleetfit-report-*}, made on first use
 * (owner-only, as {@link Files#createTempDirectory} makes it) and removed at exit. POI's default,
 * {@code <tmp>/poifiles}, is one folder for every user of the machine and belongs to whoever made it
 * first: every other user's reports failed with "access denied", on a shared laptop or on a cluster
 * node that runs several users' executors.
 */
final class PrivateTempFiles implements TempFileCreationStrategy {

    private static Path folder;

    /** Makes POI use this process's folder for every temporary file. */
    static void install() {
        TempFile.setTempFileCreationStrategy(new PrivateTempFiles());
    }

    private PrivateTempFiles() {
    }

    /** The folder, made again if something (a cleaner of the temporary folder) removed it. */
    static synchronized Path folder() throws IOException {
        if (folder == null || !Files.isDirectory(folder)) {
            folder = Files.createTempDirectory("fleetfit-report-");
            folder.toFile().deleteOnExit();
        }
        return folder;
    }

    @Override
    public File createTempFile(String prefix, String suffix) throws IOException {
        return Files.createTempFile(folder(), prefix, suffix).toFile();
    }

    @Override
    public File createTempDirectory(String prefix) throws IOException {
        return Files.createTempDirectory(folder(), prefix).toFile();
    }
}
