package io.fleetfit.assessment.rules;

import java.util.Locale;
import java.util.Set;

/** Wording the role rules share. */
final class RoleRules {

    private RoleRules() {
    }

    /** First words of role labels that are common nouns, written in lower case inside a sentence. */
    private static final Set<String> COMMON = Set.of("database", "web", "application", "message", "print", "backup",
            "licence", "license", "mainframe", "firewall", "file", "vendor");

    /**
     * The label with its article, as a sentence reads it: "a web server" (of "Web server"), "an
     * Active Directory domain controller", "a SQL Server on Windows".
     */
    static String article(String label) {
        int space = label.indexOf(' ');
        String first = (space < 0 ? label : label.substring(0, space)).toLowerCase(Locale.ROOT);
        String shown = COMMON.contains(first) ? Character.toLowerCase(label.charAt(0)) + label.substring(1) : label;
        boolean vowel = "aeiou".indexOf(Character.toLowerCase(shown.charAt(0))) >= 0;
        return (vowel ? "an " : "a ") + shown;
    }
}
