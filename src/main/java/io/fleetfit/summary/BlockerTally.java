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
 * What holds workloads back from containers, per rule: the Blockers sheet, so a client sees which
 * fix frees the most workloads. Accumulated one workload at a time, keeping counts per rule,
 * never the workloads. Not thread-safe.
 */
public final class BlockerTally {

    /**
     * Whether a finding keeps its workload from becoming a container as it is: it forces a VM
     * ({@link Effect#REQUIRES_VM}, {@link Effect#BLOCKS_KUBEVIRT}), or it names remediation of
     * severity {@link Severity#MAJOR} or worse, work big enough to plan for before the move.
     */
    public static boolean holdsBack(Finding f) {
        return f.effect() == Effect.REQUIRES_VM || f.effect() == Effect.BLOCKS_KUBEVIRT
                || f.effect() == Effect.REMEDIATE && f.severity().compareTo(Severity.MAJOR) >= 0;
    }

    /** One rule's blocker findings summed over the fleet. */
    public static final class Count {
        private final String ruleId;
        private final Dimension dimension;
        private final Effect effect;
        private final Severity severity;
        private final String description;
        private final Tally size = new Tally();
        private long alone;

        private Count(Finding first, String description) {
            this.ruleId = first.ruleId();
            this.dimension = first.dimension();
            this.effect = first.effect();
            this.severity = first.severity();
            this.description = description;
        }

        public String ruleId() {
            return ruleId;
        }

        public Dimension dimension() {
            return dimension;
        }

        public Effect effect() {
            return effect;
        }

        public Severity severity() {
            return severity;
        }

        /** What the rule flags, as its declaration says; a finding's reason when the run lists no such rule. */
        public String description() {
            return description;
        }
    }

    /** A row of the Blockers table; {@code count} is {@code null} in the total row. */
    public record BlockerRow(Count count, Tally size, long alone, double share) {
    }

    private final Map<String, String> descriptions = new HashMap<>();
    private final Map<String, Count> counts = new HashMap<>();
    private final Tally blocked = new Tally();
    private long alone;

    /** @param rules the run's rules, whose descriptions name what each blocker is */
    public BlockerTally(List<Rule> rules) {
        rules.forEach(r -> descriptions.putIfAbsent(r.id(), r.description()));
    }

    public void add(Assessment a) {
        Set<String> rules = new LinkedHashSet<>();
        for (Finding f : a.findings()) {
            if (holdsBack(f) && rules.add(f.ruleId())) {
                counts.computeIfAbsent(f.ruleId(), id -> new Count(f, descriptions.getOrDefault(id, f.reason())))
                        .size.add(a.vm());
            }
        }
        if (rules.isEmpty()) {
            return;
        }
        blocked.add(a.vm());
        if (rules.size() == 1) {
            counts.get(rules.iterator().next()).alone++;
            alone++;
        }
    }

    /** Every rule that held back a workload, most workloads first (then by rule id); the total last. */
    public List<BlockerRow> rows(long assessed) {
        List<BlockerRow> rows = new ArrayList<>();
        counts.values().stream()
                .sorted(Comparator.comparingLong((Count c) -> c.size.workloads()).reversed()
                        .thenComparing(c -> c.ruleId))
                .forEach(c -> rows.add(new BlockerRow(c, c.size, c.alone, share(c.size.workloads(), assessed))));
        rows.add(new BlockerRow(null, blocked, alone, share(blocked.workloads(), assessed)));
        return rows;
    }

    private static double share(long n, long of) {
        return of == 0 ? 0.0 : (double) n / of;
    }
}
