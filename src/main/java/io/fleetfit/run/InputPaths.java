package io.fleetfit.run;

import io.fleetfit.inventory.InventoryFormat;
import io.fleetfit.report.OutputNames;
import java.io.IOException;
import java.io.Serializable;
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
     * @param client the client's position in {@link #clients}
     * @param size the file's length in bytes
     */
    public record InputPath(String uri, String name, int client, long size) implements Serializable {
        public boolean isCsv() {
            return name.toLowerCase(Locale.ROOT).endsWith(".csv");
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
        if (inputs.size() == 1) {
            List<Path> batch = clientFolders(conf, new Path(inputs.get(0)));
            if (!batch.isEmpty()) {
                if (client != null) {
                    throw new JobConfig.UsageException("--client names the one client of a run, but " + inputs.get(0)
                            + " holds a folder per client; each folder's name is its client's name");
                }
                return batch(conf, batch);
            }
        }
        String name = client != null ? client.strip() : OutputNames.clientFromPath(inputs.get(0));
        return List.of(new Client(name, OutputNames.clientSlug(name), resolve(conf, inputs, 0), null));
    }

    /** The subfolders of a batch folder, sorted by name; empty when {@code path} is not a batch folder. */
    private static List<Path> clientFolders(Configuration conf, Path path) throws IOException {
        FileSystem fs = path.getFileSystem(conf);
        if (!fs.exists(path) || !fs.getFileStatus(path).isDirectory()) {
            return List.of();
        }
        FileStatus[] children = fs.listStatus(path);
        Arrays.sort(children, Comparator.comparing(c -> c.getPath().getName()));
        List<Path> folders = new ArrayList<>();
        for (FileStatus c : children) {
            String name = c.getPath().getName();
            if (c.isFile() && InventoryFormat.isInventoryFile(name)) {
                return List.of(); // inventories of its own: one client
            }
            if (c.isDirectory() && !name.startsWith(".") && !name.startsWith("_")) {
                folders.add(fs.makeQualified(c.getPath()));
            }
        }
        return folders;
    }

    private static List<Client> batch(Configuration conf, List<Path> folders) throws IOException {
        List<Client> clients = new ArrayList<>();
        Set<String> slugs = new HashSet<>();
        for (Path folder : folders) {
            String name = folder.getName();
            String slug = OutputNames.clientSlug(name);
            // "Acme" and "acme" are two clients: the second gets a folder of its own
            for (int n = 2; !slugs.add(slug); n++) {
                slug = OutputNames.clientSlug(name) + "-" + n;
            }
            try {
                clients.add(new Client(name, slug, resolve(conf, List.of(folder.toString()), clients.size()), null));
            } catch (JobConfig.UsageException e) {
                // one client's empty folder must not stop the others: it is reported in the run summary
                clients.add(new Client(name, slug, List.of(), e.getMessage()));
            }
        }
        return clients;
    }

    /**
     * Every inventory file the arguments name: a file as given, a folder's inventory files sorted by
     * name.
     *
     * @throws JobConfig.UsageException when an input does not exist, or a folder holds no inventory
     */
    static List<InputPath> resolve(Configuration conf, List<String> inputs, int client) throws IOException {
        List<InputPath> files = new ArrayList<>();
        for (String input : inputs) {
            Path path = new Path(input);
            FileSystem fs = path.getFileSystem(conf);
            if (!fs.exists(path)) {
                throw new JobConfig.UsageException("input not found: " + input);
            }
            FileStatus status = fs.getFileStatus(path);
            if (status.isDirectory()) {
                FileStatus[] children = fs.listStatus(path);
                Arrays.sort(children, Comparator.comparing(c -> c.getPath().getName()));
                int before = files.size();
                for (FileStatus c : children) {
                    if (c.isFile() && InventoryFormat.isInventoryFile(c.getPath().getName())) {
                        files.add(new InputPath(fs.makeQualified(c.getPath()).toString(), c.getPath().getName(), client, c.getLen()));
                    }
                }
                if (files.size() == before) {
                    throw new JobConfig.UsageException("no inventory files (.xlsx, .xls or .csv) in folder " + input);
                }
            } else {
                String name = path.getName();
                if (!InventoryFormat.isInventoryFile(name)) {
                    throw new JobConfig.UsageException(input + " is not an inventory file: fleetfit reads .xlsx, .xls and .csv files");
                }
                files.add(new InputPath(fs.makeQualified(path).toString(), name, client, status.getLen()));
            }
        }
        Set<String> uris = new HashSet<>();
        Map<String, Long> nameCounts = new HashMap<>();
        for (InputPath f : files) {
            if (!uris.add(f.uri())) {
                throw new JobConfig.UsageException("input given twice: " + f.uri());
            }
            nameCounts.merge(f.name(), 1L, Long::sum);
        }
        // two files of one name (RVTools_export_all.xlsx from two vCenters) are told apart by their folder
        return files.stream()
                .map(f -> nameCounts.get(f.name()) > 1
                        ? new InputPath(f.uri(), new Path(f.uri()).getParent().getName() + "/" + f.name(), client, f.size()) : f)
                .toList();
    }
}
