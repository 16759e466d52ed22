package io.fleetfit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFHyperlink;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The internal hyperlinks of a written report, re-read with POI, and the cells they land on. */
public final class LinkTargets {

    private static final DataFormatter TEXT = new DataFormatter(java.util.Locale.ROOT);

    /** One hyperlink: where it is ("Workloads!A3"), the text there, where it goes and the text found there. */
    public record Landing(String from, String text, String to, String found) {
    }

    private LinkTargets() {
    }

    /** Every hyperlink of the workbook, resolved: each must go to a cell of this workbook. */
    public static List<Landing> of(XSSFWorkbook wb) {
        List<Landing> landings = new ArrayList<>();
        for (Sheet s : wb) {
            XSSFSheet sheet = (XSSFSheet) s;
            for (XSSFHyperlink h : sheet.getHyperlinkList()) {
                String from = sheet.getSheetName() + "!" + h.getCellRef();
                Cell source = cell(sheet, new CellReference(h.getCellRef()));
                String location = h.getLocation();
                assertThat(location).as("%s links inside the workbook", from).isNotBlank();
                CellReference target = new CellReference(location);
                Sheet to = wb.getSheet(target.getSheetName());
                assertThat(to).as("%s goes to sheet %s", from, target.getSheetName()).isNotNull();
                landings.add(new Landing(from, TEXT.formatCellValue(source), location, TEXT.formatCellValue(cell(to, target))));
            }
        }
        return landings;
    }

    /** Checks that every link lands on a cell holding what the linked cell shows (the workload's name, the rule's id); their number. */
    public static int assertEveryLinkNamesItsTarget(XSSFWorkbook wb) {
        List<Landing> landings = of(wb);
        assertThat(landings).allSatisfy(l -> assertThat(l.found()).as("%s (%s) goes to %s", l.from(), l.text(), l.to())
                .isNotEmpty().isEqualTo(l.text()));
        return landings.size();
    }

    private static Cell cell(Sheet sheet, CellReference ref) {
        Row row = sheet.getRow(ref.getRow());
        return row == null ? null : row.getCell(ref.getCol());
    }
}
