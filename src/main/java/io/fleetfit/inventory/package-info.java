/**
 * Facts: inventory files become {@link io.fleetfit.assessment.VmRecord}s. Column aliases, pure row
 * parsing, and the Excel and CSV readers. May import POI and OpenCSV; never Spark.
 */
package io.fleetfit.inventory;
