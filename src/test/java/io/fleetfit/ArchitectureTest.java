package io.fleetfit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The shape of STYLE.md, enforced on the sources: a functional core, a thin Spark shell, and the
 * tools (generators, benchmarks) in their own source set, out of the product's jars.
 */
class ArchitectureTest {

    private static final Path MAIN_SOURCES = Path.of("src/main/java");
    private static final Path MAIN = MAIN_SOURCES.resolve("io/fleetfit");
    /**
     * The tools' source set (pom.xml: build-helper-maven-plugin), packed into target/fleetfit-tools.jar:
     * packages io.fleetfit.tools.*, or a product package for a tool that needs its package-private classes.
     */
    private static final Path TOOLS_SOURCES = Path.of("src/tools/java");
    /** What target/fleetfit.jar and the cluster jar are made of. */
    private static final Path PRODUCT_CLASSES = Path.of("target/classes");
    private static final Pattern IMPORT = Pattern.compile("^import\\s+(static\\s+)?([\\w.]+)", Pattern.MULTILINE);

    /**
     * STYLE.md's package table: what each stage may import. A row is read in {@code inventory},
     * judged in {@code assessment}, summed in {@code summary}, rendered in {@code report}, worked
     * through for one client in {@code run} and distributed in {@code job}.
     */
    private static final Map<String, List<String>> ALLOWED = Map.of(
            "assessment", List.of("java.", "io.fleetfit.assessment."),
            "inventory", List.of("java.", "javax.xml.stream.", "io.fleetfit.inventory.", "io.fleetfit.assessment.",
                    "org.apache.poi.", "com.opencsv."),
            "summary", List.of("java.", "io.fleetfit.summary.", "io.fleetfit.assessment."),
            "report", List.of("java.", "io.fleetfit.report.", "io.fleetfit.summary.", "io.fleetfit.assessment.",
                    "org.apache.poi.", "org.openxmlformats.schemas.", "org.apache.xmlbeans.", "org.apache.commons.compress.", "com.opencsv."),
            "run", List.of("java.", "io.fleetfit.run.", "io.fleetfit.report.", "io.fleetfit.summary.", "io.fleetfit.inventory.",
                    "io.fleetfit.assessment.", "org.apache.hadoop.", "org.apache.parquet.", "org.apache.logging.log4j.", "picocli.",
                    "javax.crypto."));

    @Test
    void eachStageImportsOnlyWhatItsRowInThePackageTableAllows() throws IOException {
        for (Map.Entry<String, List<String>> stage : ALLOWED.entrySet()) {
            assertThat(importsUnder(stage.getKey())).as(stage.getKey()).isNotEmpty()
                    .allSatisfy(i -> assertThat(stage.getValue()).as("%s imports %s", stage.getKey(), i).anyMatch(i::startsWith));
        }
    }

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
        for (String stage : List.of("assessment", "summary", "inventory", "report", "run")) {
            assertThat(importsUnder(stage)).as(stage).noneMatch(i -> i.startsWith("org.apache.spark"));
        }
        assertThat(imports(TOOLS_SOURCES)).as("tools").isNotEmpty().noneMatch(i -> i.startsWith("org.apache.spark"));
    }

    @Test
    void theToolsUseTheProductAndItsLibrariesButNoTestCode() throws IOException {
        // they compile on the test class path (pom.xml) but run from their jar beside fleetfit.jar
        assertThat(imports(TOOLS_SOURCES)).noneMatch(i -> i.startsWith("org.junit") || i.startsWith("org.assertj") || i.startsWith("org.openjdk.jmh"));
        assertThat(imports(TOOLS_SOURCES)).filteredOn(i -> i.startsWith("io.fleetfit."))
                .isNotEmpty()
                .allSatisfy(i -> assertThat(hasSource(i)).as(i + " is a product or tool class").isTrue());
    }

    @Test
    void theProductCarriesNoTool() throws IOException {
        assertThat(MAIN.resolve("tools")).doesNotExist();
        assertThat(MAIN.resolve("generate")).as("the generator's old place").doesNotExist();
        assertThat(importsUnder(".")).noneMatch(i -> i.startsWith("io.fleetfit.tools"));
        assertThat(PRODUCT_CLASSES.resolve("io/fleetfit/tools")).doesNotExist();
        try (Stream<Path> files = Files.walk(TOOLS_SOURCES)) {
            List<Path> tools = files.filter(f -> f.toString().endsWith(".java")).map(TOOLS_SOURCES::relativize).toList();
            assertThat(tools).isNotEmpty().allSatisfy(tool -> {
                String name = tool.toString().replaceFirst("\\.java$", "");
                assertThat(MAIN_SOURCES.resolve(tool)).as("a product source of the same name").doesNotExist();
                assertThat(PRODUCT_CLASSES.resolve(name + ".class")).as("compiled into the product").doesNotExist();
            });
        }
    }

    @Test
    void theCoreImportsNoPoiAndTheReadersNoReport() throws IOException {
        assertThat(importsUnder("assessment")).noneMatch(i -> i.startsWith("org.apache.poi"));
        assertThat(importsUnder("inventory")).noneMatch(i -> i.startsWith("io.fleetfit.report") || i.startsWith("io.fleetfit.job"));
        assertThat(importsUnder("report")).noneMatch(i -> i.startsWith("io.fleetfit.inventory") || i.startsWith("io.fleetfit.job")
                || i.startsWith("io.fleetfit.run."));
    }

    /** A client's work is done without Spark and never reaches up into the shell that distributes it. */
    @Test
    void theRunStageNeverCallsUpIntoTheJob() throws IOException {
        assertThat(importsUnder("run")).isNotEmpty().noneMatch(i -> i.startsWith("io.fleetfit.job"));
        assertThat(sourcesUnder("run")).noneMatch(source -> source.contains("io.fleetfit.job."));
    }

    @Test
    void everyPackageSaysWhatItIsFor() throws IOException {
        try (Stream<Path> dirs = Files.walk(MAIN)) {
            dirs.filter(Files::isDirectory)
                    .filter(d -> hasJava(d))
                    .forEach(d -> assertThat(d.resolve("package-info.java")).as(d.toString()).exists());
        }
        // a tool in a product package shares the product's package-info
        try (Stream<Path> dirs = Files.walk(TOOLS_SOURCES)) {
            dirs.filter(Files::isDirectory)
                    .filter(d -> hasJava(d))
                    .forEach(d -> assertThat(List.of(d, MAIN_SOURCES.resolve(TOOLS_SOURCES.relativize(d))))
                            .as(d.toString()).anyMatch(p -> Files.exists(p.resolve("package-info.java"))));
        }
    }

    private static boolean hasJava(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(f -> f.toString().endsWith(".java"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> sourcesUnder(String stage) throws IOException {
        try (Stream<Path> files = Files.walk(MAIN.resolve(stage))) {
            return files.filter(f -> f.toString().endsWith(".java")).map(f -> {
                try {
                    return Files.readString(f);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
    }

    /** Whether a class (or a member of one, a static import) has its source in the product or the tools. */
    private static boolean hasSource(String name) {
        for (String n = name; n.contains("."); n = n.substring(0, n.lastIndexOf('.'))) {
            String file = n.replace('.', '/') + ".java";
            if (Files.exists(MAIN_SOURCES.resolve(file)) || Files.exists(TOOLS_SOURCES.resolve(file))) {
                return true;
            }
        }
        return false;
    }

    private static List<String> importsUnder(String stage) throws IOException {
        return imports(MAIN.resolve(stage));
    }

    private static List<String> imports(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
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
