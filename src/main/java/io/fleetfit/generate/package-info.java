/**
 * Tools that write synthetic inputs: the sample inventories in {@code sample-inventories/} that
 * demonstrate every disposition without client data. Deterministic (seeded, no clock). May import
 * POI, OpenCSV and {@code inventory}; never Spark.
 */
package io.fleetfit.generate;
