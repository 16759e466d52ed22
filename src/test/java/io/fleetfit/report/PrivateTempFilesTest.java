package io.fleetfit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.poi.util.TempFile;
import org.junit.jupiter.api.Test;

/**
 * A report's temporary files (sheet data, the workbook's template) go to a folder of this process's
 * own, private to its user, and not to POI's {@code <tmp>/poifiles}, which belongs to whichever user
 * of the machine made it first.
 */
class PrivateTempFilesTest {

    private static Set<Path> files(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return new HashSet<>(s.toList());
        }
    }

    @Test
    void onceAReportWorkbookExistsEveryPoiTemporaryFileGoesToTheProcesssOwnFolder() throws IOException {
        new StreamingWorkbook(100).close();
        Path folder = PrivateTempFiles.folder();

        File poiTemp = TempFile.createTempFile("poi-sxssf-template", ".xlsx");
        try {
            assertThat(poiTemp.toPath().getParent()).isEqualTo(folder);
        } finally {
            Files.delete(poiTemp.toPath());
        }
        assertThat(folder.getParent()).isEqualTo(Path.of(System.getProperty("java.io.tmpdir")));
        assertThat(folder.getFileName().toString()).startsWith("fleetfit-report-");
        assertThat(Files.getPosixFilePermissions(folder)).isEqualTo(PosixFilePermissions.fromString("rwx------"));
    }

    @Test
    void aSheetsDataIsThereWhileTheWorkbookIsOpenAndGoneWhenItIsClosed() throws IOException {
        Path folder = PrivateTempFiles.folder();
        Set<Path> before = files(folder);
        Set<Path> during;
        try (StreamingWorkbook wb = new StreamingWorkbook(100)) {
            wb.createSheet("Workloads").createRow(0).createCell(0).setCellValue("acme-web-01");
            during = files(folder);
            wb.write(OutputStream.nullOutputStream());
        }

        assertThat(during).hasSize(before.size() + 1).containsAll(before);
        assertThat(files(folder)).isEqualTo(before);
    }

    @Test
    void theFolderIsMadeAgainWhenSomethingRemovedIt() throws IOException {
        Path folder = PrivateTempFiles.folder();
        // every workbook this process wrote so far has been closed, and took its files with it
        assertThat(files(folder)).isEmpty();
        Files.delete(folder);

        try (StreamingWorkbook wb = new StreamingWorkbook(100)) {
            wb.createSheet("Summary").createRow(0).createCell(0).setCellValue("ok");
            Path again = PrivateTempFiles.folder();
            assertThat(again).isNotEqualTo(folder).isDirectory();
            assertThat(files(again)).isNotEmpty();
        }
    }
}
