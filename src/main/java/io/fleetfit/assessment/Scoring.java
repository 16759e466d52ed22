package io.fleetfit.assessment;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

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
 *       blocker; otherwise by score (see {@link FitnessTier}).</li>
 *   <li>Disposition, strongest effect first: retire (powered off; the would-be disposition is kept)
 *       &gt; insufficient data &gt; keep as VM &gt; VM on Kubernetes &gt; containerize after remediation
 *       &gt; containerize.</li>
 * </ul>
 */
public final class Scoring {

    /** The verdict part of an {@link Assessment}. */
    public record Verdict(int portability, int legacyOs, int isolation, int fitness, FitnessTier tier,
                          Disposition disposition, Disposition assessedDisposition) {
    }

    private Scoring() {
    }

    public static Verdict verdict(List<Finding> findings) {
        int portability = score(findings, Dimension.PORTABILITY);
        int legacy = score(findings, Dimension.LEGACY_OS);
        int isolation = score(findings, Dimension.ISOLATION);
        int fitness = Math.max(0, 100 - findings.stream().filter(f -> f.dimension().scored()).mapToInt(Finding::weight).sum());

        Set<Effect> effects = EnumSet.noneOf(Effect.class);
        boolean blocker = false;
        for (Finding f : findings) {
            effects.add(f.effect());
            blocker |= f.severity() == Severity.BLOCKER && f.dimension().scored();
        }

        Disposition assessed;
        if (effects.contains(Effect.INSUFFICIENT_DATA)) {
            assessed = Disposition.INSUFFICIENT_DATA;
        } else if (effects.contains(Effect.BLOCKS_KUBEVIRT)) {
            assessed = Disposition.KEEP_AS_VM;
        } else if (effects.contains(Effect.REQUIRES_VM)) {
            assessed = Disposition.VM_ON_KUBERNETES;
        } else if (effects.contains(Effect.REMEDIATE)) {
            assessed = Disposition.CONTAINERIZE_AFTER_REMEDIATION;
        } else {
            assessed = Disposition.CONTAINERIZE;
        }
        Disposition disposition = effects.contains(Effect.RETIRE) ? Disposition.RETIRE_CANDIDATE : assessed;

        FitnessTier tier = assessed == Disposition.INSUFFICIENT_DATA ? FitnessTier.INSUFFICIENT_DATA
                : blocker ? FitnessTier.NO_FIT
                : FitnessTier.forScore(fitness);
        return new Verdict(portability, legacy, isolation, fitness, tier, disposition, assessed);
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
