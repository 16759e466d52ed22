package io.fleetfit.inventory;

import java.io.Serializable;
import java.util.Map;

/**
 * What the user told the readers about the inputs, beyond the files themselves. Checked when
 * built, so a wrong {@code --format} or mapping fails the run before any file is read.
 *
 * @param forcedFormat a format id given with {@code --format} ({@code null}: detect from sheet names
 *     and headers); one of {@link SourceFormat#validIds()}
 * @param headerMapping a mapping file's content ({@link FieldMapping#parse}): the inventory's header
 *     (as written, matched case-insensitively) to a fleetfit field name; empty when no mapping file
 *     was given
 */
public record ReadOptions(String forcedFormat, Map<String, String> headerMapping) implements Serializable {

    public static final ReadOptions DEFAULT = new ReadOptions(null, Map.of());

    /**
     * @throws IllegalArgumentException for an unknown format id (the message lists the valid ones),
     *     an unknown field in the mapping, or format {@code mapped} without a mapping
     */
    public ReadOptions {
        forcedFormat = forcedFormat == null || forcedFormat.isBlank() ? null : forcedFormat.strip();
        headerMapping = headerMapping == null ? Map.of() : Map.copyOf(headerMapping);
        SourceFormat format = forcedFormat == null ? null : SourceFormat.forId(forcedFormat);
        headerMapping.forEach((header, field) -> FieldMapping.target(field));
        if (format == SourceFormat.MAPPED && headerMapping.isEmpty()) {
            throw new IllegalArgumentException("Format '" + SourceFormat.MAPPED.id()
                    + "' needs a mapping file (--mapping FILE).");
        }
    }

    /** The forced format, or {@code null} to detect it from each file's headers. */
    public SourceFormat format() {
        return forcedFormat == null ? null : SourceFormat.forId(forcedFormat);
    }
}
