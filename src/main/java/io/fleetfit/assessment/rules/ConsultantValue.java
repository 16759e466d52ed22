package io.fleetfit.assessment.rules;

import io.fleetfit.assessment.VmRecord;
import java.util.Locale;

/**
 * The values a consultant records per VM (data classification, isolation requirement,
 * statefulness: the attributes file and the template's drop-down lists), read tolerantly. The typed
 * rules (ISOL-005 to ISOL-008, PORT-017) own these values; the keyword rules do not search them, so
 * one fact gives one finding whatever a client's keyword lists say.
 */
final class ConsultantValue {

    /** The evidence column of the data classification, as the template and the attributes file name it. */
    static final String DATA_CLASSIFICATION = "Data classification";
    /** The evidence column of the isolation requirement. */
    static final String ISOLATION_REQUIREMENT = "Isolation requirement";
    /** The evidence column of the statefulness. */
    static final String STATEFULNESS = "Statefulness";

    private ConsultantValue() {
    }

    /** Lower case, every run of other characters than letters and digits one space, stripped; "" for null. */
    static String normalize(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(value.length());
        boolean space = true;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                sb.append(Character.toLowerCase(c));
                space = false;
            } else if (!space) {
                sb.append(' ');
                space = true;
            }
        }
        int end = sb.length();
        return (end > 0 && sb.charAt(end - 1) == ' ' ? sb.substring(0, end - 1) : sb.toString()).toLowerCase(Locale.ROOT);
    }

    /** Whether {@code value}, normalized, is one of {@code accepted} or starts with one of them and a space. */
    static boolean is(String value, String... accepted) {
        String v = normalize(value);
        for (String a : accepted) {
            if (v.equals(a) || v.startsWith(a + " ")) {
                return true;
            }
        }
        return false;
    }

    /** The consultant's data classification: the typed value, else the template's column of that name. */
    static String dataClassification(VmRecord vm) {
        return typed(vm.dataClassification(), vm, DATA_CLASSIFICATION);
    }

    /** The consultant's isolation requirement: the typed value, else the template's column of that name. */
    static String isolationRequirement(VmRecord vm) {
        return typed(vm.isolationRequirement(), vm, ISOLATION_REQUIREMENT);
    }

    /** The consultant's statefulness: the typed value, else the template's column of that name. */
    static String statefulness(VmRecord vm) {
        return typed(vm.statefulness(), vm, STATEFULNESS);
    }

    /** Whether a custom attribute column holds one of these typed values, which the typed rules own. */
    static boolean isTypedColumn(String header) {
        return header.equalsIgnoreCase(DATA_CLASSIFICATION) || header.equalsIgnoreCase(ISOLATION_REQUIREMENT)
                || header.equalsIgnoreCase(STATEFULNESS);
    }

    private static String typed(String value, VmRecord vm, String column) {
        if (value != null && !value.isBlank()) {
            return value;
        }
        return vm.attributes().getIgnoringCase(column);
    }
}
