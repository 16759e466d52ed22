package io.fleetfit.report;

import java.io.Serializable;

/**
 * One input file of a client.
 *
 * @param name the file's name as outcomes' {@code SourceRef.file()} carries it
 * @param format the format recognised ("RVTools xlsx", "RVTools-layout CSV")
 * @param sheet the sheet read ({@code ""} for CSV)
 * @param producer the producing tool's version where the file states it ("RVTools 4.7.1.4"), else ""
 * @param error why the whole file could not be read ({@code null} when it was read)
 * @param notes what the reader noticed about the whole file ("sizes in MB, converted to MiB";
 *     "no vDisk tab: disk facts unknown"), "" when nothing
 */
public record InputFile(String name, String format, String sheet, String producer, String error, String notes)
        implements Serializable {

    public InputFile {
        format = format == null ? "" : format;
        sheet = sheet == null ? "" : sheet;
        producer = producer == null ? "" : producer;
        notes = notes == null ? "" : notes;
    }

    public InputFile(String name, String format, String sheet, String producer, String error) {
        this(name, format, sheet, producer, error, "");
    }

    public boolean readable() {
        return error == null;
    }
}
