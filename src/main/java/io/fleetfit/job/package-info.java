/**
 * The thin Spark shell, which only distributes the work of {@code io.fleetfit.run}: {@code main}
 * (exit codes, one line per problem), the session, the two plans that lay clients and files out on the executors
 * (per client, or read per file and shuffled by client), the state broadcast to them, the shuffle's
 * codec, the distributed reads and the progress line. The only package that imports Spark.
 */
package io.fleetfit.job;
