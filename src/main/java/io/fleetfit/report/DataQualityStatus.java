package io.fleetfit.report;

/** Why a row appears on the Data quality sheet. */
enum DataQualityStatus {
    UNREADABLE_FILE("Unreadable file"),
    REJECTED("Rejected"),
    TEMPLATE_EXCLUDED("Template excluded"),
    WARNING("Warning");

    private final String label;

    DataQualityStatus(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
