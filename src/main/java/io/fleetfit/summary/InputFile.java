package io.fleetfit.summary;

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
 * @param sha256 the file's SHA-256 in lower-case hex, so the report can be traced to the exact
 *     file; "" when unknown
 */
public record InputFile(String name, String format, String sheet, String producer, String error, String notes, String sha256)
        implements Serializable {

    public InputFile {
        format = format == null ? "" : format;
        sheet = sheet == null ? "" : sheet;
        producer = producer == null ? "" : producer;
        notes = notes == null ? "" : notes;
        sha256 = sha256 == null ? "" : sha256;
    }

    public InputFile(String name, String format, String sheet, String producer, String error, String notes) {
        this(name, format, sheet, producer, error, notes, "");
    }

    public InputFile(String name, String format, String sheet, String producer, String error) {
        this(name, format, sheet, producer, error, "", "");
    }

    /** The same file with its SHA-256 (hex), "" or {@code null} when unknown. */
    public InputFile withSha256(String sha256) {
        return new InputFile(name, format, sheet, producer, error, notes, sha256);
    }

    public boolean readable() {
        return error == null;
    }
}
