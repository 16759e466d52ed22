package io.fleetfit.assessment;

import java.io.Serializable;
import java.util.Objects;

/**
 * A workload's role and the text it was recognised from.
 *
 * @param role the role
 * @param field the column the text was in ("VM", "Annotation", "role (attributes file)", ...)
 * @param value the whole text of that column
 * @param signal the signal that matched, as the catalog writes it ({@code *dc}); for the attributes
 *     file's role column, the value given
 */
public record RoleMatch(Role role, String field, String value, String signal) implements Serializable {

    /** The attributes file's {@code role} column, as evidence names it. */
    public static final String ATTRIBUTE_FIELD = "Role (attributes file)";

    public RoleMatch {
        Objects.requireNonNull(role, "role");
    }

    /** Whether a consultant stated the role (the attributes file) rather than fleetfit recognising it. */
    public boolean stated() {
        return ATTRIBUTE_FIELD.equals(field);
    }

    /** {@code VM name: "ADBSRVDC02" (a word ending in "dc")}, cut to keep findings readable. */
    public String evidence() {
        String shown = Evidence.cite(field, value);
        return stated() ? shown : shown + " (" + Role.Signal.inWords(signal) + ")";
    }
}
