package io.fleetfit.assessment;

import java.io.Serializable;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The workload roles fleetfit recognises, and the texts that reveal them: data, not code. The
 * bundled catalog ({@code workload-roles.csv} beside this class) is a CSV file with a header:
 *
 * <pre>role,label,family,effect,os,signals,recommendation</pre>
 *
 * <p>{@code effect} is {@code requires-vm}, {@code replace}, {@code database} or
 * {@code container} ({@link Role.RoleEffect}); {@code os} is {@code any}, {@code windows} or
 * {@code linux}; {@code signals} is a ';'-separated list ({@link Role.Signal}). Fields holding a
 * comma are quoted, as spreadsheets write them. A "# version: ..." comment names the catalog's
 * version; other lines starting with '#' are comments.
 *
 * <p>A workload's role is the first role, in catalog order, that its texts reveal and whose
 * {@code os} admits its OS, looking first at the VM's own texts (VM and DNS name, application,
 * annotation), then, when they reveal none, at its placement and custom attributes (folder,
 * resource pool, vApp, custom attribute columns): a VM named {@code redis-01} in a folder "Api" is
 * a cache. The catalog lists roles that decide on their own (appliances to replace, roles that
 * need a full OS) before databases and before the evidence for containers, so a VM whose texts
 * look like both a domain controller and a web server is judged a domain controller. An OS string reveals appliances only (PAN-OS, FortiOS): any other role it names is
 * its vendor's, not the workload's. A role the consultant names in the attributes file
 * ({@code role}, by id or label) wins over every text.
 */
public final class RoleCatalog implements Serializable {

    public static final String RESOURCE = "workload-roles.csv";
    private static final String HEADER = "role,label,family,effect,os,signals,recommendation";
    private static final int FIELDS = 7;
    /** How many distinct texts' matches are remembered (placement and attribute values repeat across a fleet). */
    private static final int MEMO_LIMIT = 1 << 14;

    private final String version;
    private final String sha256;
    private final List<Role> roles;
    private final Map<String, Integer> byKey;
    /** Whole-word signals by their first word: {role, signal} pairs. */
    private final Map<String, int[][]> wholeByFirst;
    /**
     * Glued signals (prefix, suffix, anywhere) by the first two characters of their word (the last
     * two for a suffix): {role, signal} pairs. A word is looked up by its first two characters
     * (prefix), its last two (suffix) and every pair of characters in it (anywhere), so a text's
     * words are matched in a few table lookups each, not against every glued signal: names and
     * annotations are new for every VM, so their matches cannot be remembered.
     */
    private final PairIndex prefixes;
    private final PairIndex suffixes;
    private final PairIndex anywhere;
    private final boolean hasAnywhere;
    private transient volatile Remembered<String, long[]> memo;

    private RoleCatalog(String version, String sha256, List<Role> roles) {
        this.version = version;
        this.sha256 = sha256;
        this.roles = List.copyOf(roles);
        Map<String, Integer> keys = new HashMap<>();
        Map<String, List<int[]>> whole = new HashMap<>();
        Map<Integer, List<int[]>> pre = new HashMap<>();
        Map<Integer, List<int[]>> suf = new HashMap<>();
        Map<Integer, List<int[]>> any = new HashMap<>();
        for (int r = 0; r < this.roles.size(); r++) {
            Role role = this.roles.get(r);
            keys.putIfAbsent(Role.key(role.id()), r);
            keys.putIfAbsent(Role.key(role.label()), r);
            for (int s = 0; s < role.signals().size(); s++) {
                Role.Signal sig = role.signals().get(s);
                if (sig.glue() == Role.Signal.Glue.WHOLE) {
                    whole.computeIfAbsent(sig.words().get(0), w -> new ArrayList<>()).add(new int[] {r, s});
                } else {
                    String w = sig.words().get(0);
                    Map<Integer, List<int[]>> index = switch (sig.glue()) {
                        case PREFIX -> pre;
                        case SUFFIX -> suf;
                        default -> any;
                    };
                    int key = sig.glue() == Role.Signal.Glue.SUFFIX ? pair(w, w.length() - 2) : pair(w, 0);
                    index.computeIfAbsent(key, k -> new ArrayList<>()).add(new int[] {r, s});
                }
            }
        }
        this.byKey = Map.copyOf(keys);
        Map<String, int[][]> w = new HashMap<>();
        whole.forEach((k, v) -> w.put(k, v.toArray(int[][]::new)));
        this.wholeByFirst = Map.copyOf(w);
        this.prefixes = frozen(pre);
        this.suffixes = frozen(suf);
        this.anywhere = frozen(any);
        this.hasAnywhere = !any.isEmpty();
    }

    /** The catalog shipped with fleetfit. */
    public static RoleCatalog bundled() {
        return Bundled.CATALOG;
    }

    /** Read once per JVM: settings, run descriptions and tests all ask for it. */
    private static final class Bundled {
        static final RoleCatalog CATALOG;

        static {
            byte[] bytes = CatalogLines.bundled(RoleCatalog.class, RESOURCE);
            CATALOG = parse("bundled " + RESOURCE, sha256(bytes), CatalogLines.lines(bytes));
        }
    }

    /**
     * Parses catalog lines.
     *
     * @throws IllegalArgumentException naming the line that is not in the catalog format
     */
    public static RoleCatalog parse(String origin, String sha256, List<String> lines) {
        List<Role> roles = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        String version = CatalogLines.read(origin, lines, "role", (lineNo, t) -> {
            List<String> f = CatalogLines.cells(t, ',');
            String where = origin + " line " + lineNo + ": ";
            if (f == null) {
                throw new IllegalArgumentException(where + "a quoted field is not closed");
            }
            if (f.size() != FIELDS) {
                throw new IllegalArgumentException(where + "expected " + FIELDS + " fields (" + HEADER + "), found " + f.size());
            }
            String id = f.get(0).strip();
            if (!id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
                throw new IllegalArgumentException(where + "role id '" + id + "' must be lower-case letters and digits joined by hyphens");
            }
            Integer before = seen.put(id, lineNo);
            if (before != null) {
                throw new IllegalArgumentException(where + "role '" + id + "' is already defined on line " + before);
            }
            Role.RoleEffect effect = Role.RoleEffect.parse(f.get(3));
            if (effect == null) {
                throw new IllegalArgumentException(where + "effect '" + f.get(3).strip() + "' is not one of "
                        + String.join(", ", Arrays.stream(Role.RoleEffect.values()).map(Role.RoleEffect::code).toList()));
            }
            Role.OsScope os = Role.OsScope.parse(f.get(4));
            if (os == null) {
                throw new IllegalArgumentException(where + "os '" + f.get(4).strip() + "' is not one of any, windows, linux");
            }
            List<Role.Signal> signals;
            try {
                signals = signals(f.get(5));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + e.getMessage());
            }
            if (f.get(1).isBlank()) {
                throw new IllegalArgumentException(where + "role '" + id + "' has no label");
            }
            roles.add(new Role(id, f.get(1).strip(), f.get(2).strip(), effect, os, signals, f.get(6).strip()));
        });
        return new RoleCatalog(version, sha256, roles);
    }

    /**
     * A ';'-separated list of signals.
     *
     * @throws IllegalArgumentException naming a signal that cannot be read
     */
    public static List<Role.Signal> signals(String list) {
        List<Role.Signal> out = new ArrayList<>();
        for (String s : list.split(";")) {
            if (!s.isBlank()) {
                out.add(Role.Signal.parse(s));
            }
        }
        return out;
    }

    /** The same catalog with one role's signals replaced. */
    public RoleCatalog withSignals(String roleId, List<Role.Signal> signals) {
        Integer i = byKey.get(Role.key(roleId));
        if (i == null) {
            throw new IllegalArgumentException("no role '" + roleId + "' in the role catalog; its roles are " + String.join(", ", ids()));
        }
        List<Role> changed = new ArrayList<>(roles);
        changed.set(i, roles.get(i).withSignals(signals));
        return new RoleCatalog(version, sha256, changed);
    }

    public String version() {
        return version;
    }

    /** The SHA-256 of the file the catalog was read from, in hex. */
    public String sha256() {
        return sha256;
    }

    public List<Role> roles() {
        return roles;
    }

    public List<String> ids() {
        return roles.stream().map(Role::id).toList();
    }

    /** The role with this id or label, in any case. */
    public Optional<Role> find(String idOrLabel) {
        if (idOrLabel == null || idOrLabel.isBlank()) {
            return Optional.empty();
        }
        Integer i = byKey.get(Role.key(idOrLabel));
        return i == null ? Optional.empty() : Optional.of(roles.get(i));
    }

    /** The workload's role and where it was seen, if any text reveals one. */
    public Optional<RoleMatch> match(VmRecord vm, OsInfo os) {
        Role stated = find(vm.role()).orElse(null);
        if (stated != null) {
            return Optional.of(new RoleMatch(stated, RoleMatch.ATTRIBUTE_FIELD, vm.role().strip(), vm.role().strip()));
        }
        List<String> columns = new ArrayList<>(12);
        List<String> values = new ArrayList<>(12);
        List<long[]> hits = new ArrayList<>(12);
        // the VM's own texts first: its names, the consultant's words and its annotation describe it;
        // placement (folder, resource pool, vApp) and custom attributes group VMs more loosely
        int best = Integer.MAX_VALUE;
        best = look(best, "VM", vm.vmName(), true, os, columns, values, hits);
        best = look(best, "DNS Name", host(vm.dnsName()), true, os, columns, values, hits);
        best = look(best, RoleMatch.ATTRIBUTE_FIELD, vm.role(), false, os, columns, values, hits);
        best = look(best, "Application", vm.application(), false, os, columns, values, hits);
        best = look(best, "Annotation", vm.annotation(), false, os, columns, values, hits);
        if (best != Integer.MAX_VALUE) {
            return Optional.of(placed(best, columns, values, hits));
        }
        best = look(best, "Folder", vm.folder(), false, os, columns, values, hits);
        best = look(best, "Resource pool", vm.resourcePool(), false, os, columns, values, hits);
        best = look(best, "vApp", vm.vApp(), false, os, columns, values, hits);
        Attributes a = vm.attributes();
        for (int i = 0; i < a.size(); i++) {
            best = look(best, a.key(i), a.value(i), false, os, columns, values, hits);
            if (Evidence.isAffirmative(a.value(i))) {
                // a custom attribute column such as "SQL" = "Yes" states the fact in its header
                best = look(best, a.key(i), a.key(i) + " (" + a.value(i).strip() + ")", false, os, columns, values, hits);
            }
        }
        if (best == Integer.MAX_VALUE && os.stated()) {
            // an OS string reveals an appliance (PAN-OS, FortiOS, NSX); any other role it names is the
            // OS's vendor, not the workload's ("Oracle Linux" is no Oracle database)
            best = look(best, os.sourceColumn(), os.raw(), false, os, columns, values, hits, true);
        }
        return best == Integer.MAX_VALUE ? Optional.empty() : Optional.of(placed(best, columns, values, hits));
    }

    /** The role {@code best} as found in the first text that revealed it. */
    private RoleMatch placed(int best, List<String> columns, List<String> values, List<long[]> hits) {
        for (int f = 0; f < hits.size(); f++) {
            for (long h : hits.get(f)) {
                if ((int) (h >>> 32) == best) {
                    Role role = roles.get(best);
                    return new RoleMatch(role, columns.get(f), values.get(f), role.signals().get((int) h).text());
                }
            }
        }
        throw new IllegalStateException("role " + best + " found but not placed");
    }

    private int look(int best, String column, String value, boolean name, OsInfo os,
                     List<String> columns, List<String> values, List<long[]> hits) {
        return look(best, column, value, name, os, columns, values, hits, false);
    }

    private int look(int best, String column, String value, boolean name, OsInfo os,
                     List<String> columns, List<String> values, List<long[]> hits, boolean appliancesOnly) {
        if (value == null || value.isBlank()) {
            return best;
        }
        long[] found = name ? matches(value, true) : memo().get(value, TextHash.of(value), v -> matches(v, false));
        if (found.length == 0) {
            return best;
        }
        columns.add(column);
        values.add(value);
        hits.add(found);
        for (long h : found) {
            int r = (int) (h >>> 32);
            if (r < best && roles.get(r).os().admits(os)
                    && (!appliancesOnly || roles.get(r).effect() == Role.RoleEffect.REPLACE)) {
                best = r;
            }
        }
        return best;
    }

    private Remembered<String, long[]> memo() {
        Remembered<String, long[]> m = memo;
        if (m == null) {
            m = new Remembered<>(MEMO_LIMIT);
            memo = m;
        }
        return m;
    }

    private static final long[] NONE = new long[0];

    /** The roles a text reveals, each as role index (high half) and signal index (low half), in role order. */
    long[] matches(String text, boolean name) {
        List<String> words = RoleText.words(text);
        if (words.isEmpty()) {
            return NONE;
        }
        Map<Integer, Integer> found = null;
        for (int i = 0; i < words.size(); i++) {
            int[][] candidates = wholeByFirst.get(words.get(i));
            if (candidates == null) {
                continue;
            }
            for (int[] c : candidates) {
                Role.Signal s = roles.get(c[0]).signals().get(c[1]);
                if ((name || !s.namesOnly()) && phraseAt(words, i, s.words())) {
                    found = put(found, c[0], c[1]);
                }
            }
        }
        for (String w : words) {
            if (w.length() < 2) {
                continue;
            }
            found = glued(prefixes.get(pair(w, 0)), w, name, found);
            found = glued(suffixes.get(pair(w, w.length() - 2)), w, name, found);
            if (hasAnywhere) {
                for (int i = 0; i + 2 <= w.length(); i++) {
                    found = glued(anywhere.get(pair(w, i)), w, name, found);
                }
            }
        }
        if (found == null) {
            return NONE;
        }
        long[] out = new long[found.size()];
        int k = 0;
        for (Map.Entry<Integer, Integer> e : found.entrySet()) {
            out[k++] = (long) e.getKey() << 32 | e.getValue();
        }
        Arrays.sort(out);
        return out;
    }

    /** {@code found} with the candidates that match {@code word}. */
    private Map<Integer, Integer> glued(int[][] candidates, String word, boolean name, Map<Integer, Integer> found) {
        if (candidates == null) {
            return found;
        }
        for (int[] c : candidates) {
            Role.Signal s = roles.get(c[0]).signals().get(c[1]);
            if ((name || !s.namesOnly()) && s.matchesWord(word)) {
                found = put(found, c[0], c[1]);
            }
        }
        return found;
    }

    /** Two characters of a word from {@code at}, as one number. */
    private static int pair(String word, int at) {
        return word.charAt(at) << 16 | word.charAt(at + 1);
    }

    private static PairIndex frozen(Map<Integer, List<int[]>> index) {
        return new PairIndex(index);
    }

    /**
     * An open-addressed table from a pair of characters ({@link #pair}) to the {role, signal} pairs
     * filed under it: looked up for every pair of characters of every word, so without boxing.
     */
    private static final class PairIndex implements Serializable {
        private final int[] keys;
        private final int[][][] values;
        private final int mask;

        PairIndex(Map<Integer, List<int[]>> index) {
            int size = Integer.highestOneBit(Math.max(1, index.size()) * 4);
            keys = new int[size];
            values = new int[size][][];
            mask = size - 1;
            index.forEach((k, v) -> {
                int slot = slot(k);
                while (values[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = k;
                values[slot] = v.toArray(int[][]::new);
            });
        }

        private int slot(int key) {
            return (key * 0x9E3779B9) >>> 7 & mask;
        }

        int[][] get(int key) {
            for (int slot = slot(key); values[slot] != null; slot = (slot + 1) & mask) {
                if (keys[slot] == key) {
                    return values[slot];
                }
            }
            return null;
        }

    }

    private static Map<Integer, Integer> put(Map<Integer, Integer> found, int role, int signal) {
        Map<Integer, Integer> f = found == null ? new LinkedHashMap<>() : found;
        f.merge(role, signal, Math::min);
        return f;
    }

    private static boolean phraseAt(List<String> words, int i, List<String> phrase) {
        if (i + phrase.size() > words.size()) {
            return false;
        }
        for (int k = 0; k < phrase.size(); k++) {
            if (!words.get(i + k).equals(phrase.get(k))) {
                return false;
            }
        }
        return true;
    }

    /** A DNS name's host part: "dc01" of "dc01.corp.example.com" (the domain would reveal nothing of the VM). */
    static String host(String dnsName) {
        if (dnsName == null) {
            return null;
        }
        String d = dnsName.strip();
        int dot = d.indexOf('.');
        return dot > 0 ? d.substring(0, dot) : d;
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
