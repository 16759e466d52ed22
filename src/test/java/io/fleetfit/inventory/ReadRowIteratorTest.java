package io.fleetfit.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fleetfit.assessment.Rejection;
import io.fleetfit.assessment.SourceRef;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadRowIteratorTest {

    /** More rows than the iterator buffers, so the reader must wait for the caller. */
    private static final int VMS = 3 * ReadRowIterator.CAPACITY;

    @TempDir
    Path temp;

    @AfterEach
    void forgetSpoolDir() {
        System.clearProperty(XlsxInventoryReader.SPOOL_DIR_PROPERTY);
    }

    private static byte[] bigWorkbook() {
        return XlsxInventoryReaderTest.workbook(wb -> {
            Sheet sheet = wb.createSheet("vInfo");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("VM");
            header.createCell(1).setCellValue("CPUs");
            for (int r = 1; r <= VMS; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue("vm-" + r);
                row.createCell(1).setCellValue(2);
            }
        });
    }

    @Test
    void givesEveryRowInOrderThenTheSummary() throws IOException {
        Path file = temp.resolve("big.xlsx");
        Files.write(file, bigWorkbook());
        List<String> names = new ArrayList<>();

        try (ReadRowIterator rows = XlsxInventoryReader.iterate("big.xlsx", file, ReadOptions.DEFAULT)) {
            assertThatThrownBy(rows::summary).isInstanceOf(IllegalStateException.class);
            while (rows.hasNext()) {
                names.add(((ReadRow.Vm) rows.next()).vm().vmName());
            }
            assertThat(rows.summary()).isEqualTo(new ReadSummary("big.xlsx", "vInfo", "xlsx inventory", null, VMS));
            assertThat(rows.hasNext()).isFalse();
        }

        assertThat(names).hasSize(VMS).startsWith("vm-1", "vm-2").endsWith("vm-" + VMS);
        assertThat(file).exists();
        assertThat(readerThreads("big.xlsx")).isEmpty();
    }

    @Test
    void closingBeforeTheEndStopsTheReaderAndDeletesTheSpooledCopy() throws IOException {
        Path spool = Files.createDirectories(temp.resolve("spool"));
        System.setProperty(XlsxInventoryReader.SPOOL_DIR_PROPERTY, spool.toString());

        ReadRowIterator rows = XlsxInventoryReader.iterate("streamed.xlsx", new ByteArrayInputStream(bigWorkbook()),
                ReadOptions.DEFAULT);
        assertThat(files(spool)).hasSize(1);
        for (int i = 0; i < 10; i++) {
            rows.next();
        }
        rows.close();
        rows.close();

        assertThat(files(spool)).isEmpty();
        assertThat(readerThreads("streamed.xlsx")).isEmpty();
        assertThatThrownBy(rows::hasNext).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void readingToTheEndDeletesTheSpooledCopy() throws IOException {
        Path spool = Files.createDirectories(temp.resolve("spool"));
        System.setProperty(XlsxInventoryReader.SPOOL_DIR_PROPERTY, spool.toString());
        long count = 0;

        try (ReadRowIterator rows = XlsxInventoryReader.iterate("all.xlsx", new ByteArrayInputStream(bigWorkbook()),
                ReadOptions.DEFAULT)) {
            while (rows.hasNext()) {
                rows.next();
                count++;
            }
            assertThat(files(spool)).isEmpty();
        }

        assertThat(count).isEqualTo(VMS);
    }

    @Test
    void anErrorMidFileComesAfterTheRowsReadBeforeIt() throws IOException {
        byte[] broken = withBrokenRow(bigWorkbook(), 2000);
        Path file = temp.resolve("broken.xlsx");
        Files.write(file, broken);
        List<ReadRow> rows = new ArrayList<>();

        try (ReadRowIterator it = XlsxInventoryReader.iterate("broken.xlsx", file, ReadOptions.DEFAULT)) {
            assertThatThrownBy(() -> it.forEachRemaining(rows::add))
                    .isInstanceOf(InventoryException.class)
                    .hasMessageStartingWith("broken.xlsx: the workbook is damaged or not a valid .xlsx file (")
                    .hasMessageNotContaining("\n");
            assertThat(it.hasNext()).isFalse();
            assertThatThrownBy(it::summary).isInstanceOf(IllegalStateException.class);
        }

        assertThat(rows).hasSize(1998);                    // spreadsheet rows 2 to 1999
    }

    @Test
    void anUnexpectedReaderFailureBecomesAnInventoryExceptionNamingTheFile() {
        AtomicBoolean cleaned = new AtomicBoolean();
        ReadRowIterator rows = ReadRowIterator.start("odd.xlsx", (out, cancelled) -> {
            for (int i = 0; i < 5; i++) {
                out.accept(rejected(i));
            }
            throw new IllegalStateException("boom");
        }, () -> cleaned.set(true));

        for (int i = 0; i < 5; i++) {
            assertThat(rows.next()).isEqualTo(rejected(i));
        }
        assertThatThrownBy(rows::hasNext)
                .isInstanceOf(InventoryException.class)
                .hasMessage("odd.xlsx: could not be read (boom); check that it is an RVTools export and try again.")
                .hasCauseInstanceOf(IllegalStateException.class);
        rows.close();
        assertThat(cleaned).isTrue();
    }

    @Test
    void anInventoryExceptionOfTheReaderPassesUnchanged() {
        InventoryException refused = new InventoryException("x.xlsx: no vInfo sheet.");
        try (ReadRowIterator rows = ReadRowIterator.start("x.xlsx", (out, cancelled) -> {
            throw refused;
        }, () -> { })) {
            assertThatThrownBy(rows::hasNext).isSameAs(refused);
        }
    }

    @Test
    void closeStopsAReaderThatWouldNeverEnd() {
        AtomicBoolean cleaned = new AtomicBoolean();
        ReadRowIterator rows = ReadRowIterator.start("endless", (out, cancelled) -> {
            for (int i = 0; ; i++) {
                out.accept(rejected(i));
            }
        }, () -> cleaned.set(true));
        rows.next();

        rows.close();

        assertThat(cleaned).isTrue();
        assertThat(readerThreads("endless")).isEmpty();
    }

    private static ReadRow rejected(int i) {
        return new ReadRow.Rejected(new Rejection(new SourceRef("f", "", i), "", "test row " + i));
    }

    private static List<Thread> readerThreads(String fileName) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("fleetfit-read " + fileName) && t.isAlive()).toList();
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }

    /** The workbook with a duplicated attribute on sheet1's row {@code rowNumber}: not well-formed from there on. */
    private static byte[] withBrokenRow(byte[] xlsx, int rowNumber) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
             ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                byte[] content = in.readAllBytes();
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(content, StandardCharsets.UTF_8);
                    String row = "<row r=\"" + rowNumber + "\"";
                    assertThat(xml).contains(row);
                    content = xml.replace(row, row + " r=\"" + rowNumber + "\"").getBytes(StandardCharsets.UTF_8);
                }
                out.write(content);
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
