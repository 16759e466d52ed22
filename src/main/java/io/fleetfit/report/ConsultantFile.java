package io.fleetfit.report;

import java.io.Serializable;

/**
 * A file a consultant supplied for the run (rules, attributes, lifecycle catalog), named on the
 * report with its SHA-256 so a report can be traced to the exact file.
 *
 * @param name the file's name
 * @param sha256 its SHA-256 in hex
 * @param entries the settings, rows or releases it holds
 */
public record ConsultantFile(String name, String sha256, int entries) implements Serializable {

    /** "rules.csv (7 settings, SHA-256 ab12...)", for one line of text; {@code noun} names an entry. */
    public String describe(String noun) {
        return name + " (" + entries + " " + noun + (entries == 1 ? "" : "s") + ", SHA-256 " + sha256 + ")";
    }
}
