package io.fleetfit.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fleetfit.assessment.Rejection;
import io.fleetfit.assessment.SourceRef;
import io.fleetfit.assessment.VmRecord;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxInventoryReaderTest {

    @TempDir
    Path temp;

    @Test
    void readsTheVinfoSheetWhereverItIs() throws IOException {
        byte[] xlsx = workbook(wb -> {
            rows(wb.createSheet("Summary"), List.of("VM", "Note"), List.of("not-this-one", "x"));
            rows(wb.createSheet("VINFO"), List.of("VM", "CPUs"), List.of("acme-web-01", "2"));
        });
        List<ReadRow> rows = new ArrayList<>();

        ReadSummary summary = XlsxInventoryReader.read("acme.xlsx", new ByteArrayInputStream(xlsx), rows::add);

        assertThat(summary).isEqualTo(new ReadSummary("acme.xlsx", "VINFO", "xlsx inventory", null, 1));
        assertThat(vm(rows.get(0)).vmName()).isEqualTo("acme-web-01");
        assertThat(vm(rows.get(0)).source()).isEqualTo(new SourceRef("acme.xlsx", "VINFO", 2));
    }

    @Test
    void fallsBackToTheFirstSheetWhoseHeaderNamesTheVm() throws IOException {
        byte[] xlsx = workbook(wb -> {
            rows(wb.createSheet("Read me"), List.of("Exported for ACME"), List.of("by the infra team"));
            wb.createSheet("Empty");
            rows(wb.createSheet("Servers"), List.of("VM Name", "Memory MB"), List.of("acme-db-01", "8192"));
            rows(wb.createSheet("More servers"), List.of("VM Name"), List.of("acme-db-02"));
        });
        List<ReadRow> rows = new ArrayList<>();

        ReadSummary summary = XlsxInventoryReader.read("list.xlsx", new ByteArrayInputStream(xlsx), rows::add);

        assertThat(summary.sheet()).isEqualTo("Servers");
        assertThat(rows).extracting(r -> vm(r).vmName()).containsExactly("acme-db-01");
        assertThat(vm(rows.get(0)).memoryMib()).isEqualTo(8192L);
    }

    @Test
    void workbookWithoutInventorySheetIsRefusedNamingTheFile() {
        byte[] xlsx = workbook(wb -> rows(wb.createSheet("vHost"), List.of("Host", "Cluster"), List.of("esx01", "Prod")));

        assertThatThrownBy(() -> XlsxInventoryReader.read("hosts.xlsx", new ByteArrayInputStream(xlsx), r -> { }))
                .isInstanceOf(InventoryException.class)
                .hasMessage("hosts.xlsx: no vInfo sheet or VM inventory sheet found; export the vInfo tab from RVTools.");
    }

    @Test
    void vinfoSheetWithoutVmColumnIsRefused() {
        byte[] xlsx = workbook(wb -> rows(wb.createSheet("vInfo"), List.of("Name", "CPUs"), List.of("a", "1")));

        assertThatThrownBy(() -> XlsxInventoryReader.read("odd.xlsx", new ByteArrayInputStream(xlsx), r -> { }))
                .isInstanceOf(InventoryException.class)
                .hasMessageStartingWith("odd.xlsx: sheet vInfo has no VM column");
    }

    @Test
    void rowNumbersAreTheSpreadsheetsOwnWithGapsAndALateHeader() throws IOException {
        byte[] xlsx = workbook(wb -> {
            Sheet sheet = wb.createSheet("vInfo");
            sheet.createRow(0);                                   // row 1: exists, empty
            cells(sheet.createRow(2), "VM", "CPUs");               // row 3: header
            cells(sheet.createRow(3), "acme-a", "1");              // row 4
            cells(sheet.createRow(7), "acme-b", "2");              // row 8
            cells(sheet.createRow(8), "", "3");                    // row 9: no name
        });
        List<ReadRow> rows = new ArrayList<>();

        ReadSummary summary = XlsxInventoryReader.read("gaps.xlsx", new ByteArrayInputStream(xlsx), rows::add);

        assertThat(summary.rows()).isEqualTo(3);
        assertThat(vm(rows.get(0)).source().row()).isEqualTo(4);
        assertThat(vm(rows.get(1)).source().row()).isEqualTo(8);
        assertThat(rows.get(2)).isEqualTo(new ReadRow.Rejected(
                new Rejection(new SourceRef("gaps.xlsx", "vInfo", 9), "", "No VM name in column VM.")));
    }

    @Test
    void skipsEmptyTrailingRowsThatOnlyCarryFormatting() throws IOException {
        byte[] xlsx = workbook(wb -> {
            Sheet sheet = wb.createSheet("vInfo");
            rows(sheet, List.of("VM", "CPUs"), List.of("acme-web-01", "2"));
            CellStyle style = wb.createCellStyle();
            style.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
            for (int r = 2; r < 2000; r++) {
                Row row = sheet.createRow(r);
                row.setRowStyle(style);
                row.createCell(0).setCellStyle(style);
                row.createCell(1).setCellValue("");
            }
        });

        ReadSummary summary = XlsxInventoryReader.read("styled.xlsx", new ByteArrayInputStream(xlsx), r -> { });

        assertThat(summary.rows()).isEqualTo(1);
    }

    @Test
    void formulaCellGivesItsCachedValueAsTextAndIsNeverEvaluated() throws IOException {
        byte[] xlsx = workbook(wb -> {
            Sheet sheet = wb.createSheet("vInfo");
            cells(sheet.createRow(0), "VM", "CPUs", "Annotation");
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("acme-app-01");
            Cell cpus = row.createCell(1);
            cpus.setCellFormula("1+1");
            cpus.setCellValue(8);                                  // a stale cache: proves no evaluation
            Cell note = row.createCell(2);
            note.setCellFormula("CONCATENATE(\"Owner: \",\"Team A\")");
            note.setCellValue("Owner: Team A");
        });
        List<ReadRow> rows = new ArrayList<>();

        XlsxInventoryReader.read("f.xlsx", new ByteArrayInputStream(xlsx), rows::add);

        assertThat(vm(rows.get(0)).cpus()).isEqualTo(8);
        assertThat(vm(rows.get(0)).annotation()).isEqualTo("Owner: Team A");
    }

    @Test
    void formulaLikeTextStaysText() throws IOException {
        String text = "=HYPERLINK(\"https://wiki.acme.example/web\",\"Runbook\")";
        byte[] xlsx = workbook(wb -> rows(wb.createSheet("vInfo"), List.of("VM", "Annotation"), List.of("web", text)));
        List<ReadRow> rows = new ArrayList<>();

        XlsxInventoryReader.read("t.xlsx", new ByteArrayInputStream(xlsx), rows::add);

        assertThat(vm(rows.get(0)).annotation()).isEqualTo(text);
    }

    @Test
    void readsNumbersBooleansAndThousandsFormattedCells() throws IOException {
        byte[] xlsx = workbook(wb -> {
            CellStyle grouped = wb.createCellStyle();
            grouped.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
            Sheet sheet = wb.createSheet("vInfo");
            cells(sheet.createRow(0), "VM", "Template", "CPUs", "Memory", "Provisioned MiB");
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("acme-db-01");
            row.createCell(1).setCellValue(true);
            row.createCell(2).setCellValue(4);
            Cell memory = row.createCell(3);
            memory.setCellValue(65536);
            memory.setCellStyle(grouped);
            row.createCell(4).setCellValue(1048576.4);
        });
        List<ReadRow> rows = new ArrayList<>();

        XlsxInventoryReader.read("n.xlsx", new ByteArrayInputStream(xlsx), rows::add);

        VmRecord vm = vm(rows.get(0));
        assertThat(vm.template()).isTrue();
        assertThat(vm.cpus()).isEqualTo(4);
        assertThat(vm.memoryMib()).isEqualTo(65536L);
        assertThat(vm.provisionedMib()).isEqualTo(1048576L);
        assertThat(vm.warnings()).isEmpty();
    }

    @Test
    void readsTheRvtoolsVersionFromVmetadata() throws IOException {
        byte[] xlsx = workbook(wb -> {
            rows(wb.createSheet("vInfo"), HeaderMap.STANDARD_VINFO_HEADERS, List.of("acme-web-01"));
            Sheet meta = wb.createSheet("vMetaData");
            cells(meta.createRow(0), "RVTools major version", "RVTools version", "xlsx creation datetime", "Server");
            Row row = meta.createRow(1);
            row.createCell(0).setCellValue(4.7);
            row.createCell(1).setCellValue("4.7.1.4");
            row.createCell(2).setCellValue(45807.6548958333);
            row.createCell(3).setCellValue("vcenter01.acme.example");
        });

        ReadSummary summary = XlsxInventoryReader.read("rv.xlsx", new ByteArrayInputStream(xlsx), r -> { });

        assertThat(summary).isEqualTo(new ReadSummary("rv.xlsx", "vInfo", "RVTools xlsx", "4.7.1.4", 1, List.of(
                "no vDisk tab: disk facts unknown",
                "no vPartition tab: guest partition usage unknown",
                "no vNetwork tab: network adapter facts unknown",
                "no vUSB tab: USB devices unknown",
                "no vHost tab: host ESXi version and CPU model unknown")));
    }

    @Test
    void neverTakesAnotherRvtoolsTabForTheInventory() {
        byte[] xlsx = workbook(wb -> {
            rows(wb.createSheet("vDisk"), List.of("VM", "Capacity MiB"), List.of("acme-web-01", "40960"));
            rows(wb.createSheet("vNetwork"), List.of("VM", "Adapter"), List.of("acme-web-01", "Vmxnet3"));
        });

        assertThatThrownBy(() -> XlsxInventoryReader.read("tabs.xlsx", new ByteArrayInputStream(xlsx), r -> { }))
                .isInstanceOf(InventoryException.class)
                .hasMessage("tabs.xlsx: no vInfo sheet or VM inventory sheet found; export the vInfo tab from RVTools.");
    }

    @Test
    void readOptionsReachTheHeader() {
        byte[] xlsx = workbook(wb -> rows(wb.createSheet("CMDB"), List.of("Name", "Standort"), List.of("srv-01", "Graz")));
        List<ReadRow> rows = new ArrayList<>();

        XlsxInventoryReader.read("cmdb.xlsx", new ByteArrayInputStream(xlsx),
                new ReadOptions(null, java.util.Map.of("Name", "vm_name")), rows::add);

        assertThat(vm(rows.get(0)).vmName()).isEqualTo("srv-01");
        assertThatThrownBy(() -> XlsxInventoryReader.read("cmdb.xlsx", new ByteArrayInputStream(xlsx), r -> { }))
                .isInstanceOf(InventoryException.class);
    }

    @Test
    void readsInlineStringsAndCellsWithoutReferences() throws IOException {
        String sheet = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + "<row><c t=\"inlineStr\"><is><t>VM</t></is></c><c t=\"inlineStr\"><is><t>CPUs</t></is></c>"
                + "<c t=\"inlineStr\"><is><r><t>Anno</t></r><r><t>tation</t></r></is></c></row>"
                + "<row><c t=\"inlineStr\"><is><t>acme-web-01</t></is></c><c><v>4.0</v></c>"
                + "<c t=\"inlineStr\"><is><t>web</t><rPh><t>ウェブ</t></rPh></is></c></row>"
                + "</sheetData></worksheet>";
        byte[] xlsx = withSheetXml(workbook(wb -> rows(wb.createSheet("vInfo"), List.of("x"))), sheet);
        List<ReadRow> rows = new ArrayList<>();

        XlsxInventoryReader.read("inline.xlsx", new ByteArrayInputStream(xlsx), rows::add);

        assertThat(rows).hasSize(1);
        assertThat(vm(rows.get(0)).vmName()).isEqualTo("acme-web-01");
        assertThat(vm(rows.get(0)).cpus()).isEqualTo(4);
        assertThat(vm(rows.get(0)).annotation()).isEqualTo("web");
        assertThat(vm(rows.get(0)).source().row()).isEqualTo(2);
    }

    @Test
    void decodesExcelsEscapesInSharedAndInlineStringsAsPoiDoes() throws IOException {
        // Excel writes a pasted annotation's carriage return as _x000D_, and a literal "_x0031_" as "_x005F_x0031_"
        String shared = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"6\" uniqueCount=\"6\">"
                + "<si><t>VM</t></si><si><t>Annotation</t></si><si><t>Folder</t></si>"
                + "<si><t>web_x005F_x0031_</t></si><si><t xml:space=\"preserve\">line 1_x000D_\nline 2_x0009_end</t></si>"
                + "<si><t>/not_x12_an_xZZZZ_escape_x</t></si></sst>";
        byte[] xlsx = withPart(workbook(wb -> rows(wb.createSheet("vInfo"), List.of("VM", "Annotation", "Folder"),
                List.of("a", "b", "c"))), "xl/sharedStrings.xml", shared);
        List<ReadRow> rows = new ArrayList<>();

        XlsxInventoryReader.read("escapes.xlsx", new ByteArrayInputStream(xlsx), rows::add);

        VmRecord vm = vm(rows.get(0));
        assertThat(vm.vmName()).isEqualTo("web_x0031_");
        assertThat(vm.annotation()).isEqualTo("line 1\r\nline 2\tend");
        assertThat(vm.folder()).isEqualTo("/not_x12_an_xZZZZ_escape_x");
        try (XSSFWorkbook poi = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Row row = poi.getSheetAt(0).getRow(1);
            assertThat(List.of(vm.vmName(), vm.annotation(), vm.folder())).containsExactly(
                    row.getCell(0).getStringCellValue(), row.getCell(1).getStringCellValue(), row.getCell(2).getStringCellValue());
        }

        String sheet = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + "<row><c t=\"inlineStr\"><is><t>VM</t></is></c><c t=\"inlineStr\"><is><t>Annotation</t></is></c></row>"
                + "<row><c t=\"inlineStr\"><is><t>db_x005F_x0032_</t></is></c><c t=\"inlineStr\"><is><t>a_x000D_b</t></is></c></row>"
                + "</sheetData></worksheet>";
        rows.clear();
        XlsxInventoryReader.read("inline-escapes.xlsx", new ByteArrayInputStream(withSheetXml(xlsx, sheet)), rows::add);
        assertThat(vm(rows.get(0)).vmName()).isEqualTo("db_x0032_");
        assertThat(vm(rows.get(0)).annotation()).isEqualTo("a\rb");
    }

    @Test
    void readsFromALocalPathAsFromAStream() throws IOException {
        Path file = temp.resolve("local.xlsx");
        Files.write(file, workbook(wb -> rows(wb.createSheet("vInfo"), List.of("VM"), List.of("a"), List.of("b"))));

        ReadSummary summary = XlsxInventoryReader.read("local.xlsx", file, r -> { });

        assertThat(summary.rows()).isEqualTo(2);
    }

    @Test
    void fileThatIsNotAZipIsRefusedWithAdvice() {
        byte[] text = "VM,CPUs\nweb,2\n".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> XlsxInventoryReader.read("renamed.xlsx", new ByteArrayInputStream(text), r -> { }))
                .isInstanceOf(InventoryException.class)
                .hasMessage("renamed.xlsx: not an Excel .xlsx workbook (it is not a zip file); export the vInfo"
                        + " tab from RVTools as .xlsx or CSV.");
    }

    @Test
    void emptyFileIsRefusedWithAdvice() {
        assertThatThrownBy(() -> XlsxInventoryReader.read("empty.xlsx", new ByteArrayInputStream(new byte[0]), r -> { }))
                .isInstanceOf(InventoryException.class)
                .hasMessage("empty.xlsx: the file is empty; export the vInfo tab from RVTools again.");
    }

    @Test
    void oldBinaryXlsNamedXlsxIsReadAsXlsWithANote() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (HSSFWorkbook wb = new HSSFWorkbook()) {
            Sheet sheet = wb.createSheet("vInfo");
            sheet.createRow(0).createCell(0).setCellValue("VM");
            sheet.createRow(1).createCell(0).setCellValue("acme-old-01");
            wb.write(bytes);
        }
        List<ReadRow> rows = new ArrayList<>();

        ReadSummary summary = XlsxInventoryReader.read("old.xlsx", new ByteArrayInputStream(bytes.toByteArray()), rows::add);

        assertThat(summary.format()).isEqualTo("xls inventory");
        assertThat(summary.notes()).containsExactly("an old binary .xls workbook with an .xlsx name; read as .xls");
        assertThat(vm(rows.get(0)).vmName()).isEqualTo("acme-old-01");
    }

    @Test
    void passwordProtectedWorkbookIsRefusedWithAdvice() throws Exception {
        byte[] plain = workbook(wb -> rows(wb.createSheet("vInfo"), List.of("VM"), List.of("secret-vm")));
        ByteArrayOutputStream encrypted = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.standard).getEncryptor();
            encryptor.confirmPassword("s3cret");
            try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(plain));
                 OutputStream out = encryptor.getDataStream(fs)) {
                pkg.save(out);
            }
            fs.writeFilesystem(encrypted);
        }

        assertThatThrownBy(() -> XlsxInventoryReader.read("locked.xlsx",
                new ByteArrayInputStream(encrypted.toByteArray()), r -> { }))
                .isInstanceOf(InventoryException.class)
                .hasMessage("locked.xlsx: the workbook is password-protected (encrypted); save a copy without"
                        + " a password and try again.");
    }

    @Test
    void truncatedWorkbookIsRefusedWithAdvice() {
        byte[] xlsx = workbook(wb -> rows(wb.createSheet("vInfo"), List.of("VM"), List.of("a")));
        byte[] truncated = Arrays.copyOf(xlsx, xlsx.length / 2);

        assertThatThrownBy(() -> XlsxInventoryReader.read("cut.xlsx", new ByteArrayInputStream(truncated), r -> { }))
                .isInstanceOf(InventoryException.class)
                .hasMessageStartingWith("cut.xlsx: ")
                .hasMessageEndingWith("; open it in Excel, save it as .xlsx and try again.")
                .hasMessageNotContaining("\n");
    }

    @Test
    void zipBombIsRefusedBeforeItIsExpanded() throws IOException {
        byte[] xlsx = workbook(wb -> rows(wb.createSheet("vInfo"), List.of("VM"), List.of("a")));
        byte[] bomb = withPaddedSheet(xlsx, 40 << 20);

        assertThatThrownBy(() -> XlsxInventoryReader.read("bomb.xlsx", new ByteArrayInputStream(bomb), r -> { }))
                .isInstanceOf(InventoryException.class)
                .hasMessageStartingWith("bomb.xlsx: the file expands to far more data than a workbook holds");
    }

    @Test
    void exceptionFromTheConsumerPassesThroughUnchanged() {
        byte[] xlsx = workbook(wb -> rows(wb.createSheet("vInfo"), List.of("VM"), List.of("a")));
        IllegalStateException stop = new IllegalStateException("downstream full");

        assertThatThrownBy(() -> XlsxInventoryReader.read("c.xlsx", new ByteArrayInputStream(xlsx), r -> {
            throw stop;
        })).isSameAs(stop);
    }

    @Test
    void findsColumnsFromCellReferences() {
        assertThat(XlsxInventoryReader.columnOf("A1")).isZero();
        assertThat(XlsxInventoryReader.columnOf("Z9")).isEqualTo(25);
        assertThat(XlsxInventoryReader.columnOf("AA10")).isEqualTo(26);
        assertThat(XlsxInventoryReader.columnOf("CL2")).isEqualTo(89);
    }

    /** Writes a workbook with POI's full (test-only) model and returns its bytes. */
    static byte[] workbook(Consumer<XSSFWorkbook> build) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            build.accept(wb);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @SafeVarargs
    private static void rows(Sheet sheet, List<String>... rows) {
        for (int r = 0; r < rows.length; r++) {
            cells(sheet.createRow(r), rows[r].toArray(String[]::new));
        }
    }

    private static void cells(Row row, String... values) {
        for (int c = 0; c < values.length; c++) {
            row.createCell(c).setCellValue(values[c]);
        }
    }

    /** The same workbook with sheet1's XML replaced. */
    private static byte[] withSheetXml(byte[] xlsx, String sheetXml) throws IOException {
        return withPart(xlsx, "xl/worksheets/sheet1.xml", sheetXml);
    }

    /** The same workbook with one part's XML replaced. */
    private static byte[] withPart(byte[] xlsx, String part, String xml) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
             ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals(part)) {
                    out.write(xml.getBytes(StandardCharsets.UTF_8));
                } else {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** The same workbook with {@code padding} spaces after sheet1's root element: valid XML, absurdly compressible. */
    private static byte[] withPaddedSheet(byte[] xlsx, int padding) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
             ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                in.transferTo(out);
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    byte[] spaces = new byte[1 << 16];
                    Arrays.fill(spaces, (byte) ' ');
                    for (int written = 0; written < padding; written += spaces.length) {
                        out.write(spaces);
                    }
                }
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static VmRecord vm(ReadRow row) {
        assertThat(row).isInstanceOf(ReadRow.Vm.class);
        return ((ReadRow.Vm) row).vm();
    }
}
