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
 */
public record ReadSummary(String fileName, String sheet, String format, String rvtoolsVersion, long rows)
        implements Serializable {
}
