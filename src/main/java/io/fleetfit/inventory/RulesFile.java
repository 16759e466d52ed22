package io.fleetfit.inventory;

import io.fleetfit.assessment.RuleConfig;
import java.util.List;

/**
 * Reads a client's rules file, a CSV file or a workbook (its sheet "Rules", else its first sheet),
 * into a {@link RuleConfig}: one setting per row, {@code rule,setting,value} and an optional note,
 * after the client the row is for when the header starts with "client". The format and what each
 * setting means are {@link RuleConfig}'s.
 */
public final class RulesFile {

    /** The sheet read from a workbook when it has one of this name. */
    public static final String SHEET = "Rules";

    private RulesFile() {
    }

    /**
     * @param file the file's name, for messages and the Method sheet
     * @throws IllegalArgumentException naming the file and line (the sheet row in a workbook) of a
     *     row that is not a valid setting, or the file when it cannot be read at all
     */
    public static RuleConfig read(String file, byte[] bytes) {
        SettingsTable.Table table = SettingsTable.read(file, bytes, SHEET);
        List<RuleConfig.Line> lines = table.rows().stream()
                .map(r -> new RuleConfig.Line(r.number(), r.cells()))
                .toList();
        return RuleConfig.of(file, SettingsTable.sha256(bytes), lines);
    }
}
