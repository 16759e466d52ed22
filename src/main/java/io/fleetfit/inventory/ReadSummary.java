package io.fleetfit.inventory;

import java.io.Serializable;

/**
 * What a reader made of one file: which sheet it read, what kind of export it looked like, and how
 * many non-empty data rows it passed on (records and rejections together).
 *
 * @param fileName the file's name as the user sees it
 * @param sheet the sheet read ({@code ""} for CSV)
 * @param format a label for people: "RVTools xlsx", "xlsx inventory", "RVTools CSV", "CSV inventory"
 * @param rvtoolsVersion "RVTools version" from the vMetaData sheet, {@code null} when absent
 * @param rows non-empty data rows passed on
 * @param notes what the reader noticed about the whole file, for the report's Inputs table
 *     ("sizes in MB, converted to MiB", "no vDisk tab: disk facts unknown"); empty when nothing
 */
public record ReadSummary(String fileName, String sheet, String format, String rvtoolsVersion, long rows,
                          java.util.List<String> notes) implements Serializable {

    public ReadSummary {
        notes = notes == null ? java.util.List.of() : java.util.List.copyOf(notes);
    }

    public ReadSummary(String fileName, String sheet, String format, String rvtoolsVersion, long rows) {
        this(fileName, sheet, format, rvtoolsVersion, rows, java.util.List.of());
    }
}
