package io.fleetfit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same run gives the same report, byte for byte, in two separate JVMs: nothing in it depends
 * on the clock, on hash order (which changes with every JVM) or on identity.
 */
class ReproducibleReportTest {

    @TempDir
    Path dir;

    @Test
    void twoJvmsWriteTheSameBytes() throws Exception {
        byte[] first = writeInChildJvm(dir.resolve("first.xlsx"));
        byte[] second = writeInChildJvm(dir.resolve("second.xlsx"));
        assertThat(first).hasSizeGreaterThan(10_000);
        assertThat(second).as("the second JVM's report").isEqualTo(first);
    }

    private static byte[] writeInChildJvm(Path file) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), RenderFixtureReport.class.getName(), file.toString()));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("the child JVM finished").isTrue();
        assertThat(p.exitValue()).as(output).isZero();
        return Files.readAllBytes(file);
    }
}
