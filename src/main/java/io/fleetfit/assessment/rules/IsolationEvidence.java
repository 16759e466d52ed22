package io.fleetfit.assessment.rules;

import io.fleetfit.assessment.Evidence;
import io.fleetfit.assessment.Keywords;
import io.fleetfit.assessment.Workload;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where the isolation keyword rules look: the inventory's annotation, placement and custom
 * attributes, but not the consultant's typed values (data classification, isolation requirement,
 * statefulness, also when they come as the template's columns): the typed rules own those.
 */
final class IsolationEvidence {

    private IsolationEvidence() {
    }

    /** The texts those rules search, worked out once per workload. */
    private static final Workload.Fact<List<Evidence.Text>> SEARCHED = new Workload.Fact<>(w -> {
        List<Evidence.Text> all = w.texts();
        List<Evidence.Text> searched = new ArrayList<>(all.size());
        for (Evidence.Text t : all) {
            if (!ConsultantValue.isTypedColumn(t.field().column())) {
                searched.add(t);
            }
        }
        return searched.size() == all.size() ? all : List.copyOf(searched);
    });

    /** The first of those fields that contains a keyword, with the first keyword (as listed) it contains. */
    static Optional<Evidence.Match> find(Workload w, Keywords keywords) {
        return Evidence.find(w.fact(SEARCHED), keywords);
    }
}
