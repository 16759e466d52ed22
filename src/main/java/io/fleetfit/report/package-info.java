/**
 * Rendering: assessments and the figures {@code summary} computes become the Excel migration
 * report, {@code assessments.csv} and {@code run-summary.csv}. Column definitions, styles and
 * writers; it counts and decides nothing. May import POI, OpenCSV, {@code assessment} and
 * {@code summary}; never Spark, the readers ({@code inventory}) or the shell ({@code run}, {@code job}).
 */
package io.fleetfit.report;
