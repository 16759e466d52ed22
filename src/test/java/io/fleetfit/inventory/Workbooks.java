package io.fleetfit.inventory;

import io.fleetfit.assessment.VmRecord;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Small workbooks for reader tests, written with POI's full model as .xlsx or .xls: sheet name to
 * rows, the first row the header. A String is a text cell, a Number a numeric cell, a Boolean a
 * boolean cell, null no cell.
 */
final class Workbooks {

    /** The vInfo header the joining tests use: name, identity, vCenter, host and folder. */
    static final List<Object> VINFO = List.of("VM", "Powerstate", "VM UUID", "VI SDK Server", "Host", "Folder",
            "OS according to the configuration file");

    private final Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();

    static Workbooks of() {
        return new Workbooks();
    }

    /** Adds a sheet: its header row, then its data rows. */
    Workbooks sheet(String name, List<?> header, List<?>... rows) {
        List<List<Object>> all = new ArrayList<>();
        all.add(new ArrayList<>(header));
        for (List<?> row : rows) {
            all.add(new ArrayList<>(row));
        }
        sheets.put(name, all);
        return this;
    }

    /** Adds vMetaData naming RVTools 4.7.1.4, which makes the workbook an RVTools export. */
    Workbooks metadata() {
        return sheet("vMetaData", List.of("RVTools major version", "RVTools version", "xlsx creation datetime", "Server"),
                List.of(4.7, "4.7.1.4", 45807.6548958333, "vcenter01.acme.example"));
    }

    byte[] xlsx() {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            return write(wb);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    byte[] xls() {
        try (HSSFWorkbook wb = new HSSFWorkbook()) {
            return write(wb);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] write(Workbook wb) throws IOException {
        for (Map.Entry<String, List<List<Object>>> sheet : sheets.entrySet()) {
            Sheet s = wb.createSheet(sheet.getKey());
            List<List<Object>> rows = sheet.getValue();
            for (int r = 0; r < rows.size(); r++) {
                Row row = s.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Object value = rows.get(r).get(c);
                    if (value instanceof String text) {
                        row.createCell(c).setCellValue(text);
                    } else if (value instanceof Number number) {
                        row.createCell(c).setCellValue(number.doubleValue());
                    } else if (value instanceof Boolean bool) {
                        row.createCell(c).setCellValue(bool);
                    }
                }
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        wb.write(out);
        return out.toByteArray();
    }

    /** A row of cells: a shorthand for tests. */
    static List<Object> row(Object... cells) {
        return Arrays.asList(cells);
    }

    /** Reads .xlsx bytes and returns the summary and rows. */
    static Read readXlsx(String fileName, byte[] bytes) {
        List<ReadRow> rows = new ArrayList<>();
        ReadSummary summary = XlsxInventoryReader.read(fileName, new ByteArrayInputStream(bytes), rows::add);
        return new Read(summary, rows);
    }

    /** Reads .xls bytes and returns the summary and rows. */
    static Read readXls(String fileName, byte[] bytes) {
        List<ReadRow> rows = new ArrayList<>();
        ReadSummary summary = XlsInventoryReader.read(fileName, new ByteArrayInputStream(bytes), rows::add);
        return new Read(summary, rows);
    }

    /** What a reader made of a file. */
    record Read(ReadSummary summary, List<ReadRow> rows) {
        List<VmRecord> vms() {
            return rows.stream().filter(ReadRow.Vm.class::isInstance).map(r -> ((ReadRow.Vm) r).vm()).toList();
        }

        VmRecord vm(String name) {
            return vms().stream().filter(vm -> vm.vmName().equals(name)).findFirst()
                    .orElseThrow(() -> new AssertionError("no VM " + name + " in " + vms()));
        }
    }
}
