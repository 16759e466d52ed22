package io.fleetfit.report;

/** How a column's cells look: number format, wrapping, and whether the value picks a fill colour. */
enum CellFormat {
    TEXT("General", false),
    /** Text that wraps within the column width (reasons, evidence, descriptions). */
    WRAP("General", true),
    INTEGER("0", false),
    /** A count or whole size with thousands separators (the Overview). */
    COUNT("#,##0", false),
    /** A size with one decimal and thousands separators (the Overview's GiB and TiB). */
    SIZE("#,##0.0", false),
    /** Memory and storage. */
    GIB("0.0", false),
    /** Scores, 0-100. */
    SCORE("0", false),
    PERCENT("0.0%", false),
    DATE("yyyy-mm-dd", false),
    /** A labelled value (disposition, tier, severity, data-quality status) shown with its colour. */
    TINT("General", false);

    private final String numberFormat;
    private final boolean wrap;

    CellFormat(String numberFormat, boolean wrap) {
        this.numberFormat = numberFormat;
        this.wrap = wrap;
    }

    String numberFormat() {
        return numberFormat;
    }

    boolean wrap() {
        return wrap;
    }
}
