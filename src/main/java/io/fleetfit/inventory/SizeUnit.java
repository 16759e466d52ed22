package io.fleetfit.inventory;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A unit a size column is written in, with its size in bytes. fleetfit keeps every size in MiB;
 * {@link #toMib} converts. The binary units (MiB, GiB, TiB) and the decimal ones (MB, GB, TB) are
 * what the names say; which one a header's "MB" or "GB" really means is decided per column in
 * {@link HeaderMap}, because tools label binary RAM sizes MB and GB.
 */
public enum SizeUnit {
    MIB("MiB", 1L << 20),
    GIB("GiB", 1L << 30),
    TIB("TiB", 1L << 40),
    MB("MB", 1_000_000L),
    GB("GB", 1_000_000_000L),
    TB("TB", 1_000_000_000_000L);

    private static final BigDecimal BYTES_PER_MIB = BigDecimal.valueOf(1L << 20);
    /**
     * A unit named in a header: a word of its own ("Memory (GB)", "In Use MiB") or glued to a
     * lower-case letter in camel case ("RAM.TotalSizeInMB"). The last one named counts.
     */
    private static final Pattern IN_HEADER = Pattern.compile(
            "(?<![\\p{L}\\p{N}])((?i:[kmgt]i?b))(?![\\p{L}\\p{N}])|(?<=\\p{Ll})([KMGT]i?B)(?![\\p{L}\\p{N}])");

    private final String symbol;
    private final long bytes;

    SizeUnit(String symbol, long bytes) {
        this.symbol = symbol;
        this.bytes = bytes;
    }

    /** "MiB", "GB", ... as written in headers and notes. */
    public String symbol() {
        return symbol;
    }

    /** The suffix of a mapping-file field in this unit: "mib" as in {@code memory_mib}. */
    public String fieldSuffix() {
        return symbol.toLowerCase(Locale.ROOT);
    }

    public boolean isBinary() {
        return this == MIB || this == GIB || this == TIB;
    }

    /** The value in MiB, not yet rounded. */
    public BigDecimal toMib(BigDecimal value) {
        if (this == MIB) {
            return value;
        }
        return value.multiply(BigDecimal.valueOf(bytes)).divide(BYTES_PER_MIB, 6, RoundingMode.HALF_UP);
    }

    /** The unit a header names, if it names one ("Provisioned Disk (GB)" gives GB, "Memory" none). */
    public static Optional<SizeUnit> namedIn(String header) {
        if (header == null) {
            return Optional.empty();
        }
        Matcher m = IN_HEADER.matcher(header);
        SizeUnit found = null;
        while (m.find()) {
            found = forSymbol(m.group(1) != null ? m.group(1) : m.group(2));
        }
        return Optional.ofNullable(found);
    }

    /** The unit with a field suffix ("gib"), if any. */
    public static Optional<SizeUnit> forSuffix(String suffix) {
        for (SizeUnit unit : values()) {
            if (unit.fieldSuffix().equals(suffix)) {
                return Optional.of(unit);
            }
        }
        return Optional.empty();
    }

    private static SizeUnit forSymbol(String symbol) {
        return switch (symbol.toLowerCase(Locale.ROOT)) {
            case "mib" -> MIB;
            case "gib" -> GIB;
            case "tib" -> TIB;
            case "mb" -> MB;
            case "gb" -> GB;
            case "tb" -> TB;
            default -> null; // KB, KiB: no size column is written in them
        };
    }
}
