package io.fleetfit.inventory;

import static io.fleetfit.inventory.AzureMigrateImportTest.vm;
import static org.assertj.core.api.Assertions.assertThat;

import io.fleetfit.assessment.PowerState;
import io.fleetfit.assessment.SourceRef;
import io.fleetfit.assessment.VmRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InventoryTemplateTest {

    @TempDir
    Path dir;

    @Test
    void templateHasCommentedHeadersFrozenAndTheInstructions() throws IOException {
        try (XSSFWorkbook workbook = open(writeTemplate())) {
            assertThat(workbook.getSheetName(0)).isEqualTo("Inventory");
            assertThat(workbook.getSheetName(1)).isEqualTo("Instructions");
            XSSFSheet sheet = workbook.getSheet("Inventory");
            assertThat(headers(sheet)).isEqualTo(InventoryTemplate.headers())
                    .startsWith("VM name", "VM UUID")
                    .contains("Power state", "Template", "OS", "OS version", "vCPUs", "Memory (MiB)",
                            "Provisioned storage (MiB)", "In-use storage (MiB)", "Datacenter", "Cluster", "Host",
                            "Folder", "Application", "Owner", "Environment", "Business unit", "Annotation",
                            "Data classification", "Isolation requirement");
            for (Cell cell : sheet.getRow(0)) {
                assertThat(cell.getCellComment()).as(cell.getStringCellValue()).isNotNull();
                assertThat(cell.getCellComment().getString().getString()).contains("Example: ");
                assertThat(sheet.getColumnWidth(cell.getColumnIndex())).isGreaterThan(256 * 7);
            }
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(workbook.getSheet("Instructions").getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("fleetfit inventory template");
        }
    }

    @Test
    void enumeratedColumnsOfferDropDownListsOverRows2To5000() throws IOException {
        try (XSSFWorkbook workbook = open(writeTemplate())) {
            XSSFSheet sheet = workbook.getSheet("Inventory");
            List<String> headers = headers(sheet);
            Map<String, List<String>> lists = new LinkedHashMap<>();
            for (DataValidation validation : sheet.getDataValidations()) {
                CellRangeAddress range = validation.getRegions().getCellRangeAddress(0);
                assertThat(range.getFirstRow()).isEqualTo(1);
                assertThat(range.getLastRow()).isEqualTo(4999);
                DataValidationConstraint constraint = validation.getValidationConstraint();
                if (constraint.getExplicitListValues() != null) {
                    lists.put(headers.get(range.getFirstColumn()), List.of(constraint.getExplicitListValues()));
                }
            }

            assertThat(lists).containsExactly(
                    Map.entry("Power state", List.of("poweredOn", "poweredOff", "suspended")),
                    Map.entry("Template", List.of("True", "False")),
                    Map.entry("Environment", List.of("Production", "Staging", "Test", "Development", "DR")),
                    Map.entry("Data classification", List.of("Public", "Internal", "Confidential", "Restricted", "Regulated")),
                    Map.entry("Isolation requirement", List.of("None", "Sandboxed", "Dedicated kernel")));
        }
    }

    @Test
    void templateHeadersAreRecognisedAsTheTemplate() {
        HeaderMap map = HeaderMap.of(InventoryTemplate.headers());

        assertThat(map.sourceFormat()).isEqualTo(SourceFormat.FLEETFIT_TEMPLATE);
        assertThat(map.sourceFormat().label()).isEqualTo("fleetfit template");
        assertThat(map.isInventoryHeader()).isTrue();
        assertThat(map.unitNotes()).isEmpty();
        assertThat(map.customAttributeHeaders()).containsExactly("Application", "Owner", "Environment",
                "Business unit", "Data classification", "Isolation requirement");
    }

    @Test
    void filledInTemplateRoundTrips() throws IOException {
        Path template = writeTemplate();
        Path filled = dir.resolve("acme-filled.xlsx");
        try (XSSFWorkbook workbook = open(template)) {
            XSSFSheet sheet = workbook.getSheet("Inventory");
            List<String> headers = headers(sheet);
            fill(sheet.createRow(1), headers, Map.ofEntries(
                    Map.entry("VM name", "acme-pay-01"), Map.entry("VM UUID", "50123456-89ab-cdef-0123-456789abcdef"),
                    Map.entry("Power state", "poweredOn"), Map.entry("Template", "False"),
                    Map.entry("OS", "Ubuntu Linux (64-bit)"), Map.entry("OS version", "22.04"), Map.entry("vCPUs", 4),
                    Map.entry("Memory (MiB)", 8192), Map.entry("Provisioned storage (MiB)", 102400),
                    Map.entry("In-use storage (MiB)", 61440), Map.entry("Datacenter", "DC-North"),
                    Map.entry("Cluster", "Prod-01"), Map.entry("Application", "Payments"),
                    Map.entry("Owner", "Team Pay"), Map.entry("Environment", "Production"),
                    Map.entry("Business unit", "Retail"), Map.entry("Annotation", "Card gateway"),
                    Map.entry("Data classification", "Regulated"), Map.entry("Isolation requirement", "Dedicated kernel")));
            fill(sheet.createRow(2), headers, Map.of("VM name", "acme-tpl-01", "Template", "True",
                    "Power state", "poweredOff"));
            try (OutputStream out = Files.newOutputStream(filled)) {
                workbook.write(out);
            }
        }

        List<ReadRow> rows = readFirstSheet(filled);

        assertThat(rows).hasSize(2);
        VmRecord vm = vm(rows.get(0));
        assertThat(vm.vmName()).isEqualTo("acme-pay-01");
        assertThat(vm.vmUuid()).isEqualTo("50123456-89ab-cdef-0123-456789abcdef");
        assertThat(vm.powerState()).isEqualTo(PowerState.ON);
        assertThat(vm.template()).isFalse();
        assertThat(vm.osConfig()).isEqualTo("Ubuntu Linux 22.04 (64-bit)");
        assertThat(vm.cpus()).isEqualTo(4);
        assertThat(vm.memoryMib()).isEqualTo(8192L);
        assertThat(vm.provisionedMib()).isEqualTo(102_400L);
        assertThat(vm.inUseMib()).isEqualTo(61_440L);
        assertThat(vm.datacenter()).isEqualTo("DC-North");
        assertThat(vm.cluster()).isEqualTo("Prod-01");
        assertThat(vm.application()).isEqualTo("Payments");
        assertThat(vm.owner()).isEqualTo("Team Pay");
        assertThat(vm.environment()).isEqualTo("Production");
        assertThat(vm.businessUnit()).isEqualTo("Retail");
        assertThat(vm.annotation()).isEqualTo("Card gateway");
        assertThat(vm.customAttributes())
                .containsEntry("Data classification", "Regulated")
                .containsEntry("Isolation requirement", "Dedicated kernel");
        assertThat(vm.warnings()).isEmpty();
        VmRecord vmTemplate = vm(rows.get(1));
        assertThat(vmTemplate.isTemplate()).isTrue();
        assertThat(vmTemplate.powerState()).isEqualTo(PowerState.OFF);
    }

    private Path writeTemplate() throws IOException {
        Path file = dir.resolve("fleetfit-inventory-template.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            InventoryTemplate.write(out);
        }
        return file;
    }

    private static XSSFWorkbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    private static List<String> headers(XSSFSheet sheet) {
        List<String> headers = new ArrayList<>();
        for (Cell cell : sheet.getRow(0)) {
            headers.add(cell.getStringCellValue());
        }
        return headers;
    }

    private static void fill(Row row, List<String> headers, Map<String, Object> values) {
        values.forEach((header, value) -> {
            Cell cell = row.createCell(headers.indexOf(header));
            if (value instanceof Integer n) {
                cell.setCellValue(n);
            } else {
                cell.setCellValue((String) value);
            }
        });
    }

    /** As the xlsx reader does: the first sheet whose header has a VM name column, cells as Excel shows them. */
    private static List<ReadRow> readFirstSheet(Path file) throws IOException {
        DataFormatter formatter = new DataFormatter();
        try (XSSFWorkbook workbook = open(file)) {
            for (int s = 0; s < workbook.getNumberOfSheets(); s++) {
                XSSFSheet sheet = workbook.getSheetAt(s);
                Row headerRow = sheet.getRow(0);
                int width = headerRow.getLastCellNum();
                HeaderMap header = HeaderMap.of(cells(headerRow, width, formatter), ReadOptions.DEFAULT);
                if (!header.isInventoryHeader()) {
                    continue;
                }
                assertThat(header.sourceFormat()).isEqualTo(SourceFormat.FLEETFIT_TEMPLATE);
                List<ReadRow> rows = new ArrayList<>();
                for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                    List<String> cells = cells(sheet.getRow(r), width, formatter);
                    if (!RowParser.isBlank(cells)) {
                        rows.add(RowParser.parse(new SourceRef(file.getFileName().toString(), sheet.getSheetName(), r + 1),
                                header, cells));
                    }
                }
                return rows;
            }
        }
        throw new AssertionError("no sheet with a VM name column");
    }

    private static List<String> cells(Row row, int width, DataFormatter formatter) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            cells.add(row == null || row.getCell(c) == null ? "" : formatter.formatCellValue(row.getCell(c)));
        }
        return cells;
    }
}
