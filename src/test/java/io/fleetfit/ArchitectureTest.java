package io.fleetfit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The shape of STYLE.md, enforced on the sources: a functional core, a thin Spark shell. */
class ArchitectureTest {

    private static final Path MAIN = Path.of("src/main/java/io/fleetfit");
    private static final Pattern IMPORT = Pattern.compile("^import\\s+(static\\s+)?([\\w.]+)", Pattern.MULTILINE);

    @Test
    void theCoreImportsOnlyTheJdkAndItself() throws IOException {
        assertThat(importsUnder("assessment"))
                .isNotEmpty()
                .allSatisfy(i -> assertThat(i).matches("(java\\.|io\\.fleetfit\\.assessment\\.).*"));
    }

    @Test
    void theSummaryImportsOnlyTheJdkTheCoreAndItself() throws IOException {
        assertThat(importsUnder("summary"))
                .isNotEmpty()
                .allSatisfy(i -> assertThat(i).matches("(java\\.|io\\.fleetfit\\.assessment\\.|io\\.fleetfit\\.summary\\.).*"));
    }

    @Test
    void onlyTheJobImportsSpark() throws IOException {
        for (String stage : List.of("assessment", "summary", "inventory", "report", "generate")) {
            assertThat(importsUnder(stage)).as(stage).noneMatch(i -> i.startsWith("org.apache.spark"));
        }
    }

    @Test
    void theCoreImportsNoPoiAndTheReadersNoReport() throws IOException {
        assertThat(importsUnder("assessment")).noneMatch(i -> i.startsWith("org.apache.poi"));
        assertThat(importsUnder("inventory")).noneMatch(i -> i.startsWith("io.fleetfit.report") || i.startsWith("io.fleetfit.job"));
        assertThat(importsUnder("report")).noneMatch(i -> i.startsWith("io.fleetfit.inventory") || i.startsWith("io.fleetfit.job")
                || i.startsWith("io.fleetfit.run."));
    }

    @Test
    void everyPackageSaysWhatItIsFor() throws IOException {
        try (Stream<Path> dirs = Files.walk(MAIN)) {
            dirs.filter(Files::isDirectory)
                    .filter(d -> hasJava(d))
                    .forEach(d -> assertThat(d.resolve("package-info.java")).as(d.toString()).exists());
        }
    }

    private static boolean hasJava(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(f -> f.toString().endsWith(".java"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> importsUnder(String stage) throws IOException {
        try (Stream<Path> files = Files.walk(MAIN.resolve(stage))) {
            return files.filter(f -> f.toString().endsWith(".java")).flatMap(f -> {
                try {
                    Matcher m = IMPORT.matcher(Files.readString(f));
                    return m.results().map(r -> r.group(2)).toList().stream();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
    }
}
