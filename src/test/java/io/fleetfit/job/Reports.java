package io.fleetfit.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import com.opencsv.exceptions.CsvException;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A written report re-read with POI's full model: its tables as rows of header to cell text. */
final class Reports {

    private Reports() {
    }

    /**
     * assessments.csv as rows of header to value, parsed by RFC 4180 as written (OpenCSV's default
     * parser would take a backslash for an escape character and drop it).
     */
    static List<Map<String, String>> assessments(Path csv) throws IOException, CsvException {
        try (CSVReader reader = new CSVReaderBuilder(Files.newBufferedReader(csv, StandardCharsets.UTF_8))
                .withCSVParser(new RFC4180ParserBuilder().build()).build()) {
            List<String[]> all = reader.readAll();
            List<Map<String, String>> rows = new ArrayList<>();
            for (String[] line : all.subList(1, all.size())) {
                assertThat(line).as("fields of a row").hasSameSizeAs(all.get(0));
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < line.length; i++) {
                    row.put(all.get(0)[i], line[i]);
                }
                rows.add(row);
            }
            return rows;
        }
    }

    static XSSFWorkbook open(Path report) throws IOException {
        try (InputStream in = Files.newInputStream(report)) {
            return new XSSFWorkbook(in);
        }
    }

    /** The table whose header row is the sheet's first row (Workloads, Findings, Data quality). */
    static List<Map<String, String>> table(Sheet sheet) {
        return table(sheet, 0);
    }

    /**
     * The table under the section title {@code section} in column A (the Summary's "Inputs"): its
     * header row follows the title, its rows end at the first row without a value in column A.
     */
    static List<Map<String, String>> table(Sheet sheet, String section) {
        for (Row row : sheet) {
            if (section.equals(text(row.getCell(0)))) {
                return table(sheet, row.getRowNum() + 1);
            }
        }
        throw new AssertionError("no section " + section + " on sheet " + sheet.getSheetName());
    }

    private static List<Map<String, String>> table(Sheet sheet, int headerRow) {
        Row header = sheet.getRow(headerRow);
        List<Map<String, String>> rows = new ArrayList<>();
        for (int r = headerRow + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null || text(row.getCell(0)).isEmpty()) {
                break;
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (Cell h : header) {
                values.put(text(h), text(row.getCell(h.getColumnIndex())));
            }
            rows.add(values);
        }
        return rows;
    }

    /**
     * What evidence may not hold in fleetfit's own words, once the values seen in the inventory
     * (quoted) are taken out: a snake_case key or a glob ({@code independent_*}), a {@code *}, a
     * {@code key = value}, or a role signal's syntax ({@code name:*dc}, "matched").
     */
    static final java.util.regex.Pattern RAW_EVIDENCE =
            java.util.regex.Pattern.compile("[a-z]+_[a-z_*]+|\\*|=|\\bname:\\S|\\bmatched\\b");

    /**
     * Every evidence cell of the Findings sheets and role evidence cell of the Workloads sheets
     * whose words outside quotation marks look like a raw key, as "Sheet!A1: text"; none in a report
     * written for people.
     */
    static List<String> rawEvidence(Workbook wb) {
        List<String> raw = new ArrayList<>();
        for (Sheet sheet : wb) {
            String column = sheet.getSheetName().startsWith("Findings") ? "Evidence"
                    : sheet.getSheetName().startsWith("Workloads") ? "Role evidence" : null;
            if (column == null || sheet.getRow(0) == null) {
                continue;
            }
            int at = -1;
            for (Cell h : sheet.getRow(0)) {
                if (column.equals(text(h))) {
                    at = h.getColumnIndex();
                }
            }
            assertThat(at).as("%s column on %s", column, sheet.getSheetName()).isNotNegative();
            for (Row row : sheet) {
                Cell cell = row.getRowNum() == 0 ? null : row.getCell(at);
                String words = text(cell).replaceAll("\"[^\"]*\"", "\"\"");
                if (RAW_EVIDENCE.matcher(words).find()) {
                    raw.add(sheet.getSheetName() + "!" + cell.getAddress() + ": " + text(cell));
                }
            }
        }
        return raw;
    }

    /**
     * The Windows note's findings as the report shows them, checked against assessments.csv: none on
     * the Findings sheets, and the Summary's "Counted once for the fleet" row carries as many
     * workloads as assessments.csv lists with the rule (the section is absent when none does).
     */
    static void assertCountedOnce(Workbook wb, List<Map<String, String>> csv, String ruleId) {
        long carrying = csv.stream().filter(r -> List.of(r.get("findings").split(";")).contains(ruleId)).count();
        for (Sheet sheet : wb) {
            if (sheet.getSheetName().startsWith("Findings")) {
                assertThat(table(sheet)).as("%s rows on %s", ruleId, sheet.getSheetName())
                        .noneMatch(r -> ruleId.equals(r.get("Rule")));
            }
        }
        Sheet summary = wb.getSheet("Summary");
        boolean section = false;
        for (Row row : summary) {
            section |= "Counted once for the fleet".equals(text(row.getCell(0)));
        }
        if (carrying == 0) {
            assertThat(section).as("no section without workloads").isFalse();
            return;
        }
        assertThat(table(summary, "Counted once for the fleet")).filteredOn(r -> ruleId.equals(r.get("Rule")))
                .singleElement().satisfies(r -> assertThat(r.get("Workloads")).isEqualTo(Long.toString(carrying)));
    }

    /** Every formula cell of the workbook, as "Sheet!A1". */
    static List<String> formulaCells(Workbook wb) {
        List<String> formulas = new ArrayList<>();
        for (Sheet sheet : wb) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.FORMULA) {
                        formulas.add(sheet.getSheetName() + "!" + cell.getAddress());
                    }
                }
            }
        }
        return formulas;
    }

    /** A cell's value as text: a string as it is, a number without trailing zeros, a formula as "=...". */
    static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        return switch (cell.getCellType()) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
            case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
            case FORMULA -> "=" + cell.getCellFormula();
            default -> "";
        };
    }
}
