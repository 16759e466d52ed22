package io.fleetfit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files in {@code src/test/resources/golden}. Run the tests with {@code -Dgolden.update=true}
 * to rewrite them from the actual output; review the diff like code.
 */
final class Golden {

    static final Path DIR = Path.of("src", "test", "resources", "golden");

    private Golden() {
    }

    static boolean updating() {
        return Boolean.parseBoolean(System.getProperty("golden.update"));
    }

    static String read(String name) {
        Path file = DIR.resolve(name);
        if (!Files.exists(file)) {
            fail("golden file " + file + " is missing: run the tests with -Dgolden.update=true to create it");
        }
        try {
            return Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Compares with the golden file, or rewrites it when updating. */
    static void assertMatches(String name, String actual) {
        if (updating()) {
            try {
                Files.createDirectories(DIR);
                Files.writeString(DIR.resolve(name), actual, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return;
        }
        assertThat(actual).as("dump compared with golden file %s (rewrite with -Dgolden.update=true)", name)
                .isEqualTo(read(name));
    }
}
