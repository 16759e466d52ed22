package io.fleetfit.assessment;

import io.fleetfit.assessment.rules.ConfidentialClassification;
import io.fleetfit.assessment.rules.DatabaseEngine;
import io.fleetfit.assessment.rules.DedicatedKernelRequirement;
import io.fleetfit.assessment.rules.ExposedOrConfidential;
import io.fleetfit.assessment.rules.FaultTolerance;
import io.fleetfit.assessment.rules.GuestNotOnKubevirt;
import io.fleetfit.assessment.rules.HighLatencySensitivity;
import io.fleetfit.assessment.rules.HostAffinityRule;
import io.fleetfit.assessment.rules.HostileTenancy;
import io.fleetfit.assessment.rules.IndependentDisk;
import io.fleetfit.assessment.rules.LargeStorage;
import io.fleetfit.assessment.rules.LegacyKernel;
import io.fleetfit.assessment.rules.MarkedForRetirement;
import io.fleetfit.assessment.rules.MissingOs;
import io.fleetfit.assessment.rules.MultiWriterDisk;
import io.fleetfit.assessment.rules.OsExtendedSupportOnly;
import io.fleetfit.assessment.rules.OsPastSupport;
import io.fleetfit.assessment.rules.OsReleaseNotInCatalog;
import io.fleetfit.assessment.rules.OsWithoutContainerRuntime;
import io.fleetfit.assessment.rules.PassthroughDevice;
import io.fleetfit.assessment.rules.PassthroughNic;
import io.fleetfit.assessment.rules.PlatformAppliance;
import io.fleetfit.assessment.rules.PoweredOff;
import io.fleetfit.assessment.rules.RawDeviceMapping;
import io.fleetfit.assessment.rules.RegulatedClassification;
import io.fleetfit.assessment.rules.RegulatedData;
import io.fleetfit.assessment.rules.RoleEvidence;
import io.fleetfit.assessment.rules.RoleNeedsFullOs;
import io.fleetfit.assessment.rules.SandboxRequirement;
import io.fleetfit.assessment.rules.ScaleUpVm;
import io.fleetfit.assessment.rules.SecurityZone;
import io.fleetfit.assessment.rules.SeveralMonitors;
import io.fleetfit.assessment.rules.StatefulWorkload;
import io.fleetfit.assessment.rules.SupportEndsSoon;
import io.fleetfit.assessment.rules.SystemVm;
import io.fleetfit.assessment.rules.Template;
import io.fleetfit.assessment.rules.ThirtyTwoBitGuest;
import io.fleetfit.assessment.rules.UnrecognisedOs;
import io.fleetfit.assessment.rules.UsbDevice;
import io.fleetfit.assessment.rules.WindowsContainerNodes;
import io.fleetfit.assessment.rules.WindowsWithoutContainerEvidence;
import java.util.List;
import java.util.Optional;

/**
 * The single, ordered list of active rules: the order of every finding list (and of the rule ids in
 * assessments.csv). The Method sheet lists them in {@link Rule#ID_ORDER} instead, for a reader looking one up.
 */
public final class RuleCatalog {

    /** Changes whenever a rule, weight or default threshold changes; printed on the Method sheet. */
    public static final String VERSION = "2026.12-2";

    /**
     * A rule id no longer in the catalog: never reused, and a rules file that names it is told
     * which rule took its place.
     *
     * @param id the retired id
     * @param mergedInto the rule that now states its fact
     * @param since the catalog version that retired it
     * @param what what it flagged, in a few words
     */
    public record Retired(String id, String mergedInto, String since, String what) {

        /** "LEGACY-004 (Windows older than 2016): merged into PORT-001 in rule catalog 2026.12-2." */
        public String describe() {
            return id + " (" + what + "): merged into " + mergedInto + " in rule catalog " + since + ", which states the same fact.";
        }
    }

    /** The retired rule ids, printed on the Method sheet. */
    public static final List<Retired> RETIRED = List.of(
            new Retired("LEGACY-004", "PORT-001", "2026.12-2", "Windows older than 2016"));

    /** The retired rule with this id, if any. */
    public static Optional<Retired> retired(String id) {
        return RETIRED.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    private RuleCatalog() {
    }

    /**
     * The standard catalog with a client's rules file applied: switched-off rules stay listed (the
     * Method sheet shows them), changed rules become {@link ConfiguredRule}s, the others are as
     * standard. Executors call this too, so it depends on nothing but its arguments.
     *
     * @throws IllegalArgumentException naming the rules file and line of a setting the catalog refuses
     */
    public static List<Rule> configured(AssessmentSettings settings, RuleConfig config) {
        return config.applyTo(standard(settings));
    }

    /** The whole standard catalog, in report order. */
    public static List<Rule> standard(AssessmentSettings settings) {
        return List.of(
                new Template(),
                new SystemVm(),
                new PoweredOff(),
                MarkedForRetirement.standard(),
                new MissingOs(),
                new UnrecognisedOs(),
                new GuestNotOnKubevirt(settings.kubevirtGuests()),
                new RoleEvidence(),
                new PlatformAppliance(),
                new RoleNeedsFullOs(),
                new OsWithoutContainerRuntime(),
                new ThirtyTwoBitGuest(),
                new WindowsContainerNodes(),
                new WindowsWithoutContainerEvidence(),
                new PassthroughDevice(),
                new PassthroughNic(),
                new UsbDevice(),
                new RawDeviceMapping(),
                new MultiWriterDisk(),
                new IndependentDisk(),
                ScaleUpVm.standard(),
                LargeStorage.standard(),
                new DatabaseEngine(),
                new HighLatencySensitivity(),
                new FaultTolerance(),
                new SeveralMonitors(),
                new HostAffinityRule(),
                new StatefulWorkload(),
                new OsPastSupport(settings.lifecycle(), settings.asOf()),
                new OsExtendedSupportOnly(settings.lifecycle(), settings.asOf()),
                new OsReleaseNotInCatalog(settings.lifecycle()),
                new SupportEndsSoon(settings.lifecycle(), settings.asOf()),
                new LegacyKernel(),
                RegulatedData.standard(),
                SecurityZone.standard(),
                HostileTenancy.standard(),
                ExposedOrConfidential.standard(),
                DedicatedKernelRequirement.standard(),
                SandboxRequirement.standard(),
                RegulatedClassification.standard(),
                ConfidentialClassification.standard());
    }
}
