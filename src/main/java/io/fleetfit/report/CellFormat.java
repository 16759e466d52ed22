package io.fleetfit.report;

/** How a column's cells look: number format, wrapping, and whether the value picks a fill colour. */
enum CellFormat {
    TEXT("General", false),
    /** Text that wraps within the column width (reasons, evidence, descriptions). */
    WRAP("General", true),
    /** A count or a whole size (vCPU), with thousands separators: 1,950. */
    INTEGER("#,##0", false),
    /** Memory and storage in GiB, with one decimal and thousands separators: 14,190.3. */
    SIZE("#,##0.0", false),
    /** Storage in TiB, with two decimals: a tenth of a TiB (102 GiB) is too coarse for one wave's storage. */
    SIZE_TIB("#,##0.00", false),
    /** A row number of an input file: an address, not a quantity, so without separators. */
    ROW_NUMBER("0", false),
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
