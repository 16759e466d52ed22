package io.fleetfit.assessment;

import java.io.Serializable;
import java.util.Comparator;

/**
 * Where an input row came from: the file's name (as the user sees it), the sheet ({@code ""} for a
 * CSV file) and the 1-based row number as a spreadsheet would show it (the header is row 1).
 */
public record SourceRef(String file, String sheet, long row) implements Serializable, Comparable<SourceRef> {

    private static final Comparator<SourceRef> ORDER = Comparator.comparing(SourceRef::file)
            .thenComparing(SourceRef::sheet)
            .thenComparingLong(SourceRef::row);

    public SourceRef {
        file = file == null ? "" : file;
        sheet = sheet == null ? "" : sheet;
    }

    @Override
    public int compareTo(SourceRef other) {
        return ORDER.compare(this, other);
    }

    /** "file, sheet vInfo, row 12" - the form used in messages. */
    public String describe() {
        return file + (sheet.isEmpty() ? "" : ", sheet " + sheet) + ", row " + row;
    }
}
