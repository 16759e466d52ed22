/**
 * The figures a client reads, before they become cells: totals per input file, disposition, lane,
 * fitness tier, OS and wave; what holds workloads back; the proposed migration waves; and what
 * became of each client of a run. Computed as outcomes stream by, one at a time, so no fleet is
 * ever held in memory.
 *
 * <p>Kept apart from {@code report} so that anything can use the figures without a workbook: the
 * report's sheets, the console and {@code run-summary.csv}, a comparison of two runs, a test.
 * Plain Java: imports only the JDK and {@code io.fleetfit.assessment}; no POI, Spark or Hadoop.
 */
package io.fleetfit.summary;
