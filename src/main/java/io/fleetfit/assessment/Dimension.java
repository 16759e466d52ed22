package io.fleetfit.assessment;

/**
 * The three questions that decide containerization fitness, plus {@link #GENERAL} for the state
 * and data facts (power state, missing OS) that decide the disposition without scoring a dimension.
 */
public enum Dimension {
    PORTABILITY("Portability", "PORT"),
    LEGACY_OS("Legacy OS needs", "LEGACY"),
    ISOLATION("Isolation requirements", "ISOL"),
    GENERAL("State and data", "GEN");

    private final String label;
    private final String idPrefix;

    Dimension(String label, String idPrefix) {
        this.label = label;
        this.idPrefix = idPrefix;
    }

    public String label() {
        return label;
    }

    /** The prefix of every rule id in this dimension ("PORT" in "PORT-001"). */
    public String idPrefix() {
        return idPrefix;
    }

    /** Whether the dimension has a 0-100 score. */
    public boolean scored() {
        return this != GENERAL;
    }
}
