package io.fleetfit.assessment;

/** How much a finding matters to the reader, from a note to a blocker. */
public enum Severity {
    INFO("Info"),
    MINOR("Minor"),
    MODERATE("Moderate"),
    MAJOR("Major"),
    BLOCKER("Blocker");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
