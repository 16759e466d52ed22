package io.fleetfit.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How the rules file spells parameter values, for {@link Tunable} rules: whole numbers, sizes in
 * GiB or TiB, and keyword lists separated by semicolons. Messages say what is allowed and leave
 * the file and line to the caller.
 */
public final class RuleParameters {

    /** The setting that replaces a rule's keyword list. */
    public static final String KEYWORDS = "keywords";
    /** The setting that adds keywords to a rule's list (after any replacement). */
    public static final String ADD_KEYWORDS = "add_keywords";

    private RuleParameters() {
    }

    /** A whole number from {@code min} to {@code max}. */
    public static int wholeNumber(String setting, String value, int min, int max) {
        String v = value == null ? "" : value.strip();
        try {
            int n = Integer.parseInt(v);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below with what is allowed
        }
        throw new IllegalArgumentException(setting + " must be a whole number from " + min + " to " + max + ", not '" + v + "'");
    }

    /** A number greater than 0 and at most {@code max}; a decimal point, not a comma. */
    public static double positive(String setting, String value, double max) {
        String v = value == null ? "" : value.strip();
        try {
            double d = Double.parseDouble(v);
            if (d > 0 && d <= max && !v.toLowerCase(Locale.ROOT).matches(".*[a-z].*")) {
                return d;
            }
        } catch (NumberFormatException e) {
            // reported below with what is allowed
        }
        throw new IllegalArgumentException(setting + " must be a number greater than 0 and at most " + format(max)
                + " (decimal point, not comma), not '" + v + "'");
    }

    /** A number without trailing zeros: 256, 1.5. */
    public static String format(double d) {
        return new BigDecimal(Double.toString(d)).stripTrailingZeros().toPlainString();
    }

    /** A ';'-separated keyword list; at least one keyword. */
    public static Keywords keywords(String setting, String value) {
        List<String> words = Arrays.stream((value == null ? "" : value).split(";"))
                .map(String::strip).filter(w -> !w.isEmpty()).toList();
        Keywords k = new Keywords(words);
        if (k.words().isEmpty()) {
            throw new IllegalArgumentException(setting + " needs at least one keyword, several separated by ';'"
                    + " (to switch the rule off, set enabled to false)");
        }
        return k;
    }

    /** {@code current} with the keywords of a ';'-separated list added at the end. */
    public static Keywords add(Keywords current, String setting, String value) {
        List<String> words = new ArrayList<>(current.words());
        words.addAll(keywords(setting, value).words());
        return new Keywords(words);
    }

    /** A keyword list as the rules file spells it: "pci dss; hipaa". */
    public static String format(Keywords keywords) {
        return keywords.words().stream().map(String::strip).collect(Collectors.joining("; "));
    }

    /** The message for a setting a rule does not have. */
    public static IllegalArgumentException unknown(Tunable rule, String setting) {
        return new IllegalArgumentException(rule.id() + " has no setting '" + setting + "'");
    }
}
