package io.fleetfit.assessment;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A catalog rule as a client's rules file set it: switched off, or with another severity, effect
 * or weight (its parameters are already applied to {@code rule}). Its findings carry the
 * configured values; a finding whose effect was changed says so in its reason, because the rule's
 * own sentence ("so it stays a VM") would no longer hold.
 *
 * @param rule the rule, parameters applied
 * @param enabled whether it runs at all; a switched-off rule never finds anything but stays listed
 * @param changes what the rules file changed, in words, for the Method sheet
 */
public record ConfiguredRule(Rule rule, boolean enabled, Severity severity, Effect effect, int weight,
                             List<String> changes) implements Rule {

    public ConfiguredRule {
        changes = List.copyOf(changes);
    }

    @Override
    public String id() {
        return rule.id();
    }

    @Override
    public Dimension dimension() {
        return rule.dimension();
    }

    @Override
    public String description() {
        return rule.description();
    }

    @Override
    public boolean readsOsOnly() {
        return rule.readsOsOnly();
    }

    @Override
    public boolean countedOnce() {
        return rule.countedOnce();
    }

    @Override
    public Optional<Finding> evaluate(Workload workload) {
        if (!enabled) {
            return Optional.empty();
        }
        Optional<Finding> found = rule.evaluate(workload);
        if (found.isEmpty() || severity == rule.severity() && effect == rule.effect() && weight == rule.weight()) {
            return found;
        }
        Finding f = found.get();
        String reason = effect == rule.effect() ? f.reason()
                : f.reason() + " The client's rules file makes this finding " + words(effect) + ".";
        return Optional.of(new Finding(f.ruleId(), f.dimension(), severity, effect, weight, reason, f.evidence()));
    }

    /** Whether a catalog rule runs: a plain rule always does. */
    public static boolean enabled(Rule r) {
        return !(r instanceof ConfiguredRule c) || c.enabled();
    }

    /** A rule's parameters and their values in effect ("max_vcpus" = "48"), empty for a rule without any. */
    public static Map<String, String> parameters(Rule r) {
        Rule inner = r instanceof ConfiguredRule c ? c.rule() : r;
        return inner instanceof Tunable t ? t.parameters() : Map.of();
    }

    /** What a rules file changed in a rule, empty for a rule as standard. */
    public static List<String> changes(Rule r) {
        return r instanceof ConfiguredRule c ? c.changes() : List.of();
    }

    private static String words(Effect e) {
        return switch (e) {
            case NOTE -> "a note only";
            case REMEDIATE -> "remediation work";
            case REQUIRES_VM -> "a reason to keep the workload a VM";
            case BLOCKS_KUBEVIRT -> "a blocker for containers and KubeVirt alike";
            default -> e.name();
        };
    }
}
