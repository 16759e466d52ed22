package io.fleetfit.run;

import io.fleetfit.report.OutputNames;
import io.fleetfit.report.PreviousAssessments;
import io.fleetfit.report.RunSummaryWriter;
import io.fleetfit.summary.Comparison;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * {@code --compare PREVIOUS}: which previous {@code assessments.csv} each client of the run is
 * compared with. Worked out and checked on the driver before any work ({@link #resolve}), so a
 * PREVIOUS that is missing, unreadable or not a fleetfit output is a usage error naming it; each
 * client's file is read by the client's own task ({@link #read}), through Hadoop's file system,
 * like the inputs.
 *
 * @param given PREVIOUS as the user gave it
 * @param files each client's previous file by the client's folder: the path to read and the name the report shows
 */
public record PreviousRun(String given, Map<String, File> files) implements Serializable {

    /** One client's previous file. */
    public record File(String path, String shown) implements Serializable {
    }

    public PreviousRun {
        files = Map.copyOf(files);
    }

    /**
     * PREVIOUS is an {@code assessments.csv} (a single client's run), or a previous run's output
     * folder: each client is compared with {@code PREVIOUS/<client-slug>/assessments.csv}; a single
     * client also with {@code PREVIOUS/assessments.csv}, or with the only client folder there. A
     * client of a batch without a folder in PREVIOUS is compared with nothing, which its report says.
     *
     * @throws JobConfig.UsageException when PREVIOUS is missing, unreadable or not a fleetfit output
     */
    public static PreviousRun resolve(Configuration hadoop, String given, List<InputPaths.Client> clients) throws IOException {
        Path path = new Path(given);
        FileSystem fs = path.getFileSystem(hadoop);
        if (!fs.exists(path)) {
            throw new JobConfig.UsageException("previous run not found: " + given);
        }
        Map<String, File> files = new HashMap<>();
        if (!fs.getFileStatus(path).isDirectory()) {
            if (clients.size() > 1) {
                throw new JobConfig.UsageException("previous run " + given + " is one client's file: a batch compares with"
                        + " the previous run's output folder");
            }
            check(fs, path, given);
            clients.forEach(c -> files.put(c.slug(), new File(fs.makeQualified(path).toString(), given)));
            return new PreviousRun(given, files);
        }
        Path own = new Path(path, OutputNames.ASSESSMENTS);
        Map<String, Path> folders = new HashMap<>();
        for (FileStatus s : fs.listStatus(path)) {
            Path csv = new Path(s.getPath(), OutputNames.ASSESSMENTS);
            if (s.isDirectory() && fs.exists(csv)) {
                folders.put(s.getPath().getName(), csv);
            }
        }
        boolean single = clients.size() == 1;
        if (!single && fs.exists(own) && folders.isEmpty()) {
            throw new JobConfig.UsageException("previous run " + given + " is one client's folder: a batch compares with"
                    + " the previous run's output folder");
        }
        if (!(single && fs.exists(own)) && folders.isEmpty()) {
            throw new JobConfig.UsageException("previous run " + given + " is not a fleetfit output: it holds no "
                    + OutputNames.ASSESSMENTS + (fs.exists(new Path(path, RunSummaryWriter.FILE_NAME)) ? " in any client folder"
                    : " and no client folder with one"));
        }
        for (InputPaths.Client c : clients) {
            Path file = single && fs.exists(own) ? own
                    : folders.containsKey(c.slug()) ? folders.get(c.slug())
                    : single && folders.size() == 1 ? folders.values().iterator().next() : null;
            if (file != null) {
                String shown = file.equals(own) ? own.toString() : new Path(new Path(path, file.getParent().getName()),
                        OutputNames.ASSESSMENTS).toString();
                check(fs, file, shown);
                files.put(c.slug(), new File(fs.makeQualified(file).toString(), shown));
            }
        }
        return new PreviousRun(given, files);
    }

    /** Reads the header of a previous file: a usage error naming it when it cannot be read or is not fleetfit's. */
    private static void check(FileSystem fs, Path file, String shown) {
        try (Reader in = new InputStreamReader(fs.open(file), StandardCharsets.UTF_8)) {
            PreviousAssessments.checkHeader(shown, in);
        } catch (IllegalArgumentException e) {
            throw new JobConfig.UsageException("previous run " + e.getMessage());
        } catch (IOException e) {
            throw new JobConfig.UsageException("previous run " + shown + " cannot be read: " + InventoryFiles.oneLine(e));
        }
    }

    /** The client's previous assessment, read where the client's task runs; none when PREVIOUS has no folder for it. */
    Comparison.Previous read(Configuration hadoop, InputPaths.Client client) throws IOException {
        File file = files.get(client.slug());
        if (file == null) {
            return Comparison.Previous.none(given);
        }
        Path path = new Path(file.path());
        try (Reader in = new InputStreamReader(path.getFileSystem(hadoop).open(path), StandardCharsets.UTF_8)) {
            return PreviousAssessments.read(file.shown(), in);
        }
    }
}
