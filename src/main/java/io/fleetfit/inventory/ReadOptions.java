package io.fleetfit.inventory;

import java.io.Serializable;
import java.util.Map;

/**
 * What the user told the readers about the inputs, beyond the files themselves.
 *
 * @param forcedFormat a format id given with {@code --format} ({@code null}: detect from sheet names
 *     and headers)
 * @param headerMapping a mapping file's content: the inventory's header (as written, matched
 *     case-insensitively) to a fleetfit field name; empty when no mapping file was given
 */
public record ReadOptions(String forcedFormat, Map<String, String> headerMapping) implements Serializable {

    public static final ReadOptions DEFAULT = new ReadOptions(null, Map.of());

    public ReadOptions {
        headerMapping = headerMapping == null ? Map.of() : Map.copyOf(headerMapping);
    }
}
