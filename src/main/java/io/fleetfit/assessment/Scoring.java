package io.fleetfit.assessment;

import java.util.List;

/**
 * Turns findings into a verdict. Pure and order-independent: the same set of findings gives the
 * same verdict in any order, and an extra finding never raises a score or improves a disposition.
 *
 * <ul>
 *   <li>Dimension score: 100 minus the weights of the dimension's findings, floored at 0.</li>
 *   <li>Fitness score: 100 minus the weights of every scored finding, floored at 0. Not the mean of
 *       the dimensions: a mean would let two clean dimensions hide a third that needs work (a
 *       48-vCPU VM would still read "Excellent fit").</li>
 *   <li>Tier: Insufficient data when the deciding facts are missing; No fit when any finding is a
 *       blocker; otherwise by score (see {@link FitnessTier}), but never better than the heaviest
 *       remediation a finding names (a Major one means "Needs major work"), and never better than
 *       Good fit without positive evidence of a containerizable workload: a VM about which nothing
 *       bad is known is not therefore an excellent container.</li>
 *   <li>Disposition, strongest effect first: retire (powered off; the would-be disposition is kept)
 *       &gt; replace &gt; insufficient data &gt; keep as VM (hardware coupling, or a workload that must
 *       stay a VM on a guest KubeVirt platforms do not support) &gt; VM on Kubernetes &gt; containerize
 *       after remediation &gt; containerize.</li>
 * </ul>
 */
public final class Scoring {

    /** The verdict part of an {@link Assessment}. */
    public record Verdict(int portability, int legacyOs, int isolation, int fitness, FitnessTier tier,
                          Disposition disposition, Disposition assessedDisposition) {
    }

    private Scoring() {
    }

    /**
     * @param evidence whether there is positive evidence of a containerizable workload (a role that
     *     containers are made for, or the consultant's application and statefulness) on a known OS
     *     release: without it the best tier is Good fit
     */
    public static Verdict verdict(List<Finding> findings, boolean evidence) {
        // one pass, no allocation but the verdict: this runs once per workload
        int portabilityLost = 0;
        int legacyLost = 0;
        int isolationLost = 0;
        int effects = 0;   // bit set of Effect ordinals
        boolean blocker = false;
        Severity work = null;   // the heaviest named work (a remediation finding in a scored dimension)
        for (int i = 0, n = findings.size(); i < n; i++) {
            Finding f = findings.get(i);
            switch (f.dimension()) {
                case PORTABILITY -> portabilityLost += f.weight();
                case LEGACY_OS -> legacyLost += f.weight();
                case ISOLATION -> isolationLost += f.weight();
                case GENERAL -> { }
            }
            effects |= 1 << f.effect().ordinal();
            blocker |= f.severity() == Severity.BLOCKER && f.dimension().scored();
            if (f.effect() == Effect.REMEDIATE && f.dimension().scored() && (work == null || f.severity().compareTo(work) > 0)) {
                work = f.severity();
            }
        }
        int portability = Math.max(0, 100 - portabilityLost);
        int legacy = Math.max(0, 100 - legacyLost);
        int isolation = Math.max(0, 100 - isolationLost);
        int fitness = Math.max(0, 100 - portabilityLost - legacyLost - isolationLost);

        Disposition assessed;
        if (has(effects, Effect.REPLACE)) {
            assessed = Disposition.REPLACE;
        } else if (has(effects, Effect.INSUFFICIENT_DATA)) {
            assessed = Disposition.INSUFFICIENT_DATA;
        } else if (has(effects, Effect.BLOCKS_KUBEVIRT)) {
            assessed = Disposition.KEEP_AS_VM;
        } else if (has(effects, Effect.REQUIRES_VM)) {
            assessed = has(effects, Effect.NOT_KUBEVIRT_GUEST) ? Disposition.KEEP_AS_VM : Disposition.VM_ON_KUBERNETES;
        } else if (has(effects, Effect.REMEDIATE)) {
            assessed = Disposition.CONTAINERIZE_AFTER_REMEDIATION;
        } else {
            assessed = Disposition.CONTAINERIZE;
        }
        Disposition disposition = has(effects, Effect.RETIRE) ? Disposition.RETIRE_CANDIDATE : assessed;

        FitnessTier tier = assessed == Disposition.INSUFFICIENT_DATA ? FitnessTier.INSUFFICIENT_DATA
                : blocker ? FitnessTier.NO_FIT
                : capByWork(FitnessTier.forScore(fitness), work);
        if (tier == FitnessTier.EXCELLENT && !evidence) {
            tier = FitnessTier.GOOD;
        }
        return new Verdict(portability, legacy, isolation, fitness, tier, disposition, assessed);
    }

    /**
     * A tier never promises less work than a finding names: one Major remediation (an OS past
     * support, a raw device mapping) means "Needs major work" even when its weight alone leaves a
     * score of 70. Minor work caps at "Needs minor work", moderate at "Needs moderate work".
     */
    static FitnessTier capByWork(FitnessTier byScore, Severity work) {
        if (work == null) {
            return byScore;
        }
        FitnessTier cap = switch (work) {
            case INFO -> FitnessTier.EXCELLENT;
            case MINOR -> FitnessTier.MINOR_WORK;
            case MODERATE -> FitnessTier.MODERATE_WORK;
            case MAJOR, BLOCKER -> FitnessTier.MAJOR_WORK;
        };
        // tiers are declared best first: the later of the two is the worse
        return byScore.ordinal() >= cap.ordinal() ? byScore : cap;
    }

    private static boolean has(int effects, Effect e) {
        return (effects & 1 << e.ordinal()) != 0;
    }

    static int score(List<Finding> findings, Dimension d) {
        int lost = 0;
        for (Finding f : findings) {
            if (f.dimension() == d) {
                lost += f.weight();
            }
        }
        return Math.max(0, 100 - lost);
    }
}
