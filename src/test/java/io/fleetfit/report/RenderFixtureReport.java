package io.fleetfit.report;

import io.fleetfit.summary.FixtureFleet;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes the fixture fleet's report to a file, to look at it: {@code RenderFixtureReport /tmp/report-check/report.xlsx}. */
final class RenderFixtureReport {

    private RenderFixtureReport() {
    }

    public static void main(String[] args) throws Exception {
        Path target = Path.of(args.length > 0 ? args[0] : "target/report-check/report.xlsx");
        Files.createDirectories(target.toAbsolutePath().getParent());
        Files.write(target, ReportWriter.toBytes(Fixtures.run(), FixtureFleet.mixedFleet()));
        System.out.println("wrote " + target.toAbsolutePath());
    }
}
