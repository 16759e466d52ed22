package io.fleetfit.inventory;

/**
 * The escapes of a text as an xlsx file stores it (ECMA-376 Part 1, 22.9.2.19, {@code ST_Xstring}):
 * Excel writes a character XML cannot carry, such as the carriage return of a pasted annotation,
 * as {@code _x000D_}, and a literal {@code _x} that would read as such an escape as
 * {@code _x005F_x}. POI's own readers decode them; so do ours, for shared and inline strings.
 */
final class ExcelText {

    private ExcelText() {
    }

    /** {@code text} with every {@code _xHHHH_} replaced by the character it names; {@code text} itself when it holds none. */
    static String decode(String text) {
        int at = text.indexOf("_x");
        if (at < 0) {
            return text;
        }
        StringBuilder out = null;
        int from = 0;
        while (at >= 0) {
            if (at + 7 <= text.length() && text.charAt(at + 6) == '_' && isHex(text, at + 2, at + 6)) {
                if (out == null) {
                    out = new StringBuilder(text.length());
                }
                out.append(text, from, at).append((char) Integer.parseInt(text, at + 2, at + 6, 16));
                from = at + 7;
                at = text.indexOf("_x", from);
            } else {
                at = text.indexOf("_x", at + 1);
            }
        }
        return out == null ? text : out.append(text, from, text.length()).toString();
    }

    private static boolean isHex(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F')) {
                return false;
            }
        }
        return true;
    }
}
