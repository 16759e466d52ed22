package io.fleetfit.assessment;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The parameters of one run that the rules depend on. Small and serializable: Spark ships it to
 * the executors, which build the rule catalog from it.
 *
 * @param asOf the assessment date: lifecycle status is judged at this date
 * @param lifecycle the OS lifecycle catalog
 */
public record AssessmentSettings(LocalDate asOf, LifecycleCatalog lifecycle) implements Serializable {

    public AssessmentSettings {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(lifecycle, "lifecycle");
    }

    public static AssessmentSettings standard(LocalDate asOf) {
        return new AssessmentSettings(asOf, LifecycleCatalog.bundled());
    }
}
