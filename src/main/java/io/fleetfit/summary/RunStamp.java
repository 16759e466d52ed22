package io.fleetfit.summary;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * What a client's assessment was judged with, as its {@code assessments.csv} records it: the
 * as-of date, the rule catalog's version, the rules file's SHA-256 ("" for the standard rules)
 * and the lifecycle catalog's version. Two runs with different stamps are compared all the same,
 * and the comparison says which of these differ.
 */
public record RunStamp(String asOf, String ruleCatalog, String rulesSha256, String lifecycleCatalog) implements Serializable {

    /** A file that records none of it: written before the columns existed. */
    public static final RunStamp UNKNOWN = new RunStamp("", "", "", "");

    public RunStamp {
        asOf = asOf == null ? "" : asOf.strip();
        ruleCatalog = ruleCatalog == null ? "" : ruleCatalog.strip();
        rulesSha256 = rulesSha256 == null ? "" : rulesSha256.strip();
        lifecycleCatalog = lifecycleCatalog == null ? "" : lifecycleCatalog.strip();
    }

    /** One thing a stamp records. */
    public enum Part { AS_OF, RULE_CATALOG, RULES, LIFECYCLE_CATALOG }

    /** The parts in which {@code previous} differs from this run's stamp; a previous file that records none differs in none it can show. */
    public List<Part> differences(RunStamp previous) {
        List<Part> parts = new ArrayList<>();
        if (previous.equals(UNKNOWN)) {
            return parts;
        }
        if (!asOf.equals(previous.asOf)) {
            parts.add(Part.AS_OF);
        }
        if (!ruleCatalog.equals(previous.ruleCatalog)) {
            parts.add(Part.RULE_CATALOG);
        }
        if (!rulesSha256.equals(previous.rulesSha256)) {
            parts.add(Part.RULES);
        }
        if (!lifecycleCatalog.equals(previous.lifecycleCatalog)) {
            parts.add(Part.LIFECYCLE_CATALOG);
        }
        return parts;
    }
}
