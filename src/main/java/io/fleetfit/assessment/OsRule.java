package io.fleetfit.assessment;

import java.util.Optional;

/**
 * A rule that looks at the recognised OS and nothing else. Its answer is the same for every
 * workload of the same {@link OsInfo}, so the {@link Assessor} works it out once per distinct OS
 * of the run and hands the same finding to every workload that runs it.
 */
public interface OsRule extends Rule {

    Optional<Finding> evaluate(OsInfo os);

    @Override
    default Optional<Finding> evaluate(Workload workload) {
        return evaluate(workload.os());
    }

    @Override
    default boolean readsOsOnly() {
        return true;
    }
}
