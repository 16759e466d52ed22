package io.fleetfit.assessment;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * End-of-support dates per OS release: data, not code. The bundled catalog
 * ({@code os-lifecycle.csv} beside this class) is built from endoflife.date's product files; a
 * consultant can supply another in the same format:
 *
 * <pre>product,release,name,support_end,extended_support_end</pre>
 *
 * <p>{@code support_end} is the end of the vendor's security updates (endoflife.date's
 * {@code eol}); {@code extended_support_end} the end of paid or community extensions (ESU, ELS,
 * ESM, LTS), empty when there are none. Lines starting with '#' are comments.
 */
public final class LifecycleCatalog implements Serializable {

    public static final String RESOURCE = "os-lifecycle.csv";

    /** Support status of a release at an as-of date. */
    public enum Status {
        SUPPORTED("Supported"),
        EXTENDED_SUPPORT_ONLY("Extended support only"),
        PAST_SUPPORT("Past all support"),
        UNKNOWN("Not in catalog");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** One release's dates. */
    public record Entry(String product, String release, String name, LocalDate supportEnd,
                        LocalDate extendedSupportEnd) implements Serializable {

        public Status statusAt(LocalDate asOf) {
            if (supportEnd == null || !asOf.isAfter(supportEnd)) {
                return Status.SUPPORTED;
            }
            if (extendedSupportEnd != null && !asOf.isAfter(extendedSupportEnd)) {
                return Status.EXTENDED_SUPPORT_ONLY;
            }
            return Status.PAST_SUPPORT;
        }
    }

    private final String version;
    private final Map<String, Entry> entries;
    /**
     * The entries by lower-case product, then lower-case release: three rules look a workload's
     * release up, and two map lookups cost less than building a "product|release" key each time.
     */
    private final Map<String, Map<String, Entry>> byProduct;

    private LifecycleCatalog(String version, Map<String, Entry> entries) {
        this.version = version;
        this.entries = entries;
        Map<String, Map<String, Entry>> nested = new HashMap<>();
        for (Entry e : entries.values()) {
            nested.computeIfAbsent(e.product().toLowerCase(Locale.ROOT), p -> new HashMap<>())
                    .put(e.release().toLowerCase(Locale.ROOT), e);
        }
        nested.replaceAll((p, releases) -> Map.copyOf(releases));
        this.byProduct = Map.copyOf(nested);
    }

    /** The catalog shipped with fleetfit. */
    public static LifecycleCatalog bundled() {
        return parse("bundled " + RESOURCE, CatalogLines.lines(CatalogLines.bundled(LifecycleCatalog.class, RESOURCE)));
    }

    /**
     * Parses catalog lines. The version is taken from a "# version: ..." comment when present,
     * else the {@code origin}.
     *
     * @throws IllegalArgumentException naming the line that is not in the catalog format
     */
    public static LifecycleCatalog parse(String origin, List<String> lines) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        String version = CatalogLines.read(origin, lines, "product", (lineNo, t) -> {
            String[] f = t.split(",", -1);
            if (f.length != 5) {
                throw new IllegalArgumentException(origin + " line " + lineNo + ": expected 5 fields (product,release,name,support_end,extended_support_end), found " + f.length);
            }
            try {
                Entry e = new Entry(f[0].strip(), f[1].strip(), f[2].strip(), date(f[3]), date(f[4]));
                entries.put(key(e.product(), e.release()), e);
            } catch (DateTimeParseException ex) {
                throw new IllegalArgumentException(origin + " line " + lineNo + ": dates must be YYYY-MM-DD (" + ex.getParsedString() + ")");
            }
        });
        return new LifecycleCatalog(version, Map.copyOf(entries));
    }

    private static LocalDate date(String s) {
        String t = s.strip();
        return t.isEmpty() ? null : LocalDate.parse(t);
    }

    private static String key(String product, String release) {
        return product.toLowerCase(Locale.ROOT) + "|" + release.toLowerCase(Locale.ROOT);
    }

    public Optional<Entry> find(String product, String release) {
        if (product == null || release == null) {
            return Optional.empty();
        }
        Map<String, Entry> releases = byProduct.get(product.toLowerCase(Locale.ROOT));
        return releases == null ? Optional.empty() : Optional.ofNullable(releases.get(release.toLowerCase(Locale.ROOT)));
    }

    /**
     * The entry the workload is judged by. A string that names one release gives that release's. A
     * range is judged by its most favourable release (the policy's rule, and the report says so):
     * a closed range ("CentOS 4/5/6/7") by the last release it names; an open one ("Windows Server
     * 2016 or later", "Oracle Linux 4/5 or later") by the release of the product, from the lower
     * bound on, whose support ends last.
     */
    public Optional<Entry> find(OsInfo os) {
        if (!os.openEnded() || os.product() == null || os.release() == null) {
            return find(os.product(), os.release());
        }
        Map<String, Entry> releases = byProduct.get(os.product().toLowerCase(Locale.ROOT));
        if (releases == null) {
            return Optional.empty();
        }
        Entry best = null;
        for (Entry e : releases.values()) {
            if (Releases.compare(e.release(), os.release()) >= 0 && (best == null || laterEnd(e, best)
                    || !laterEnd(best, e) && Releases.compare(e.release(), best.release()) > 0)) {
                best = e;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Whether {@code a}'s support ends after {@code b}'s (no end announced: never ends). */
    private static boolean laterEnd(Entry a, Entry b) {
        int c = compareEnds(a.supportEnd(), b.supportEnd());
        return c != 0 ? c > 0 : compareEnds(a.extendedSupportEnd(), b.extendedSupportEnd()) > 0;
    }

    private static int compareEnds(LocalDate a, LocalDate b) {
        if (a == null || b == null) {
            return a == b ? 0 : a == null ? 1 : -1;
        }
        return a.compareTo(b);
    }

    public Status status(OsInfo os, LocalDate asOf) {
        return find(os).map(e -> e.statusAt(asOf)).orElse(Status.UNKNOWN);
    }

    public String version() {
        return version;
    }

    public List<Entry> entries() {
        return new ArrayList<>(entries.values());
    }
}
