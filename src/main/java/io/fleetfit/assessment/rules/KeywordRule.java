package io.fleetfit.assessment.rules;

import io.fleetfit.assessment.Keywords;
import io.fleetfit.assessment.RuleParameters;
import io.fleetfit.assessment.Tunable;
import java.util.List;
import java.util.Map;

/**
 * A rule that looks for keywords. A client's words differ ("Kreditkarten", "PCI zone"), so the
 * rules file can replace the list ({@code keywords}) or add to it ({@code add_keywords}).
 *
 * @param <R> the rule's own type, which {@link #with} returns
 */
public interface KeywordRule<R extends KeywordRule<R>> extends Tunable {

    Keywords keywords();

    /** The same rule looking for other keywords. */
    R withKeywords(Keywords keywords);

    @Override
    default Map<String, String> parameters() {
        return Map.of(RuleParameters.KEYWORDS, RuleParameters.format(keywords()));
    }

    @Override
    default List<String> settings() {
        return List.of(RuleParameters.KEYWORDS, RuleParameters.ADD_KEYWORDS);
    }

    @Override
    default R with(String setting, String value) {
        return switch (setting) {
            case RuleParameters.KEYWORDS -> withKeywords(RuleParameters.keywords(setting, value));
            case RuleParameters.ADD_KEYWORDS -> withKeywords(RuleParameters.add(keywords(), setting, value));
            default -> throw RuleParameters.unknown(this, setting);
        };
    }
}
