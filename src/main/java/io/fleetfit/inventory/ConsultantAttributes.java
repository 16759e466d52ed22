package io.fleetfit.inventory;

import io.fleetfit.assessment.ClientName;
import io.fleetfit.assessment.VmRecord;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * What a consultant knows about VMs that inventories do not say (application, owner, data
 * classification, a disposition override, ...), keyed by VM UUID or VM name: the contents of an
 * attributes file ({@link AttributesFile}). Small and serializable, so Spark ships it to the
 * executors, which {@link #apply} it to every record right after reading.
 *
 * <p>A record matches a row by its VM UUID or SMBIOS UUID first (any case, with or without
 * hyphens or braces), then by its VM name, case-insensitively; a row that states a UUID matches by
 * that UUID only. A value in the file replaces the inventory's; an empty cell leaves it.
 *
 * <p>A row may name its client: it then applies to that client's VMs only, through
 * {@link #forClient}, and wins over a row without a client for the same VM. A consultant keeps one
 * file for several clients this way, and two clients' VMs of the same name ("dc01", "sql01") get
 * each their own row. Without {@link #forClient}, only the rows without a client apply.
 */
public final class ConsultantAttributes implements Serializable {

    private static final long serialVersionUID = 1L;

    /** No attributes file: records pass unchanged. */
    public static final ConsultantAttributes NONE = new ConsultantAttributes("", null, "", List.of());

    /** The attributes a file can set, by their column names, each with the record field it fills. */
    public enum Attribute {
        APPLICATION("application", VmRecord.Builder::application),
        BUSINESS_UNIT("business_unit", VmRecord.Builder::businessUnit),
        OWNER("owner", VmRecord.Builder::owner),
        ENVIRONMENT("environment", VmRecord.Builder::environment),
        DATA_CLASSIFICATION("data_classification", VmRecord.Builder::dataClassification),
        ISOLATION_REQUIREMENT("isolation_requirement", VmRecord.Builder::isolationRequirement),
        STATEFULNESS("statefulness", VmRecord.Builder::statefulness),
        ROLE("role", VmRecord.Builder::role),
        DISPOSITION_OVERRIDE("disposition_override", VmRecord.Builder::dispositionOverride),
        OVERRIDE_REASON("override_reason", VmRecord.Builder::overrideReason);

        private final String column;
        private final BiFunction<VmRecord.Builder, String, VmRecord.Builder> setter;

        Attribute(String column, BiFunction<VmRecord.Builder, String, VmRecord.Builder> setter) {
            this.column = column;
            this.setter = setter;
        }

        /** The column name in the attributes file. */
        public String column() {
            return column;
        }
    }

    /**
     * One row of the file.
     *
     * @param row the line (CSV) or sheet row it was on
     * @param vmName the VM name it is keyed by, {@code null} when it is keyed by UUID
     * @param vmUuid the UUID it is keyed by, {@code null} when keyed by name
     * @param client the client it is for, as written, {@code null} when it is for every client
     * @param values the attributes it sets (non-blank cells only)
     */
    public record Entry(int row, String vmName, String vmUuid, String client, Map<Attribute, String> values)
            implements Serializable {

        public Entry {
            values = Collections.unmodifiableMap(new EnumMap<>(values.isEmpty() ? new EnumMap<>(Attribute.class) : values));
        }

        /** A row for every client. */
        public Entry(int row, String vmName, String vmUuid, Map<Attribute, String> values) {
            this(row, vmName, vmUuid, null, values);
        }

        /** How the row names its VM: "'acme-web-01'" or "VM UUID 5003...", and its client when it names one. */
        public String key() {
            return (vmUuid != null ? "VM UUID " + vmUuid : "'" + vmName + "'") + (client != null ? " of client '" + client + "'" : "");
        }

        /** The VM name or UUID the row gives. */
        public String vm() {
            return vmUuid != null ? vmUuid : vmName;
        }

        /** How the row names its VM, as compared: by UUID or by name. */
        private String vmKey() {
            return vmUuid != null ? "uuid:" + uuidKey(vmUuid) : "name:" + nameKey(vmName);
        }

        /** The key within the row's client: what must be unique in a file. */
        String scopedKey() {
            return (client == null ? "" : ClientName.key(client)) + "\n" + vmKey();
        }
    }

    private final String file;
    private final String sheet;
    private final String sha256;
    private final List<Entry> entries;
    /** Whether this is one client's view ({@link #forClient}), whose rows for that client apply. */
    private final boolean clientView;
    /** The rows that apply, by UUID and by name; built on first use (also after being shipped to an executor). */
    private transient volatile Index index;

    private record Index(Map<String, Entry> byUuid, Map<String, Entry> byName) {
    }

    /**
     * @param file the file's name
     * @param sheet the sheet read, {@code null} for CSV
     * @param sha256 the file's SHA-256 in hex
     * @param entries the rows, each VM key at most once per client (and once among the rows without one)
     * @throws IllegalArgumentException when two rows have the same key
     */
    public ConsultantAttributes(String file, String sheet, String sha256, List<Entry> entries) {
        this(file, sheet, sha256, entries, false);
        Map<String, Entry> seen = new HashMap<>();
        for (Entry e : this.entries) {
            Entry earlier = seen.putIfAbsent(e.scopedKey(), e);
            if (earlier != null) {
                throw new IllegalArgumentException(at(e) + ": attributes for " + e.key() + " are already on " + at(earlier));
            }
        }
    }

    private ConsultantAttributes(String file, String sheet, String sha256, List<Entry> entries, boolean clientView) {
        this.file = file;
        this.sheet = sheet;
        this.sha256 = sha256;
        this.entries = List.copyOf(entries);
        this.clientView = clientView;
    }

    /**
     * The rows for one client: those that name it (by its name or its folder's, in any case) and
     * those that name no client; a row that names it wins over one without a client for the same
     * key (VM name or UUID). This object itself when no row names a client.
     *
     * @throws IllegalArgumentException when two rows name the client, one by its name and one by its
     *     folder's, for the same VM
     */
    public ConsultantAttributes forClient(String name, String slug) {
        if (entries.stream().allMatch(e -> e.client() == null)) {
            return this;
        }
        List<Entry> rows = entries.stream().filter(e -> e.client() == null || isFor(e, name, slug)).toList();
        Map<String, Entry> seen = new HashMap<>();
        for (Entry e : rows) {
            Entry earlier = e.client() == null ? null
                    : seen.putIfAbsent(e.vmKey(), e);
            if (earlier != null) {
                throw new IllegalArgumentException(at(e) + ": attributes for " + e.key() + " are already on " + at(earlier)
                        + ", for the same client");
            }
        }
        return new ConsultantAttributes(file, sheet, sha256, rows, true);
    }

    /** Where a row is: "attributes.csv line 4", "attributes.xlsx sheet Attributes row 3". */
    private String at(Entry e) {
        return file + (sheet == null ? " line " : " sheet " + sheet + " row ") + e.row();
    }

    /** The rows that name a client none of {@code names} (clients' names and folder names) is. */
    public List<Entry> forOtherClients(Collection<String> names) {
        Set<String> keys = ClientName.keys(names);
        return entries.stream().filter(e -> e.client() != null && !keys.contains(ClientName.key(e.client()))).toList();
    }

    private static boolean isFor(Entry e, String name, String slug) {
        return ClientName.names(e.client(), name, slug);
    }

    /** The row that applies to a record: by VM UUID, then SMBIOS UUID, then VM name. */
    public Optional<Entry> match(VmRecord vm) {
        if (entries.isEmpty()) {
            return Optional.empty();
        }
        Index i = index();
        Entry e = null;
        if (!i.byUuid().isEmpty()) {
            e = vm.vmUuid() == null || vm.vmUuid().isBlank() ? null : i.byUuid().get(uuidKey(vm.vmUuid()));
            if (e == null && vm.smbiosUuid() != null && !vm.smbiosUuid().isBlank()) {
                e = i.byUuid().get(uuidKey(vm.smbiosUuid()));
            }
        }
        if (e == null) {
            e = i.byName().get(nameKey(vm.vmName()));
        }
        return Optional.ofNullable(e);
    }

    private Index index() {
        Index i = index;
        if (i == null) {
            Map<String, Entry> byUuid = new HashMap<>();
            Map<String, Entry> byName = new HashMap<>();
            // the rows for every client first, so that a row for this client takes their place
            for (boolean forClient : new boolean[] {false, true}) {
                for (Entry e : entries) {
                    if ((e.client() != null) == forClient && (!forClient || clientView)) {
                        if (e.vmUuid() != null) {
                            byUuid.put(uuidKey(e.vmUuid()), e);
                        } else {
                            byName.put(nameKey(e.vmName()), e);
                        }
                    }
                }
            }
            i = new Index(byUuid, byName);
            index = i;
        }
        return i;
    }

    /**
     * The record with the matching row's attributes in place of the inventory's. A data
     * classification or isolation requirement replaces a custom attribute of the same name (the
     * inventory template's columns), so the rules never see the inventory's value beside the
     * consultant's.
     */
    public VmRecord apply(VmRecord vm) {
        return match(vm).map(e -> apply(vm, e)).orElse(vm);
    }

    /** The record with the values of {@code match}, the row {@link #match} found for it, in place of the inventory's. */
    public static VmRecord apply(VmRecord vm, Entry match) {
        Map<Attribute, String> values = match.values();
        if (values.isEmpty()) {
            return vm;
        }
        VmRecord.Builder b = vm.toBuilder();
        for (Map.Entry<Attribute, String> v : values.entrySet()) {
            v.getKey().setter.apply(b, v.getValue());
        }
        List<String> replaced = new ArrayList<>();
        if (values.containsKey(Attribute.DATA_CLASSIFICATION)) {
            replaced.add(InventoryColumn.normalize(TemplateColumns.DATA_CLASSIFICATION));
        }
        if (values.containsKey(Attribute.ISOLATION_REQUIREMENT)) {
            replaced.add(InventoryColumn.normalize(TemplateColumns.ISOLATION_REQUIREMENT));
        }
        if (!replaced.isEmpty() && !vm.customAttributes().isEmpty()) {
            Map<String, String> custom = new LinkedHashMap<>(vm.customAttributes());
            custom.keySet().removeIf(k -> replaced.contains(InventoryColumn.normalize(k)));
            b.customAttributes(custom);
        }
        return b.build();
    }

    /** The rows none of {@code appliedRows} names, in file order. */
    public List<Entry> unmatched(Collection<Integer> appliedRows) {
        return entries.stream().filter(e -> !appliedRows.contains(e.row())).toList();
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    public String file() {
        return file;
    }

    /** The sheet read, {@code null} for a CSV file. */
    public String sheet() {
        return sheet;
    }

    public String sha256() {
        return sha256;
    }

    public List<Entry> entries() {
        return entries;
    }

    /** A UUID as compared: lower case, letters and digits only ("{5003A1B2-...}" = "5003a1b2..."). */
    static String uuidKey(String uuid) {
        return uuid.strip().toLowerCase(Locale.ROOT).replaceAll("[^0-9a-z]", "");
    }

    static String nameKey(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
