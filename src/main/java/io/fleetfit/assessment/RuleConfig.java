package io.fleetfit.assessment;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A client's rules file: the settings a consultant changed, one per row, applied to the standard
 * catalog by {@link RuleCatalog#configured}. Pure: built from rows of cells ({@link #of}), never
 * from a file; {@code io.fleetfit.inventory.RulesFile} reads a CSV file or a workbook into them.
 *
 * <pre>
 * rule,setting,value,note
 * PORT-005,max_vcpus,48,Worker nodes have 64 vCPUs
 * PORT-007,weight,10
 * ISOL-001,add_keywords,gdpr;kreditkarte
 * ISOL-004,enabled,false
 * </pre>
 *
 * <p>Settings every rule of the three scored dimensions has: {@code enabled} (true/false),
 * {@code severity} (Info, Minor, Moderate, Major, Blocker), {@code effect} (NOTE, REMEDIATE,
 * REQUIRES_VM, BLOCKS_KUBEVIRT) and {@code weight} (1-100); rules of State and data (GEN-...) decide
 * the disposition without a score, so only {@code enabled} can be set on them. {@link Tunable} rules
 * add their parameters (PORT-005 {@code max_vcpus} and {@code max_memory_gib}, PORT-006
 * {@code max_in_use_tib}, keyword rules {@code keywords} to replace the list and {@code add_keywords}
 * to add to it, each ';'-separated).
 *
 * <p>Rows whose rule is {@code plan} set the capacity planning ratios ({@link CapacityRatios}):
 * {@code cpu_overcommit}, {@code container_cpu_overcommit} (1 to 32, "4" or "4:1"),
 * {@code memory_headroom}, {@code storage_headroom} (0 to 1) and {@code container_rightsizing}
 * (above 0, at most 1), for example {@code plan,cpu_overcommit,4}; see {@link #capacityRatios}.
 *
 * <p>A rule that forces a VM (effect REQUIRES_VM or BLOCKS_KUBEVIRT) is a Blocker, and a Blocker
 * forces a VM: otherwise a workload would read "No fit" and "Containerize" at once. A setting that
 * breaks this is refused, saying which second setting makes it consistent (a Blocker made Major
 * also needs effect REMEDIATE or NOTE).
 *
 * <p>The note column is optional and shown on the Method sheet beside the change. Blank rows,
 * rows starting with '#' and a header row starting with "rule" are skipped. Errors name the file
 * and line and say what is allowed.
 *
 * <p>One file can serve several clients: with a header row starting with "client"
 * ({@code client,rule,setting,value,note}), the first column names the client a row is for (its
 * name or its folder's, in any case), and a row with it empty is for every client. A client's
 * settings ({@link #forClient}) are the rows for every client with the client's own rows in place
 * of those that set the same rule's same setting. Without {@link #forClient}, only the rows for
 * every client apply.
 */
public final class RuleConfig implements Serializable {

    public static final String ENABLED = "enabled";
    public static final String SEVERITY = "severity";
    public static final String EFFECT = "effect";
    public static final String WEIGHT = "weight";
    /** A row whose rule is {@code role:<id>} tunes that workload role's signals. */
    public static final String ROLE_PREFIX = "ROLE:";
    public static final String SIGNALS = "signals";
    public static final String ADD_SIGNALS = "add_signals";
    /**
     * A row whose rule is {@code plan} sets the migration plan, not a rule: a capacity planning
     * ratio ({@link CapacityRatios}: {@code plan,cpu_overcommit,4}, {@code plan,memory_headroom,0.2},
     * {@code plan,container_rightsizing,0.5}) or the wave size ({@code plan,wave_size,40}).
     */
    public static final String PLAN = "PLAN";
    /** The most workloads a migration wave holds (a larger application still moves whole). */
    public static final String WAVE_SIZE = "wave_size";
    public static final int DEFAULT_WAVE_SIZE = 50;
    private static final int MAX_WAVE_SIZE = 100_000;

    /** Settings of every scored rule, in the order the Method sheet shows them. */
    public static final List<String> COMMON_SETTINGS = List.of(ENABLED, SEVERITY, EFFECT, WEIGHT);

    /** The effects a rules file may give: those of the three scored dimensions. */
    public static final Set<Effect> SETTABLE_EFFECTS =
            EnumSet.of(Effect.NOTE, Effect.REMEDIATE, Effect.REQUIRES_VM, Effect.BLOCKS_KUBEVIRT);

    /** The standard catalog, unchanged. */
    public static final RuleConfig DEFAULT = new RuleConfig(null, null, List.of(), false);

    private static final long serialVersionUID = 1L;
    private static final int MAX_CELLS = 4;
    /** The header's first cell that says the rows name their client in the first column. */
    public static final String CLIENT_COLUMN = "client";

    /** One row of a rules file, split into cells; {@code number} is the line or sheet row, from 1. */
    public record Line(int number, List<String> cells) {
        public Line {
            cells = List.copyOf(cells);
        }
    }

    /**
     * One setting as written, with its value normalised ({@code true}, {@code MAJOR}, {@code 30};
     * parameters as given).
     *
     * @param client the client the row is for as written, {@code null} for every client
     */
    public record Setting(int line, String rule, String name, String value, String note, String client)
            implements Serializable {

        /** A setting for every client. */
        public Setting(int line, String rule, String name, String value, String note) {
            this(line, rule, name, value, note, null);
        }
    }

    private final String file;
    private final String sha256;
    private final List<Setting> settings;
    /** Whether this is one client's settings ({@link #forClient}), whose rows for that client apply. */
    private final boolean clientView;

    private RuleConfig(String file, String sha256, List<Setting> settings, boolean clientView) {
        this.file = file;
        this.sha256 = sha256;
        this.settings = List.copyOf(settings);
        this.clientView = clientView;
    }

    /**
     * Reads rows already split into cells (a CSV file's or a sheet's, as {@code RulesFile} reads
     * them): rule, setting, value and an optional note, in that order.
     *
     * @throws IllegalArgumentException naming the file and line of a row that is not a valid setting
     */
    public static RuleConfig of(String file, String sha256, List<Line> rows) {
        String where = file == null ? "rules file" : file;
        List<Setting> settings = new ArrayList<>();
        Map<String, Integer> lineOf = new HashMap<>();
        boolean first = true;
        boolean clientColumn = false;
        for (Line row : rows) {
            List<String> cells = new ArrayList<>(row.cells().stream().map(c -> c == null ? "" : c.strip()).toList());
            while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
                cells.remove(cells.size() - 1);
            }
            if (cells.isEmpty() || cells.get(0).startsWith("#")) {
                continue;
            }
            String lead = cells.get(0).toLowerCase(Locale.ROOT);
            boolean header = first && (lead.startsWith("rule") || lead.equals(CLIENT_COLUMN));
            first = false;
            if (header) {
                clientColumn = lead.equals(CLIENT_COLUMN);
                continue;
            }
            String client = null;
            if (clientColumn) {
                client = cells.remove(0);
                client = client.isEmpty() ? null : client;
                if (cells.isEmpty()) {
                    throw error(where, row.number(), "expected client,rule,setting,value and an optional note, found 1 cell");
                }
            }
            if (cells.size() < 3 || cells.size() > MAX_CELLS) {
                int found = cells.size() + (clientColumn ? 1 : 0);
                throw error(where, row.number(), "expected " + (clientColumn ? "client," : "")
                        + "rule,setting,value and an optional note, found " + found + " cell" + (found == 1 ? "" : "s"));
            }
            String rule = cells.get(0).toUpperCase(Locale.ROOT);
            String name = cells.get(1).toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
            String value = cells.get(2);
            if (name.isEmpty()) {
                throw error(where, row.number(), rule + ": no setting named; settings are " + String.join(", ", COMMON_SETTINGS)
                        + " and the rule's parameters (see the Method sheet)");
            }
            if (value.isEmpty()) {
                throw error(where, row.number(), rule + " " + name + ": no value");
            }
            try {
                value = rule.equals(PLAN) ? planValue(name, value) : normalise(name, value);
            } catch (IllegalArgumentException e) {
                throw error(where, row.number(), (rule.equals(PLAN) ? "plan " : rule + " ") + e.getMessage());
            }
            Integer earlier = lineOf.putIfAbsent((client == null ? "" : ClientName.key(client)) + "\u0000" + rule + "\u0000" + name,
                    row.number());
            if (earlier != null) {
                throw error(where, row.number(), rule + " " + name + " is already set on line " + earlier
                        + (client == null ? "" : " for client '" + client + "'") + "; each setting once per rule");
            }
            settings.add(new Setting(row.number(), rule, name, value, cells.size() > 3 ? cells.get(3) : "", client));
        }
        return new RuleConfig(file, sha256, settings, false);
    }

    /**
     * The catalog with this configuration applied: rules keep their order; a rule with settings
     * becomes a {@link ConfiguredRule} (a switched-off rule stays listed, so the Method sheet shows
     * it), the others are returned as they are.
     *
     * @throws IllegalArgumentException naming the file and line of a setting for a rule not in the
     *     catalog, a setting the rule does not have, a value it refuses, or a severity and effect
     *     that contradict each other
     */
    public List<Rule> applyTo(List<Rule> catalog) {
        List<Setting> settings = applied().stream().filter(s -> !isRoleRow(s) && !isPlanRow(s)).toList();
        if (settings.isEmpty()) {
            return catalog;
        }
        Map<String, List<Setting>> byRule = new LinkedHashMap<>();
        for (Setting s : settings) {
            byRule.computeIfAbsent(s.rule(), k -> new ArrayList<>()).add(s);
        }
        Set<String> ids = catalog.stream().map(Rule::id).collect(Collectors.toCollection(java.util.LinkedHashSet::new));
        for (Setting s : settings) {
            if (!ids.contains(s.rule())) {
                RuleCatalog.Retired retired = RuleCatalog.retired(s.rule()).orElse(null);
                if (retired != null) {
                    throw error(s, retired.id() + " (" + retired.what() + ") was retired in rule catalog " + retired.since()
                            + " and merged into " + retired.mergedInto() + "; set " + retired.mergedInto() + " instead");
                }
                throw error(s, "unknown rule '" + s.rule() + "'; the rules are " + String.join(", ", ids));
            }
        }
        List<Rule> configured = new ArrayList<>(catalog.size());
        for (Rule r : catalog) {
            List<Setting> mine = byRule.get(r.id());
            configured.add(mine == null ? r : configure(r, mine));
        }
        return configured;
    }

    private Rule configure(Rule base, List<Setting> mine) {
        boolean scored = base.dimension().scored() && SETTABLE_EFFECTS.contains(base.effect());
        Rule rule = base;
        Map<Integer, String> changes = new java.util.TreeMap<>();   // by line: the Method sheet lists them in file order
        // parameters first; replacements ("keywords") before additions ("add_keywords"), whatever the row order
        List<Setting> parameters = mine.stream().filter(s -> !COMMON_SETTINGS.contains(s.name()))
                .sorted(Comparator.comparing((Setting s) -> s.name().startsWith("add_"))).toList();
        for (Setting s : parameters) {
            if (!(rule instanceof Tunable t) || !t.settings().contains(s.name())) {
                throw error(s, base.id() + " has no setting '" + s.name() + "'; its settings are "
                        + String.join(", ", settingsOf(base)));
            }
            Tunable changed;
            try {
                changed = t.with(s.name(), s.value());
            } catch (IllegalArgumentException e) {
                throw error(s, base.id() + " " + e.getMessage());
            }
            changes.put(s.line(), describe(s, t, changed));
            rule = changed;
        }
        boolean enabled = true;
        Severity severity = base.severity();
        Effect effect = base.effect();
        int weight = base.weight();
        Setting severitySet = null;
        Setting effectSet = null;
        for (Setting s : mine) {
            if (!COMMON_SETTINGS.contains(s.name())) {
                continue;
            }
            if (!scored && !s.name().equals(ENABLED)) {
                throw error(s, base.id() + " decides the disposition without a score (" + base.dimension().label()
                        + "), so only enabled can be set on it, not " + s.name());
            }
            switch (s.name()) {
                case ENABLED -> {
                    enabled = Boolean.parseBoolean(s.value());
                    changes.put(s.line(), note(enabled ? "enabled (as standard)" : "switched off", s));
                }
                case SEVERITY -> {
                    severitySet = s;
                    Severity before = severity;
                    severity = Severity.valueOf(s.value());
                    changes.put(s.line(), note("severity " + before.label() + " → " + severity.label(), s));
                }
                case EFFECT -> {
                    effectSet = s;
                    Effect before = effect;
                    effect = Effect.valueOf(s.value());
                    changes.put(s.line(), note("effect " + before + " → " + effect, s));
                }
                default -> {
                    int before = weight;
                    weight = Integer.parseInt(s.value());
                    changes.put(s.line(), note("weight " + before + " → " + weight, s));
                }
            }
        }
        boolean forcesVm = effect == Effect.REQUIRES_VM || effect == Effect.BLOCKS_KUBEVIRT;
        if (scored && forcesVm != (severity == Severity.BLOCKER)) {
            Setting culprit = severitySet != null && (effectSet == null || severitySet.line() > effectSet.line())
                    ? severitySet : effectSet;
            throw error(culprit, contradiction(base.id(), severity, effect, culprit == severitySet));
        }
        return new ConfiguredRule(rule, enabled, severity, effect, weight, List.copyOf(changes.values()));
    }

    /** Why a severity and an effect cannot go together, and the second setting that fixes it. */
    private static String contradiction(String id, Severity severity, Effect effect, boolean severityChanged) {
        if (severity == Severity.BLOCKER) {
            return id + " severity Blocker needs effect REQUIRES_VM or BLOCKS_KUBEVIRT (a blocker keeps the workload a VM), but its effect is "
                    + effect + "; " + (severityChanged ? "also set '" + id + ",effect,REQUIRES_VM', or choose severity Major or lower"
                    : "choose effect REQUIRES_VM or BLOCKS_KUBEVIRT, or also set a severity of Major or lower");
        }
        return id + " effect " + effect + " forces a VM, which only a Blocker may do, but its severity is " + severity.label() + "; "
                + (severityChanged ? "also set '" + id + ",effect,REMEDIATE' (or NOTE) so it no longer forces a VM, or keep severity Blocker"
                : "also set '" + id + ",severity,Blocker', or choose effect REMEDIATE or NOTE");
    }

    private static String describe(Setting s, Tunable before, Tunable after) {
        String text;
        if (s.name().equals(RuleParameters.ADD_KEYWORDS)) {
            text = "keywords added: " + s.value().replaceAll("\\s*;\\s*", "; ").strip();
        } else if (s.name().equals(RuleParameters.KEYWORDS)) {
            text = "keywords replaced (standard list: " + before.parameters().get(s.name()) + ")";
        } else {
            text = s.name() + " " + before.parameters().get(s.name()) + " → " + after.parameters().get(s.name());
        }
        return note(text, s);
    }

    private static String note(String change, Setting s) {
        return s.note().isEmpty() ? change : change + ": " + s.note();
    }

    /** The settings a rule has, for messages: the common ones where they apply, then its parameters. */
    static List<String> settingsOf(Rule r) {
        List<String> names = new ArrayList<>();
        if (r.dimension().scored() && SETTABLE_EFFECTS.contains(r.effect())) {
            names.addAll(COMMON_SETTINGS);
        } else {
            names.add(ENABLED);
        }
        if (r instanceof Tunable t) {
            names.addAll(t.settings());
        }
        return names;
    }

    /** Whether a row sets the migration plan ({@code plan}) rather than a rule. */
    private static boolean isPlanRow(Setting s) {
        return s.rule().equals(PLAN);
    }

    /** Checks a {@code plan} row's value: {@code wave_size} a whole number of workloads, the others a ratio. */
    private static String planValue(String name, String value) {
        if (name.equals(WAVE_SIZE)) {
            return Integer.toString(RuleParameters.wholeNumber(WAVE_SIZE, value, 1, MAX_WAVE_SIZE));
        }
        return Double.toString(CapacityRatios.parse(name, value));
    }

    /** The most workloads a migration wave holds: the {@code plan,wave_size} row's, else {@value #DEFAULT_WAVE_SIZE}. */
    public int waveSize() {
        return applied().stream().filter(s -> isPlanRow(s) && s.name().equals(WAVE_SIZE))
                .mapToInt(s -> Integer.parseInt(s.value())).findFirst().orElse(DEFAULT_WAVE_SIZE);
    }

    /**
     * The capacity planning ratios: {@link CapacityRatios#DEFAULT} with this configuration's
     * {@code plan} ratio rows applied, in file order (each was checked when the file was read).
     */
    public CapacityRatios capacityRatios() {
        CapacityRatios ratios = CapacityRatios.DEFAULT;
        for (Setting s : applied()) {
            if (isPlanRow(s) && !s.name().equals(WAVE_SIZE)) {
                ratios = ratios.with(s.line(), s.name(), Double.parseDouble(s.value()), s.note());
            }
        }
        return ratios;
    }

    /** Whether a row tunes a workload role ({@code role:<id>}) rather than a rule. */
    private static boolean isRoleRow(Setting s) {
        return s.rule().startsWith(ROLE_PREFIX);
    }

    /**
     * The role catalog with this configuration's role rows applied: {@code role:<id>,signals,...}
     * replaces a role's signals, {@code role:<id>,add_signals,...} adds to them (after any
     * replacement, whatever the row order).
     *
     * @throws IllegalArgumentException naming the file and line of a row for a role not in the
     *     catalog, a setting roles do not have, or a signal that cannot be read
     */
    public RoleCatalog applyTo(RoleCatalog roles) {
        List<Setting> rows = applied().stream().filter(RuleConfig::isRoleRow)
                .sorted(Comparator.comparing((Setting s) -> s.name().startsWith("add_"))).toList();
        RoleCatalog out = roles;
        for (Setting s : rows) {
            String id = s.rule().substring(ROLE_PREFIX.length()).strip();
            Role role = out.find(id).orElseThrow(() -> error(s, "unknown role '" + id.toLowerCase(Locale.ROOT)
                    + "'; the roles are " + String.join(", ", roles.ids())));
            List<Role.Signal> given;
            try {
                given = RoleCatalog.signals(s.value());
            } catch (IllegalArgumentException e) {
                throw error(s, "role " + role.id() + ": " + e.getMessage());
            }
            List<Role.Signal> signals = switch (s.name()) {
                case SIGNALS -> given;
                case ADD_SIGNALS -> {
                    List<Role.Signal> all = new ArrayList<>(role.signals());
                    all.addAll(given);
                    yield all;
                }
                default -> throw error(s, "role " + role.id() + " has no setting '" + s.name() + "'; roles have "
                        + SIGNALS + " and " + ADD_SIGNALS);
            };
            out = out.withSignals(role.id(), signals);
        }
        return out;
    }

    /** Checks and normalises the value of a common setting; parameters are checked by their rule. */
    private static String normalise(String name, String value) {
        return switch (name) {
            case ENABLED -> switch (value.toLowerCase(Locale.ROOT)) {
                case "true", "yes", "on", "1" -> "true";
                case "false", "no", "off", "0" -> "false";
                default -> throw new IllegalArgumentException("enabled must be true or false, not '" + value + "'");
            };
            case SEVERITY -> severity(value).name();
            case EFFECT -> effect(value).name();
            case WEIGHT -> Integer.toString(RuleParameters.wholeNumber(WEIGHT, value, 1, 100));
            default -> value;
        };
    }

    private static Severity severity(String value) {
        for (Severity s : Severity.values()) {
            if (s.name().equalsIgnoreCase(value) || s.label().equalsIgnoreCase(value)) {
                return s;
            }
        }
        throw new IllegalArgumentException("severity must be one of " + java.util.Arrays.stream(Severity.values())
                .map(Severity::label).collect(Collectors.joining(", ")) + ", not '" + value + "'");
    }

    private static Effect effect(String value) {
        String key = value.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        for (Effect e : SETTABLE_EFFECTS) {
            if (e.name().equals(key)) {
                return e;
            }
        }
        throw new IllegalArgumentException("effect must be one of " + SETTABLE_EFFECTS.stream().map(Enum::name)
                .collect(Collectors.joining(", ")) + ", not '" + value + "'");
    }

    private IllegalArgumentException error(Setting s, String message) {
        return error(file == null ? "rules file" : file, s.line(), message);
    }

    private static IllegalArgumentException error(String file, int line, String message) {
        return new IllegalArgumentException(file + " line " + line + ": " + message);
    }

    /**
     * The settings for one client: the rows for every client, with the rows that name the client
     * (by its name or its folder's, in any case) in place of those that set the same setting of
     * the same rule. This object itself when no row names a client.
     *
     * @throws IllegalArgumentException when rows name the client both ways (by its name and by its
     *     folder's) for the same setting of the same rule
     */
    public RuleConfig forClient(String name, String slug) {
        if (!namesClients()) {
            return this;
        }
        Map<String, Setting> own = new HashMap<>();
        for (Setting s : settings) {
            if (s.client() != null && isFor(s, name, slug)) {
                Setting earlier = own.putIfAbsent(s.rule() + "\u0000" + s.name(), s);
                if (earlier != null) {
                    throw error(s, s.rule() + " " + s.name() + " is already set for this client on line " + earlier.line()
                            + " (client '" + earlier.client() + "'); each setting once per rule and client");
                }
            }
        }
        List<Setting> mine = settings.stream()
                .filter(s -> s.client() == null ? !own.containsKey(s.rule() + "\u0000" + s.name()) : isFor(s, name, slug))
                .toList();
        return new RuleConfig(file, sha256, mine, true);
    }

    /** Whether some row names the client it is for. */
    public boolean namesClients() {
        return settings.stream().anyMatch(s -> s.client() != null);
    }

    /** The clients rows are for, as first written, one per client (names that differ only in case are one). */
    public List<String> clients() {
        Map<String, String> byKey = new LinkedHashMap<>();
        settings.stream().filter(s -> s.client() != null).forEach(s -> byKey.putIfAbsent(ClientName.key(s.client()), s.client()));
        return List.copyOf(byKey.values());
    }

    /** The rows that name a client none of {@code names} (clients' names and folder names) is. */
    public List<Setting> forOtherClients(java.util.Collection<String> names) {
        Set<String> keys = ClientName.keys(names);
        return settings.stream().filter(s -> s.client() != null && !keys.contains(ClientName.key(s.client()))).toList();
    }

    private static boolean isFor(Setting s, String name, String slug) {
        return ClientName.names(s.client(), name, slug);
    }

    /** Whether this is the standard catalog unchanged (no rules file, or one without settings). */
    public boolean isDefault() {
        return settings.isEmpty() && file == null;
    }

    /** The rules file's name, empty without one. */
    public Optional<String> file() {
        return Optional.ofNullable(file);
    }

    /** The rules file's SHA-256 in hex, empty when not known. */
    public Optional<String> sha256() {
        return Optional.ofNullable(sha256);
    }

    /** The settings, in file order: every row of the file, or of one client's ({@link #forClient}). */
    public List<Setting> settings() {
        return settings;
    }

    /**
     * The settings {@link #applyTo} applies: a client's ({@link #forClient}), else the rows for
     * every client.
     */
    public List<Setting> applied() {
        return clientView ? settings : settings.stream().filter(s -> s.client() == null).toList();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RuleConfig c && java.util.Objects.equals(file, c.file)
                && java.util.Objects.equals(sha256, c.sha256) && settings.equals(c.settings) && clientView == c.clientView;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(file, sha256, settings, clientView);
    }

    @Override
    public String toString() {
        return "RuleConfig[" + (file == null ? "standard" : file) + ", " + settings.size() + " settings]";
    }
}
