package io.fleetfit.inventory;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A mapping file: which of an export's headers holds which fleetfit field, for exports fleetfit
 * does not know (a CMDB's "Betriebssystem" is the OS). One mapping per line, either CSV
 * ({@code header,field}; a header holding commas in double quotes) or properties
 * ({@code header=field}). The field is whatever follows the last comma, semicolon, tab or equals
 * sign, so a header may contain any of them. Blank lines and lines starting with {@code #} or
 * {@code !} are ignored, and so is a first line {@code header,field}.
 *
 * <p>Fields are those of {@link #fields()}: the canonical columns ({@code vm_name}, {@code os},
 * {@code owner}, ...), sizes with their unit in the name ({@code memory_gib}, {@code provisioned_gb}:
 * "mb", "gb" and "tb" are decimal, "mib", "gib" and "tib" binary; RAM that a tool labels MB or GB
 * is nearly always binary, so map it to {@code memory_mib} or {@code memory_gib}), {@code attribute}
 * (keep as a custom attribute, which unmapped headers are anyway) and {@code ignore} (drop the column,
 * e.g. personal data that has no place in a report).
 */
public final class FieldMapping {

    /** Keeps the column as a custom attribute, as if it were not mapped. */
    public static final String ATTRIBUTE = "attribute";
    /** Drops the column: neither a fact nor a custom attribute. */
    public static final String IGNORE = "ignore";

    private static final char[] SEPARATORS = {',', ';', '\t', '='};
    private static final Map<String, Target> TARGETS = new LinkedHashMap<>();

    static {
        for (InventoryColumn column : InventoryColumn.values()) {
            if (column.isSize()) {
                for (SizeUnit unit : SizeUnit.values()) {
                    TARGETS.put(column.field() + "_" + unit.fieldSuffix(), new Target(column, unit, false));
                }
            } else {
                TARGETS.put(column.field(), new Target(column, SizeUnit.MIB, false));
            }
        }
        TARGETS.put(ATTRIBUTE, new Target(null, SizeUnit.MIB, false));
        TARGETS.put(IGNORE, new Target(null, SizeUnit.MIB, true));
    }

    /** What a field name stands for: a column in a unit, or no column (attribute, ignore). */
    record Target(InventoryColumn column, SizeUnit unit, boolean ignore) {
    }

    private FieldMapping() {
    }

    /** Every field name a mapping may use, columns in {@link InventoryColumn} order, then attribute and ignore. */
    public static List<String> fields() {
        return List.copyOf(TARGETS.keySet());
    }

    /** The target of a field name (any case); an unknown one is refused with the list of fields. */
    static Target target(String field) {
        Target target = field == null ? null : TARGETS.get(field.strip().toLowerCase(Locale.ROOT));
        if (target == null) {
            throw new IllegalArgumentException("unknown field '" + field + "'; fields are: "
                    + String.join(", ", TARGETS.keySet()));
        }
        return target;
    }

    /**
     * Reads a mapping file's lines into header to field (fields in lower case), in file order.
     *
     * @param fileName names the file in messages
     * @throws IllegalArgumentException naming the file and line of a line without a field, an
     *     unknown field or a header mapped twice
     */
    public static Map<String, String> parse(String fileName, List<String> lines) {
        Map<String, String> mapping = new LinkedHashMap<>();
        Map<String, Integer> lineOfHeader = new HashMap<>();
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n) == null ? "" : lines.get(n);
            if (n == 0) {
                line = line.replace("\uFEFF", "");
            }
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#") || text.startsWith("!")) {
                continue;
            }
            String where = fileName + " line " + (n + 1) + ": ";
            int split = lastSeparator(text);
            if (split <= 0) {
                throw new IllegalArgumentException(where + "expected 'header,field' or 'header=field', found '"
                        + text + "'.");
            }
            String header = unescape(unquote(text.substring(0, split).strip()));
            String field = text.substring(split + 1).strip().toLowerCase(Locale.ROOT);
            if (mapping.isEmpty() && header.equalsIgnoreCase("header") && field.equals("field")) {
                continue;
            }
            if (header.isEmpty()) {
                throw new IllegalArgumentException(where + "no header before '" + field + "'.");
            }
            try {
                target(field);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + e.getMessage() + ".", e);
            }
            String key = InventoryColumn.normalize(header);
            Integer earlier = lineOfHeader.putIfAbsent(key, n + 1);
            if (earlier != null) {
                throw new IllegalArgumentException(where + "header '" + header + "' is already mapped on line "
                        + earlier + ".");
            }
            mapping.put(header, field);
        }
        return Collections.unmodifiableMap(mapping);
    }

    private static int lastSeparator(String text) {
        int last = -1;
        for (char c : SEPARATORS) {
            last = Math.max(last, text.lastIndexOf(c));
        }
        return last;
    }

    /** A CSV-quoted header ("Speicher, GB") without its quotes, doubled quotes undoubled. */
    private static String unquote(String header) {
        if (header.length() >= 2 && header.startsWith("\"") && header.endsWith("\"")) {
            return header.substring(1, header.length() - 1).replace("\"\"", "\"").strip();
        }
        return header;
    }

    /** Properties escapes, as Java tools write them: "\ ", "\=", "\:", "\u00e4". */
    private static String unescape(String header) {
        if (header.indexOf('\\') < 0) {
            return header;
        }
        StringBuilder sb = new StringBuilder(header.length());
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (c == '\\' && i + 1 < header.length()) {
                char next = header.charAt(i + 1);
                if (next == 'u' && i + 5 < header.length() && header.substring(i + 2, i + 6).matches("[0-9a-fA-F]{4}")) {
                    sb.append((char) Integer.parseInt(header.substring(i + 2, i + 6), 16));
                    i += 5;
                    continue;
                }
                if (" =:#!\\".indexOf(next) >= 0) {
                    sb.append(next);
                    i++;
                    continue;
                }
            }
            sb.append(c);
        }
        return sb.toString();
    }
}
