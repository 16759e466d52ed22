package io.fleetfit.assessment.rules;

import io.fleetfit.assessment.Dimension;
import io.fleetfit.assessment.Effect;
import io.fleetfit.assessment.Finding;
import io.fleetfit.assessment.OsFamily;
import io.fleetfit.assessment.OsInfo;
import io.fleetfit.assessment.OsRule;
import io.fleetfit.assessment.Severity;
import java.util.Optional;

/**
 * Containers share the host kernel, and only Linux and Windows Server 2016 or later have a container runtime and
 * base images; a guest of any other OS (older Windows Server, Windows client, BSD, Solaris, AIX, appliances,
 * unspecified "Other") can only keep running as a VM.
 */
public record OsWithoutContainerRuntime() implements OsRule {

    @Override public String id() { return "PORT-001"; }
    @Override public Dimension dimension() { return Dimension.PORTABILITY; }
    @Override public Severity severity() { return Severity.BLOCKER; }
    @Override public Effect effect() { return Effect.REQUIRES_VM; }
    @Override public int weight() { return 100; }

    @Override
    public String description() {
        return "Flags an OS with no container runtime or base image: Windows Server 2012 R2 and older, Windows client editions, BSD, Solaris, AIX, HP-UX, NetWare, DOS, OS/2, appliances and unspecified Other guests.";
    }

    @Override
    public Optional<Finding> evaluate(OsInfo os) {
        if (!os.recognised()) {
            return Optional.empty();
        }
        boolean noRuntime = !os.family().hasContainerRuntime()
                || os.is(OsFamily.WINDOWS_SERVER) && os.releaseNumber() < 2016;
        return when(noRuntime, () -> finding(
                "Runs " + os.label() + ", for which no container runtime or base image exists; it can only run as a VM.",
                os.sourceColumn() + " = " + os.raw()));
    }
}
