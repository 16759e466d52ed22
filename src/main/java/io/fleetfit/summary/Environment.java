package io.fleetfit.summary;

import io.fleetfit.assessment.VmRecord;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Whether a workload serves production, as far as the inventory says: from the attributes file's
 * environment, else a custom attribute named {@code Environment}, {@code Env}, {@code Stage} or
 * {@code PRDorHML} (a column clients add to RVTools exports: PRD or HML, homologação, their test
 * stage). Non-production workloads move first, so a team learns on them.
 */
public enum Environment {
    NON_PRODUCTION("Non-production"), UNSTATED("Not stated"), PRODUCTION("Production");

    /** Custom attribute names that state the environment, lower case. */
    private static final Set<String> ATTRIBUTES = Set.of("environment", "env", "stage", "prdorhml");

    private static final Set<String> PRODUCTION_VALUES = Set.of("prod", "prd", "production", "produktion", "live");

    private static final Set<String> NON_PRODUCTION_VALUES = Set.of("dev", "development", "test", "testing", "tst", "qa",
            "uat", "staging", "stage", "stg", "hml", "homolog", "homologacao", "homologação", "nonprod", "non-prod",
            "non-production", "nonproduction", "non prod", "npd", "nprd", "sandbox", "lab", "demo", "training",
            "integration", "preprod", "pre-prod", "pre-production", "acc", "acceptance", "sit", "poc");

    private final String label;

    Environment(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The workload's environment: the attributes file's first, else its custom attributes'. */
    public static Environment of(VmRecord vm) {
        Environment stated = of(vm.environment());
        if (stated != UNSTATED) {
            return stated;
        }
        for (Map.Entry<String, String> e : vm.customAttributes().entrySet()) {
            if (ATTRIBUTES.contains(e.getKey().strip().toLowerCase(Locale.ROOT))) {
                Environment found = of(e.getValue());
                if (found != UNSTATED) {
                    return found;
                }
            }
        }
        return UNSTATED;
    }

    /** Whether a value names an environment ({@link #of(String)}), so that it identifies nothing. */
    public static boolean named(String value) {
        return of(value) != UNSTATED;
    }

    /** One value: "PRD", "Production", "HML", "dev", ... ({@link #UNSTATED} for blank or unknown words). */
    static Environment of(String value) {
        if (value == null || value.isBlank()) {
            return UNSTATED;
        }
        String v = value.strip().toLowerCase(Locale.ROOT);
        if (PRODUCTION_VALUES.contains(v)) {
            return PRODUCTION;
        }
        if (NON_PRODUCTION_VALUES.contains(v)) {
            return NON_PRODUCTION;
        }
        // "Dev-2", "test (EU)", "Production EU": the first word decides
        String first = v.split("[^\\p{L}]+", 2)[0];
        return PRODUCTION_VALUES.contains(first) ? PRODUCTION : NON_PRODUCTION_VALUES.contains(first) ? NON_PRODUCTION : UNSTATED;
    }

    /** A group's environment: production if any workload is, non-production if one is and none is production. */
    Environment and(Environment other) {
        if (this == PRODUCTION || other == PRODUCTION) {
            return PRODUCTION;
        }
        return this == NON_PRODUCTION || other == NON_PRODUCTION ? NON_PRODUCTION : UNSTATED;
    }
}
