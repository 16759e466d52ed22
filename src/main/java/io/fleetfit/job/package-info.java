/**
 * The thin Spark shell: command line, session set-up, distributed reads, wiring of the stages and
 * committing the outputs. The only package that imports Spark.
 */
package io.fleetfit.job;
