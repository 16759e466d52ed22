package io.fleetfit.report;

import io.fleetfit.assessment.CapacityRatios;
import io.fleetfit.assessment.KubevirtGuestCatalog;
import io.fleetfit.assessment.LifecycleCatalog;
import io.fleetfit.assessment.RoleCatalog;
import io.fleetfit.assessment.Rule;
import io.fleetfit.assessment.RuleCatalog;
import io.fleetfit.assessment.RuleConfig;
import io.fleetfit.summary.InputFile;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What the report says about the run itself, known before the first workload is written.
 *
 * @param client the client's name as given (shown on the Summary)
 * @param asOf the assessment date
 * @param inputs every input file of the client, readable or not, in the order given
 * @param rules the effective rule set, in catalog order, switched-off rules included (the Method sheet)
 * @param ruleCatalogVersion the rule catalog's version ({@link RuleCatalog#VERSION})
 * @param rulesFile the client's rules file, {@code null} when the standard rules were used
 * @param lifecycle the OS lifecycle catalog used (the OS sheet's support dates)
 * @param lifecycleFile the file the lifecycle catalog came from, {@code null} for the bundled one
 * @param attributesFile the consultant's attributes file, {@code null} when none was given
 * @param fleetfitVersion the version of fleetfit that wrote the report
 * @param engagement the engagement's title ("Data centre exit 2027"), "" when not given: the Summary omits it
 * @param consultantFirm the firm that prepared the report, "" when not given: the Summary omits it
 * @param roles the workload role catalog the client was judged with (a rules file's signal changes applied)
 * @param roleBase the same catalog before the rules file's changes, for the Method sheet to say what they were
 * @param kubevirtGuests the KubeVirt guest catalog used
 * @param kubevirtFile the file the KubeVirt guest catalog came from, {@code null} for the bundled one
 * @param capacity the capacity planning ratios (the Overview's target capacity), the rules file's changes applied
 * @param waveSize the most workloads a migration wave holds (the rules file's {@code plan,wave_size})
 * @param paper the paper every sheet prints on
 */
public record RunInfo(
        String client,
        LocalDate asOf,
        List<InputFile> inputs,
        List<Rule> rules,
        String ruleCatalogVersion,
        ConsultantFile rulesFile,
        LifecycleCatalog lifecycle,
        ConsultantFile lifecycleFile,
        ConsultantFile attributesFile,
        String fleetfitVersion,
        String engagement,
        String consultantFirm,
        RoleCatalog roles,
        RoleCatalog roleBase,
        KubevirtGuestCatalog kubevirtGuests,
        ConsultantFile kubevirtFile,
        CapacityRatios capacity, int waveSize, Paper paper) implements Serializable {

    public RunInfo {
        Objects.requireNonNull(roles, "roles");
        Objects.requireNonNull(roleBase, "roleBase");
        Objects.requireNonNull(kubevirtGuests, "kubevirtGuests");
        Objects.requireNonNull(capacity, "capacity");
        Objects.requireNonNull(paper, "paper");
        inputs = List.copyOf(inputs);
        rules = List.copyOf(rules);
        Objects.requireNonNull(lifecycle, "lifecycle");
        engagement = engagement == null ? "" : engagement.strip();
        consultantFirm = consultantFirm == null ? "" : consultantFirm.strip();
        if (waveSize < 1) {
            throw new IllegalArgumentException("a wave holds at least 1 workload: " + waveSize);
        }
    }

    /** A run with the standard capacity ratios and wave size. */
    public RunInfo(String client, LocalDate asOf, List<InputFile> inputs, List<Rule> rules, String ruleCatalogVersion,
                   ConsultantFile rulesFile, LifecycleCatalog lifecycle, ConsultantFile lifecycleFile,
                   ConsultantFile attributesFile, String fleetfitVersion, String engagement, String consultantFirm,
                   RoleCatalog roles, RoleCatalog roleBase, KubevirtGuestCatalog kubevirtGuests, ConsultantFile kubevirtFile) {
        this(client, asOf, inputs, rules, ruleCatalogVersion, rulesFile, lifecycle, lifecycleFile, attributesFile,
                fleetfitVersion, engagement, consultantFirm, roles, roleBase, kubevirtGuests, kubevirtFile, CapacityRatios.DEFAULT,
                RuleConfig.DEFAULT_WAVE_SIZE, Paper.A4);
    }

    /** A run without engagement title and consultant firm. */
    public RunInfo(String client, LocalDate asOf, List<InputFile> inputs, List<Rule> rules, String ruleCatalogVersion,
                   ConsultantFile rulesFile, LifecycleCatalog lifecycle, ConsultantFile lifecycleFile,
                   ConsultantFile attributesFile, String fleetfitVersion) {
        this(client, asOf, inputs, rules, ruleCatalogVersion, rulesFile, lifecycle, lifecycleFile, attributesFile,
                fleetfitVersion, "", "", RoleCatalog.bundled(), RoleCatalog.bundled(), KubevirtGuestCatalog.bundled(), null, CapacityRatios.DEFAULT,
                RuleConfig.DEFAULT_WAVE_SIZE, Paper.A4);
    }

    /** A run with the bundled role and KubeVirt guest catalogs. */
    public RunInfo(String client, LocalDate asOf, List<InputFile> inputs, List<Rule> rules, String ruleCatalogVersion,
                   ConsultantFile rulesFile, LifecycleCatalog lifecycle, ConsultantFile lifecycleFile,
                   ConsultantFile attributesFile, String fleetfitVersion, String engagement, String consultantFirm) {
        this(client, asOf, inputs, rules, ruleCatalogVersion, rulesFile, lifecycle, lifecycleFile, attributesFile,
                fleetfitVersion, engagement, consultantFirm, RoleCatalog.bundled(), RoleCatalog.bundled(), KubevirtGuestCatalog.bundled(),
                null, CapacityRatios.DEFAULT, RuleConfig.DEFAULT_WAVE_SIZE, Paper.A4);
    }

    /** A run with the bundled lifecycle catalog, the standard rules' version and no consultant files. */
    public static RunInfo of(String client, LocalDate asOf, List<InputFile> inputs, List<Rule> rules,
                             LifecycleCatalog lifecycle, String fleetfitVersion) {
        return new RunInfo(client, asOf, inputs, rules, RuleCatalog.VERSION, null, lifecycle, null, null, fleetfitVersion);
    }

    /** The same run for another client and its inputs (a batch run shares everything else). */
    public RunInfo forClient(String name, List<InputFile> files) {
        return new RunInfo(name, asOf, files, rules, ruleCatalogVersion, rulesFile, lifecycle, lifecycleFile, attributesFile,
                fleetfitVersion, engagement, consultantFirm, roles, roleBase, kubevirtGuests, kubevirtFile, capacity, waveSize, paper);
    }

    /** The same run judged with other rules and roles (a client's rows of a rules file that serves several). */
    public RunInfo withRules(List<Rule> configured, RoleCatalog tunedRoles) {
        return new RunInfo(client, asOf, inputs, configured, ruleCatalogVersion, rulesFile, lifecycle, lifecycleFile, attributesFile,
                fleetfitVersion, engagement, consultantFirm, tunedRoles, roleBase, kubevirtGuests, kubevirtFile, capacity, waveSize, paper);
    }

    /** The same run with another role catalog, before any rules file's changes. */
    public RunInfo withRoles(RoleCatalog catalog) {
        return new RunInfo(client, asOf, inputs, rules, ruleCatalogVersion, rulesFile, lifecycle, lifecycleFile, attributesFile,
                fleetfitVersion, engagement, consultantFirm, catalog, catalog, kubevirtGuests, kubevirtFile, capacity, waveSize, paper);
    }

    /** The same run with another KubeVirt guest catalog, from {@code file} ({@code null}: the bundled one). */
    public RunInfo withKubevirtGuests(KubevirtGuestCatalog guests, ConsultantFile file) {
        return new RunInfo(client, asOf, inputs, rules, ruleCatalogVersion, rulesFile, lifecycle, lifecycleFile, attributesFile,
                fleetfitVersion, engagement, consultantFirm, roles, roleBase, guests, file, capacity, waveSize, paper);
    }

    /** The same run with other capacity planning ratios (a client's rules file's {@code plan} rows). */
    public RunInfo withCapacity(CapacityRatios ratios) {
        return new RunInfo(client, asOf, inputs, rules, ruleCatalogVersion, rulesFile, lifecycle, lifecycleFile, attributesFile,
                fleetfitVersion, engagement, consultantFirm, roles, roleBase, kubevirtGuests, kubevirtFile, ratios, waveSize, paper);
    }

    /** Where the KubeVirt guest catalog came from, in words. */
    public String kubevirtSource() {
        return kubevirtFile == null ? "bundled with fleetfit" : "from " + kubevirtFile.describe("row");
    }

    public RunInfo withRulesFile(ConsultantFile file) {
        return new RunInfo(client, asOf, inputs, rules, ruleCatalogVersion, file, lifecycle, lifecycleFile, attributesFile,
                fleetfitVersion, engagement, consultantFirm, roles, roleBase, kubevirtGuests, kubevirtFile, capacity, waveSize, paper);
    }

    public RunInfo withLifecycleFile(ConsultantFile file) {
        return new RunInfo(client, asOf, inputs, rules, ruleCatalogVersion, rulesFile, lifecycle, file, attributesFile,
                fleetfitVersion, engagement, consultantFirm, roles, roleBase, kubevirtGuests, kubevirtFile, capacity, waveSize, paper);
    }

    public RunInfo withAttributesFile(ConsultantFile file) {
        return new RunInfo(client, asOf, inputs, rules, ruleCatalogVersion, rulesFile, lifecycle, lifecycleFile, file,
                fleetfitVersion, engagement, consultantFirm, roles, roleBase, kubevirtGuests, kubevirtFile, capacity, waveSize, paper);
    }

    /** The engagement's title printed on the Summary; {@code null} or blank leaves it out. */
    public RunInfo withEngagement(String title) {
        return new RunInfo(client, asOf, inputs, rules, ruleCatalogVersion, rulesFile, lifecycle, lifecycleFile,
                attributesFile, fleetfitVersion, title, consultantFirm, roles, roleBase, kubevirtGuests, kubevirtFile, capacity, waveSize, paper);
    }

    /** The consultant firm printed on the Summary and in the document's properties; {@code null} or blank leaves it out. */
    public RunInfo withConsultantFirm(String firm) {
        return new RunInfo(client, asOf, inputs, rules, ruleCatalogVersion, rulesFile, lifecycle, lifecycleFile,
                attributesFile, fleetfitVersion, engagement, firm, roles, roleBase, kubevirtGuests, kubevirtFile, capacity, waveSize, paper);
    }

    /** The same run with waves of at most {@code size} workloads. */
    public RunInfo withWaveSize(int size) {
        return new RunInfo(client, asOf, inputs, rules, ruleCatalogVersion, rulesFile, lifecycle, lifecycleFile, attributesFile,
                fleetfitVersion, engagement, consultantFirm, roles, roleBase, kubevirtGuests, kubevirtFile, capacity, size, paper);
    }

    /**
     * fleetfit's version for the reader: a release's number ("1.2.0"); a build between releases
     * ("0.1.0-SNAPSHOT", or "dev" from classes) as a development build.
     */
    public String fleetfitRelease() {
        if (fleetfitVersion == null || "dev".equals(fleetfitVersion)) {
            return "development build";
        }
        return fleetfitVersion.endsWith("-SNAPSHOT") ? "development build (" + fleetfitVersion + ")" : fleetfitVersion;
    }

    /** The same run printed on this paper. */
    public RunInfo withPaper(Paper printedOn) {
        return new RunInfo(client, asOf, inputs, rules, ruleCatalogVersion, rulesFile, lifecycle, lifecycleFile, attributesFile,
                fleetfitVersion, engagement, consultantFirm, roles, roleBase, kubevirtGuests, kubevirtFile, capacity, waveSize, printedOn);
    }

    /** The lifecycle catalog's version: its "# version:" line, else where it came from. */
    public String lifecycleVersion() {
        return lifecycle.version();
    }

    /** Where the lifecycle catalog came from, in words. */
    public String lifecycleSource() {
        return lifecycleFile == null ? "bundled with fleetfit" : "from " + lifecycleFile.describe("release");
    }
}
