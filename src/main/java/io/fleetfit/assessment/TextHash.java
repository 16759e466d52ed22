package io.fleetfit.assessment;

/**
 * {@link String#hashCode()}, worked out four characters a step. The core's memories ({@link
 * Remembered}) look up strings fresh from a reader (OS columns, Guest Detailed Data, folders,
 * attribute values) whose own hash codes were never worked out, and Java 17 works those out one
 * character at a time, each step waiting for the one before. Here one multiplication per four
 * characters waits, while the four characters' own products are worked out beside it.
 */
final class TextHash {

    private static final int P2 = 31 * 31;
    private static final int P3 = 31 * 31 * 31;
    private static final int P4 = 31 * 31 * 31 * 31;

    private TextHash() {
    }

    /** The same value as {@code s.hashCode()}; 0 for {@code null}, as {@link java.util.Objects#hashCode}. */
    static int of(String s) {
        if (s == null) {
            return 0;
        }
        int n = s.length();
        int h = 0;
        int i = 0;
        for (; i + 3 < n; i += 4) {
            h = h * P4 + s.charAt(i) * P3 + s.charAt(i + 1) * P2 + s.charAt(i + 2) * 31 + s.charAt(i + 3);
        }
        for (; i < n; i++) {
            h = 31 * h + s.charAt(i);
        }
        return h;
    }
}
