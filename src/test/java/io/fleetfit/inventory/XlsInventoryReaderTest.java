package io.fleetfit.inventory;

import static io.fleetfit.inventory.Workbooks.VINFO;
import static io.fleetfit.inventory.Workbooks.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fleetfit.assessment.VmRecord;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsInventoryReaderTest {

    private static final String VC = "vcenter01.acme.example";

    @TempDir
    Path temp;

    private static Workbooks rvtoolsExport() {
        return Workbooks.of()
                .sheet("vInfo", VINFO,
                        row("acme-web-01", "poweredOn", "uuid-1", VC, "esx01", null, "Ubuntu Linux (64-bit)"),
                        row(null, "poweredOn", "uuid-2", VC, "esx01", null, null),
                        row("acme-db-01", "poweredOff", "uuid-3", VC, "esx02", "Databases", "Microsoft Windows Server 2019 (64-bit)"))
                .sheet("vDisk", List.of("VM", "Capacity MiB", "Raw", "Folder", "VM UUID"),
                        row("acme-web-01", 40960, "False", "/DC1/Web", "uuid-1"),
                        row("acme-db-01", 102400, "True", "/DC1/Db", "uuid-3"))
                .sheet("vNetwork", List.of("VM", "Adapter", "Network", "VM UUID"),
                        row("acme-web-01", "Vmxnet3", "VLAN110", "uuid-1"))
                .sheet("vHost", List.of("Host", "ESX Version", "CPU Model"),
                        row("esx01", "VMware ESXi 6.5.0 build-4564106", "Intel(R) Xeon(R) CPU E5-2650 v2 @ 2.60GHz"))
                .metadata();
    }

    @Test
    void readsAnRvtoolsExportAndJoinsItsTabsAsTheXlsxReaderDoes() {
        Workbooks book = rvtoolsExport();

        Workbooks.Read xls = Workbooks.readXls("export", book.xls());
        Workbooks.Read xlsx = Workbooks.readXlsx("export", book.xlsx());

        assertThat(xls.summary().format()).isEqualTo("RVTools xls");
        assertThat(xls.summary().sheet()).isEqualTo("vInfo");
        assertThat(xls.summary().rvtoolsVersion()).isEqualTo("4.7.1.4");
        assertThat(xls.summary().rows()).isEqualTo(3);
        assertThat(xls.summary().notes()).containsExactly("no vPartition tab: guest partition usage unknown",
                "no vUSB tab: USB devices unknown");
        assertThat(xls.rows()).isEqualTo(xlsx.rows());
        VmRecord db = xls.vm("acme-db-01");
        assertThat(db.rawDeviceMappings()).isEqualTo(1);
        assertThat(db.folder()).isEqualTo("Databases");
        assertThat(xls.vm("acme-web-01").folder()).isEqualTo("/DC1/Web");
        assertThat(xls.vm("acme-web-01").esxiVersion()).isEqualTo("VMware ESXi 6.5.0 build-4564106");
        assertThat(xls.vm("acme-web-01").factSheets()).containsExactly("vInfo", "vDisk", "vNetwork", "vHost");
    }

    @Test
    void formatsCellsAsTheXlsxReaderDoesAndNeverEvaluatesFormulas() throws IOException {
        byte[] xls = formatted(new HSSFWorkbook());
        byte[] xlsx = formatted(new XSSFWorkbook());

        Workbooks.Read fromXls = Workbooks.readXls("f", xls);
        Workbooks.Read fromXlsx = Workbooks.readXlsx("f", xlsx);

        VmRecord vm = fromXls.vm("acme-app-01");
        assertThat(vm.cpus()).isEqualTo(8);                           // the cached result, not 1+1
        assertThat(vm.memoryMib()).isEqualTo(65_536L);                 // "65,536" in #,##0
        assertThat(vm.template()).isTrue();
        assertThat(vm.annotation()).isEqualTo("Owner: Team A");
        assertThat(vm.customAttributes()).containsEntry("Decommission", "2025/06/02 09:41:17");
        assertThat(fromXls.rows()).isEqualTo(fromXlsx.rows());
    }

    private static byte[] formatted(Workbook wb) throws IOException {
        try (wb) {
            CellStyle grouped = wb.createCellStyle();
            grouped.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy/mm/dd hh:mm:ss"));
            Sheet sheet = wb.createSheet("vInfo");
            Row header = sheet.createRow(0);
            String[] names = {"VM", "CPUs", "Memory", "Template", "Annotation", "Decommission"};
            for (int c = 0; c < names.length; c++) {
                header.createCell(c).setCellValue(names[c]);
            }
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("acme-app-01");
            Cell cpus = row.createCell(1);
            cpus.setCellFormula("1+1");
            cpus.setCellValue(8);
            Cell memory = row.createCell(2);
            memory.setCellValue(65536);
            memory.setCellStyle(grouped);
            row.createCell(3).setCellValue(true);
            Cell note = row.createCell(4);
            note.setCellFormula("CONCATENATE(\"Owner: \",\"Team A\")");
            note.setCellValue("Owner: Team A");
            Cell when = row.createCell(5);
            when.setCellValue(LocalDateTime.of(2025, 6, 2, 9, 41, 17));
            when.setCellStyle(date);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void anXlsxWorkbookNamedXlsIsReadAsXlsxWithANote() {
        Workbooks.Read read = Workbooks.readXls("renamed.xls", rvtoolsExport().xlsx());

        assertThat(read.summary().format()).isEqualTo("RVTools xlsx");
        assertThat(read.summary().notes()).first().isEqualTo("an .xlsx workbook with an .xls name; read as .xlsx");
        assertThat(read.vms()).hasSize(2);
        assertThat(Workbooks.readXls("unnamed", rvtoolsExport().xlsx()).summary().notes())
                .doesNotContain("an .xlsx workbook with an .xls name; read as .xlsx");
    }

    @Test
    void theXlsxReaderReadsAnXlsFileWithoutCallingItMisnamed() {
        List<ReadRow> rows = new ArrayList<>();

        ReadSummary summary = XlsxInventoryReader.read("old.xls", new ByteArrayInputStream(rvtoolsExport().xls()), rows::add);

        assertThat(summary.format()).isEqualTo("RVTools xls");
        assertThat(summary.notes()).noneMatch(note -> note.contains("name"));
        assertThat(rows).hasSize(3);
    }

    @Test
    void passwordProtectedXlsIsRefusedWithAdvice() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Biff8EncryptionKey.setCurrentUserPassword("s3cret");
        try (HSSFWorkbook wb = new HSSFWorkbook(new ByteArrayInputStream(rvtoolsExport().xls()))) {
            wb.write(bytes);
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }

        assertThatThrownBy(() -> Workbooks.readXls("locked.xls", bytes.toByteArray()))
                .isInstanceOf(InventoryException.class)
                .hasMessage("locked.xls: the workbook is password-protected (encrypted); save a copy without"
                        + " a password and try again.");
    }

    @Test
    void officeFileThatIsNoWorkbookIsRefusedWithAdvice() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            fs.createDocument(new ByteArrayInputStream(new byte[600]), "WordDocument");
            fs.writeFilesystem(bytes);
        }

        assertThatThrownBy(() -> Workbooks.readXls("memo.xls", bytes.toByteArray()))
                .isInstanceOf(InventoryException.class)
                .hasMessageStartingWith("memo.xls: an Office file but not an Excel workbook");
    }

    @Test
    void damagedXlsIsRefusedOnOneLine() {
        byte[] xls = rvtoolsExport().xls();
        byte[] cut = Arrays.copyOf(xls, xls.length / 2);

        assertThatThrownBy(() -> Workbooks.readXls("cut.xls", cut))
                .isInstanceOf(InventoryException.class)
                .hasMessageStartingWith("cut.xls: the workbook is damaged or not a valid .xls file (")
                .hasMessageEndingWith("); open it in Excel, save it as .xlsx and try again.")
                .hasMessageNotContaining("\n");
    }

    @Test
    void textOrWebPageNamedXlsIsRefusedWithAdvice() {
        byte[] csv = "VM,CPUs\nweb,2\n".getBytes(StandardCharsets.UTF_8);
        byte[] html = "<html><body><table><tr><td>VM</td></tr></table></body></html>".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> Workbooks.readXls("list.xls", csv))
                .isInstanceOf(InventoryException.class)
                .hasMessage("list.xls: not an Excel .xls workbook; export the vInfo tab from RVTools as .xlsx or CSV.");
        assertThatThrownBy(() -> Workbooks.readXls("page.xls", html))
                .isInstanceOf(InventoryException.class)
                .hasMessageStartingWith("page.xls: a web page or XML file with an .xls name");
        assertThatThrownBy(() -> Workbooks.readXls("empty.xls", new byte[0]))
                .isInstanceOf(InventoryException.class)
                .hasMessage("empty.xls: the file is empty; export the vInfo tab from RVTools again.");
    }

    @Test
    void refusesFilesLargerThanTheCapBeforeLoadingThem() throws IOException {
        Path huge = temp.resolve("huge.xls");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.write(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1});
            file.setLength(XlsInventoryReader.MAX_FILE_BYTES + 1);       // sparse: no disk used
        }

        assertThatThrownBy(() -> XlsInventoryReader.read("huge.xls", huge, r -> { }))
                .isInstanceOf(InventoryException.class)
                .hasMessageStartingWith("huge.xls: the .xls file is larger than 200 MiB");
        assertThatThrownBy(() -> XlsxInventoryReader.spool("streamed.xls", new ByteArrayInputStream(new byte[5000]), ".xls", 4096))
                .isInstanceOf(InventoryException.class)
                .hasMessageStartingWith("streamed.xls: the .xls file is larger than");
    }

    @Test
    void exceptionFromTheConsumerPassesThroughUnchanged() {
        IllegalStateException stop = new IllegalStateException("downstream full");

        assertThatThrownBy(() -> XlsInventoryReader.read("c.xls", new ByteArrayInputStream(rvtoolsExport().xls()), r -> {
            throw stop;
        })).isSameAs(stop);
    }

    @Test
    void iteratesTheRowsOfALocalXls() throws IOException {
        Path file = temp.resolve("export.xls");
        Files.write(file, rvtoolsExport().xls());
        List<ReadRow> rows = new ArrayList<>();

        try (ReadRowIterator it = XlsInventoryReader.iterate("export.xls", file, ReadOptions.DEFAULT)) {
            it.forEachRemaining(rows::add);
            assertThat(it.summary().rows()).isEqualTo(3);
        }

        assertThat(rows).hasSize(3);
        assertThat(file).exists();
    }
}
