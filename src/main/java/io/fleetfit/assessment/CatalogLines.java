package io.fleetfit.assessment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * The line format the bundled catalogs share (OS lifecycle, KubeVirt guests, workload roles):
 * UTF-8, an optional byte-order mark, '#' comments of which "# version: ..." names the catalog's
 * version, blank lines, and a header row, skipped, that starts with the first column's name.
 */
final class CatalogLines {

    /** One data line: its number from 1 and its text, stripped. */
    interface Row {
        void accept(int lineNo, String text);
    }

    private CatalogLines() {
    }

    /**
     * Hands every data line to {@code row} and returns the catalog's version: the "# version:"
     * comment, else {@code origin}.
     */
    static String read(String origin, List<String> lines, String firstColumn, Row row) {
        String version = origin;
        String header = firstColumn.toLowerCase(Locale.ROOT) + ",";
        int lineNo = 0;
        for (String line : lines) {
            lineNo++;
            String t = (lineNo == 1 && line.startsWith("\uFEFF") ? line.substring(1) : line).strip();
            if (t.startsWith("#")) {
                String c = t.substring(1).strip();
                if (c.toLowerCase(Locale.ROOT).startsWith("version:")) {
                    version = c.substring("version:".length()).strip();
                }
                continue;
            }
            if (t.isEmpty() || t.toLowerCase(Locale.ROOT).startsWith(header)) {
                continue;
            }
            row.accept(lineNo, t);
        }
        return version;
    }

    /** A catalog bundled beside {@code owner}, as bytes. */
    static byte[] bundled(Class<?> owner, String resource) {
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("bundled " + resource + " is missing from the build");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bytes' lines, as UTF-8. */
    static List<String> lines(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8).lines().toList();
    }
}
