package io.fleetfit.assessment;

import static io.fleetfit.assessment.Fixtures.finding;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

class ScoringTest {

    @Test
    void noFindingsIsAnExcellentContainerCandidate() {
        Scoring.Verdict v = Scoring.verdict(List.of(), true);
        assertThat(v.fitness()).isEqualTo(100);
        assertThat(v.tier()).isEqualTo(FitnessTier.EXCELLENT);
        assertThat(v.disposition()).isEqualTo(Disposition.CONTAINERIZE);
    }

    @Test
    void dimensionScoreLosesTheWeightsOfItsFindingsAndStopsAtZero() {
        Scoring.Verdict v = Scoring.verdict(List.of(
                finding("LEGACY-001", Dimension.LEGACY_OS, Severity.MAJOR, Effect.REMEDIATE, 40),
                finding("LEGACY-003", Dimension.LEGACY_OS, Severity.MAJOR, Effect.REMEDIATE, 30),
                finding("PORT-005", Dimension.PORTABILITY, Severity.MAJOR, Effect.REMEDIATE, 70),
                finding("PORT-006", Dimension.PORTABILITY, Severity.MODERATE, Effect.REMEDIATE, 70)), true);
        assertThat(v.legacyOs()).isEqualTo(30);
        assertThat(v.portability()).isZero();
        assertThat(v.isolation()).isEqualTo(100);
        assertThat(v.fitness()).isZero();
        assertThat(v.tier()).isEqualTo(FitnessTier.MAJOR_WORK);
        assertThat(v.disposition()).isEqualTo(Disposition.CONTAINERIZE_AFTER_REMEDIATION);
    }

    @Test
    void oneDimensionNeedingWorkIsNotHiddenByTwoCleanOnes() {
        Scoring.Verdict v = Scoring.verdict(List.of(
                finding("PORT-005", Dimension.PORTABILITY, Severity.MAJOR, Effect.REMEDIATE, 30)), true);
        assertThat(v.portability()).isEqualTo(70);
        assertThat(v.fitness()).isEqualTo(70);
        assertThat(v.tier()).as("a Major remediation is major work, whatever its weight").isEqualTo(FitnessTier.MAJOR_WORK);
    }

    @Test
    void theTierNeverPromisesLessWorkThanAFindingNames() {
        assertThat(Scoring.verdict(List.of(
                finding("PORT-007", Dimension.PORTABILITY, Severity.MODERATE, Effect.REMEDIATE, 5)), true).tier())
                .isEqualTo(FitnessTier.MODERATE_WORK);
        assertThat(Scoring.verdict(List.of(
                finding("PORT-010", Dimension.PORTABILITY, Severity.MINOR, Effect.REMEDIATE, 5)), true).tier())
                .isEqualTo(FitnessTier.MINOR_WORK);
        assertThat(Scoring.verdict(List.of(
                finding("ISOL-004", Dimension.ISOLATION, Severity.MODERATE, Effect.NOTE, 5)), true).tier())
                .as("a note names no work").isEqualTo(FitnessTier.EXCELLENT);
        assertThat(Scoring.verdict(List.of(
                finding("PORT-005", Dimension.PORTABILITY, Severity.MAJOR, Effect.REMEDIATE, 70),
                finding("PORT-006", Dimension.PORTABILITY, Severity.MODERATE, Effect.REMEDIATE, 10)), true).tier())
                .as("a lower score keeps its worse tier").isEqualTo(FitnessTier.MAJOR_WORK);
    }

    @Test
    void aBlockerMeansNoFitWhateverTheScore() {
        Scoring.Verdict v = Scoring.verdict(List.of(
                finding("ISOL-001", Dimension.ISOLATION, Severity.BLOCKER, Effect.REQUIRES_VM, 100)), true);
        assertThat(v.fitness()).isZero();
        assertThat(v.tier()).isEqualTo(FitnessTier.NO_FIT);
        assertThat(v.disposition()).isEqualTo(Disposition.VM_ON_KUBERNETES);
    }

    @Test
    void kubevirtBlockerOutranksRequiresVm() {
        Scoring.Verdict v = Scoring.verdict(List.of(
                finding("ISOL-001", Dimension.ISOLATION, Severity.BLOCKER, Effect.REQUIRES_VM, 100),
                finding("PORT-004", Dimension.PORTABILITY, Severity.BLOCKER, Effect.BLOCKS_KUBEVIRT, 100)), true);
        assertThat(v.disposition()).isEqualTo(Disposition.KEEP_AS_VM);
    }

    @Test
    void poweredOffKeepsItsWouldBeDisposition() {
        Scoring.Verdict v = Scoring.verdict(List.of(
                finding("GEN-002", Dimension.GENERAL, Severity.INFO, Effect.RETIRE, 1),
                finding("PORT-001", Dimension.PORTABILITY, Severity.BLOCKER, Effect.REQUIRES_VM, 100)), true);
        assertThat(v.disposition()).isEqualTo(Disposition.RETIRE_CANDIDATE);
        assertThat(v.assessedDisposition()).isEqualTo(Disposition.VM_ON_KUBERNETES);
        assertThat(v.tier()).isEqualTo(FitnessTier.NO_FIT);
    }

    @Test
    void missingFactsGiveInsufficientDataNotAScoreBasedTier() {
        Scoring.Verdict v = Scoring.verdict(List.of(
                finding("GEN-003", Dimension.GENERAL, Severity.MAJOR, Effect.INSUFFICIENT_DATA, 1)), true);
        assertThat(v.disposition()).isEqualTo(Disposition.INSUFFICIENT_DATA);
        assertThat(v.tier()).isEqualTo(FitnessTier.INSUFFICIENT_DATA);
        assertThat(v.fitness()).as("general findings do not score").isEqualTo(100);
    }

    @Test
    void tierThresholds() {
        assertThat(FitnessTier.forScore(90)).isEqualTo(FitnessTier.EXCELLENT);
        assertThat(FitnessTier.forScore(89)).isEqualTo(FitnessTier.GOOD);
        assertThat(FitnessTier.forScore(75)).isEqualTo(FitnessTier.GOOD);
        assertThat(FitnessTier.forScore(60)).isEqualTo(FitnessTier.MINOR_WORK);
        assertThat(FitnessTier.forScore(40)).isEqualTo(FitnessTier.MODERATE_WORK);
        assertThat(FitnessTier.forScore(39)).isEqualTo(FitnessTier.MAJOR_WORK);
        assertThat(FitnessTier.forScore(0)).isEqualTo(FitnessTier.MAJOR_WORK);
    }

    @Test
    void withoutEvidenceTheBestTierIsGoodFit() {
        assertThat(Scoring.verdict(List.of(), false).tier()).isEqualTo(FitnessTier.GOOD);
        assertThat(Scoring.verdict(List.of(), true).tier()).isEqualTo(FitnessTier.EXCELLENT);
        assertThat(Scoring.verdict(List.of(), false).fitness()).isEqualTo(100);
    }

    @Test
    void aWorkloadThatMustStayAVmOnAnUnsupportedGuestIsKeptAsAVm() {
        Finding requiresVm = finding("PORT-001", Dimension.PORTABILITY, Severity.BLOCKER, Effect.REQUIRES_VM, 100);
        Finding guest = finding("GEN-008", Dimension.GENERAL, Severity.INFO, Effect.NOT_KUBEVIRT_GUEST, 1);
        assertThat(Scoring.verdict(List.of(requiresVm), true).disposition()).isEqualTo(Disposition.VM_ON_KUBERNETES);
        assertThat(Scoring.verdict(List.of(requiresVm, guest), true).disposition()).isEqualTo(Disposition.KEEP_AS_VM);
        assertThat(Scoring.verdict(List.of(guest), true).disposition()).isEqualTo(Disposition.CONTAINERIZE);
    }

    @Test
    void anApplianceIsReplacedEvenWithoutAnOs() {
        Finding replace = finding("PORT-019", Dimension.PORTABILITY, Severity.BLOCKER, Effect.REPLACE, 100);
        Finding noOs = finding("GEN-003", Dimension.GENERAL, Severity.INFO, Effect.INSUFFICIENT_DATA, 1);
        Scoring.Verdict v = Scoring.verdict(List.of(replace, noOs), true);
        assertThat(v.disposition()).isEqualTo(Disposition.REPLACE);
        assertThat(v.tier()).isEqualTo(FitnessTier.NO_FIT);
        Finding off = finding("GEN-002", Dimension.GENERAL, Severity.INFO, Effect.RETIRE, 1);
        Scoring.Verdict offV = Scoring.verdict(List.of(replace, off), true);
        assertThat(offV.disposition()).isEqualTo(Disposition.RETIRE_CANDIDATE);
        assertThat(offV.assessedDisposition()).isEqualTo(Disposition.REPLACE);
    }

    /** Disposition strength, weakest first: a worse verdict is a later position. */
    private static final List<Disposition> STRENGTH = List.of(Disposition.CONTAINERIZE,
            Disposition.CONTAINERIZE_AFTER_REMEDIATION, Disposition.VM_ON_KUBERNETES, Disposition.KEEP_AS_VM,
            Disposition.INSUFFICIENT_DATA, Disposition.REPLACE);

    @RepeatedTest(200)
    void anExtraFindingNeverRaisesFitnessOrImprovesTheDisposition(RepetitionInfo rep) {
        Random random = new Random(rep.getCurrentRepetition());
        List<Finding> findings = randomFindings(random);
        Finding extra = randomFinding(random);
        Scoring.Verdict before = Scoring.verdict(findings, true);
        List<Finding> more = new ArrayList<>(findings);
        more.add(extra);
        Scoring.Verdict after = Scoring.verdict(more, true);
        assertThat(after.fitness()).isLessThanOrEqualTo(before.fitness());
        assertThat(after.portability()).isLessThanOrEqualTo(before.portability());
        assertThat(after.legacyOs()).isLessThanOrEqualTo(before.legacyOs());
        assertThat(after.isolation()).isLessThanOrEqualTo(before.isolation());
        assertThat(STRENGTH.indexOf(after.assessedDisposition()))
                .isGreaterThanOrEqualTo(STRENGTH.indexOf(before.assessedDisposition()));
    }

    @RepeatedTest(200)
    void findingOrderNeverChangesTheVerdict(RepetitionInfo rep) {
        Random random = new Random(1000 + rep.getCurrentRepetition());
        List<Finding> findings = randomFindings(random);
        List<Finding> shuffled = new ArrayList<>(findings);
        Collections.shuffle(shuffled, random);
        assertThat(Scoring.verdict(shuffled, true)).isEqualTo(Scoring.verdict(findings, true));
    }

    private static List<Finding> randomFindings(Random random) {
        List<Finding> findings = new ArrayList<>();
        int n = random.nextInt(6);
        for (int i = 0; i < n; i++) {
            findings.add(randomFinding(random));
        }
        return findings;
    }

    private static Finding randomFinding(Random random) {
        Dimension d = Dimension.values()[random.nextInt(Dimension.values().length)];
        Effect e = Effect.values()[random.nextInt(Effect.values().length - 1)]; // never EXCLUDE: the assessor handles it
        Severity s = e == Effect.REQUIRES_VM || e == Effect.BLOCKS_KUBEVIRT || e == Effect.REPLACE ? Severity.BLOCKER
                : Severity.values()[random.nextInt(Severity.values().length - 1)];
        return finding(d.idPrefix() + "-9" + random.nextInt(10) + random.nextInt(10), d, s, e, 1 + random.nextInt(100));
    }
}
