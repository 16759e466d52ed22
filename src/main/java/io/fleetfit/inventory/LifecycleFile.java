package io.fleetfit.inventory;

import io.fleetfit.assessment.LifecycleCatalog;
import java.nio.charset.Charset;

/**
 * Reads a consultant's own OS lifecycle catalog, in the bundled catalog's CSV format (see
 * {@link LifecycleCatalog}), to replace the bundled one.
 *
 * @param catalog the catalog; its version is the file's "# version:" comment, else the file's name
 * @param sha256 the file's SHA-256 in hex
 */
public record LifecycleFile(LifecycleCatalog catalog, String sha256) {

    /**
     * @throws IllegalArgumentException naming the file and line of a row not in the catalog
     *     format, or the file when it holds no release at all
     */
    public static LifecycleFile read(String file, byte[] bytes) {
        if (bytes.length > SettingsTable.MAX_BYTES) {
            throw new IllegalArgumentException(file + ": too large for a lifecycle catalog");
        }
        String text = new String(bytes, Charset.forName(CsvInventoryReader.detectCharset(bytes, bytes.length, true)));
        if (!text.isEmpty() && text.charAt(0) == CsvInventoryReader.BOM) {
            text = text.substring(1);
        }
        LifecycleCatalog catalog = LifecycleCatalog.parse(file, text.lines().toList());
        if (catalog.entries().isEmpty()) {
            throw new IllegalArgumentException(file + ": no release in the lifecycle catalog; expected lines of"
                    + " product,release,name,support_end,extended_support_end");
        }
        return new LifecycleFile(catalog, SettingsTable.sha256(bytes));
    }
}
