package io.fleetfit.report;

import java.util.Objects;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;

/**
 * A cell value that links to another place of the report: a workload's name to its first Findings
 * row, a blocker's rule to the first Findings row of that rule. The target is a cell ({@link Place})
 * or a named anchor that the writer places later ({@link #toRule}), since a table may link to rows
 * written after it (the Overview is written before the Summary it links to). The cell shows
 * {@code value} in the link style.
 *
 * @param value what the cell shows
 * @param place the target cell, or {@code null} for an anchor
 * @param anchor the target anchor's name, or {@code null} for a cell
 */
record Link(Object value, Place place, String anchor) {

    /** A cell of the workbook: the sheet's name and the 0-based row and column. */
    record Place(String sheet, int row, int column) {

        Place {
            Objects.requireNonNull(sheet, "sheet");
        }

        /** The same row, another column. */
        Place atColumn(int c) {
            return new Place(sheet, row, c);
        }

        /** {@code 'Findings (2)'!C12}: a hyperlink's location. */
        String address() {
            return "'" + sheet.replace("'", "''") + "'!" + new CellReference(row, column).formatAsString(false);
        }
    }

    Link {
        if ((place == null) == (anchor == null)) {
            throw new IllegalArgumentException("a link has a cell or an anchor as its target, not both or neither");
        }
    }

    static Link to(Object value, Place place) {
        return new Link(value, place, null);
    }

    /** The rule id, linked to where the report lists its findings: the first Findings row of the rule, or the Summary row that counts it. */
    static Link toRule(String ruleId) {
        return new Link(ruleId, null, ruleAnchor(ruleId));
    }

    /** The anchor of a rule's findings ({@link #toRule}). */
    static String ruleAnchor(String ruleId) {
        return "rule:" + ruleId;
    }

    /**
     * The value as a cell of {@code sheet} takes it: the link, or its plain value when the sheet
     * holds as many hyperlinks as Excel opens ({@link Links#MAX_PER_SHEET}). Decided before the
     * cell's style, so a cell looks like a link only when it is one.
     */
    static Object admitted(Sheet sheet, Object value) {
        if (value instanceof Link l && sheet.getWorkbook() instanceof StreamingWorkbook w && w.links().full(sheet.getSheetName())) {
            return l.value();
        }
        return value;
    }

    /** Makes {@code cell} a link to the target; a workbook other than the report's gets POI's hyperlink (cells only). */
    void attachTo(Cell cell) {
        Sheet sheet = cell.getSheet();
        if (sheet.getWorkbook() instanceof StreamingWorkbook w) {
            w.link(sheet.getSheetName(), cell.getRowIndex(), cell.getColumnIndex(), this);
        } else if (place != null) {
            Hyperlink h = sheet.getWorkbook().getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
            h.setAddress(place.address());
            cell.setHyperlink(h);
        }
    }

    /** Registers an anchor where the report's workbook holds this sheet; nothing elsewhere. */
    static void anchor(Sheet sheet, String name, int row, int column) {
        if (sheet.getWorkbook() instanceof StreamingWorkbook w) {
            w.links().anchor(name, new Place(sheet.getSheetName(), row, column));
        }
    }
}
