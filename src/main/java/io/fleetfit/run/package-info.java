/**
 * A run's work without Spark: the run set up from the command line and the consultant's files
 * ({@link io.fleetfit.run.RunSetup}), one client's files read ({@link io.fleetfit.run.InventoryFiles}),
 * each read row turned into its outcome in one place ({@link io.fleetfit.run.ClientRun#outcome}:
 * attributes applied, duplicates marked, rules applied), and the client's report, CSV and Parquet
 * file written and committed ({@link io.fleetfit.run.ClientWriter}), then the run summary
 * ({@link io.fleetfit.run.RunResult}). May import inventory, assessment, report, Hadoop's file system
 * and Parquet; never Spark, and nothing of {@code io.fleetfit.job}, which only distributes this
 * work over Spark.
 */
package io.fleetfit.run;
