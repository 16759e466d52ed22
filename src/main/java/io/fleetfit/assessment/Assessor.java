package io.fleetfit.assessment;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Judges one record at a time with a rule catalog: recognises the OS, runs every rule, and turns
 * the findings into a verdict. A template ends as an {@link Excluded}, every other record
 * as an {@link Assessment}.
 */
public final class Assessor implements Serializable {

    /** How many distinct OSes' findings are remembered before the memory starts afresh. */
    static final int OS_MEMO_LIMIT = 4096;

    private final List<Rule> rules;
    private final RoleCatalog roles;
    /** Rule {@code i} looks at the OS alone ({@link Rule#readsOsOnly()}). */
    private final boolean[] byOs;
    private final boolean anyByOs;
    /**
     * The findings of the OS-only rules per distinct OS, indexed like {@link #rules} ({@code null}
     * where a rule found nothing or is not OS-only): a fleet runs a few dozen OSes, so the ten OS
     * rules are judged a few dozen times, not once per workload.
     */
    private transient volatile Remembered<OsInfo, Finding[]> osFindings;

    /**
     * @param rules the rule catalog, in report order
     * @param roles the workload roles, with any rules file's signal changes
     */
    public Assessor(List<Rule> rules, RoleCatalog roles) {
        this.rules = List.copyOf(rules);
        this.roles = roles;
        this.byOs = new boolean[this.rules.size()];
        boolean any = false;
        for (int i = 0; i < byOs.length; i++) {
            byOs[i] = this.rules.get(i).readsOsOnly();
            any |= byOs[i];
        }
        this.anyByOs = any;
    }

    public static Assessor standard(AssessmentSettings settings) {
        return new Assessor(RuleCatalog.configured(settings, settings.rules()), settings.tunedRoles());
    }

    public List<Rule> rules() {
        return rules;
    }

    public RoleCatalog roles() {
        return roles;
    }

    public Outcome assess(VmRecord vm) {
        Workload workload = Workload.of(vm, roles);
        Finding[] byOsFindings = anyByOs ? osFindings(workload) : null;
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < byOs.length; i++) {
            Finding f;
            if (byOs[i]) {
                f = byOsFindings[i];
            } else {
                Optional<Finding> found = rules.get(i).evaluate(workload);
                f = found.isPresent() ? found.get() : null;
            }
            if (f != null) {
                if (f.effect() == Effect.EXCLUDE) {
                    return new Excluded(vm, workload.os(), f);
                }
                findings.add(f);
            }
        }
        if (!requiresVm(findings)) {
            // that the guest is not a KubeVirt guest matters only to a workload that must stay a VM
            findings.removeIf(f -> f.effect() == Effect.NOT_KUBEVIRT_GUEST);
        }
        Scoring.Verdict v = Scoring.verdict(findings, evidence(workload));
        Disposition override = override(vm);
        return new Assessment(vm, workload.os(), findings, v.portability(), v.legacyOs(), v.isolation(),
                v.fitness(), v.tier(), override != null ? override : v.disposition(), v.assessedDisposition(),
                v.disposition(), override != null ? reason(vm) : null, Completeness.of(workload),
                Lane.of(override != null ? override : v.disposition(), findings), workload.role(),
                Confidence.of(workload, workload.role(), v.assessedDisposition()));
    }

    private static boolean requiresVm(List<Finding> findings) {
        for (Finding f : findings) {
            if (f.effect() == Effect.REQUIRES_VM) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the workload may be called an Excellent fit: positive evidence of a containerizable
     * workload (a role containers are made for, or the consultant's application and its
     * statefulness), and strong evidence of the OS ({@link Confidence#strongOs}): "Ubuntu Linux
     * (64-bit)" may be an Ubuntu long past support, and a release the configuration file alone
     * states may no longer be what runs, so the best tier is Good fit until the owner confirms it.
     */
    static boolean evidence(Workload w) {
        VmRecord vm = w.vm();
        boolean workload = w.roleIs(Role.RoleEffect.CONTAINER)
                || vm.application() != null && !vm.application().isBlank()
                && vm.statefulness() != null && !vm.statefulness().isBlank();
        return workload && Confidence.strongOs(w.os());
    }

    /** The OS-only rules' findings for the workload's OS, judged on the first workload that runs it. */
    private Finding[] osFindings(Workload workload) {
        Remembered<OsInfo, Finding[]> memo = osFindings;
        if (memo == null) {
            memo = new Remembered<>(OS_MEMO_LIMIT);
            osFindings = memo;
        }
        return memo.get(workload.os(), os -> {
            Finding[] found = new Finding[byOs.length];
            for (int i = 0; i < byOs.length; i++) {
                if (byOs[i]) {
                    found[i] = rules.get(i).evaluate(workload).orElse(null);
                }
            }
            return found;
        });
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
