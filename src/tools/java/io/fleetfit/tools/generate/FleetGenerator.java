package io.fleetfit.tools.generate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code jobs/generate}: synthetic RVTools-layout inventories for benchmarks and scale tests, shaped
 * as RVTools 4.7 writes them ({@link RvtoolsExport}) or in the earlier compact shape ({@link RvtoolsFleet}), one
 * folder per client ({@code OUT/client-0001/}), so {@code --input OUT} is a batch. Deterministic:
 * client {@code i} is written from seed {@code SEED + i}. Clients are written in parallel.
 */
@Command(name = "generate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Writes synthetic RVTools-layout inventories: OUT/client-0001/ ... one folder per client.",
            "xlsx, --shape rvtools (default): RVTools_export_all.xlsx as RVTools 4.7 writes it:",
            "  all 27 tabs, every vInfo cell filled, 2-4 vDisk and 1-2 vNetwork rows a VM,",
            "  shared strings (--strings inline: inline strings);",
            "xlsx, --shape compact: the smaller workbook of BENCHMARKS.md's earlier figures",
            "  (vInfo, vDisk, vPartition, vNetwork, vUSB, vHost and vMetaData);",
            "csv: the vInfo tab of either shape (vInfo.csv)."})
public final class FleetGenerator implements Callable<Integer> {

    @Option(names = "--vms", required = true, paramLabel = "N", description = "VMs in all, spread evenly over the clients.")
    int vms;

    @Option(names = "--clients", defaultValue = "1", paramLabel = "K", description = "Clients (default: ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--format", defaultValue = "xlsx", paramLabel = "xlsx|csv", description = "Format (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--shape", defaultValue = "rvtools", paramLabel = "rvtools|compact",
            description = "Workbook shape (default: ${DEFAULT-VALUE}).")
    String shape;

    @Option(names = "--strings", defaultValue = "shared", paramLabel = "shared|inline",
            description = "How --shape rvtools writes text (default: ${DEFAULT-VALUE}).")
    String strings;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder.")
    Path out;

    @Option(names = "--seed", defaultValue = "" + RvtoolsFleet.DEFAULT_SEED, paramLabel = "SEED", description = "Seed (default: ${DEFAULT-VALUE}).")
    long seed;

    public static void main(String[] args) {
        System.exit(new CommandLine(new FleetGenerator()).execute(args));
    }

    /** The folder of client {@code i} (0-based). */
    public static String clientFolder(int i) {
        return String.format(Locale.ROOT, "client-%04d", i + 1);
    }

    /** The VMs of client {@code i}: an even share, the first clients taking the remainder. */
    static int vmsOf(int i, int vms, int clients) {
        return vms / clients + (i < vms % clients ? 1 : 0);
    }

    @Override
    public Integer call() throws IOException {
        if (vms < 1 || clients < 1 || clients > vms) {
            throw new CommandLine.ParameterException(new CommandLine(this), "need 1 <= --clients <= --vms");
        }
        if (!format.equals("xlsx") && !format.equals("csv")) {
            throw new CommandLine.ParameterException(new CommandLine(this), "--format must be xlsx or csv");
        }
        if (!shape.equals("rvtools") && !shape.equals("compact")) {
            throw new CommandLine.ParameterException(new CommandLine(this), "--shape must be rvtools or compact");
        }
        if (!strings.equals("shared") && !strings.equals("inline") || strings.equals("inline") && !shape.equals("rvtools")) {
            throw new CommandLine.ParameterException(new CommandLine(this), "--strings must be shared or inline, and inline needs --shape rvtools");
        }
        long start = System.nanoTime();
        IntStream.range(0, clients).parallel().forEach(i -> {
            try {
                write(i);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        System.out.printf(Locale.ROOT, "Wrote %,d VMs for %d client%s as %s (%s shape) to %s in %.1f s%n", vms, clients,
                clients == 1 ? "" : "s", format, shape, out, (System.nanoTime() - start) / 1e9);
        return 0;
    }

    private void write(int i) throws IOException {
        Path dir = Files.createDirectories(out.resolve(clientFolder(i)));
        int n = vmsOf(i, vms, clients);
        boolean compact = shape.equals("compact");
        if (format.equals("xlsx")) {
            Path file = dir.resolve("RVTools_export_all.xlsx");
            if (compact) {
                RvtoolsFleet.write(file, n, seed + i);
            } else {
                RvtoolsExport.write(file, n, seed + i, strings.equals("shared"));
            }
        } else {
            try (Writer w = new BufferedWriter(Files.newBufferedWriter(dir.resolve("vInfo.csv"), StandardCharsets.UTF_8), 1 << 16)) {
                if (compact) {
                    RvtoolsFleet.writeVInfoCsv(w, n, seed + i);
                } else {
                    RvtoolsExport.writeVInfoCsv(w, n, seed + i);
                }
            }
        }
    }
}
