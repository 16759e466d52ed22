package io.fleetfit.assessment;

/** The fitness scale consultants know from container fit-assessment tools. */
public enum FitnessTier {
    EXCELLENT("Excellent fit", 90),
    GOOD("Good fit", 75),
    MINOR_WORK("Needs minor work", 60),
    MODERATE_WORK("Needs moderate work", 40),
    MAJOR_WORK("Needs major work", 0),
    NO_FIT("No fit", -1),
    INSUFFICIENT_DATA("Insufficient data", -1);

    private final String label;
    private final int minScore;

    FitnessTier(String label, int minScore) {
        this.label = label;
        this.minScore = minScore;
    }

    public String label() {
        return label;
    }

    /** The lowest overall score of the tier; -1 for tiers not decided by the score. */
    public int minScore() {
        return minScore;
    }

    /** The score-based tier of a workload without blockers. */
    public static FitnessTier forScore(int score) {
        for (FitnessTier t : values()) {
            if (t.minScore >= 0 && score >= t.minScore) {
                return t;
            }
        }
        return MAJOR_WORK;
    }
}
