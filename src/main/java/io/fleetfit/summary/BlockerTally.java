package io.fleetfit.summary;

import io.fleetfit.assessment.Assessment;
import io.fleetfit.assessment.Dimension;
import io.fleetfit.assessment.Effect;
import io.fleetfit.assessment.Finding;
import io.fleetfit.assessment.Rule;
import io.fleetfit.assessment.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What holds workloads back from containers, per rule, so a client sees which fix frees the most
 * workloads.
 *
 * @param rows every rule that held back a workload, most workloads first (then by rule id); the total last
 */
public record BlockerTally(List<Row> rows) {

    /**
     * Whether a finding keeps its workload from becoming a container as it is: it forces a VM
     * ({@link Effect#REQUIRES_VM}, {@link Effect#BLOCKS_KUBEVIRT}), or it names remediation of
     * severity {@link Severity#MAJOR} or worse, work big enough to plan for before the move.
     */
    public static boolean holdsBack(Finding f) {
        return f.effect() == Effect.REQUIRES_VM || f.effect() == Effect.BLOCKS_KUBEVIRT
                || f.effect() == Effect.REMEDIATE && f.severity().compareTo(Severity.MAJOR) >= 0;
    }

    /**
     * One rule's blocker findings summed over the fleet, or, in the total row ({@code ruleId}
     * {@code null}), every workload with at least one blocker.
     *
     * @param dimension the dimension, effect and severity of the rule's first blocker finding
     * @param description what the rule flags, as its declaration says; a finding's reason when the
     *     run lists no such rule
     * @param size the workloads held back and their size, each counted once however many findings it has
     * @param alone the workloads whose only blocker this is, which fixing it (or accepting it) frees
     * @param share {@code size}'s workloads among the assessed, 0 to 1
     */
    public record Row(String ruleId, Dimension dimension, Effect effect, Severity severity, String description,
                      Tally size, long alone, double share) {

        public boolean total() {
            return ruleId == null;
        }
    }

    public BlockerTally {
        rows = List.copyOf(rows);
    }

    /** Counts blockers one workload at a time, keeping counts per rule, never the workloads. Not thread-safe. */
    static final class Accumulator {

        /** One rule's blockers so far. */
        private static final class Count {
            private final Finding first;
            private final String description;
            private Tally size = Tally.NONE;
            private long alone;

            private Count(Finding first, String description) {
                this.first = first;
                this.description = description;
            }
        }

        private final Map<String, String> descriptions = new HashMap<>();
        private final Map<String, Count> counts = new HashMap<>();
        private Tally blocked = Tally.NONE;
        private long alone;
        private long assessed;

        /** @param rules the run's rules, whose descriptions name what each blocker is */
        Accumulator(List<Rule> rules) {
            rules.forEach(r -> descriptions.putIfAbsent(r.id(), r.description()));
        }

        void add(Assessment a) {
            assessed++;
            Tally size = Tally.of(a.vm());
            Set<String> rules = new LinkedHashSet<>();
            for (Finding f : a.findings()) {
                if (holdsBack(f) && rules.add(f.ruleId())) {
                    Count c = counts.computeIfAbsent(f.ruleId(), id -> new Count(f, descriptions.getOrDefault(id, f.reason())));
                    c.size = c.size.plus(size);
                }
            }
            if (rules.isEmpty()) {
                return;
            }
            blocked = blocked.plus(size);
            if (rules.size() == 1) {
                counts.get(rules.iterator().next()).alone++;
                alone++;
            }
        }

        BlockerTally tally() {
            List<Row> rows = new ArrayList<>();
            counts.values().stream()
                    .sorted(Comparator.comparingLong((Count c) -> c.size.workloads()).reversed()
                            .thenComparing(c -> c.first.ruleId()))
                    .forEach(c -> rows.add(new Row(c.first.ruleId(), c.first.dimension(), c.first.effect(),
                            c.first.severity(), c.description, c.size, c.alone, RunTotals.share(c.size.workloads(), assessed))));
            rows.add(new Row(null, null, null, null, null, blocked, alone, RunTotals.share(blocked.workloads(), assessed)));
            return new BlockerTally(rows);
        }
    }
}
