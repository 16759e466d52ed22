package io.fleetfit.run;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.hadoop.conf.Configuration;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code jobs/reveal}: puts the real values back into a pseudonymised run's report and CSV files,
 * with the reverse map of {@code --pseudonym-map}. Every pseudonym the map knows is replaced by its
 * original wherever it stands: in every XML part of a workbook (cells, sheet-level strings, document
 * properties) and in every field of a CSV file. A file is written under its own name in the output
 * folder, keeping its place below the input folder; other files are not copied. Local files only:
 * the map never leaves the consultant's machine.
 */
@Command(name = "reveal", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true,
        versionProvider = JobConfig.Version.class,
        description = "Puts the real names back into a pseudonymised fleetfit report (.xlsx) and its CSV files, with"
                + " the map that --pseudonym-map wrote.",
        footer = {"", "Exit codes: 0 every file revealed; 1 a file could not be revealed; 2 bad usage."})
public final class Reveal implements Callable<Integer> {

    @Option(names = "--map", paramLabel = "FILE", required = true,
            description = "The pseudonym map (pseudonym,original CSV) the pseudonymised run wrote.")
    private Path map;

    @Option(names = "--in", paramLabel = "DIR-or-FILE", required = true,
            description = "A pseudonymised run's output folder, a client's folder, or one .xlsx or .csv file of it.")
    private Path in;

    @Option(names = "--out", paramLabel = "DIR", required = true,
            description = "Folder the revealed files are written to (never the input folder).")
    private Path out;

    private PrintStream stdout = System.out;
    private PrintStream stderr = System.err;

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs reveal; returns the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Reveal reveal = new Reveal();
        reveal.stdout = out;
        reveal.stderr = err;
        CommandLine cl = new CommandLine(reveal);
        cl.setOut(new java.io.PrintWriter(out, true));
        cl.setErr(new java.io.PrintWriter(err, true));
        cl.setParameterExceptionHandler((e, a) -> {
            err.println("reveal: " + e.getMessage());
            err.println("Try 'jobs/reveal --help' for usage.");
            return 2;
        });
        return cl.execute(args);
    }

    @Override
    public Integer call() {
        if (!Files.isRegularFile(map)) {
            return usage("pseudonym map not found: " + map);
        }
        if (!Files.exists(in)) {
            return usage("input not found: " + in);
        }
        Path inAbs = in.toAbsolutePath().normalize();
        Path outAbs = out.toAbsolutePath().normalize();
        if (outAbs.equals(Files.isDirectory(inAbs) ? inAbs : inAbs.getParent())) {
            return usage("--out must not be the input folder: the pseudonymised files would be replaced");
        }
        Map<String, String> originals;
        try {
            originals = PseudonymMap.read(new Configuration(), new org.apache.hadoop.fs.Path(map.toAbsolutePath().toUri()));
        } catch (IllegalArgumentException e) {
            return usage(e.getMessage());
        } catch (IOException e) {
            return usage("cannot read the pseudonym map " + map + ": " + e.getMessage());
        }
        List<Path> files;
        try (Stream<Path> all = Files.isDirectory(inAbs) ? Files.walk(inAbs) : Stream.of(inAbs)) {
            files = all.filter(Files::isRegularFile).filter(Reveal::revealable).sorted().toList();
        } catch (IOException e) {
            return usage("cannot list " + in + ": " + e.getMessage());
        }
        if (files.isEmpty()) {
            return usage("no .xlsx or .csv file in " + in);
        }
        Path base = Files.isDirectory(inAbs) ? inAbs : inAbs.getParent();
        int failed = 0;
        for (Path f : files) {
            Path target = outAbs.resolve(base.relativize(f).toString());
            try {
                Files.createDirectories(target.getParent());
                long replaced = f.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx")
                        ? workbook(f, target, originals) : csv(f, target, originals);
                stdout.println("Revealed " + replaced + " pseudonym" + (replaced == 1 ? "" : "s") + ": " + target);
            } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
                stderr.println("reveal: cannot reveal " + f + ": " + InventoryFiles.oneLine(e));
                failed++;
            }
        }
        return failed == 0 ? 0 : 1;
    }

    private int usage(String message) {
        stderr.println("reveal: " + message);
        return 2;
    }

    /** Reports and CSV files; not the hidden parts of a map, temporary files or Parquet files. */
    private static boolean revealable(Path f) {
        String name = f.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return !name.startsWith(".") && (name.endsWith(".xlsx") || name.endsWith(".csv"));
    }

    /** Rewrites every XML part of the workbook with the originals, copying the other parts unchanged. */
    static long workbook(Path from, Path to, Map<String, String> originals) throws IOException {
        long[] count = {0};
        Path temp = to.resolveSibling("." + to.getFileName() + ".inprogress");
        // the central directory, not the local headers: a streamed workbook's entries state their sizes after their data
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(from.toFile());
             ZipOutputStream zout = new ZipOutputStream(Files.newOutputStream(temp))) {
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                byte[] bytes;
                try (InputStream i = zip.getInputStream(e)) {
                    bytes = i.readAllBytes();
                }
                String name = e.getName();
                if (name.endsWith(".xml") || name.endsWith(".rels")) {
                    String xml = new String(bytes, StandardCharsets.UTF_8);
                    bytes = replace(xml, originals, Reveal::xmlText, count).getBytes(StandardCharsets.UTF_8);
                }
                ZipEntry copy = new ZipEntry(name);
                copy.setTime(e.getTime());
                zout.putNextEntry(copy);
                zout.write(bytes);
                zout.closeEntry();
            }
        }
        Files.move(temp, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return count[0];
    }

    /** Rewrites each field of a CSV file that holds a pseudonym, quoting it as fleetfit does; other fields stay byte for byte. */
    static long csv(Path from, Path to, Map<String, String> originals) throws IOException {
        long[] count = {0};
        String text;
        try (InputStream i = Files.newInputStream(from)) {
            text = new String(i.readAllBytes(), StandardCharsets.UTF_8);
        }
        StringBuilder b = new StringBuilder(text.length());
        for (CsvText.Line line : CsvText.lines(text)) {
            for (int i = 0; i < line.fields().size(); i++) {
                CsvText.Field f = line.fields().get(i);
                String value = replace(f.value(), originals, s -> s, count);
                b.append(i == 0 ? "" : ",").append(value.equals(f.value()) ? f.raw() : CsvText.written(formulaSafe(value)));
            }
            b.append(line.end());
        }
        Path temp = to.resolveSibling("." + to.getFileName() + ".inprogress");
        try (OutputStream o = Files.newOutputStream(temp)) {
            o.write(b.toString().getBytes(StandardCharsets.UTF_8));
        }
        Files.move(temp, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return count[0];
    }

    /**
     * A revealed field as fleetfit's CSV writers write text a spreadsheet would evaluate: with a
     * leading single quote (a pseudonym never starts with one of these characters, an original may).
     */
    private static String formulaSafe(String v) {
        return !v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0 ? "'" + v : v;
    }

    /** The text with each pseudonym the map knows replaced by its original, {@code encode}d. */
    static String replace(String text, Map<String, String> originals, java.util.function.UnaryOperator<String> encode,
                          long[] count) {
        Matcher m = Pseudonyms.TOKEN.matcher(text);
        StringBuilder b = null;
        int at = 0;
        while (m.find()) {
            String original = originals.get(m.group());
            if (original != null) {
                if (b == null) {
                    b = new StringBuilder(text.length() + 64);
                }
                b.append(text, at, m.start()).append(encode.apply(original));
                at = m.end();
                count[0]++;
            }
        }
        return b == null ? text : b.append(text, at, text.length()).toString();
    }

    /** A value as XML text: without the characters XML 1.0 cannot carry, markup characters escaped. */
    static String xmlText(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&apos;");
                default -> {
                    if (c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD
                            || c >= 0x10000 && c <= 0x10FFFF) {
                        b.appendCodePoint(c);
                    }
                }
            }
        });
        return b.toString();
    }
}
