package io.fleetfit.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Where rules look for words: the free-text and placement fields of a record, each with its column. */
public final class Evidence {

    /**
     * One field: the column name as a reader sees it, and its value.
     *
     * @param seen the value as the evidence shows it: the value itself, or for a custom attribute
     *     column that states a fact in its header ("PCI scope" = "Yes") the cell, where {@code value}
     *     is searched as the header and the cell together
     */
    public record Field(String column, String value, String seen) {

        public Field(String column, String value) {
            this(column, value, value);
        }

        /** {@code Annotation: "PCI-DSS scope"}, cut to keep findings readable. */
        public String describe() {
            return cite(column, seen);
        }
    }

    /**
     * A field with its words as keywords see them ({@link Keywords}), split once per workload
     * ({@link Workload#texts()}) for every keyword rule to read.
     */
    public static final class Text implements java.io.Serializable {
        private final Field field;
        private final Keywords.Words words;

        Text(Field field) {
            // an annotation is free text written per VM; every other field's values repeat across a fleet
            this(field, !"Annotation".equals(field.column()));
        }

        /**
         * @param repeats whether the field's values repeat across a fleet (placement, attributes),
         *                so that their words are worth remembering; a VM's name or annotation does not
         */
        Text(Field field, boolean repeats) {
            this.field = field;
            this.words = repeats ? Keywords.wordsOfValue(field.value()) : Keywords.wordsOf(field.value());
        }

        public Field field() {
            return field;
        }

        Keywords.Words words() {
            return words;
        }
    }

    /** A field and the keyword found in it, as listed. */
    public record Match(Field field, String keyword) {
    }

    private Evidence() {
    }

    /**
     * A finding's evidence as a client reads it: where the value was seen, as the inventory or the
     * template names the column ("VM name", "Annotation", "OS according to the VMware Tools"), and the
     * value seen there in quotation marks, on one line and cut at 120 characters:
     * {@code Folder: "/Production/DMZ"}. Never a field name of fleetfit's own or a {@code key = value}.
     */
    public static String cite(String column, String value) {
        String v = value == null ? "" : value.replace('\n', ' ').replace('\r', ' ');
        if (v.length() > 120) {
            v = v.substring(0, 117) + "...";
        }
        return columnName(column) + ": \"" + v + "\"";
    }

    /** The OS string a rule judged, with the column it came from: {@code OS according to the VMware Tools: "..."}. */
    public static String os(OsInfo os) {
        return cite(os.sourceColumn(), os.raw());
    }

    /** A column as a reader knows it: RVTools' "VM" is the VM's name. */
    static String columnName(String column) {
        if (column == null) {
            return "";
        }
        return switch (column) {
            case "VM" -> "VM name";
            case "DNS Name" -> "DNS name";
            default -> column;
        };
    }

    /** Annotation, folder, resource pool, vApp, cluster and every custom attribute, in that order. */
    public static List<Field> textFields(VmRecord vm) {
        Attributes attributes = vm.attributes();
        List<Field> fields = new ArrayList<>(5 + 2 * attributes.size());   // never grown
        add(fields, "Annotation", vm.annotation());
        add(fields, "Folder", vm.folder());
        add(fields, "Resource pool", vm.resourcePool());
        add(fields, "vApp", vm.vApp());
        add(fields, "Cluster", vm.cluster());
        for (int i = 0; i < attributes.size(); i++) {
            String header = attributes.key(i);
            String value = attributes.value(i);
            add(fields, header, value);
            if (isAffirmative(value)) {
                // a custom attribute column such as "PCI scope" = "Yes" states the fact in its header
                fields.add(new Field(header, header + " (" + value.strip() + ")", value.strip()));
            }
        }
        return fields;
    }

    /** The first of {@code texts} that contains a keyword, with the first keyword (as listed) it contains. */
    public static Optional<Match> find(List<Text> texts, Keywords keywords) {
        for (Text t : texts) {
            Optional<Match> m = find(t, keywords);
            if (m.isPresent()) {
                return m;
            }
        }
        return Optional.empty();
    }

    /** {@code text} with the first keyword (as listed) it contains, if any. */
    public static Optional<Match> find(Text text, Keywords keywords) {
        Optional<String> k = keywords.firstIn(text);
        return k.isPresent() ? Optional.of(new Match(text.field(), k.get())) : Optional.empty();
    }

    static boolean isAffirmative(String value) {
        if (value == null) {
            return false;
        }
        String v = value.strip();
        if (v.length() > 4) {
            return false;   // longer than any word below (lower-casing never shortens), so no copy is made
        }
        for (String yes : AFFIRMATIVE) {
            if (yes.equalsIgnoreCase(v)) {   // no lower-cased copy of every short value
                return true;
            }
        }
        return false;
    }

    private static final String[] AFFIRMATIVE = {"yes", "y", "true", "x", "1", "ja", "oui", "si", "sí"};

    private static void add(List<Field> fields, String column, String value) {
        if (value != null && !value.isBlank()) {
            fields.add(new Field(column, value));
        }
    }
}
