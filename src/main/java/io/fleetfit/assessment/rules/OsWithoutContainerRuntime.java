package io.fleetfit.assessment.rules;

import io.fleetfit.assessment.Dimension;
import io.fleetfit.assessment.Effect;
import io.fleetfit.assessment.Evidence;
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
 *
 * <p>One fact, one finding: this rule also says what LEGACY-004 ("Windows older than 2016") used to, which took
 * the same 100 points a second time from the Legacy OS score. LEGACY-004 is retired ({@code RuleCatalog.RETIRED});
 * the Legacy OS score of an old Windows guest now says how far past support it is (LEGACY-001, LEGACY-002).
 */
public record OsWithoutContainerRuntime() implements OsRule {

    @Override public String id() { return "PORT-001"; }
    @Override public Dimension dimension() { return Dimension.PORTABILITY; }
    @Override public Severity severity() { return Severity.BLOCKER; }
    @Override public Effect effect() { return Effect.REQUIRES_VM; }
    @Override public int weight() { return 100; }

    @Override
    public String description() {
        return "Flags an OS with no container runtime or base image: Windows Server 2012 R2 and older (Windows containers"
                + " start with Windows Server 2016), Windows client editions, BSD, Solaris, AIX, HP-UX, NetWare, DOS, OS/2,"
                + " appliances and unspecified Other guests.";
    }

    @Override
    public Optional<Finding> evaluate(OsInfo os) {
        if (!os.recognised()) {
            return Optional.empty();
        }
        boolean oldWindowsServer = os.is(OsFamily.WINDOWS_SERVER) && os.releaseNumber() < 2016;
        boolean noRuntime = !os.family().hasContainerRuntime() || oldWindowsServer;
        String why = oldWindowsServer
                ? ", older than Windows Server 2016, the first Windows release with containers: it can only run as a VM."
                : os.is(OsFamily.WINDOWS_CLIENT)
                ? ", a Windows client edition: Windows containers need Windows Server 2016 or later, so it can only run as a VM."
                : ", for which no container runtime or base image exists; it can only run as a VM.";
        return when(noRuntime, () -> finding("Runs " + os.label() + why, Evidence.os(os)));
    }
}
