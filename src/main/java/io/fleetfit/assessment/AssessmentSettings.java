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
 * @param roles the workload role catalog, before a rules file tunes its signals
 * @param kubevirtGuests the guest OSes KubeVirt platforms support
 */
public record AssessmentSettings(LocalDate asOf, LifecycleCatalog lifecycle, RuleConfig rules, RoleCatalog roles,
                                 KubevirtGuestCatalog kubevirtGuests) implements Serializable {

    public AssessmentSettings {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(lifecycle, "lifecycle");
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(roles, "roles");
        Objects.requireNonNull(kubevirtGuests, "kubevirtGuests");
    }

    /** Settings with the bundled role and KubeVirt guest catalogs. */
    public AssessmentSettings(LocalDate asOf, LifecycleCatalog lifecycle, RuleConfig rules) {
        this(asOf, lifecycle, rules, RoleCatalog.bundled(), KubevirtGuestCatalog.bundled());
    }

    /** Settings with the standard rule catalog. */
    public AssessmentSettings(LocalDate asOf, LifecycleCatalog lifecycle) {
        this(asOf, lifecycle, RuleConfig.DEFAULT);
    }

    /** The bundled catalogs and the standard rules. */
    public static AssessmentSettings standard(LocalDate asOf) {
        return new AssessmentSettings(asOf, LifecycleCatalog.bundled());
    }

    /** The same settings with a client's rules file. */
    public AssessmentSettings withRules(RuleConfig config) {
        return new AssessmentSettings(asOf, lifecycle, config, roles, kubevirtGuests);
    }

    /** The same settings with another KubeVirt guest catalog. */
    public AssessmentSettings withKubevirtGuests(KubevirtGuestCatalog guests) {
        return new AssessmentSettings(asOf, lifecycle, rules, roles, guests);
    }

    /** The role catalog with the rules file's signal changes applied. */
    public RoleCatalog tunedRoles() {
        return rules.applyTo(roles);
    }
}
