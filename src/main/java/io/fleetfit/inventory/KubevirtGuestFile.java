package io.fleetfit.inventory;

import io.fleetfit.assessment.KubevirtGuestCatalog;
import java.nio.charset.Charset;

/**
 * Reads a consultant's own KubeVirt guest catalog, in the bundled catalog's CSV format (see
 * {@link KubevirtGuestCatalog}), to replace the bundled one: the guests the client's KubeVirt
 * platform supports decide which workloads that must stay VMs can move to it.
 *
 * @param catalog the catalog; its version is the file's "# version:" comment, else the file's name
 * @param sha256 the file's SHA-256 in hex
 */
public record KubevirtGuestFile(KubevirtGuestCatalog catalog, String sha256) {

    /**
     * @throws IllegalArgumentException naming the file and line of a row not in the catalog
     *     format, or the file when it holds no row at all
     */
    public static KubevirtGuestFile read(String file, byte[] bytes) {
        if (bytes.length > SettingsTable.MAX_BYTES) {
            throw new IllegalArgumentException(file + ": too large for a KubeVirt guest catalog");
        }
        String text = new String(bytes, Charset.forName(CsvInventoryReader.detectCharset(bytes, bytes.length, true)));
        if (!text.isEmpty() && text.charAt(0) == CsvInventoryReader.BOM) {
            text = text.substring(1);
        }
        KubevirtGuestCatalog catalog = KubevirtGuestCatalog.parse(file, text.lines().toList());
        if (catalog.entries().isEmpty()) {
            throw new IllegalArgumentException(file + ": no row in the KubeVirt guest catalog; expected lines of"
                    + " product,releases,supported,name,upgrade");
        }
        return new KubevirtGuestFile(catalog, SettingsTable.sha256(bytes));
    }
}
