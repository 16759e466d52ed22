package io.fleetfit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.junit.jupiter.api.Test;

/**
 * The report's sheets keep their temporary data in a folder of this process's own, private to its
 * user, and not in POI's {@code <tmp>/poifiles}, which belongs to whichever user of the machine
 * made it first.
 */
class StreamingWorkbookTest {

    private static Set<Path> files(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return new HashSet<>(s.toList());
        }
    }

    @Test
    void sheetDataGoesToAPrivateFolderOfThisProcessAndIsGoneWhenTheWorkbookIsClosed() throws IOException {
        Path folder = StreamingWorkbook.sheetFolder();
        Path poiFiles = Path.of(System.getProperty("java.io.tmpdir"), "poifiles");
        Set<Path> poiBefore = Files.isDirectory(poiFiles) ? files(poiFiles) : Set.of();
        Set<Path> before = files(folder);

        assertThat(folder.getParent()).isEqualTo(Path.of(System.getProperty("java.io.tmpdir")));
        assertThat(Files.getPosixFilePermissions(folder)).isEqualTo(PosixFilePermissions.fromString("rwx------"));
        Set<Path> during;
        try (StreamingWorkbook wb = new StreamingWorkbook(100)) {
            SXSSFSheet sheet = wb.createSheet("Workloads");
            sheet.createRow(0).createCell(0).setCellValue("acme-web-01");
            during = files(folder);
            wb.write(OutputStream.nullOutputStream());
        }

        assertThat(during).hasSize(before.size() + 1).containsAll(before);
        assertThat(files(folder)).isEqualTo(before);
        assertThat(Files.isDirectory(poiFiles) ? files(poiFiles) : Set.of()).isEqualTo(poiBefore);
    }

    @Test
    void theFolderIsMadeAgainWhenSomethingRemovedIt() throws IOException {
        Path folder = StreamingWorkbook.sheetFolder();
        // every workbook this process wrote so far has been closed, and took its files with it
        assertThat(files(folder)).isEmpty();
        Files.delete(folder);

        Path again = StreamingWorkbook.sheetFolder();
        assertThat(again).isNotEqualTo(folder).isDirectory();
        try (StreamingWorkbook wb = new StreamingWorkbook(100)) {
            wb.createSheet("Summary").createRow(0).createCell(0).setCellValue("ok");
            assertThat(files(again)).isNotEmpty();
        }
        assertThat(again).isDirectory();
    }
}
