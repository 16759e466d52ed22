package io.fleetfit.assessment;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The guest OSes that KubeVirt platforms support: data, not code. A workload that must stay a VM
 * goes to a VM on Kubernetes only when its guest is supported here; otherwise it stays on a
 * conventional hypervisor, with the upgrade that would let it move. The bundled catalog
 * ({@code kubevirt-guests.csv} beside this class) lists the guests OpenShift Virtualization
 * certifies plus current Linux releases with virtio drivers in their kernel; a consultant can
 * supply another in the same format:
 *
 * <pre>product,releases,supported,name,upgrade</pre>
 *
 * <p>{@code product} is a lifecycle catalog product id ("rhel", "windows-server"); {@code releases}
 * is {@code *} (every release), one release ({@code 7}), a range ({@code 7-9}), from a release on
 * ({@code 7+}) or up to one ({@code -6}), compared as versions ({@link Releases}); {@code supported}
 * is {@code yes} or {@code no}; {@code upgrade} says, for an unsupported guest, what to upgrade
 * to. The first row that matches a guest's product and release decides; a guest no row matches
 * is not supported. 32-bit guests are never supported. Lines starting with '#' are comments, a
 * "# version: ..." comment names the version.
 */
public final class KubevirtGuestCatalog implements Serializable {

    public static final String RESOURCE = "kubevirt-guests.csv";
    private static final String HEADER = "product,releases,supported,name,upgrade";

    /**
     * One row.
     *
     * @param from the first release covered, {@code null} for no lower bound
     * @param to the last release covered, {@code null} for no upper bound
     */
    public record Entry(String product, String releases, String from, String to, boolean supported, String name,
                        String upgrade) implements Serializable {

        boolean covers(String product, String release) {
            if (!this.product.equalsIgnoreCase(product)) {
                return false;
            }
            if (from == null && to == null) {
                return true;
            }
            if (release == null) {
                return false;
            }
            return (from == null || Releases.compare(release, from) >= 0) && (to == null || Releases.compare(release, to) <= 0);
        }
    }

    /** What the catalog says of one guest. */
    public record Verdict(boolean supported, String guest, String upgrade) implements Serializable {
    }

    private final String version;
    private final List<Entry> entries;

    private KubevirtGuestCatalog(String version, List<Entry> entries) {
        this.version = version;
        this.entries = List.copyOf(entries);
    }

    /** The catalog shipped with fleetfit. */
    public static KubevirtGuestCatalog bundled() {
        return Bundled.CATALOG;
    }

    /** Read once per JVM: settings, run descriptions and tests all ask for it. */
    private static final class Bundled {
        static final KubevirtGuestCatalog CATALOG =
                parse("bundled " + RESOURCE, CatalogLines.lines(CatalogLines.bundled(KubevirtGuestCatalog.class, RESOURCE)));
    }

    /**
     * Parses catalog lines.
     *
     * @throws IllegalArgumentException naming the line that is not in the catalog format
     */
    public static KubevirtGuestCatalog parse(String origin, List<String> lines) {
        List<Entry> entries = new ArrayList<>();
        String version = CatalogLines.read(origin, lines, "product", (lineNo, t) -> {
            String where = origin + " line " + lineNo + ": ";
            List<String> f = CatalogLines.cells(t, ',');
            if (f == null || f.size() != 5) {
                throw new IllegalArgumentException(where + "expected 5 fields (" + HEADER + "), found "
                        + (f == null ? "an unclosed quote" : f.size()));
            }
            String product = f.get(0).strip();
            if (product.isEmpty()) {
                throw new IllegalArgumentException(where + "the product is empty");
            }
            String releases = f.get(1).strip();
            String from;
            String to;
            if (releases.equals("*")) {
                from = null;
                to = null;
            } else if (releases.endsWith("+")) {
                from = releases.substring(0, releases.length() - 1).strip();
                to = null;
            } else if (releases.startsWith("-")) {
                from = null;
                to = releases.substring(1).strip();
            } else if (releases.indexOf('-', 1) > 0 && !releases.toLowerCase(Locale.ROOT).contains("-r")) {
                int dash = releases.indexOf('-', 1);
                from = releases.substring(0, dash).strip();
                to = releases.substring(dash + 1).strip();
            } else {
                from = releases;
                to = releases;
            }
            if (releases.isEmpty() || from != null && from.isEmpty() || to != null && to.isEmpty()) {
                throw new IllegalArgumentException(where + "releases '" + releases + "' must be *, 7, 7-9, 7+ or -6");
            }
            String supported = f.get(2).strip().toLowerCase(Locale.ROOT);
            if (!supported.equals("yes") && !supported.equals("no")) {
                throw new IllegalArgumentException(where + "supported must be yes or no, not '" + f.get(2).strip() + "'");
            }
            entries.add(new Entry(product, releases, from, to, supported.equals("yes"), f.get(3).strip(), f.get(4).strip()));
        });
        return new KubevirtGuestCatalog(version, entries);
    }

    /** Whether KubeVirt platforms support the guest, and if not, what to upgrade it to. */
    public Verdict judge(OsInfo os) {
        String guest = os.label() == null ? "an unknown guest" : os.label();
        if (os.bits() != null && os.bits() == 32) {
            // no 32-bit guest is supported: the upgrade is to a 64-bit release the catalog supports
            OsInfo as64 = new OsInfo(os.raw(), os.sourceColumn(), os.family(), os.product(), os.release(), os.displayName(),
                    64, os.kernel(), os.range());
            Verdict v = judge(as64);
            String upgrade = v.supported() ? "its 64-bit edition"
                    : v.upgrade().startsWith("a ") ? "a 64-bit " + v.upgrade().substring(2) : "64-bit " + v.upgrade();
            return new Verdict(false, guest + " (32-bit)", upgrade);
        }
        if (os.product() != null) {
            boolean unsupportedSeen = false;
            Entry firstNo = null;
            for (Entry e : entries) {
                if (e.covers(os.product(), os.release())) {
                    if (e.supported() || !os.openEnded()) {
                        return new Verdict(e.supported(), guest, e.supported() ? "" : upgrade(e));
                    }
                    // an open range ("Oracle Linux 4/5 or later") is judged by its most favourable release
                    unsupportedSeen = true;
                    firstNo = firstNo == null ? e : firstNo;
                }
            }
            if (os.openEnded()) {
                for (Entry e : entries) {
                    if (e.supported() && e.product().equalsIgnoreCase(os.product())
                            && (e.to() == null || Releases.compare(e.to(), os.release()) >= 0)) {
                        return new Verdict(true, guest, "");
                    }
                }
            }
            if (unsupportedSeen) {
                return new Verdict(false, guest, upgrade(firstNo));
            }
        }
        return new Verdict(false, guest, "a guest OS that KubeVirt platforms support (the Method sheet lists them)");
    }

    private static String upgrade(Entry e) {
        return e.upgrade().isEmpty() ? "a guest OS that KubeVirt platforms support" : e.upgrade();
    }

    public String version() {
        return version;
    }

    public List<Entry> entries() {
        return entries;
    }

    /** The supported guests, for the Method sheet: "Red Hat Enterprise Linux 7 and later; ...". */
    public List<String> supportedNames() {
        return entries.stream().filter(Entry::supported).map(Entry::name).toList();
    }
}
