package io.fleetfit.assessment;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One workload role of the role catalog ({@link RoleCatalog}): what a VM is, recognised from the
 * texts that describe it, and what that means for its migration.
 *
 * @param id stable id, lower case with hyphens ("domain-controller"); the attributes file's
 *     {@code role} column and a rules file's {@code role:<id>} rows name it
 * @param label what the report calls it ("Active Directory domain controller")
 * @param family the group of roles it belongs to ("directory", "database", "web", ...)
 * @param effect what the role means for the disposition
 * @param os the guests the role applies to: a Windows-only role does not describe a Linux VM
 * @param signals the texts that reveal it ({@link Signal})
 * @param recommendation one sentence for the client: what to do with such a workload
 */
public record Role(String id, String label, String family, RoleEffect effect, OsScope os, List<Signal> signals,
                   String recommendation) implements Serializable {

    public Role {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(effect, "effect");
        Objects.requireNonNull(os, "os");
        signals = List.copyOf(signals);
        recommendation = recommendation == null ? "" : recommendation;
    }

    /** First words of labels that are common nouns, written in lower case inside a sentence. */
    private static final java.util.Set<String> COMMON = java.util.Set.of("database", "web", "application", "message",
            "print", "backup", "licence", "license", "mainframe", "firewall", "file", "vendor");

    /**
     * The label with its article, as a sentence reads it: "a web server" (of "Web server"), "an
     * Active Directory domain controller", "a SQL Server on Windows".
     */
    public String inSentence() {
        int space = label.indexOf(' ');
        String first = (space < 0 ? label : label.substring(0, space)).toLowerCase(Locale.ROOT);
        String shown = COMMON.contains(first) ? Character.toLowerCase(label.charAt(0)) + label.substring(1) : label;
        boolean vowel = "aeiou".indexOf(Character.toLowerCase(shown.charAt(0))) >= 0;
        return (vowel ? "an " : "a ") + shown;
    }

    /** The same role recognised by other signals (a client's rules file). */
    public Role withSignals(List<Signal> s) {
        return new Role(id, label, family, effect, os, s, recommendation);
    }

    /** What a recognised role does to the disposition. */
    public enum RoleEffect {
        /** The role needs a full OS of its own: the workload stays a VM (domain controllers, RDS hosts, ...). */
        REQUIRES_VM("requires-vm", "Stays a VM"),
        /** The target platform or a service provides the function: replace the appliance (vCenter, firewalls, ...). */
        REPLACE("replace", "Replace"),
        /** A database engine: containerizable only after remediation (an operator, persistent volumes, backups). */
        DATABASE("database", "Database: major work"),
        /** A workload containers are made for (web, application servers, brokers): positive evidence. */
        CONTAINER("container", "Evidence for containers");

        private final String code;
        private final String label;

        RoleEffect(String code, String label) {
            this.code = code;
            this.label = label;
        }

        public String code() {
            return code;
        }

        public String label() {
            return label;
        }

        /** The effect written as in the catalog ("requires-vm"), in any case, or {@code null}. */
        static RoleEffect parse(String s) {
            for (RoleEffect e : values()) {
                if (e.code.equalsIgnoreCase(s.strip())) {
                    return e;
                }
            }
            return null;
        }
    }

    /** The guests a role applies to. */
    public enum OsScope {
        ANY("any"), WINDOWS("windows"), LINUX("linux");

        private final String code;

        OsScope(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        /** Whether a workload with this OS can hold the role; a scoped role needs a recognised OS of its kind. */
        public boolean admits(OsInfo os) {
            return switch (this) {
                case ANY -> true;
                case WINDOWS -> os.is(OsFamily.WINDOWS_SERVER) || os.is(OsFamily.WINDOWS_CLIENT);
                case LINUX -> os.is(OsFamily.LINUX);
            };
        }

        static OsScope parse(String s) {
            for (OsScope o : values()) {
                if (o.code.equalsIgnoreCase(s.strip())) {
                    return o;
                }
            }
            return null;
        }
    }

    /**
     * One text that reveals a role, as the catalog writes it.
     *
     * <ul>
     *   <li>{@code domain controller}: whole words, in this order, in any text (VM and DNS name,
     *       annotation, folder, resource pool, vApp, custom attributes, application, OS string).</li>
     *   <li>{@code *dc}: a word that ends with "dc", so that names glue a role to a site or
     *       server code ({@code SRVDC02}, {@code GRPDC05}) but {@code adcprod} and {@code dcache}
     *       stay apart. {@code sql*}: a word that starts with it. {@code *sql*}: anywhere in a word
     *       ({@code BOWSQL14}, {@code ntsqltst02}).</li>
     *   <li>{@code name:} before any of these: only in the VM's name and DNS host name, for short
     *       codes that mean something else elsewhere ({@code DC1} in a folder is a datacenter).</li>
     * </ul>
     *
     * <p>Words are runs of letters or of digits ({@code DC01} is "dc" then "01"), compared without
     * case or accents ({@code contrôleur} matches {@code controleur}).
     *
     * @param text the signal as written in the catalog
     * @param words the words to match, normalised
     * @param glue how the single word may be glued to others
     * @param namesOnly whether only names are searched
     */
    public record Signal(String text, List<String> words, Glue glue, boolean namesOnly) implements Serializable {

        public Signal {
            words = List.copyOf(words);
        }

        /** How a one-word signal may sit inside a longer word. */
        public enum Glue { WHOLE, SUFFIX, PREFIX, ANYWHERE }

        /**
         * A signal as written in the catalog ("name:*dc", "*sql*", "web server") in words for a
         * client: {@code a word ending in "dc"}, {@code a word containing "sql"}, {@code the words
         * "web server"}. The {@code name:} restriction is left out: the evidence names the field.
         */
        public static String inWords(String written) {
            String t = written.strip();
            if (t.regionMatches(true, 0, "name:", 0, 5)) {
                t = t.substring(5).strip();
            }
            boolean lead = t.startsWith("*");
            boolean trail = t.endsWith("*") && t.length() > 1;
            String core = t.substring(lead ? 1 : 0, t.length() - (trail ? 1 : 0)).strip();
            String quoted = "\"" + core + "\"";
            if (lead && trail) {
                return "a word containing " + quoted;
            }
            if (lead) {
                return "a word ending in " + quoted;
            }
            if (trail) {
                return "a word starting with " + quoted;
            }
            return (core.indexOf(' ') >= 0 ? "the words " : "the word ") + quoted;
        }

        /**
         * Parses one signal.
         *
         * @throws IllegalArgumentException saying what is wrong with it
         */
        public static Signal parse(String written) {
            String t = written.strip();
            boolean names = false;
            if (t.regionMatches(true, 0, "name:", 0, 5)) {
                names = true;
                t = t.substring(5).strip();
            }
            boolean lead = t.startsWith("*");
            boolean trail = t.endsWith("*") && t.length() > 1;
            String core = t.substring(lead ? 1 : 0, t.length() - (trail ? 1 : 0));
            if (core.indexOf('*') >= 0) {
                // "sql*srv" would otherwise be read as the phrase "sql srv", which it does not mean
                throw new IllegalArgumentException("signal '" + written.strip() + "': '*' may stand only at the start or the end");
            }
            List<String> words = RoleText.words(core);
            if (words.isEmpty()) {
                throw new IllegalArgumentException("signal '" + written.strip() + "' has no letters or digits");
            }
            Glue glue = lead && trail ? Glue.ANYWHERE : lead ? Glue.SUFFIX : trail ? Glue.PREFIX : Glue.WHOLE;
            if (glue != Glue.WHOLE && words.size() > 1) {
                throw new IllegalArgumentException("signal '" + written.strip() + "': '*' glues one word only, not a phrase");
            }
            if (glue != Glue.WHOLE && words.get(0).length() < 2) {
                throw new IllegalArgumentException("signal '" + written.strip() + "': '*' needs a word of two letters or digits at least");
            }
            return new Signal(written.strip(), words, glue, names);
        }

        /** Whether {@code word} (normalised) matches this one-word signal. */
        boolean matchesWord(String word) {
            String w = words.get(0);
            return switch (glue) {
                case WHOLE -> word.equals(w);
                case SUFFIX -> word.endsWith(w);
                case PREFIX -> word.startsWith(w);
                case ANYWHERE -> word.contains(w);
            };
        }
    }

    /** The id as the catalog and the attributes file write it, for comparisons. */
    static String key(String s) {
        return s.strip().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
    }
}
