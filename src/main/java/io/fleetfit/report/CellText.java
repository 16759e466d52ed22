package io.fleetfit.report;

import org.apache.poi.ss.SpreadsheetVersion;

/**
 * Makes any text safe for a cell. Inventory text is untrusted: it may hold characters XML 1.0
 * cannot carry (the workbook would not open) or exceed Excel's cell limit (POI would throw).
 */
final class CellText {

    /** Excel's limit on the characters of one cell. */
    static final int MAX_LENGTH = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

    /** Ends a value that was cut to fit a cell, so the reader knows it is incomplete. */
    static final String CUT_MARKER = "... [cut at " + MAX_LENGTH + " characters]";

    private CellText() {
    }

    /**
     * The text without XML-illegal characters, with literal escapes kept literal
     * ({@link #keepLiteralEscapes}), cut to {@link #MAX_LENGTH} with the marker.
     */
    static String safe(String text) {
        if (text == null) {
            return null;
        }
        String clean = stripIllegal(text);
        String escaped = keepLiteralEscapes(clean);
        if (escaped.length() <= MAX_LENGTH) {
            return escaped;
        }
        int keep = MAX_LENGTH - CUT_MARKER.length();
        while (true) {
            if (Character.isHighSurrogate(clean.charAt(keep - 1))) {
                keep--;
            }
            String cut = keepLiteralEscapes(clean.substring(0, keep)) + CUT_MARKER;
            if (cut.length() <= MAX_LENGTH) {
                return cut;
            }
            keep -= cut.length() - MAX_LENGTH;   // the escapes took room: cut that much more
        }
    }

    /**
     * The text with every literal {@code _xHHHH_} written as Excel writes it, {@code _x005F_xHHHH_}:
     * Excel, POI and LibreOffice read {@code _xHHHH_} in a cell as an escaped character
     * (ECMA-376 Part 1, 22.9.2.19), so an annotation holding "_x0041_" would otherwise show "A".
     */
    static String keepLiteralEscapes(String text) {
        int at = text.indexOf("_x");
        if (at < 0) {
            return text;
        }
        StringBuilder out = null;
        int from = 0;
        for (; at >= 0; at = text.indexOf("_x", at + 1)) {
            if (isEscape(text, at)) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 7);
                }
                out.append(text, from, at).append("_x005F_");
                from = at + 1;   // the underscore is written as its escape; "xHHHH_" follows as it is
            }
        }
        return out == null ? text : out.append(text, from, text.length()).toString();
    }

    private static boolean isEscape(String s, int at) {
        if (at + 7 > s.length() || s.charAt(at + 6) != '_') {
            return false;
        }
        for (int i = at + 2; i < at + 6; i++) {
            char c = s.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F')) {
                return false;
            }
        }
        return true;
    }

    /** Removes control characters other than tab, newline and CR, non-characters and lone surrogates. */
    static String stripIllegal(String text) {
        // the common case first, without a stream: printable text below the surrogates
        boolean plain = true;
        for (int i = 0, n = text.length(); i < n && plain; i++) {
            char c = text.charAt(i);
            plain = c >= 0x20 && c <= 0xD7FF || c == 0x9 || c == 0xA || c == 0xD;
        }
        if (plain || text.codePoints().allMatch(CellText::legal)) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().filter(CellText::legal).forEach(sb::appendCodePoint);
        return sb.toString();
    }

    private static boolean legal(int cp) {
        return cp == 0x9 || cp == 0xA || cp == 0xD
                || (cp >= 0x20 && cp <= 0xD7FF)
                || (cp >= 0xE000 && cp <= 0xFFFD)
                || (cp >= 0x10000 && cp <= 0x10FFFF);
    }
}
