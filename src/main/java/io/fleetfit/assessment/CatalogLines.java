package io.fleetfit.assessment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * The line format the bundled catalogs share (OS lifecycle, KubeVirt guests, workload roles),
 * and the CSV cells they are written in:
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

    /**
     * One line split into cells at {@code delimiter}, double quotes removed ("" is a quote within
     * quotes), as spreadsheets write CSV; {@code null} when a quote is not closed.
     */
    static List<String> cells(String line, char delimiter) {
        List<String> cells = new java.util.ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == delimiter) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            return null;
        }
        cells.add(cell.toString());
        return cells;
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
