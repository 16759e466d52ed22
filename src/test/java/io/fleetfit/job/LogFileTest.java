package io.fleetfit.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.FileAppender;
import org.junit.jupiter.api.Test;

/**
 * The log file is the user's own: on a machine several people use, one shared
 * {@code <tmp>/fleetfit.log} belonged to whoever ran first, and everyone else's runs printed
 * log4j's "unable to write" stack traces on the console.
 */
class LogFileTest {

    @Test
    void theLogFileIsNamedForTheUserAndIsTheFileLog4jWritesTo() {
        String expected = Path.of(System.getProperty("java.io.tmpdir"),
                "fleetfit-" + System.getProperty("user.name") + ".log").toString();

        assertThat(System.getProperty("fleetfit.log")).isNull();
        assertThat(Path.of(FleetfitJob.logFile()).toString()).isEqualTo(expected);
        FileAppender file = ((LoggerContext) LogManager.getContext(false)).getConfiguration().getAppender("file");
        assertThat(Path.of(file.getFileName()).toString()).isEqualTo(expected);
    }
}
