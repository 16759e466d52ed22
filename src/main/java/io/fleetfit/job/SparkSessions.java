package io.fleetfit.job;

import io.fleetfit.run.JobConfig;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * Builds the session. Code never hard-codes the master for a cluster: {@code spark-submit} sets
 * {@code spark.master}; only when nothing set it does the local run use {@code local[*]}.
 */
public final class SparkSessions {

    private SparkSessions() {
    }

    public static SparkSession forConfig(JobConfig config) {
        SparkConf conf = new SparkConf().setAppName("fleetfit");
        if (!conf.contains("spark.master")) {
            applyLocalDefaults(conf, "local[*]");
        }
        conf.setIfMissing("spark.sql.session.timeZone", "UTC");
        conf.setIfMissing("spark.ui.showConsoleProgress", "false");
        // Spark re-reads its own log4j2 profile under spark-submit; this keeps its INFO lines off
        // the console from the context's start (--verbose brings them back)
        conf.setIfMissing("spark.log.level", config.verbose() ? "INFO" : "ERROR");
        return SparkSession.builder().config(conf).getOrCreate();
    }

    /**
     * Settings for an embedded run on one machine: no UI, few shuffle partitions, driver bound to
     * the loopback address. Shared by the local run and the tests' session.
     */
    public static SparkConf applyLocalDefaults(SparkConf conf, String master) {
        return conf.setMaster(master)
                .setIfMissing("spark.ui.enabled", "false")
                .setIfMissing("spark.sql.shuffle.partitions", "4")
                .setIfMissing("spark.default.parallelism", String.valueOf(Math.max(2, Runtime.getRuntime().availableProcessors())))
                .setIfMissing("spark.driver.host", "127.0.0.1")
                .setIfMissing("spark.driver.bindAddress", "127.0.0.1")
                .setIfMissing("spark.sql.session.timeZone", "UTC")
                .setIfMissing("spark.ui.showConsoleProgress", "false");
    }
}
