package io.fleetfit.assessment;

import java.io.Serializable;
import java.util.Objects;

/**
 * What an OS string was recognised as.
 *
 * @param raw the string as the inventory states it (the one chosen, see {@code sourceColumn})
 * @param sourceColumn the column the string came from, e.g. "OS according to the VMware Tools"
 * @param family the family, {@code null} when nothing recognised the string
 * @param product the lifecycle catalog's product id ("rhel", "windows-server", "ubuntu", ...), or
 *     {@code null} when the family has no catalog entry or the distribution is not named
 * @param release the release cycle in the catalog's terms ("8", "2016", "2008-r2", "22.04"), or
 *     {@code null} when the string carries none ("Ubuntu Linux (64-bit)")
 * @param displayName a readable name ("Red Hat Enterprise Linux 8", "Windows Server 2008 R2")
 * @param bits 32 or 64, {@code null} when not stated
 * @param kernel a Linux kernel series the string names ("2.6", "2.4", "3.x"), or {@code null}
 * @param range the releases the string names when it names several ("4/5/6/7", "2016 or later"),
 *     {@code null} for one; {@code release} is then the most favourable release named (the last, or
 *     the lower bound of an open range, which the lifecycle catalog raises: {@link LifecycleCatalog#find(OsInfo)})
 */
public record OsInfo(
        String raw,
        String sourceColumn,
        OsFamily family,
        String product,
        String release,
        String displayName,
        Integer bits,
        String kernel,
        String range) implements Serializable {

    /** No OS string in any column. */
    public static final OsInfo NONE = new OsInfo(null, null, null, null, null, null, null, null, null);

    /** One release, not a range. */
    public OsInfo(String raw, String sourceColumn, OsFamily family, String product, String release, String displayName,
                  Integer bits, String kernel) {
        this(raw, sourceColumn, family, product, release, displayName, bits, kernel, null);
    }

    /** Whether the string names an open range ("2016 or later"). */
    public boolean openEnded() {
        return range != null && range.endsWith(" or later");
    }

    public boolean stated() {
        return raw != null && !raw.isBlank();
    }

    public boolean recognised() {
        return family != null;
    }

    /**
     * The release as a reader writes it: the catalog's id with its suffix spelt out ("2008-r2"
     * gives "2008 R2", "1809-sac" gives "1809 SAC", "22.04" stays), {@code null} without a release.
     */
    public String releaseLabel() {
        return release == null ? null : release.replace('-', ' ').toUpperCase(java.util.Locale.ROOT);
    }

    /**
     * The release as a number for ordering Windows and RHEL-like releases ("2008-r2" gives 2008.5):
     * the leading digits and dots, plus a half for an "-r2" suffix; NaN when there are none. Three
     * rules ask for it per workload, so it is read off the string without regular expressions.
     */
    public double releaseNumber() {
        if (release == null) {
            return Double.NaN;
        }
        int n = release.length();
        boolean r2 = n >= 3 && release.regionMatches(true, n - 3, "-r2", 0, 3);
        int end = 0;
        boolean dot = false;
        while (end < n) {
            char c = release.charAt(end);
            if (c == '.') {
                dot = true;
            } else if (c < '0' || c > '9') {
                break;
            }
            end++;
        }
        double extra = r2 ? 0.5 : 0;
        if (!dot && end > 0 && end <= 9) {
            return Integer.parseInt(release, 0, end, 10) + extra;   // the common case: "2016", "8"
        }
        try {
            return Double.parseDouble(release.substring(0, end)) + extra;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    public boolean is(OsFamily f) {
        return Objects.equals(family, f);
    }

    /** The readable name, falling back to the raw string. */
    public String label() {
        return displayName != null ? displayName : raw;
    }
}
