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

    /** The text without XML-illegal characters, cut to {@link #MAX_LENGTH} with the marker. */
    static String safe(String text) {
        if (text == null) {
            return null;
        }
        String clean = stripIllegal(text);
        if (clean.length() <= MAX_LENGTH) {
            return clean;
        }
        int keep = MAX_LENGTH - CUT_MARKER.length();
        if (Character.isHighSurrogate(clean.charAt(keep - 1))) {
            keep--;
        }
        return clean.substring(0, keep) + CUT_MARKER;
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
