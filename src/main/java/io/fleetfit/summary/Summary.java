package io.fleetfit.summary;

/**
 * Every figure of one client's run, finished: what the report's Overview, Summary, Waves, Blockers
 * and OS sheets render (the findings counted once for the fleet among them) and the console prints, in one value a later reader (a comparison of two
 * runs) can take whole.
 */
public record Summary(RunTotals totals, WavePlan waves, BlockerTally blockers, OsTally os, Overview overview,
                      FleetFindings fleetFindings) {
}
