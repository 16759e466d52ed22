package io.fleetfit.summary;

import io.fleetfit.assessment.Assessment;
import io.fleetfit.assessment.Effect;
import io.fleetfit.assessment.Finding;
import io.fleetfit.assessment.Rule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The findings counted once for the fleet ({@link Rule#countedOnce()}): one row per such rule,
 * with the workloads that carry its finding, instead of one Findings row per workload.
 *
 * @param rows one per rule counted once that some workload carries, in the run's rule order
 */
public record FleetFindings(List<Row> rows) {

    /**
     * @param ruleId the rule's id
     * @param effect what its finding does to the disposition
     * @param description what the rule checks and why, as its declaration says
     * @param size the workloads that carry its finding (every assessed workload, retire candidates
     *     and overridden workloads included, as on the Blockers sheet) and their size
     * @param share {@code size}'s workloads among the assessed, 0 to 1
     */
    public record Row(String ruleId, Effect effect, String description, Tally size, double share) {
    }

    public FleetFindings {
        rows = List.copyOf(rows);
    }

    /** The row of this rule, if some workload carries its finding. */
    public java.util.Optional<Row> row(String ruleId) {
        return rows.stream().filter(r -> r.ruleId().equals(ruleId)).findFirst();
    }

    /** Counts the workloads of each rule counted once, keeping counts, never the workloads. Not thread-safe. */
    static final class Accumulator {

        private final Map<String, Rule> counted = new LinkedHashMap<>();
        private final Map<String, Tally> counts = new LinkedHashMap<>();
        private long assessed;

        /** @param rules the run's rules: those counted once are counted */
        Accumulator(List<Rule> rules) {
            for (Rule r : rules) {
                if (r.countedOnce()) {
                    counted.putIfAbsent(r.id(), r);
                }
            }
        }

        void add(Assessment a) {
            assessed++;
            if (counted.isEmpty()) {
                return;
            }
            for (String id : counted.keySet()) {   // a workload counts once per rule, however many findings it has
                if (carries(a, id)) {
                    counts.merge(id, Tally.of(a.vm()), Tally::plus);
                }
            }
        }

        private static boolean carries(Assessment a, String ruleId) {
            for (Finding f : a.findings()) {
                if (f.ruleId().equals(ruleId)) {
                    return true;
                }
            }
            return false;
        }

        FleetFindings tally() {
            List<Row> rows = new ArrayList<>();
            for (Rule r : counted.values()) {
                Tally size = counts.get(r.id());
                if (size != null) {
                    rows.add(new Row(r.id(), r.effect(), r.description(), size, RunTotals.share(size.workloads(), assessed)));
                }
            }
            return new FleetFindings(rows);
        }
    }
}
