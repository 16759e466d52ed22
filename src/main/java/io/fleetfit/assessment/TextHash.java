package io.fleetfit.assessment;

/**
 * A hash code of a string for the core's memories ({@link Remembered}), worked out eight
 * characters a step. The memories look up strings fresh from a reader (OS columns, Guest Detailed
 * Data, folders, attribute values) whose own hash codes were never worked out, and Java 17's
 * {@link String#hashCode()} takes one character at a time, each step waiting for the one before.
 * Here two characters make one number and four such numbers one step, so one multiplication per
 * eight characters waits while the others are worked out beside it: half the time of {@code
 * String.hashCode} on one workload's strings ({@code TextHashBenchmark}, figures in BENCHMARKS.md).
 *
 * <p>A polynomial over the string's characters with odd multipliers, so two strings that differ
 * in one character always differ in hash code; the memories tell colliding strings apart with
 * {@code equals}, and cap how far they look ({@link Remembered#PROBES}).
 */
final class TextHash {

    private static final int M1 = 31;
    private static final int M2 = 0x4B2D3C29;
    private static final int M3 = 0x2C9277B5;
    private static final int M4 = 0x5F7A0EA1;

    private TextHash() {
    }

    /** The hash code of {@code s}; 0 for {@code null}. Equal strings have equal hash codes. */
    static int of(String s) {
        if (s == null) {
            return 0;
        }
        int n = s.length();
        int h = n;
        int i = 0;
        for (; i + 7 < n; i += 8) {
            int a0 = s.charAt(i) << 16 | s.charAt(i + 1);
            int a1 = s.charAt(i + 2) << 16 | s.charAt(i + 3);
            int a2 = s.charAt(i + 4) << 16 | s.charAt(i + 5);
            int a3 = s.charAt(i + 6) << 16 | s.charAt(i + 7);
            h = h * M4 + a0 * M3 + a1 * M2 + a2 * M1 + a3;
        }
        for (; i < n; i++) {
            h = M1 * h + s.charAt(i);
        }
        return h ^ h >>> 15;
    }
}
