package io.fleetfit.run;

import java.util.ArrayList;
import java.util.List;

/**
 * Text in the console's columns. A terminal gives East Asian wide and fullwidth characters two
 * columns, marks and invisible format characters none, so a client called 東京電力 takes eight
 * columns, not four; control characters (an escape sequence in a folder's name) are shown as
 * {@code ?} rather than sent to the terminal.
 */
final class ConsoleText {

    private ConsoleText() {
    }

    /** The columns {@code text} takes on a terminal. */
    static int columns(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            n += columns(cp);
            i += Character.charCount(cp);
        }
        return n;
    }

    /**
     * {@code text} in exactly {@code width} columns: padded with spaces, or cut with a {@code ~} in
     * its last column.
     */
    static String fit(String text, int width) {
        StringBuilder b = new StringBuilder(text.length() + width);
        int used = 0;
        boolean cut = columns(text) > width;
        int room = cut ? width - 1 : width;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isISOControl(cp)) {
                cp = '?';
            }
            int w = columns(cp);
            if (used + w > room) {
                break;
            }
            b.appendCodePoint(cp);
            used += w;
        }
        if (cut) {
            b.append('~');
            used++;
        }
        return b.append(" ".repeat(Math.max(0, width - used))).toString();
    }

    /**
     * Two columns of lines, {@code "  name  text"}: names padded to the longest of them in terminal
     * columns, so the texts line up, and never cut (a file's name is how the consultant finds it). A
     * name wider than {@code widest} takes a line of its own, its text on the next line in the text
     * column, so one long name does not push every other line to the right.
     */
    static List<String> nameColumn(List<String> names, List<String> texts, int widest) {
        int width = names.stream().mapToInt(ConsoleText::columns).filter(w -> w <= widest).max().orElse(0);
        String indent = "  ";
        List<String> lines = new ArrayList<>(names.size());
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            int columns = columns(name);
            if (columns > widest) {
                lines.add(indent + fit(name, columns));
                lines.add(indent + " ".repeat(width) + "  " + texts.get(i));
            } else {
                lines.add(indent + fit(name, width) + "  " + texts.get(i));
            }
        }
        return lines;
    }

    private static int columns(int cp) {
        if (Character.isISOControl(cp)) {
            return 1; // shown as '?'
        }
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT) {
            return 0;
        }
        return wide(cp) ? 2 : 1;
    }

    /** East Asian wide and fullwidth characters (Unicode's EastAsianWidth W and F), as terminals treat them. */
    private static boolean wide(int cp) {
        return cp >= 0x1100 && (cp <= 0x115F
                || cp >= 0x2E80 && cp <= 0xA4CF && cp != 0x303F
                || cp >= 0xAC00 && cp <= 0xD7A3
                || cp >= 0xF900 && cp <= 0xFAFF
                || cp >= 0xFE30 && cp <= 0xFE4F
                || cp >= 0xFF00 && cp <= 0xFF60
                || cp >= 0xFFE0 && cp <= 0xFFE6
                || cp >= 0x1F300 && cp <= 0x1F64F
                || cp >= 0x1F680 && cp <= 0x1F6FF
                || cp >= 0x1F900 && cp <= 0x1F9FF
                || cp >= 0x20000 && cp <= 0x3FFFD);
    }
}
