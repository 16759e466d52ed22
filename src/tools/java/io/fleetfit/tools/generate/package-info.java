/**
 * Tools that write synthetic inputs: the sample inventories in {@code sample-inventories/} that
 * demonstrate every disposition without client data, and large RVTools-layout workbooks for scale
 * tests with the read benchmark that measures them: {@link RvtoolsExport} writes them as RVTools 4.7
 * writes its export (all 27 tabs, part for part, through {@link OpenXmlWorkbook}), {@link RvtoolsFleet}
 * the smaller, earlier shape that BENCHMARKS.md's first figures were measured on. Deterministic
 * (seeded, no clock), except the benchmark's own timings. May import POI, OpenCSV and {@code inventory}; never Spark.
 *
 * <p>Not part of the product: built from {@code src/tools/java} into {@code target/fleetfit-tools.jar},
 * run with {@code target/fleetfit.jar} beside it on the class path (pom.xml says how).
 */
package io.fleetfit.tools.generate;
