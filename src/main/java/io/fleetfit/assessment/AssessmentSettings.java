package io.fleetfit.assessment;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The parameters of one run that the rules depend on. Small and serializable: Spark ships it to
 * the executors, which build the rule catalog from it ({@link Assessor#standard}).
 *
 * @param asOf the assessment date: lifecycle status is judged at this date
 * @param lifecycle the OS lifecycle catalog
 * @param rules the client's rules file, {@link RuleConfig#DEFAULT} for the standard catalog
 */
public record AssessmentSettings(LocalDate asOf, LifecycleCatalog lifecycle, RuleConfig rules) implements Serializable {

    public AssessmentSettings {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(lifecycle, "lifecycle");
        Objects.requireNonNull(rules, "rules");
    }

    /** Settings with the standard rule catalog. */
    public AssessmentSettings(LocalDate asOf, LifecycleCatalog lifecycle) {
        this(asOf, lifecycle, RuleConfig.DEFAULT);
    }

    /** The bundled lifecycle catalog and the standard rules. */
    public static AssessmentSettings standard(LocalDate asOf) {
        return new AssessmentSettings(asOf, LifecycleCatalog.bundled());
    }

    /** The same settings with a client's rules file. */
    public AssessmentSettings withRules(RuleConfig config) {
        return new AssessmentSettings(asOf, lifecycle, config);
    }
}
