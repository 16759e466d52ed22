package io.fleetfit.assessment;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The verdict on one workload.
 *
 * @param vm the facts as read
 * @param os the OS as recognised
 * @param findings every finding, in catalog order
 * @param portabilityScore 0-100, 100 = no obstacle
 * @param legacyOsScore 0-100
 * @param isolationScore 0-100
 * @param fitnessScore the overall score, 0-100
 * @param tier the fitness tier
 * @param disposition the decision: a consultant's override where there is one, else the computed one
 * @param assessedDisposition what the workload would get were it in use: equal to
 *     {@code computedDisposition} except for retire candidates, where it keeps the would-be assessment
 * @param computedDisposition what the rules decided, whatever a consultant overrode
 * @param overrideReason why a consultant overrode the disposition, {@code null} when nobody did
 * @param completeness which facts were known
 * @param lane the migration strategy ("7 Rs") of the disposition: Refactor where a containerizing
 *     disposition needs a change to the application's architecture
 * @param role the workload's role and the text it was recognised from, {@code null} when none
 * @param confidence how far the disposition could move if the missing facts were known
 */
public record Assessment(
        VmRecord vm,
        OsInfo os,
        List<Finding> findings,
        int portabilityScore,
        int legacyOsScore,
        int isolationScore,
        int fitnessScore,
        FitnessTier tier,
        Disposition disposition,
        Disposition assessedDisposition,
        Disposition computedDisposition,
        String overrideReason,
        Completeness completeness,
        Lane lane,
        RoleMatch role,
        Confidence confidence) implements Outcome {

    public Assessment {
        findings = List.copyOf(findings);
    }

    /**
     * Whether the workload was judged at all: an Insufficient data workload has no scores (its
     * report cells stay empty, never 100).
     */
    public boolean scored() {
        return tier != FitnessTier.INSUFFICIENT_DATA;
    }

    /** The role's label, {@code ""} when none was recognised. */
    public String roleLabel() {
        return role == null ? "" : role.role().label();
    }

    /** Whether a consultant overrode the computed disposition. */
    public boolean overridden() {
        return overrideReason != null;
    }

    @Override
    public SourceRef source() {
        return vm.source();
    }

    @Override
    public String vmName() {
        return vm.vmName();
    }

    @Override
    public String status() {
        return "ASSESSED";
    }

    public int score(Dimension d) {
        return switch (d) {
            case PORTABILITY -> portabilityScore;
            case LEGACY_OS -> legacyOsScore;
            case ISOLATION -> isolationScore;
            case GENERAL -> fitnessScore;
        };
    }

    /** The findings that block containers or KubeVirt (severity Blocker). */
    public List<Finding> blockers() {
        return findings.stream().filter(f -> f.severity() == Severity.BLOCKER).toList();
    }

    /** Rule ids, ';'-separated, as in assessments.csv. */
    public static String ids(List<Finding> findings) {
        return findings.stream().map(Finding::ruleId).collect(Collectors.joining(";"));
    }
}
