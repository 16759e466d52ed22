package io.fleetfit.summary;

import io.fleetfit.assessment.Assessment;
import io.fleetfit.assessment.Outcome;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A fleet planned in memory, as the report plans it through its temporary files: groups summed,
 * sub-waves laid out, the workloads sorted by group slot (stably, so by name within a group) and
 * given their sub-waves.
 *
 * @param order the workloads in plan order
 * @param waves each one's sub-wave, in the same order
 */
public record PlannedFleet(WavePlan plan, WavePlan.Layout layout, List<Assessment> order, List<String> waves) {

    public static PlannedFleet of(List<? extends Outcome> outcomes, int limit) {
        WavePlan.Accumulator groups = new WavePlan.Accumulator();
        List<Assessment> workloads = new ArrayList<>();
        for (Outcome o : outcomes) {
            if (o instanceof Assessment a) {
                groups.add(a);
                workloads.add(a);
            }
        }
        WavePlan.Layout layout = groups.layout(limit);
        workloads.sort(Comparator.comparingInt(a -> layout.slot(WavePlan.Key.of(a))));
        WavePlan.Assigner assigner = layout.assigner();
        List<String> waves = workloads.stream().map(a -> assigner.next(layout.slot(WavePlan.Key.of(a)), Tally.of(a.vm()))).toList();
        return new PlannedFleet(assigner.plan(), layout, List.copyOf(workloads), waves);
    }
}
