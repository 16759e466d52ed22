package io.fleetfit.run;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.permission.FsPermission;

/**
 * The reverse map of a pseudonymised run ({@code --pseudonym-map FILE}): a CSV file of
 * {@code pseudonym,original}, one line per pseudonym, sorted, every field quoted. It names the
 * client's VMs, so it is written readable by its owner only (where the file system has
 * permissions). Each client's task writes the pseudonyms of its client to a hidden file in the
 * client's report folder ({@value #CLIENT_FILE}); the driver merges them into FILE and deletes them.
 */
public final class PseudonymMap {

    /** A client's part of the map, in its report folder until the driver has merged it. */
    static final String CLIENT_FILE = ".pseudonym-map.csv";

    private static final FsPermission OWNER_ONLY = new FsPermission((short) 0600);

    private PseudonymMap() {
    }

    /** Reads the key file ({@code --pseudonymise}), or {@code null} without one; a missing or empty file is a usage error. */
    public static Pseudonyms keys(Configuration hadoop, JobConfig config) throws IOException {
        return config.pseudonymise() == null ? null
                : RunSetup.consultantFile(hadoop, config.pseudonymise(), "key file", Pseudonyms::ofKeyFile);
    }

    /** Writes {@code map} to {@code file}, owner-only, under a temporary name first. */
    static void write(Configuration conf, Path file, Map<String, String> map, String runId) throws IOException {
        FileSystem fs = file.getFileSystem(conf);
        Path temp = new Path(file.getParent(), FolderLock.temporary(file.getName(), runId));
        try (OutputStream o = FileSystem.create(fs, temp, OWNER_ONLY);
             Writer w = new OutputStreamWriter(o, StandardCharsets.UTF_8)) {
            w.write("pseudonym,original\n");
            for (Map.Entry<String, String> e : new TreeMap<>(map).entrySet()) {
                w.write(quoted(e.getKey()) + "," + quoted(e.getValue()) + "\n");
            }
        }
        if (fs.exists(file)) {
            fs.delete(file, false);
        }
        if (!fs.rename(temp, file)) {
            throw new IOException("cannot rename " + temp + " to " + file);
        }
    }

    /** Merges the written clients' parts into {@code target} with the driver's own pseudonyms, then deletes the parts. */
    static void gather(Configuration conf, Path out, List<String> clientFolders, Path target, Map<String, String> driver,
                       String runId) throws IOException {
        Map<String, String> all = new TreeMap<>(driver);
        List<Path> parts = new ArrayList<>();
        for (String folder : clientFolders) {
            Path part = new Path(new Path(out, folder), CLIENT_FILE);
            if (part.getFileSystem(conf).exists(part)) {
                all.putAll(read(conf, part));
                parts.add(part);
            }
        }
        write(conf, target, all, runId);
        for (Path part : parts) {
            part.getFileSystem(conf).delete(part, false);
        }
    }

    /** A map file: pseudonym to original. */
    public static Map<String, String> read(Configuration conf, Path file) throws IOException {
        String text;
        try (InputStream in = file.getFileSystem(conf).open(file)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        return parse(file.toString(), text);
    }

    /** @throws IllegalArgumentException when the text is not a map file, naming it */
    static Map<String, String> parse(String name, String text) {
        List<List<String>> rows = CsvText.rows(text);
        if (rows.isEmpty() || !rows.get(0).equals(List.of("pseudonym", "original"))) {
            throw new IllegalArgumentException(name + " is not a pseudonym map: its first line must be pseudonym,original");
        }
        Map<String, String> map = new TreeMap<>();
        for (int i = 1; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            if (row.size() != 2) {
                throw new IllegalArgumentException(name + " line " + (i + 1) + ": expected pseudonym,original");
            }
            map.put(row.get(0), row.get(1));
        }
        return map;
    }

    private static String quoted(String s) {
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
