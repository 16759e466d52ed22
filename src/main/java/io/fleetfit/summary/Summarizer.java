package io.fleetfit.summary;

import io.fleetfit.assessment.Assessment;
import io.fleetfit.assessment.CapacityRatios;
import io.fleetfit.assessment.LifecycleCatalog;
import io.fleetfit.assessment.Outcome;
import io.fleetfit.assessment.Rule;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * Computes a run's figures as its outcomes stream by, fed each outcome once, as the report is: it
 * keeps counts and sums, never the outcomes, so a fleet of any size takes the same memory. Files
 * appear in the totals in the order their first outcome arrives, after those listed in advance,
 * so feed outcomes in report order for a stable summary. Not thread-safe.
 *
 * <pre>
 * Summarizer figures = new Summarizer(run.inputs(), run.rules(), run.lifecycle(), run.asOf());
 * outcomes.forEachRemaining(figures::add);
 * WavePlan.Layout layout = figures.waves(WavePlan.DEFAULT_LIMIT);
 * // each workload, in layout.slot(WavePlan.Key.of(a)) then name order: assigner.next(slot, Tally.of(a.vm()))
 * Summary summary = figures.summary(assigner.plan());
 * </pre>
 */
public final class Summarizer {

    private final RunTotals.Accumulator totals;
    private final WavePlan.Accumulator waves = new WavePlan.Accumulator();
    private final BlockerTally.Accumulator blockers;
    private final FleetFindings.Accumulator fleetFindings;
    private final OsTally.Accumulator os = new OsTally.Accumulator();
    private final Overview.Accumulator overview;
    private final NameRepeats names = new NameRepeats();
    private final LifecycleCatalog lifecycle;
    private final LocalDate asOf;

    /**
     * @param inputs the run's input files, listed first and in this order, even those no outcome comes from
     * @param rules the run's rules, whose declarations say what each blocker is
     * @param lifecycle the OS releases' support dates
     * @param asOf the assessment date, at which each release's support status is given
     */
    public Summarizer(List<InputFile> inputs, List<Rule> rules, LifecycleCatalog lifecycle, LocalDate asOf) {
        this(inputs, rules, lifecycle, asOf, CapacityRatios.DEFAULT);
    }

    /** The same, with the capacity planning ratios of the client's rules file. */
    public Summarizer(List<InputFile> inputs, List<Rule> rules, LifecycleCatalog lifecycle, LocalDate asOf,
                      CapacityRatios ratios) {
        this.overview = new Overview.Accumulator(ratios);
        this.totals = new RunTotals.Accumulator(inputs);
        this.blockers = new BlockerTally.Accumulator(rules);
        this.fleetFindings = new FleetFindings.Accumulator(rules);
        this.lifecycle = lifecycle;
        this.asOf = asOf;
    }

    /**
     * Orders wave groups and matches repeated names by {@code real} of the values: a pseudonymised
     * report's by the values the pseudonyms stand for, so that it is the plain report's, renamed.
     * Call before the first outcome.
     */
    public void orderNamesBy(java.util.function.UnaryOperator<String> real) {
        waves.orderNamesBy(real);
        names.compareBy(real);
    }

    public void add(Outcome outcome) {
        totals.add(outcome);
        os.add(outcome);
        if (outcome instanceof Assessment a) {
            waves.add(a);
            blockers.add(a);
            fleetFindings.add(a);
            overview.add(a);
            totals.addWarnings(names.add(a));
        }
    }

    /**
     * Workloads without a VM UUID or SMBIOS UUID whose name repeats in one vCenter, each with the
     * Data quality sheet's reason naming where the name was seen first; counted as warnings.
     */
    public List<NameRepeats.Repeat> possibleDuplicates() {
        return names.repeats();
    }

    /** Counts a row of the attributes file that matched no VM. */
    public void addUnmatchedAttributes() {
        totals.addUnmatchedAttributes();
    }

    /**
     * The attributes file serves several clients: these rows (row numbers) were applied to this
     * client's VMs; see {@link RunTotals#attributesShared()}.
     */
    public void sharedAttributesApplied(Collection<Integer> rows) {
        totals.sharedAttributesApplied(rows);
    }

    /**
     * The wave plan's groups and sub-waves of at most {@code limit} workloads, from the outcomes
     * added so far; the workloads pass through its {@link WavePlan.Assigner} for the plan.
     */
    public WavePlan.Layout waves(int limit) {
        return waves.layout(limit);
    }

    /** The figures of every outcome added so far, with their wave plan, as values that later outcomes leave unchanged. */
    public Summary summary(WavePlan plan) {
        RunTotals t = totals.totals();
        BlockerTally b = blockers.tally();
        return new Summary(t, plan, b, os.tally(lifecycle, asOf), overview.overview(t, b), fleetFindings.tally());
    }
}
