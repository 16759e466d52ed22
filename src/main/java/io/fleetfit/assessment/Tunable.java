package io.fleetfit.assessment;

import java.util.List;
import java.util.Map;

/**
 * A rule with parameters a consultant can set per client in the rules file: thresholds such as
 * a vCPU limit, or the keywords of an isolation signal. Applying a setting gives a new rule; rules
 * stay immutable.
 */
public interface Tunable extends Rule {

    /**
     * The rule's parameters by the rules file's setting names, each with its current value as the
     * file would spell it ("max_vcpus" = "32", "keywords" = "dmz; isolated"), in display order.
     */
    Map<String, String> parameters();

    /** The settings {@link #with} accepts: the parameters, plus modifiers such as {@code add_keywords}. */
    default List<String> settings() {
        return List.copyOf(parameters().keySet());
    }

    /**
     * This rule with one setting applied.
     *
     * @throws IllegalArgumentException saying which values are allowed, without naming the file
     *     (the caller adds where the setting was written)
     */
    Tunable with(String setting, String value);
}
