package io.fleetfit.inventory;

import io.fleetfit.assessment.Disposition;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads a consultant's attributes file, a CSV file or a workbook (its sheet "Attributes", else its
 * first sheet): a header row, then one row per VM.
 *
 * <pre>
 * vm,vm_uuid,application,business_unit,owner,environment,data_classification,isolation_requirement,statefulness,disposition_override,override_reason
 * acme-shop-web-01,,Webshop,Retail,Team Shop,Production,Internal,None,Stateless,,
 * ,5007735f-1a55-6899-899d-54f7a6d70808,Card gateway,Payments,,Production,Regulated,,,KEEP_AS_VM,HSM attached
 * </pre>
 *
 * <p>Each row names its VM by {@code vm} (the VM name) or {@code vm_uuid} (VM or SMBIOS UUID; when
 * both are given, the UUID decides); every other column is optional, and its headers may be
 * written as words ("Business unit"). {@code client} limits a row to one client, named as the
 * run names it or by its folder (any case); a VM may then have a row per client, and a row for its
 * client wins over one for every client. {@code disposition_override} takes a disposition code
 * ({@code KEEP_AS_VM}) or label ("Keep as VM"), and {@code override_reason} needs it. Errors name
 * the file and line (the sheet row in a workbook).
 */
public final class AttributesFile {

    /** The sheet read from a workbook when it has one of this name. */
    public static final String SHEET = "Attributes";
    public static final String VM = "vm";
    public static final String VM_UUID = "vm_uuid";
    /** The client a row is for; without it (or with the cell empty), the row is for every client. */
    public static final String CLIENT = "client";

    private static final Map<String, String> KEY_ALIASES = Map.of(
            "vm", VM, "vm_name", VM, "name", VM, "vm_uuid", VM_UUID, "uuid", VM_UUID, "smbios_uuid", VM_UUID, "client", CLIENT);

    private AttributesFile() {
    }

    /** Every column an attributes file may have, in the documented order. */
    public static List<String> columns() {
        List<String> columns = new ArrayList<>(List.of(VM, VM_UUID, CLIENT));
        Arrays.stream(ConsultantAttributes.Attribute.values()).map(ConsultantAttributes.Attribute::column).forEach(columns::add);
        return columns;
    }

    /**
     * @throws IllegalArgumentException naming the file and line of a bad header or row: an unknown
     *     column, a row naming no VM or a VM named twice, a disposition that does not exist, a
     *     reason without an override
     */
    public static ConsultantAttributes read(String file, byte[] bytes) {
        SettingsTable.Table table = SettingsTable.read(file, bytes, SHEET);
        return parse(table, SettingsTable.sha256(bytes));
    }

    static ConsultantAttributes parse(SettingsTable.Table table, String sha256) {
        if (table.rows().isEmpty()) {
            throw new IllegalArgumentException(table.origin() + ": empty; expected a header row with vm or vm_uuid and "
                    + "attribute columns (" + String.join(", ", columns()) + ")");
        }
        SettingsTable.Row headerRow = table.rows().get(0);
        Map<Integer, String> keyColumns = new HashMap<>();
        Map<Integer, ConsultantAttributes.Attribute> attributeColumns = new LinkedHashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int c = 0; c < headerRow.cells().size(); c++) {
            String raw = headerRow.cells().get(c);
            if (raw.isBlank()) {
                continue;
            }
            String name = normalise(raw);
            ConsultantAttributes.Attribute attribute = attribute(name);
            String key = KEY_ALIASES.get(name);
            if (attribute == null && key == null) {
                throw new IllegalArgumentException(table.at(headerRow.number()) + ": unknown column '" + raw
                        + "'; the columns are " + String.join(", ", columns()));
            }
            String canonical = key != null ? key : attribute.column();
            if (seen.putIfAbsent(canonical, c) != null) {
                throw new IllegalArgumentException(table.at(headerRow.number()) + ": column " + canonical + " appears twice");
            }
            if (key != null) {
                keyColumns.put(c, key);
            } else {
                attributeColumns.put(c, attribute);
            }
        }
        if (!keyColumns.containsValue(VM) && !keyColumns.containsValue(VM_UUID)) {
            throw new IllegalArgumentException(table.at(headerRow.number()) + ": no vm or vm_uuid column; the first row must"
                    + " name the columns (" + String.join(", ", columns()) + ")");
        }
        if (attributeColumns.isEmpty()) {
            throw new IllegalArgumentException(table.at(headerRow.number()) + ": no attribute column; the columns are "
                    + String.join(", ", columns()));
        }
        List<ConsultantAttributes.Entry> entries = new ArrayList<>();
        Map<String, Integer> rowOfKey = new HashMap<>();
        for (SettingsTable.Row row : table.rows().subList(1, table.rows().size())) {
            String where = table.at(row.number());
            String vm = null;
            String uuid = null;
            String client = null;
            Map<ConsultantAttributes.Attribute, String> values = new EnumMap<>(ConsultantAttributes.Attribute.class);
            for (int c = 0; c < row.cells().size(); c++) {
                String v = row.cells().get(c).strip();
                if (v.isEmpty()) {
                    continue;
                }
                if (keyColumns.containsKey(c)) {
                    switch (keyColumns.get(c)) {
                        case VM -> vm = v;
                        case VM_UUID -> uuid = v;
                        default -> client = v;
                    }
                } else if (attributeColumns.containsKey(c)) {
                    values.put(attributeColumns.get(c), v);
                } else {
                    throw new IllegalArgumentException(where + ": a value ('" + v + "') in a column without a header");
                }
            }
            if (vm == null && uuid == null) {
                throw new IllegalArgumentException(where + ": names no VM; fill in vm or vm_uuid");
            }
            String override = values.get(ConsultantAttributes.Attribute.DISPOSITION_OVERRIDE);
            if (override != null) {
                values.put(ConsultantAttributes.Attribute.DISPOSITION_OVERRIDE, disposition(where, override));
            } else if (values.containsKey(ConsultantAttributes.Attribute.OVERRIDE_REASON)) {
                throw new IllegalArgumentException(where + ": override_reason without disposition_override; give the"
                        + " disposition the reason is for, or leave the reason empty");
            }
            ConsultantAttributes.Entry entry = new ConsultantAttributes.Entry(row.number(), uuid == null ? vm : null, uuid, client, values);
            Integer earlier = rowOfKey.putIfAbsent(entry.scopedKey(), row.number());
            if (earlier != null) {
                throw new IllegalArgumentException(where + ": attributes for " + entry.key() + " are already given on "
                        + (table.sheet() == null ? "line " : "row ") + earlier);
            }
            entries.add(entry);
        }
        return new ConsultantAttributes(table.file(), table.sheet(), sha256, entries);
    }

    /** A disposition code or label, as its code. */
    private static String disposition(String where, String value) {
        String key = value.strip().replace(' ', '_').replace('-', '_').toUpperCase(Locale.ROOT);
        for (Disposition d : Disposition.values()) {
            if (d.code().equals(key) || d.label().equalsIgnoreCase(value.strip())) {
                return d.code();
            }
        }
        throw new IllegalArgumentException(where + ": disposition_override '" + value + "' is not a disposition; use one of "
                + Arrays.stream(Disposition.values()).map(Disposition::code).collect(Collectors.joining(", ")));
    }

    private static ConsultantAttributes.Attribute attribute(String name) {
        for (ConsultantAttributes.Attribute a : ConsultantAttributes.Attribute.values()) {
            if (a.column().equals(name)) {
                return a;
            }
        }
        return null;
    }

    /** "Business unit", "business-unit" and "BUSINESS_UNIT" are all business_unit. */
    private static String normalise(String header) {
        return header.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
    }
}
