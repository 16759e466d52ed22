package io.fleetfit.report;

/** Why a row appears on the Data quality sheet; {@link #UNMATCHED_ATTRIBUTES} rows name the attributes file, not an inventory. */
enum DataQualityStatus {
    UNREADABLE_FILE("Unreadable file"),
    REJECTED("Rejected"),
    TEMPLATE_EXCLUDED("Template excluded"),
    SYSTEM_VM_EXCLUDED("System VM excluded"),
    WARNING("Warning"),
    POSSIBLE_DUPLICATE("Possible duplicate"),
    UNMATCHED_ATTRIBUTES("Unmatched attributes");

    private final String label;

    DataQualityStatus(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
