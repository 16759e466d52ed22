/**
 * Rendering: assessments become the Excel migration report and {@code assessments.csv}. Column
 * definitions, styles and writers. May import POI and OpenCSV; never Spark.
 */
package io.fleetfit.report;
