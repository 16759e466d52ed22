package io.fleetfit.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where rules look for words: the free-text and placement fields of a record, each with its column. */
public final class Evidence {

    /** One field: the column name as a reader sees it, and its value. */
    public record Field(String column, String value) {
        /** "Annotation = PCI-DSS scope", cut to keep findings readable. */
        public String describe() {
            String v = value.length() > 120 ? value.substring(0, 117) + "..." : value;
            return column + " = " + v.replace('\n', ' ').replace('\r', ' ');
        }
    }

    private Evidence() {
    }

    /** Annotation, folder, resource pool, vApp, cluster and every custom attribute, in that order. */
    public static List<Field> textFields(VmRecord vm) {
        List<Field> fields = new ArrayList<>();
        add(fields, "Annotation", vm.annotation());
        add(fields, "Folder", vm.folder());
        add(fields, "Resource pool", vm.resourcePool());
        add(fields, "vApp", vm.vApp());
        add(fields, "Cluster", vm.cluster());
        for (Map.Entry<String, String> e : vm.customAttributes().entrySet()) {
            add(fields, e.getKey(), e.getValue());
            if (isAffirmative(e.getValue())) {
                // a custom attribute column such as "PCI scope" = "Yes" states the fact in its header
                fields.add(new Field(e.getKey(), e.getKey() + " (" + e.getValue().strip() + ")"));
            }
        }
        return fields;
    }

    /** The first field of {@code fields} that contains a keyword of {@code keywords}. */
    public static Optional<Field> find(List<Field> fields, Keywords keywords) {
        for (Field f : fields) {
            if (keywords.firstIn(f.value()).isPresent()) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    static boolean isAffirmative(String value) {
        if (value == null) {
            return false;
        }
        return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "yes", "y", "true", "x", "1", "ja", "oui", "si", "sí" -> true;
            default -> false;
        };
    }

    private static void add(List<Field> fields, String column, String value) {
        if (value != null && !value.isBlank()) {
            fields.add(new Field(column, value));
        }
    }
}
