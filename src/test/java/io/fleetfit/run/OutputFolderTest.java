package io.fleetfit.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.io.PositionOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An output folder behaves the same on the local disk ({@code java.nio}) and on any other Hadoop
 * file system ({@link OtherSchemeFileSystem}, as {@code hdfs://} would be): made if missing, files
 * replaced in one step, listed and deleted.
 */
class OutputFolderTest {

    @TempDir
    Path dir;

    static Stream<Arguments> schemes() {
        return Stream.of(Arguments.of("file://", OutputFolder.Local.class),
                Arguments.of(OtherSchemeFileSystem.SCHEME + "://", OutputFolder.Hadoop.class));
    }

    private static Configuration conf() {
        Configuration conf = new Configuration();
        conf.set("fs." + OtherSchemeFileSystem.SCHEME + ".impl", OtherSchemeFileSystem.class.getName());
        conf.setBoolean("fs." + OtherSchemeFileSystem.SCHEME + ".impl.disable.cache", true);
        return conf;
    }

    private static void write(OutputFolder folder, String name, String text) throws IOException {
        try (OutputStream out = folder.create(name)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    @ParameterizedTest
    @MethodSource("schemes")
    void theFolderIsMadeAndAFileReplacesTheOneOfItsName(String scheme, Class<?> kind) throws IOException {
        Path target = dir.resolve("a/b");
        OutputFolder folder = OutputFolder.of(conf(), new org.apache.hadoop.fs.Path(scheme + target));

        assertThat(folder).isInstanceOf(kind);
        assertThat(target).isDirectory();
        write(folder, "report.csv", "old");
        write(folder, ".report.csv.inprogress", "new");
        folder.replace(".report.csv.inprogress", "report.csv");

        assertThat(target.resolve("report.csv")).hasContent("new");
        assertThat(folder.list()).containsExactly("report.csv");
        assertThat(target.resolve(".report.csv.crc")).doesNotExist();
        write(folder, "report.csv", "again");
        assertThat(target.resolve("report.csv")).hasContent("again");
    }

    @ParameterizedTest
    @MethodSource("schemes")
    void deleteRemovesAFileOrAFolderWithEverythingInItAndIgnoresWhatIsNotThere(String scheme, Class<?> kind) throws IOException {
        Path target = dir.resolve("out");
        Files.createDirectories(target.resolve("old/deeper"));
        Files.writeString(target.resolve("old/deeper/x.parquet"), "x");
        Files.writeString(target.resolve("old/y"), "y");
        Files.writeString(target.resolve("keep"), "k");
        Files.writeString(target.resolve("gone"), "g");
        OutputFolder folder = OutputFolder.of(conf(), new org.apache.hadoop.fs.Path(scheme + target));

        assertThat(folder.list()).containsExactly("gone", "keep", "old");
        folder.delete("old");
        folder.delete("gone");
        folder.delete("never-there");

        assertThat(folder.list()).containsExactly("keep");
        assertThat(target.resolve("keep")).hasContent("k");
    }

    @Test
    void aLocalParquetFileCountsWhatItWroteAndOnlyOverwritesWhenAsked() throws IOException {
        OutputFolder folder = OutputFolder.of(conf(), new org.apache.hadoop.fs.Path("file://" + dir));
        OutputFile file = folder.parquet("part.parquet");

        try (PositionOutputStream out = file.create(0)) {
            out.write('P');
            out.write("AR1".getBytes(StandardCharsets.US_ASCII), 0, 3);
            assertThat(out.getPos()).isEqualTo(4);
        }
        assertThat(dir.resolve("part.parquet")).hasContent("PAR1");
        assertThat(file.getPath()).isEqualTo(dir.resolve("part.parquet").toString());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> file.create(0)).isInstanceOf(IOException.class);
        try (PositionOutputStream out = file.createOrOverwrite(0)) {
            out.write("new".getBytes(StandardCharsets.US_ASCII));
        }
        assertThat(dir.resolve("part.parquet")).hasContent("new");
    }

    @ParameterizedTest
    @MethodSource("schemes")
    void aFolderThatIsAFileIsRefused(String scheme, Class<?> kind) throws IOException {
        Path file = Files.writeString(dir.resolve("taken"), "a file");

        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> OutputFolder.of(conf(), new org.apache.hadoop.fs.Path(scheme + file)))
                .isInstanceOf(IOException.class);
        assertThat(file).hasContent("a file");
        assertThat(List.of(dir.toFile().list())).containsExactly("taken");
    }
}
