package io.fleetfit.job;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * In YARN cluster deploy mode fleetfit's exit code reaches YARN as Spark's SparkUserAppException
 * (YarnSubmitTest runs it on a real YARN); this checks the exception it builds on this Spark.
 */
class YarnExitTest {

    @Test
    void anExitCodeBecomesSparksUserApplicationExit() throws Exception {
        Exception e = FleetfitJob.userAppExit(FleetfitJob.INPUT_UNREADABLE);
        assertThat(e.getClass().getName()).isEqualTo("org.apache.spark.SparkUserAppException");
        assertThat(e.getClass().getMethod("exitCode").invoke(e)).isEqualTo(3);
    }

    @Test
    void onlyADriverInsideYarnsApplicationMasterReturnsInsteadOfExiting() {
        String master = System.getProperty("spark.master");
        String mode = System.getProperty("spark.submit.deployMode");
        try {
            System.setProperty("spark.master", "yarn");
            System.setProperty("spark.submit.deployMode", "client");
            assertThat(FleetfitJob.inYarnApplicationMaster()).isFalse();
            System.setProperty("spark.submit.deployMode", "cluster");
            assertThat(FleetfitJob.inYarnApplicationMaster()).isTrue();
            System.setProperty("spark.master", "spark://127.0.0.1:7077");
            assertThat(FleetfitJob.inYarnApplicationMaster()).isFalse();
        } finally {
            restore("spark.master", master);
            restore("spark.submit.deployMode", mode);
        }
    }

    private static void restore(String key, String value) {
        if (value == null) {
            System.clearProperty(key);
        } else {
            System.setProperty(key, value);
        }
    }
}
