package io.fleetfit.job;

import io.fleetfit.inventory.InventoryFormat;
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

/** Resolves the {@code --input} arguments to inventory files through Hadoop's file system API. */
final class InputPaths {

    /** One input file: its full URI and the name the report shows. */
    record InputPath(String uri, String name) implements Serializable {
        boolean isCsv() {
            return name.toLowerCase(Locale.ROOT).endsWith(".csv");
        }
    }

    private InputPaths() {
    }

    /**
     * Every inventory file the arguments name: a file as given, a folder's inventory files sorted by
     * name.
     *
     * @throws JobConfig.UsageException when an input does not exist, or a folder holds no inventory
     */
    static List<InputPath> resolve(Configuration conf, List<String> inputs) throws IOException {
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
                        files.add(new InputPath(fs.makeQualified(c.getPath()).toString(), c.getPath().getName()));
                    }
                }
                if (files.size() == before) {
                    throw new JobConfig.UsageException("no inventory files (.xlsx or .csv) in folder " + input);
                }
            } else {
                String name = path.getName();
                if (!InventoryFormat.isInventoryFile(name)) {
                    throw new JobConfig.UsageException(input + " is not an inventory file: fleetfit reads .xlsx and .csv files");
                }
                files.add(new InputPath(fs.makeQualified(path).toString(), name));
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
                .map(f -> nameCounts.get(f.name()) > 1 ? new InputPath(f.uri(), new Path(f.uri()).getParent().getName() + "/" + f.name()) : f)
                .toList();
    }
}
