package io.fleetfit.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Files that are empty, broken, mislabelled, encrypted or hostile, read by the reader their name
 * chooses (as the job chooses it): each ends in rows or in one line naming the file and saying
 * what to do, never in a stack trace, a hang or an exhausted heap.
 */
class HostileFilesTest {

    @TempDir
    Path temp;

    static Stream<HostileFiles.Unreadable> unreadable() {
        return HostileFiles.unreadable().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unreadable")
    void unreadableFileEndsInOneLineNamingItAndSayingWhatToDo(HostileFiles.Unreadable file) {
        InventoryFormat format = InventoryFormat.of(file.name()).orElseThrow();

        assertThatThrownBy(() -> format.read(file.name(), new ByteArrayInputStream(file.bytes()), row -> { }))
                .isInstanceOf(InventoryException.class)
                .satisfies(e -> assertOneLineNaming(e.getMessage(), file.name()))
                .hasMessageEndingWith(file.advice());
    }

    @Test
    void theEncryptedWorkbookReallyIsAgileEncryptedAndOpensWithItsPassword() throws Exception {
        HostileFiles.Unreadable locked = HostileFiles.unreadable().stream()
                .filter(f -> f.name().equals("locked.xlsx")).findFirst().orElseThrow();
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(locked.bytes()))) {
            EncryptionInfo info = new EncryptionInfo(fs);
            assertThat(info.getEncryptionMode()).isEqualTo(EncryptionMode.agile);
            assertThat(Decryptor.getInstance(info).verifyPassword(HostileFiles.PASSWORD)).isTrue();
        }
    }

    @Test
    void headerOnlyFilesAreReadAsNoRows() {
        List<ReadRow> rows = new ArrayList<>();

        ReadSummary csv = InventoryFormat.CSV.read("header-only.csv", new ByteArrayInputStream(HostileFiles.headerOnlyCsv()), rows::add);
        ReadSummary xlsx = InventoryFormat.XLSX.read("header-only.xlsx", new ByteArrayInputStream(HostileFiles.headerOnlyXlsx()), rows::add);

        assertThat(csv.rows()).isZero();
        assertThat(xlsx.rows()).isZero();
        assertThat(xlsx.sheet()).isEqualTo("vInfo");
        assertThat(rows).isEmpty();
    }

    @Test
    void anXlsWorkbookWithAnXlsxNameIsReadWithANote() {
        List<ReadRow> rows = new ArrayList<>();

        ReadSummary summary = InventoryFormat.XLSX.read("old-renamed.xlsx", new ByteArrayInputStream(HostileFiles.xls()), rows::add);

        assertThat(summary.notes()).contains("an old binary .xls workbook with an .xlsx name; read as .xls");
        assertThat(rows).singleElement().satisfies(r -> assertThat(((ReadRow.Vm) r).vm().vmName()).isEqualTo("acme-old-01"));
    }

    /**
     * An .xlsx of 3 MiB whose vInfo sheet inflates to 3 GiB: POI's inflate-ratio check stops the
     * read within the first megabytes inflated, long before the 2 GiB entry limit, so the reading
     * thread allocates a few megabytes, never the sheet.
     */
    @Test
    void zipBombIsRejectedByTheInflateRatioCheckWithBoundedMemory() throws Exception {
        long padding = 3L << 30;
        Path bomb = temp.resolve("bomb.xlsx");
        HostileFiles.writeZipBomb(bomb, padding);
        assertThat(Files.size(bomb)).as("a few megabytes on disk").isLessThan(8L << 20);

        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        InventoryException rejected = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
            long start = System.nanoTime();
            try {
                XlsxInventoryReader.read("bomb.xlsx", bomb, row -> { });
                throw new AssertionError("the zip bomb was read");
            } catch (InventoryException e) {
                long allocated = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;
                System.out.printf("zip bomb (%d bytes inflating to %d) rejected in %d ms, %d KiB allocated%n",
                        Files.size(bomb), padding, (System.nanoTime() - start) / 1_000_000, allocated >> 10);
                assertThat(allocated).as("bytes the reading thread allocated").isLessThan(256L << 20);
                return e;
            }
        });

        assertOneLineNaming(rejected.getMessage(), "bomb.xlsx");
        assertThat(rejected).hasMessage("bomb.xlsx: the file expands to far more data than a workbook holds (a possible"
                + " zip bomb), so it was not read; check where it came from and export it from RVTools again.");
        assertThat(rootCause(rejected).getMessage()).as("the inflate-ratio check, not the entry-size limit")
                .contains("max. ratio of compressed file size to the size of the expanded data");
    }

    /** What the user sees of a rejected file: one line, the file's name first, no stack-trace text. */
    static void assertOneLineNaming(String message, String fileName) {
        assertThat(message).startsWith(fileName + ": ")
                .doesNotContain("\n").doesNotContain("\r").doesNotContain("\tat ")
                .doesNotContain("Exception");
    }

    private static Throwable rootCause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }
}
