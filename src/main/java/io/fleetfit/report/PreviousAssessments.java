package io.fleetfit.report;

import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvException;
import io.fleetfit.summary.Comparison;
import io.fleetfit.summary.Comparison.Fact;
import io.fleetfit.summary.Comparison.Facts;
import io.fleetfit.summary.RunStamp;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a previous run's {@code assessments.csv} for {@code --compare}, by header, so a file
 * written before the size, vCenter and run columns were appended is read too (what it lacks is
 * named, not guessed). A file without fleetfit's own columns is refused with one line.
 */
public final class PreviousAssessments {

    /** The columns every fleetfit assessments.csv has had. */
    private static final List<CsvColumn> REQUIRED = List.of(CsvColumn.STATUS, CsvColumn.VM_NAME, CsvColumn.VM_UUID,
            CsvColumn.OS, CsvColumn.DISPOSITION, CsvColumn.LANE, CsvColumn.FINDINGS);

    /** The column that records each fact a newer file has. */
    private static final Map<Fact, List<CsvColumn>> FACTS = Map.of(
            Fact.SMBIOS_UUID, List.of(CsvColumn.SMBIOS_UUID),
            Fact.VCENTER, List.of(CsvColumn.VCENTER),
            Fact.OS_RELEASE, List.of(CsvColumn.OS_RELEASE),
            Fact.VCPUS, List.of(CsvColumn.VCPUS),
            Fact.MEMORY, List.of(CsvColumn.MEMORY_MIB),
            Fact.STORAGE, List.of(CsvColumn.PROVISIONED_MIB),
            Fact.RUN_STAMP, List.of(CsvColumn.AS_OF, CsvColumn.RULE_CATALOG, CsvColumn.RULES_SHA256, CsvColumn.LIFECYCLE_CATALOG));

    private PreviousAssessments() {
    }

    /**
     * Checks that the text starts with a fleetfit assessments.csv header.
     *
     * @throws IllegalArgumentException naming {@code source} when it does not
     */
    public static void checkHeader(String source, Reader in) throws IOException {
        header(source, new CSVReader(in));
    }

    /** Reads the assessed workloads and what the file records of its run. */
    public static Comparison.Previous read(String source, Reader in) throws IOException {
        CSVReader csv = new CSVReader(in);
        Map<String, Integer> at = header(source, csv);
        Set<Fact> missing = EnumSet.noneOf(Fact.class);
        FACTS.forEach((fact, columns) -> {
            if (!columns.stream().allMatch(c -> at.containsKey(c.header()))) {
                missing.add(fact);
            }
        });
        List<Facts> workloads = new ArrayList<>();
        RunStamp stamp = RunStamp.UNKNOWN;
        try {
            for (String[] row = csv.readNext(); row != null; row = csv.readNext()) {
                Map<CsvColumn, String> r = new HashMap<>();
                for (CsvColumn c : CsvColumn.values()) {
                    Integer i = at.get(c.header());
                    r.put(c, i == null || i >= row.length ? "" : unquoted(c, row[i]));
                }
                if (!"ASSESSED".equals(r.get(CsvColumn.STATUS))) {
                    continue;
                }
                if (stamp == RunStamp.UNKNOWN && !missing.contains(Fact.RUN_STAMP)) {
                    stamp = new RunStamp(r.get(CsvColumn.AS_OF), r.get(CsvColumn.RULE_CATALOG), r.get(CsvColumn.RULES_SHA256),
                            r.get(CsvColumn.LIFECYCLE_CATALOG));
                }
                String findings = r.get(CsvColumn.FINDINGS);
                workloads.add(new Facts(r.get(CsvColumn.VM_NAME), r.get(CsvColumn.VM_UUID), r.get(CsvColumn.SMBIOS_UUID),
                        r.get(CsvColumn.VCENTER), r.get(CsvColumn.OS), r.get(CsvColumn.OS_RELEASE), r.get(CsvColumn.DISPOSITION),
                        r.get(CsvColumn.LANE), findings.isBlank() ? List.of() : Arrays.stream(findings.split(";")).map(String::strip).toList(),
                        number(r.get(CsvColumn.VCPUS)), number(r.get(CsvColumn.MEMORY_MIB)), number(r.get(CsvColumn.PROVISIONED_MIB))));
            }
        } catch (CsvException e) {
            throw new IllegalArgumentException(source + " line " + e.getLineNumber() + ": " + e.getMessage());
        }
        return new Comparison.Previous(source, true, workloads, missing, stamp);
    }

    private static Map<String, Integer> header(String source, CSVReader csv) throws IOException {
        String[] header;
        try {
            header = csv.readNext();
        } catch (CsvException e) {
            header = null;
        }
        Map<String, Integer> at = new HashMap<>();
        for (int i = 0; header != null && i < header.length; i++) {
            at.putIfAbsent(header[i].strip().replace("\uFEFF", ""), i);
        }
        List<String> absent = REQUIRED.stream().map(CsvColumn::header).filter(h -> !at.containsKey(h)).toList();
        if (!absent.isEmpty()) {
            throw new IllegalArgumentException(source + " is not a fleetfit assessments.csv (no "
                    + String.join(", ", absent) + " column" + (absent.size() == 1 ? "" : "s") + ")");
        }
        return at;
    }

    /** A text cell as written, without the quote that kept a formula from running. */
    private static String unquoted(CsvColumn c, String v) {
        return c.kind() == CsvColumn.Kind.TEXT && v.length() > 1 && v.charAt(0) == '\'' && "=+-@\t\r".indexOf(v.charAt(1)) >= 0
                ? v.substring(1) : v;
    }

    private static Long number(String v) {
        try {
            return v.isBlank() ? null : Long.valueOf(v.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
