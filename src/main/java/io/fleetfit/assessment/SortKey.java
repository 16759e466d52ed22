package io.fleetfit.assessment;

/** Pieces of the string keys that put rows in report and input order: numbers padded to sort as text. */
public final class SortKey {

    private SortKey() {
    }

    /**
     * {@code value} in decimal, zero-padded on the left to {@code digits} (longer values are kept
     * whole): what {@code String.format("%0<digits>d", value)} gives a non-negative value, without
     * the formatter, since every row's keys are built with it.
     */
    public static String zeroPadded(long value, int digits) {
        String n = Long.toString(value);
        if (n.length() >= digits || value < 0) {
            return n;
        }
        return "0".repeat(digits - n.length()).concat(n);
    }
}
