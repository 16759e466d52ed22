package io.fleetfit.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fleetfit.report.Paper;
import io.fleetfit.run.JobConfig;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class JobConfigTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    @Test
    void parsesEveryOption() {
        JobConfig c = JobConfig.parse(new String[] {"--input", "a.xlsx", "b", "--out", "reports",
            "--client", "Acme", "--as-of", "2025-01-31"}, TODAY);
        assertThat(c.inputs()).containsExactly("a.xlsx", "b");
        assertThat(c.out()).isEqualTo("reports");
        assertThat(c.client()).isEqualTo("Acme");
        assertThat(c.asOf()).isEqualTo(LocalDate.of(2025, 1, 31));
    }

    @Test
    void parsesTheConsultantsFiles() {
        JobConfig c = JobConfig.parse(new String[] {"-i", "x.csv", "-o", "out", "--rules", "rules.csv",
            "--attributes", "attributes.xlsx", "--lifecycle", "lifecycle.csv", "--kubevirt-guests", "guests.csv"}, TODAY);
        assertThat(c.rules()).isEqualTo("rules.csv");
        assertThat(c.attributes()).isEqualTo("attributes.xlsx");
        assertThat(c.lifecycle()).isEqualTo("lifecycle.csv");
        assertThat(c.kubevirtGuests()).isEqualTo("guests.csv");
        JobConfig none = JobConfig.parse(new String[] {"-i", "x.csv", "-o", "out"}, TODAY);
        assertThat(none.rules()).isNull();
        assertThat(none.attributes()).isNull();
        assertThat(none.lifecycle()).isNull();
        assertThat(none.kubevirtGuests()).isNull();
        assertThatThrownBy(() -> JobConfig.parse(new String[] {"-i", "x.csv", "-o", "out", "--rules", " "}, TODAY))
                .hasMessage("--rules needs a file name");
        assertThatThrownBy(() -> JobConfig.parse(new String[] {"-i", "x.csv", "-o", "out", "--kubevirt-guests", ""}, TODAY))
                .hasMessage("--kubevirt-guests needs a file name");
        assertThat(JobConfig.usage()).contains("--rules", "--attributes", "--lifecycle", "--kubevirt-guests");
    }

    @Test
    void printsOnA4UnlessLetterIsAsked() {
        assertThat(JobConfig.parse(new String[] {"-i", "x.csv", "-o", "out"}, TODAY).paper()).isEqualTo(Paper.A4);
        assertThat(JobConfig.parse(new String[] {"-i", "x.csv", "-o", "out", "--paper", "letter"}, TODAY).paper())
                .isEqualTo(Paper.LETTER);
        assertThat(JobConfig.parse(new String[] {"-i", "x.csv", "-o", "out", "--paper", "A4"}, TODAY).paper()).isEqualTo(Paper.A4);
        assertThatThrownBy(() -> JobConfig.parse(new String[] {"-i", "x", "-o", "o", "--paper", "legal"}, TODAY))
                .isInstanceOf(JobConfig.UsageException.class)
                .hasMessage("--paper must be a4 or letter, not 'legal'");
    }

    @Test
    void asOfDefaultsToToday() {
        assertThat(JobConfig.parse(new String[] {"-i", "x.csv", "-o", "out"}, TODAY).asOf()).isEqualTo(TODAY);
    }

    @Test
    void rejectsABadDateInOneLine() {
        assertThatThrownBy(() -> JobConfig.parse(new String[] {"-i", "x", "-o", "o", "--as-of", "26/11/2026"}, TODAY))
                .isInstanceOf(JobConfig.UsageException.class)
                .hasMessage("--as-of must be a date as YYYY-MM-DD, not '26/11/2026'");
    }

    @Test
    void requiresInputAndOut() {
        assertThatThrownBy(() -> JobConfig.parse(new String[] {"--out", "o"}, TODAY))
                .isInstanceOf(JobConfig.UsageException.class).hasMessageContaining("--input");
    }

    @Test
    void helpPrintsUsageAndExitsZeroWithoutStartingSpark() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = FleetfitJob.run(new String[] {"--help"}, new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("--input", "--out", "--client", "--as-of", "Exit codes");
    }

    @Test
    void badUsageExitsTwoWithOneLineAndAHint() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = FleetfitJob.run(new String[] {"--input"}, System.out, new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(FleetfitJob.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8).lines()).hasSize(2).first().asString().startsWith("fleetfit: ");
    }

    @Test
    void rejectsAnUnknownFormatListingTheKnownOnes() {
        assertThatThrownBy(() -> JobConfig.parse(new String[] {"-i", "x", "-o", "o", "--format", "excel"}, TODAY))
                .isInstanceOf(JobConfig.UsageException.class)
                .hasMessageContaining("azure-migrate").hasMessageContaining("rvtools");
    }

    @Test
    void acceptsAKnownFormat() {
        assertThat(JobConfig.parse(new String[] {"-i", "x", "-o", "o", "--format", "azure-migrate"}, TODAY).format())
                .isEqualTo("azure-migrate");
    }

    @Test
    void templateNeedsNoInputOrOut() {
        JobConfig c = JobConfig.parse(new String[] {"--template", "acme-template.xlsx"}, TODAY);
        assertThat(c.template()).isEqualTo("acme-template.xlsx");
    }

    @Test
    void writesTheTemplateWithoutSparkAndLeavesNoTemporaryFile(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path file = dir.resolve("sub/acme-template.xlsx");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = FleetfitJob.run(new String[] {"--template", file.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        assertThat(code).isZero();
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(java.nio.file.Files.newInputStream(file))) {
            assertThat(wb.getSheet(io.fleetfit.inventory.InventoryTemplate.SHEET)).isNotNull();
        }
        assertThat(java.nio.file.Files.list(file.getParent())).containsExactly(file);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("template written");
    }
}
