/**
 * The functional core: a canonical workload record in, a verdict with findings out.
 *
 * <p>Plain Java only (JDK imports): no Spark, no POI, no I/O, no clock, no randomness. The
 * {@code inventory} stage builds {@link io.fleetfit.assessment.VmRecord}s from files, the
 * {@code report} stage renders {@link io.fleetfit.assessment.Outcome}s, and {@code job} distributes
 * the work. The canonical record lives here rather than in {@code inventory} so that the core
 * compiles and is tested without any file reader on the classpath.
 */
package io.fleetfit.assessment;
