/**
 * The benchmarks' single-threaded baseline ({@code jobs/bench}): the job's work with the same
 * readers, core and writers of {@code io.fleetfit.run}, on one thread, without Spark. May import
 * {@code run} and what it uses; never Spark.
 *
 * <p>Not part of the product: built from {@code src/tools/java} into {@code target/fleetfit-tools.jar},
 * run with {@code target/fleetfit.jar} first on the class path (pom.xml says how).
 */
package io.fleetfit.tools.bench;
