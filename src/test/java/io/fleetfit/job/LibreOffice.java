package io.fleetfit.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * LibreOffice, headless, as a second reader of a written report besides POI: a report it cannot
 * open fails the test. Where LibreOffice is not installed, the test is skipped, visibly.
 */
final class LibreOffice {

    private LibreOffice() {
    }

    /** The report's Workloads sheet as LibreOffice exports it to CSV (every sheet is exported, one file each). */
    static String workloadsAsCsv(Path xlsx, Path work) throws IOException, InterruptedException {
        Path soffice = Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .map(dir -> Path.of(dir, "soffice")).filter(Files::isExecutable).findFirst().orElse(null);
        assumeTrue(soffice != null, "LibreOffice (soffice) is not on the PATH: the LibreOffice check is skipped");
        Path out = Files.createDirectories(work.resolve("out"));
        Process process = new ProcessBuilder(List.of(soffice.toString(),
                "-env:UserInstallation=" + work.resolve("profile").toUri(), "--headless", "--norestore",
                "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
                "--outdir", out.toString(), xlsx.toString()))
                .redirectErrorStream(true).redirectOutput(work.resolve("soffice.log").toFile()).start();
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("LibreOffice did not convert " + xlsx + " within 180 s");
        }
        String base = xlsx.getFileName().toString().replaceFirst("\\.xlsx$", "");
        Path csv = out.resolve(base + "-Workloads.csv");
        assertThat(csv).as("LibreOffice's export of the Workloads sheet; its log: "
                + Files.readString(work.resolve("soffice.log"))).exists();
        return Files.readString(csv, StandardCharsets.UTF_8);
    }
}
