package io.fleetfit.run;

import io.fleetfit.inventory.InventoryFormat;
import io.fleetfit.report.CsvColumn;
import io.fleetfit.report.OutputNames;
import io.fleetfit.report.RunSummaryWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Resolves the {@code --input} arguments to clients and their inventory files through Hadoop's
 * file system API, so local, {@code hdfs://} and {@code s3a://} paths work alike.
 *
 * <p>A single folder that holds no inventory file itself but subfolders that do is a batch: each
 * subfolder is a client of its own ({@code inventories/acme/}, {@code inventories/globex/}).
 * Anything else is one client.
 */
public final class InputPaths {

    /**
     * One input file: its full URI, the name the report shows and the client it belongs to.
     *
     * @param uri the file's URI, escaped ({@code file:///in/a%20b.csv}): a local file's name is kept
     *     as the bytes it has on disk, which need not be UTF-8
     * @param name the file's name as the report shows it: a name whose bytes are not UTF-8 (a
     *     Windows zip unpacked on Linux names files in Windows-1252) is read as Windows-1252
     * @param client the client's position in {@link #clients}
     * @param size the file's length in bytes
     */
    public record InputPath(String uri, String name, int client, long size) implements Serializable {
        public boolean isCsv() {
            return name.toLowerCase(Locale.ROOT).endsWith(".csv");
        }

        /** The file as Hadoop addresses it. */
        public Path path() {
            return new Path(URI.create(uri));
        }

        /**
         * Opens the file: a local one through {@code java.nio}, which opens a name by its bytes
         * (Hadoop's local file system decodes names as text and cannot open one that is not UTF-8),
         * any other through Hadoop's file system.
         */
        public InputStream open(Configuration conf) throws IOException {
            Path path = path();
            if (LOCAL.equals(path.toUri().getScheme())) {
                return Files.newInputStream(java.nio.file.Path.of(path.toUri()));
            }
            return path.getFileSystem(conf).open(path);
        }

        /** False for a local file whose name's bytes are not UTF-8: Spark's CSV reader, through Hadoop, cannot open it. */
        public boolean namedInUtf8() {
            return Names.utf8(Names.bytes(URI.create(uri).getRawPath())) != null;
        }
    }

    /**
     * One client of the run.
     *
     * @param name the client's name as the report shows it
     * @param slug the client's folder under the output folder, unique in the run
     * @param files the client's inventory files, in input order
     * @param error why the client has nothing to read ({@code null} when it has files)
     */
    public record Client(String name, String slug, List<InputPath> files, String error) implements Serializable {
        public Client {
            files = List.copyOf(files);
        }

        /** Each file's name and its position among the client's files. */
        public Map<String, Integer> fileOrder() {
            Map<String, Integer> order = new HashMap<>();
            files.forEach(f -> order.put(f.name(), order.size()));
            return order;
        }
    }

    private InputPaths() {
    }

    /**
     * The clients the arguments name: one per subfolder of a batch folder, else one client named
     * by {@code client} (or, when that is {@code null}, by the first input's name).
     *
     * @throws JobConfig.UsageException when an input does not exist or holds no inventory, or when
     *     {@code --client} is given with a batch folder
     */
    public static List<Client> clients(Configuration conf, List<String> inputs, String client) throws IOException {
        return clients(conf, inputs, client, List.of());
    }

    /**
     * The clients the arguments name, as {@link #clients(Configuration, List, String)}, never reading
     * fleetfit's own outputs as inputs: the run's output folders (its {@code --out}, its
     * {@code --parquet}) are no client's folder, an earlier run's output folder (one holding
     * fleetfit's {@code run-summary.csv}) neither, and a report, {@code assessments.csv} or
     * {@code run-summary.csv} fleetfit wrote is no inventory file, when {@code --out} lies inside
     * an input folder.
     *
     * @param outputs the run's output folders, fully qualified
     */
    public static List<Client> clients(Configuration conf, List<String> inputs, String client, List<Path> outputs)
            throws IOException {
        Outputs own = new Outputs(outputs);
        if (inputs.size() == 1) {
            List<Entry> batch = clientFolders(conf, new Path(inputs.get(0)), own);
            if (!batch.isEmpty()) {
                if (client != null) {
                    throw new JobConfig.UsageException("--client names the one client of a run, but " + inputs.get(0)
                            + " holds a folder per client; each folder's name is its client's name");
                }
                return batch(conf, batch, own);
            }
        }
        String name = client != null ? client.strip() : OutputNames.clientFromPath(inputs.get(0));
        List<Given> given = inputs.stream().map(i -> new Given(new Path(i), i)).toList();
        return List.of(new Client(name, OutputNames.clientSlug(name), resolve(conf, given, 0, own), null));
    }

    /** The subfolders of a batch folder, sorted by name; empty when {@code path} is not a batch folder. */
    private static List<Entry> clientFolders(Configuration conf, Path path, Outputs own) throws IOException {
        FileSystem fs = path.getFileSystem(conf);
        Entry folder = stat(fs, path);
        if (folder == null || !folder.directory()) {
            return List.of();
        }
        List<Entry> folders = new ArrayList<>();
        for (Entry c : list(fs, path)) {
            if (c.isInventoryFile() && !own.isOutput(fs, c)) {
                return List.of(); // inventories of its own: one client
            }
            if (c.directory() && !c.name().startsWith(".") && !c.name().startsWith("_") && !own.isOutputFolder(fs, c)) {
                folders.add(c);
            }
        }
        return folders;
    }

    private static List<Client> batch(Configuration conf, List<Entry> folders, Outputs own) throws IOException {
        List<Client> clients = new ArrayList<>();
        Set<String> slugs = new HashSet<>();
        for (Entry folder : folders) {
            String name = folder.name();
            String slug = OutputNames.clientSlug(name);
            // "Acme" and "acme" are two clients: the second gets a folder of its own
            for (int n = 2; !slugs.add(slug); n++) {
                slug = OutputNames.clientSlug(name) + "-" + n;
            }
            try {
                clients.add(new Client(name, slug, resolve(conf, List.of(new Given(folder.path(), folder.path().toString())),
                        clients.size(), own), null));
            } catch (JobConfig.UsageException e) {
                // one client's empty folder must not stop the others: it is reported in the run summary
                clients.add(new Client(name, slug, List.of(), e.getMessage()));
            }
        }
        return clients;
    }

    /** An input as Hadoop addresses it, and as the user wrote it, for messages. */
    private record Given(Path path, String text) {
    }

    /**
     * Every inventory file the arguments name: a file as given, a folder's inventory files sorted by
     * name, but fleetfit's own outputs.
     *
     * @throws JobConfig.UsageException when an input does not exist, a folder holds no inventory, or
     *     a file named is one of fleetfit's own outputs
     */
    private static List<InputPath> resolve(Configuration conf, List<Given> inputs, int client, Outputs own) throws IOException {
        List<InputPath> files = new ArrayList<>();
        for (Given input : inputs) {
            Path path = input.path();
            FileSystem fs = path.getFileSystem(conf);
            Entry given = stat(fs, path);
            if (given == null) {
                throw new JobConfig.UsageException("input not found: " + input.text());
            }
            if (given.directory()) {
                int before = files.size();
                for (Entry c : list(fs, path)) {
                    if (c.isInventoryFile() && !own.isOutput(fs, c)) {
                        files.add(new InputPath(c.path().toUri().toString(), c.name(), client, c.length()));
                    }
                }
                if (files.size() == before) {
                    throw new JobConfig.UsageException("no inventory files (.xlsx, .xls or .csv) in folder " + input.text());
                }
            } else {
                Entry file = given;
                if (!file.isInventoryFile()) {
                    throw new JobConfig.UsageException(input.text() + " is not an inventory file: fleetfit reads .xlsx, .xls and .csv files");
                }
                if (own.isOutput(fs, file)) {
                    throw new JobConfig.UsageException(input.text() + " is a file fleetfit wrote, not an inventory: give the"
                            + " client's RVTools export or inventory list");
                }
                files.add(new InputPath(file.path().toUri().toString(), file.name(), client, file.length()));
            }
        }
        Set<String> uris = new HashSet<>();
        Map<String, Long> nameCounts = new HashMap<>();
        for (InputPath f : files) {
            if (!uris.add(f.uri())) {
                throw new JobConfig.UsageException("input given twice: " + RunResult.display(f.path()));
            }
            nameCounts.merge(f.name(), 1L, Long::sum);
        }
        // two files of one name (RVTools_export_all.xlsx from two vCenters) are told apart by their folder
        return files.stream()
                .map(f -> nameCounts.get(f.name()) > 1
                        ? new InputPath(f.uri(), Names.display(f.path().getParent()) + "/" + f.name(), client, f.size()) : f)
                .toList();
    }

    private static final String LOCAL = "file";

    /**
     * One entry of a folder: its path as Hadoop addresses it (a local one by its URI, which keeps
     * the name's bytes), the name to show, whether it is a folder, and its length.
     */
    private record Entry(Path path, String name, boolean directory, long length) {
        boolean isInventoryFile() {
            return !directory && InventoryFormat.isInventoryFile(name);
        }
    }

    /** What is at {@code path}, or {@code null} when nothing is; a local path through {@code java.nio}, as {@link #list}. */
    private static Entry stat(FileSystem fs, Path path) throws IOException {
        Path qualified = fs.makeQualified(path);
        if (LOCAL.equals(qualified.toUri().getScheme())) {
            try {
                java.nio.file.Path local = java.nio.file.Path.of(qualified.toUri());
                BasicFileAttributes a = Files.readAttributes(local, BasicFileAttributes.class);
                // the URI java.nio gives, as a listing gives it, so the same file is always the same URI
                Path same = new Path(URI.create(local.toUri().toString().replaceAll("/$", "")));
                return new Entry(same, Names.display(same), a.isDirectory(), a.size());
            } catch (java.nio.file.NoSuchFileException e) {
                return null;
            }
        }
        if (!fs.exists(qualified)) {
            return null;
        }
        FileStatus status = fs.getFileStatus(qualified);
        return new Entry(qualified, qualified.getName(), status.isDirectory(), status.getLen());
    }

    /**
     * A folder's entries, sorted by name. A local folder is listed through {@code java.nio}, which
     * keeps each name's bytes: Hadoop's local listing decodes names as text, and silently drops a
     * file whose name is not valid UTF-8, which it then cannot find again.
     */
    private static List<Entry> list(FileSystem fs, Path dir) throws IOException {
        List<Entry> entries = new ArrayList<>();
        Path qualified = fs.makeQualified(dir);
        if (LOCAL.equals(qualified.toUri().getScheme())) {
            try (java.util.stream.Stream<java.nio.file.Path> children = Files.list(java.nio.file.Path.of(qualified.toUri()))) {
                for (java.nio.file.Path c : (Iterable<java.nio.file.Path>) children::iterator) {
                    BasicFileAttributes a;
                    try {
                        a = Files.readAttributes(c, BasicFileAttributes.class);
                    } catch (java.nio.file.NoSuchFileException e) {
                        continue; // a broken link, or gone since listed: Hadoop's listing skips it too
                    }
                    // a folder's URI ends in a slash: not in the paths the run shows
                    Path path = new Path(URI.create(c.toUri().toString().replaceAll("/$", "")));
                    entries.add(new Entry(path, Names.display(path), a.isDirectory(), a.size()));
                }
            }
        } else {
            for (FileStatus c : fs.listStatus(qualified)) {
                entries.add(new Entry(fs.makeQualified(c.getPath()), c.getPath().getName(), c.isDirectory(), c.getLen()));
            }
        }
        entries.sort(Comparator.comparing(Entry::name));
        return entries;
    }

    /** The run's output folders, and how fleetfit's own outputs are told from inputs. */
    private record Outputs(List<Path> folders) {

        /** An output folder of this run, or of an earlier one (it holds fleetfit's run summary). */
        boolean isOutputFolder(FileSystem fs, Entry folder) throws IOException {
            for (Path f : folders) {
                if (same(f, folder.path())) {
                    return true;
                }
            }
            Path summary = new Path(folder.path(), RunSummaryWriter.FILE_NAME);
            return stat(fs, summary) != null && isOutput(fs, new Entry(summary, RunSummaryWriter.FILE_NAME, false, 0));
        }

        /**
         * A file fleetfit writes: a report by its name; {@code assessments.csv}, {@code changes.csv}
         * and {@code run-summary.csv} by their name and their header, which begins with the client column.
         */
        boolean isOutput(FileSystem fs, Entry file) throws IOException {
            if (file.name().equals(OutputNames.REPORT)) {
                return true;
            }
            if (!file.name().equals(OutputNames.ASSESSMENTS) && !file.name().equals(RunSummaryWriter.FILE_NAME)
                    && !file.name().equals(OutputNames.CHANGES)) {
                return false;
            }
            byte[] start;
            try (InputStream in = new InputPath(file.path().toUri().toString(), file.name(), 0, 0).open(fs.getConf())) {
                start = in.readNBytes(OWN_HEADER.length);
            }
            return Arrays.equals(start, OWN_HEADER);
        }

        /** Whether two qualified paths name one folder ({@code file:/a/b} and {@code file:///a/b/} do). */
        private static boolean same(Path a, Path b) {
            URI x = a.toUri();
            URI y = b.toUri();
            return java.util.Objects.equals(x.getScheme(), y.getScheme())
                    && java.util.Objects.equals(emptyIsNull(x.getAuthority()), emptyIsNull(y.getAuthority()))
                    && x.getPath().replaceAll("/+$", "").equals(y.getPath().replaceAll("/+$", ""));
        }

        private static String emptyIsNull(String s) {
            return s == null || s.isEmpty() ? null : s;
        }

        /** How the header of each CSV file fleetfit writes begins. */
        private static final byte[] OWN_HEADER = (CsvColumn.CLIENT.header() + ",").getBytes(StandardCharsets.UTF_8);
    }

    /** File names as bytes and as text. */
    static final class Names {

        private Names() {
        }

        /**
         * The last segment of a path as a person should read it: its bytes as UTF-8, or when they are
         * not valid UTF-8, as Windows-1252 (what a zip made on Windows leaves on Linux).
         */
        static String display(Path path) {
            String raw = path.toUri().getRawPath();
            String last = raw.substring(raw.lastIndexOf('/', raw.length() - 2) + 1).replaceAll("/$", "");
            byte[] bytes = bytes(last);
            String utf8 = utf8(bytes);
            return utf8 != null ? utf8 : new String(bytes, java.nio.charset.Charset.forName("windows-1252"));
        }

        /** The bytes an escaped URI path stands for ({@code %DC} is the byte 0xDC, other text its UTF-8). */
        static byte[] bytes(String rawPath) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(rawPath.length());
            int i = 0;
            while (i < rawPath.length()) {
                if (rawPath.charAt(i) == '%' && i + 2 < rawPath.length()) {
                    out.write(Integer.parseInt(rawPath, i + 1, i + 3, 16));
                    i += 3;
                } else {
                    int cp = rawPath.codePointAt(i);
                    out.writeBytes(new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8));
                    i += Character.charCount(cp);
                }
            }
            return out.toByteArray();
        }

        /** The bytes as UTF-8, or {@code null} when they are not valid UTF-8. */
        static String utf8(byte[] bytes) {
            try {
                return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException e) {
                return null;
            }
        }
    }
}
