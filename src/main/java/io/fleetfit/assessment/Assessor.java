package io.fleetfit.assessment;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Judges one record at a time with a rule catalog: recognises the OS, runs every rule, and turns
 * the findings into a verdict. A template ends as an {@link ExcludedTemplate}, every other record
 * as an {@link Assessment}.
 */
public final class Assessor implements Serializable {

    private final List<Rule> rules;

    public Assessor(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public static Assessor standard(AssessmentSettings settings) {
        return new Assessor(RuleCatalog.configured(settings, settings.rules()));
    }

    public List<Rule> rules() {
        return rules;
    }

    public Outcome assess(VmRecord vm) {
        Workload workload = Workload.of(vm);
        List<Finding> findings = new ArrayList<>();
        for (Rule rule : rules) {
            Optional<Finding> f = rule.evaluate(workload);
            if (f.isPresent()) {
                if (f.get().effect() == Effect.EXCLUDE) {
                    return new ExcludedTemplate(vm, workload.os(), f.get());
                }
                findings.add(f.get());
            }
        }
        Scoring.Verdict v = Scoring.verdict(findings);
        Disposition override = override(vm);
        return new Assessment(vm, workload.os(), findings, v.portability(), v.legacyOs(), v.isolation(),
                v.fitness(), v.tier(), override != null ? override : v.disposition(), v.assessedDisposition(),
                v.disposition(), override != null ? reason(vm) : null, Completeness.of(workload));
    }

    /** A consultant's override of the disposition (a code or a label), or {@code null}. */
    static Disposition override(VmRecord vm) {
        String o = vm.dispositionOverride();
        if (o == null || o.isBlank()) {
            return null;
        }
        String key = o.strip().replace(' ', '_').replace('-', '_').toUpperCase(java.util.Locale.ROOT);
        for (Disposition d : Disposition.values()) {
            if (d.name().equals(key) || d.label().equalsIgnoreCase(o.strip())) {
                return d;
            }
        }
        return null;
    }

    private static String reason(VmRecord vm) {
        return vm.overrideReason() == null || vm.overrideReason().isBlank()
                ? "Set by the consultant (no reason given)." : vm.overrideReason().strip();
    }
}
