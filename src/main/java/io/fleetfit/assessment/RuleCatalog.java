package io.fleetfit.assessment;

import io.fleetfit.assessment.rules.DatabaseEngine;
import io.fleetfit.assessment.rules.ExposedOrConfidential;
import io.fleetfit.assessment.rules.FaultTolerance;
import io.fleetfit.assessment.rules.HighLatencySensitivity;
import io.fleetfit.assessment.rules.HostAffinityRule;
import io.fleetfit.assessment.rules.HostileTenancy;
import io.fleetfit.assessment.rules.LargeStorage;
import io.fleetfit.assessment.rules.LegacyKernel;
import io.fleetfit.assessment.rules.MissingOs;
import io.fleetfit.assessment.rules.OsExtendedSupportOnly;
import io.fleetfit.assessment.rules.OsPastSupport;
import io.fleetfit.assessment.rules.OsWithoutContainerRuntime;
import io.fleetfit.assessment.rules.PassthroughDevice;
import io.fleetfit.assessment.rules.PoweredOff;
import io.fleetfit.assessment.rules.RegulatedData;
import io.fleetfit.assessment.rules.ScaleUpVm;
import io.fleetfit.assessment.rules.SecurityZone;
import io.fleetfit.assessment.rules.SeveralMonitors;
import io.fleetfit.assessment.rules.Template;
import io.fleetfit.assessment.rules.ThirtyTwoBitGuest;
import io.fleetfit.assessment.rules.UnrecognisedOs;
import io.fleetfit.assessment.rules.WindowsBefore2016;
import io.fleetfit.assessment.rules.WindowsContainerNodes;
import java.util.List;

/** The single, ordered list of active rules: the order of the Method sheet and of every finding list. */
public final class RuleCatalog {

    /** Changes whenever a rule, weight or default threshold changes; printed on the Method sheet. */
    public static final String VERSION = "2026.11-1";

    private RuleCatalog() {
    }

    /** The whole standard catalog, in report order. */
    public static List<Rule> standard(AssessmentSettings settings) {
        return List.of(
                new Template(),
                new PoweredOff(),
                new MissingOs(),
                new UnrecognisedOs(),
                new OsWithoutContainerRuntime(),
                new ThirtyTwoBitGuest(),
                new WindowsContainerNodes(),
                new PassthroughDevice(),
                ScaleUpVm.standard(),
                LargeStorage.standard(),
                DatabaseEngine.standard(),
                new HighLatencySensitivity(),
                new FaultTolerance(),
                new SeveralMonitors(),
                new HostAffinityRule(),
                new OsPastSupport(settings.lifecycle(), settings.asOf()),
                new OsExtendedSupportOnly(settings.lifecycle(), settings.asOf()),
                new LegacyKernel(),
                new WindowsBefore2016(),
                RegulatedData.standard(),
                SecurityZone.standard(),
                HostileTenancy.standard(),
                ExposedOrConfidential.standard());
    }
}
