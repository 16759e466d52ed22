package io.fleetfit.assessment.rules;

import io.fleetfit.assessment.Evidence;
import io.fleetfit.assessment.Keywords;
import io.fleetfit.assessment.Workload;
import java.util.Optional;

/**
 * Where the isolation keyword rules look: the inventory's annotation, placement and custom
 * attributes, but not the consultant's typed values (data classification, isolation requirement,
 * statefulness, also when they come as the template's columns): the typed rules own those.
 */
final class IsolationEvidence {

    private IsolationEvidence() {
    }

    /** The first of those fields that contains a keyword, with the first keyword (as listed) it contains. */
    static Optional<Evidence.Match> find(Workload w, Keywords keywords) {
        for (Evidence.Text t : w.texts()) {
            if (!ConsultantValue.isTypedColumn(t.field().column())) {
                Optional<Evidence.Match> m = Evidence.find(t, keywords);
                if (m.isPresent()) {
                    return m;
                }
            }
        }
        return Optional.empty();
    }
}
