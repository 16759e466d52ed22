package io.fleetfit.inventory;

import static io.fleetfit.inventory.AzureMigrateImportTest.vm;
import static org.assertj.core.api.Assertions.assertThat;

import io.fleetfit.assessment.SourceRef;
import io.fleetfit.assessment.VmRecord;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * CSV as Excel and other tools really write it, read the way the Spark job reads it: the header
 * through {@link CsvInventoryReader#inspect}, every row through {@link HeaderMap} and
 * {@link RowParser}; and through {@link CsvInventoryReader#read}, which must agree.
 */
class CsvDialectTest {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    @TempDir
    Path dir;

    @Test
    void detectsWindows1252AsExcelWritesItAndDecodesAccents() throws IOException {
        Path file = Files.write(dir.resolve("excel.csv"),
                "VM;Annotation;Owner\r\nsrv-café;Überwachung für Zürich;Müller\r\n".getBytes(WINDOWS_1252));

        CsvInventoryReader.CsvHeader header = inspect(file);
        List<ReadRow> rows = read(file, ReadOptions.DEFAULT);

        assertThat(header.charset()).isEqualTo("windows-1252");
        assertThat(header.notes()).contains(
                "Encoding windows-1252 (not valid UTF-8: read as Excel writes CSV on Western Windows).");
        VmRecord vm = vm(rows.get(0));
        assertThat(vm.vmName()).isEqualTo("srv-café");
        assertThat(vm.annotation()).isEqualTo("Überwachung für Zürich");
        assertThat(vm.owner()).isEqualTo("Müller");
    }

    @Test
    void keepsUtf8WithAndWithoutBomAsUtf8() throws IOException {
        Path plain = Files.write(dir.resolve("plain.csv"), "VM\nsrv-café\n".getBytes(StandardCharsets.UTF_8));
        Path bom = Files.write(dir.resolve("bom.csv"), "\uFEFFVM\nsrv-café\n".getBytes(StandardCharsets.UTF_8));

        assertThat(inspect(plain).charset()).isEqualTo("UTF-8");
        assertThat(inspect(bom).charset()).isEqualTo("UTF-8");
        assertThat(inspect(bom).cells()).containsExactly("VM");
        assertThat(vm(read(bom, ReadOptions.DEFAULT).get(0)).vmName()).isEqualTo("srv-café");
    }

    @Test
    void aCharacterCutAtTheEndOfTheSniffedBytesIsStillUtf8() {
        byte[] bytes = "abc é".getBytes(StandardCharsets.UTF_8);

        assertThat(CsvInventoryReader.detectCharset(bytes, bytes.length - 1, false)).isEqualTo("UTF-8");
        assertThat(CsvInventoryReader.detectCharset(bytes, bytes.length - 1, true)).isEqualTo("windows-1252");
    }

    @Test
    void readsUtf16WithByteOrderMark() throws IOException {
        Path file = Files.write(dir.resolve("unicode.csv"), "\uFEFFVM\tCPUs\r\nsrv-ß\t2\r\n".getBytes(StandardCharsets.UTF_16LE));

        assertThat(inspect(file).charset()).isEqualTo("UTF-16LE");
        assertThat(inspect(file).delimiter()).isEqualTo('\t');
        assertThat(vm(read(file, ReadOptions.DEFAULT).get(0)).vmName()).isEqualTo("srv-ß");
    }

    @Test
    void readsDecimalCommasAndThousandsDotsInASemicolonFile() throws IOException {
        Path file = Files.write(dir.resolve("european.csv"), ("VM;CPUs;Memory (GB);Provisioned Disk (GB);In Use Disk (GB)\n"
                + "web;2;4;1.234,5;\"4,5\"\n"
                + "db;4;4,5;16 384;32.768\n").getBytes(WINDOWS_1252));

        CsvInventoryReader.CsvHeader header = inspect(file);
        List<ReadRow> rows = read(file, ReadOptions.DEFAULT);

        assertThat(header.delimiter()).isEqualTo(';');
        assertThat(header.decimalComma()).isTrue();
        VmRecord web = vm(rows.get(0));
        assertThat(web.memoryMib()).isEqualTo(4096L);
        assertThat(web.provisionedMib()).isEqualTo(Math.round(1_234.5e9 / 1_048_576));
        assertThat(web.inUseMib()).isEqualTo(Math.round(4.5e9 / 1_048_576));
        VmRecord db = vm(rows.get(1));
        assertThat(db.memoryMib()).isEqualTo(4608L);
        assertThat(db.provisionedMib()).isEqualTo(15_625_000L);
        assertThat(db.inUseMib()).isEqualTo(Math.round(32_768e9 / 1_048_576));
        assertThat(web.warnings()).isEmpty();
        assertThat(db.warnings()).isEmpty();
    }

    @Test
    void aCommaFileKeepsCommasAsThousandsSeparators() throws IOException {
        Path file = Files.write(dir.resolve("english.csv"),
                "VM,Memory MB,Provisioned MiB\nweb,\"16,384\",\"1,234.5\"\n".getBytes(StandardCharsets.UTF_8));

        VmRecord vm = vm(read(file, ReadOptions.DEFAULT).get(0));

        assertThat(vm.memoryMib()).isEqualTo(16_384L);
        assertThat(vm.provisionedMib()).isEqualTo(1_235L);
    }

    @Test
    void quotedFieldsSpanLinesInEveryDelimiter() throws IOException {
        Path file = Files.write(dir.resolve("multi.csv"),
                "VM;Annotation\r\nweb;\"first line\r\nsecond; line\"\r\n".getBytes(StandardCharsets.UTF_8));

        VmRecord vm = vm(read(file, ReadOptions.DEFAULT).get(0));

        assertThat(vm.annotation()).isEqualTo("first line\nsecond; line");
    }

    /** The header read alone and the rows split by hand, as Spark's reader hands them over, give what read gives. */
    @Test
    void sparkStylePathAgreesWithTheReader() throws IOException {
        String text = "VM;Memory (GB);OS name;OS version\nweb;4,5;Ubuntu;22.04\n";
        Path file = Files.write(dir.resolve("spark.csv"), text.getBytes(WINDOWS_1252));

        CsvInventoryReader.CsvHeader header = inspect(file);
        HeaderMap map = HeaderMap.of(header, ReadOptions.DEFAULT);
        ReadRow row = RowParser.parse(new SourceRef("spark.csv", "", 2), map,
                Arrays.asList(text.split("\n")[1].split(";")));

        assertThat(row).isEqualTo(read(file, ReadOptions.DEFAULT).get(0));
        assertThat(vm(row).memoryMib()).isEqualTo(4608L);
        assertThat(vm(row).osConfig()).isEqualTo("Ubuntu 22.04");
    }

    private static CsvInventoryReader.CsvHeader inspect(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return CsvInventoryReader.inspect(in);
        }
    }

    private static List<ReadRow> read(Path file, ReadOptions options) throws IOException {
        List<ReadRow> rows = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file)) {
            CsvInventoryReader.read(file.getFileName().toString(), in, options, rows::add);
        }
        return rows;
    }
}
