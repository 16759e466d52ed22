package io.fleetfit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The Java 17 module options are written twice in pom.xml (JVM flags and manifest form); they must agree. */
class BuildOptionsTest {

    @Test
    void jvmOptionsAndManifestOpenTheSamePackages() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"));
        Set<String> flags = new TreeSet<>();
        Matcher m = Pattern.compile("--add-opens=(java\\.base/[\\w.]+)=ALL-UNNAMED").matcher(property(pom, "java.opens"));
        while (m.find()) {
            flags.add(m.group(1));
        }
        Set<String> manifest = Arrays.stream(property(pom, "manifest.opens").trim().split("\\s+"))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(flags).hasSize(13).isEqualTo(manifest);
    }

    @Test
    void theRunningTestJvmHasTheOptions() {
        // surefire's argLine carries ${java.opens}: without it Spark cannot start on Java 17
        assertThat(java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments())
                .contains("--add-opens=java.base/sun.nio.ch=ALL-UNNAMED");
    }

    @Test
    void theTestClustersSparkIsTheProjectsSpark() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"));
        String sparkHome = Files.readString(Path.of("jobs/spark-home/pom.xml"));
        assertThat(property(sparkHome, "spark.version")).isEqualTo(property(pom, "spark.version"));
        assertThat(property(sparkHome, "scala.binary.version")).isEqualTo(property(pom, "scala.binary.version"));
        List<String> artifacts = new ArrayList<>();
        Matcher m = Pattern.compile("<artifactId>([^<]+)</artifactId>").matcher(sparkHome);
        while (m.find()) {
            artifacts.add(m.group(1));
        }
        assertThat(artifacts).as("the cluster's jars hold Spark only (with its YARN support, for jobs/submit --master yarn)")
                .containsExactly("fleetfit-spark-home", "spark-sql_${scala.binary.version}",
                        "spark-yarn_${scala.binary.version}", "maven-dependency-plugin");
    }

    private static String property(String pom, String name) {
        Matcher m = Pattern.compile("<" + Pattern.quote(name) + ">([^<]*)</" + Pattern.quote(name) + ">").matcher(pom);
        assertThat(m.find()).as(name).isTrue();
        return m.group(1);
    }
}
