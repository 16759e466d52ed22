package io.fleetfit.inventory;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How one inventory's header row is read: which cells each {@link InventoryColumn} comes from and
 * in which unit, which columns are vCenter custom attributes, which {@link SourceFormat} the row
 * comes from and how numbers are written. Built once per file or sheet from the header row and the
 * user's {@link ReadOptions}; immutable and serializable, so a Spark job can build it on the driver
 * and ship it to the executors. Every difference between formats lives here and in
 * {@link RowParser}, never in a format's reader, so Spark's CSV reader and the xlsx reader share it.
 *
 * <p>A header is bound, in this order, by the mapping file (which wins over everything), by
 * fleetfit's template, by the aliases of {@link InventoryColumn}, as a part of a summed column
 * (Azure's "Disk N size") or as a fallback. A column bound by several headers reads the first
 * non-blank cell: a duplicated header counts once, the first occurrence first. Every non-blank
 * header that is neither a standard RVTools vInfo header nor bound is a custom attribute ("Post-it",
 * "Backup", "PRDorHML"): vCenter exports custom attributes, and customers add their own columns,
 * between the standard ones. Attribute columns (Owner, Environment, ...) are both.
 *
 * <p>Units: a size header without a unit is in MiB, as RVTools 4 writes. RAM labelled MB or GB is
 * read as MiB or GiB, because vSphere, Hyper-V and the tools that copy their numbers label binary
 * RAM sizes that way (a 4 GiB VM is "4096 MB", never 4295). Storage labelled MB is RVTools 3.x's
 * name for what RVTools 4 calls MiB (the same numbers: RVTools renamed the headers, not the values),
 * so it is read unchanged; storage labelled GB or TB is decimal. {@link #unitNotes()} says what was
 * done, for the report.
 */
public final class HeaderMap implements Serializable {

    private static final long serialVersionUID = 2L;

    /**
     * Every vInfo header RVTools 4.4 to 4.7 writes (the 90 of 4.7.1.4, which include all 82 of
     * 4.4.3), in 4.7.1.4 order. Anything else in a vInfo header row is a custom attribute.
     */
    public static final List<String> STANDARD_VINFO_HEADERS = List.of(
            "VM", "Powerstate", "Template", "SRM Placeholder", "Config status", "DNS Name",
            "Connection state", "Guest state", "Heartbeat", "Consolidation Needed", "PowerOn",
            "Suspended To Memory", "Suspend time", "Suspend Interval", "Creation date", "Change Version",
            "CPUs", "Overall Cpu Readiness", "Memory", "Active Memory", "NICs", "Disks",
            "Total disk capacity MiB", "Fixed Passthru HotPlug", "min Required EVC Mode Key",
            "Latency Sensitivity", "Op Notification Timeout", "EnableUUID", "CBT", "Primary IP Address",
            "Network #1", "Network #2", "Network #3", "Network #4", "Network #5", "Network #6",
            "Network #7", "Network #8", "Num Monitors", "Video Ram KiB", "Resource pool", "Folder ID",
            "Folder", "vApp", "DAS protection", "FT State", "FT Role", "FT Latency",
            "FT Bandwidth", "FT Sec. Latency", "Vm Failover In Progress", "Provisioned MiB", "In Use MiB",
            "Unshared MiB", "HA Restart Priority", "HA Isolation Response", "HA VM Monitoring",
            "Cluster rule(s)", "Cluster rule name(s)", "Boot Required", "Boot delay", "Boot retry delay",
            "Boot retry enabled", "Boot BIOS setup", "Reboot PowerOff", "EFI Secure boot",
            "Firmware", "HW version", "HW upgrade status", "HW upgrade policy", "HW target", "Path",
            "Log directory", "Snapshot directory", "Suspend directory", "Annotation", "Datacenter",
            "Cluster", "Host", "OS according to the configuration file", "OS according to the VMware Tools",
            "Customization Info", "Guest Detailed Data", "VM ID", "SMBIOS UUID", "VM UUID",
            "VI SDK Server type", "VI SDK API Version", "VI SDK Server", "VI SDK UUID");

    /**
     * Names RVTools 3.x used for standard columns, where 4.x says MiB or KiB: "Provisioned MB",
     * "In Use MB" (read as facts, through aliases) and these, which are not read as facts.
     */
    static final List<String> OLDER_VINFO_HEADERS = List.of(
            "Provisioned MB", "In Use MB", "Total disk capacity MB", "Unshared MB", "Video Ram KB");

    /** Fewer standard headers than this and a sheet is a hand-made inventory, not an RVTools export. */
    private static final int RVTOOLS_MIN_STANDARD_HEADERS = 10;

    private static final Set<String> STANDARD_NORMALIZED = new HashSet<>();
    private static final Set<String> STANDARD_COMPACT = new HashSet<>();

    static {
        for (String header : STANDARD_VINFO_HEADERS) {
            STANDARD_NORMALIZED.add(InventoryColumn.normalize(header));
            STANDARD_COMPACT.add(InventoryColumn.compact(header));
        }
        for (String header : OLDER_VINFO_HEADERS) {
            STANDARD_NORMALIZED.add(InventoryColumn.normalize(header));
            STANDARD_COMPACT.add(InventoryColumn.compact(header));
        }
    }

    /** One cell a column is read from, and the unit its number is in (MiB for text columns). */
    record Source(int index, SizeUnit unit) implements Serializable {
    }

    /**
     * Where one column's value comes from: the first non-blank of {@code sources} (own headers
     * first, then fallbacks), else the sum of {@code parts}.
     */
    record Binding(List<Source> sources, List<Source> parts) implements Serializable {
        static final Binding NONE = new Binding(List.of(), List.of());

        Binding {
            sources = List.copyOf(sources);
            parts = List.copyOf(parts);
        }

        boolean isEmpty() {
            return sources.isEmpty() && parts.isEmpty();
        }
    }

    private final List<String> headers;
    private final Binding[] bindings;
    private final int[] customIndexes;
    private final int standardCount;
    private final SourceFormat sourceFormat;
    private final boolean decimalComma;
    private final List<String> unitNotes;
    private final List<String> mappingNotes;

    private HeaderMap(List<String> headers, Binding[] bindings, int[] customIndexes, int standardCount,
                      SourceFormat sourceFormat, boolean decimalComma, List<String> unitNotes,
                      List<String> mappingNotes) {
        this.headers = headers;
        this.bindings = bindings;
        this.customIndexes = customIndexes;
        this.standardCount = standardCount;
        this.sourceFormat = sourceFormat;
        this.decimalComma = decimalComma;
        this.unitNotes = unitNotes;
        this.mappingNotes = mappingNotes;
    }

    /** Maps a header row without options; {@code null} cells count as blank headers. */
    public static HeaderMap of(List<String> headerRow) {
        return of(headerRow, ReadOptions.DEFAULT, false);
    }

    /** Maps a header row with the user's options (forced format, mapping file). */
    public static HeaderMap of(List<String> headerRow, ReadOptions options) {
        return of(headerRow, options, false);
    }

    /**
     * Maps a CSV file's header: a file delimited by semicolons is one a European Excel wrote, so a
     * lone comma in its numbers is a decimal comma ("4,5").
     */
    public static HeaderMap of(CsvInventoryReader.CsvHeader header, ReadOptions options) {
        return of(header.cells(), options, header.decimalComma());
    }

    /**
     * Maps a header row. With {@code decimalComma} a lone comma in a number is a decimal comma and a
     * lone dot before three digits groups thousands ("4,5" is 4.5, "32.768" is 32768).
     */
    public static HeaderMap of(List<String> headerRow, ReadOptions options, boolean decimalComma) {
        ReadOptions opts = options == null ? ReadOptions.DEFAULT : options;
        List<String> headers = new ArrayList<>(headerRow.size());
        for (String cell : headerRow) {
            headers.add(cell == null ? "" : cell.replace("\uFEFF", "").strip());
        }
        Map<String, String> mapping = new HashMap<>();
        opts.headerMapping().forEach((header, field) -> mapping.put(InventoryColumn.normalize(header), field));

        int columns = InventoryColumn.values().length;
        List<List<Source>> own = new ArrayList<>(columns);
        List<List<Source>> fallbacks = new ArrayList<>(columns);
        List<List<Source>> parts = new ArrayList<>(columns);
        for (int c = 0; c < columns; c++) {
            own.add(new ArrayList<>());
            fallbacks.add(new ArrayList<>());
            parts.add(new ArrayList<>());
        }
        UnitNotes notes = new UnitNotes();
        List<Integer> custom = new ArrayList<>();
        Set<String> customSeen = new HashSet<>();
        Set<String> mappedFound = new HashSet<>();
        int standardCount = 0;
        for (int i = 0; i < headers.size(); i++) {
            String header = headers.get(i);
            if (header.isEmpty()) {
                continue;
            }
            String key = InventoryColumn.normalize(header);
            boolean standard = isStandardVinfoHeader(header);
            if (standard) {
                standardCount++;
            }
            boolean bound = false;
            boolean ignored = false;
            String field = mapping.get(key);
            if (field != null) {
                mappedFound.add(key);
                FieldMapping.Target target = FieldMapping.target(field);
                if (target.ignore()) {
                    ignored = true;
                } else if (target.column() != null) {
                    InventoryColumn column = target.column();
                    SizeUnit unit = column.isSize() ? target.unit() : SizeUnit.MIB;
                    own.get(column.ordinal()).add(new Source(i, unit));
                    if (column.isSize()) {
                        notes.mapped(header, field, unit);
                    }
                    bound = !column.isAttribute();
                }
            } else {
                var column = TemplateColumns.columnFor(key).or(() -> InventoryColumn.forHeader(header));
                if (column.isPresent()) {
                    SizeUnit unit = notes.unitOf(column.get(), header);
                    own.get(column.get().ordinal()).add(new Source(i, unit));
                    bound = !column.get().isAttribute();
                } else {
                    var part = InventoryColumn.forPartHeader(header);
                    if (part.isPresent()) {
                        parts.get(part.get().ordinal()).add(new Source(i, notes.unitOf(part.get(), header)));
                        notes.summed(header, part.get());
                        bound = true;
                    }
                }
                var fallback = InventoryColumn.forFallbackHeader(header);
                if (fallback.isPresent()) {
                    fallbacks.get(fallback.get().ordinal()).add(new Source(i, SizeUnit.MIB));
                }
            }
            if (!bound && !ignored && !standard && customSeen.add(key)) {
                custom.add(i);
            }
        }
        Binding[] bindings = new Binding[columns];
        for (int c = 0; c < columns; c++) {
            List<Source> sources = new ArrayList<>(own.get(c));
            InventoryColumn column = InventoryColumn.values()[c];
            List<Source> ranked = new ArrayList<>(fallbacks.get(c));
            // a stable sort: the column's own order of fallbacks, then sheet order
            ranked.sort(Comparator.comparingInt(s -> column.fallbackRank(headers.get(s.index()))));
            sources.addAll(ranked);
            bindings[c] = sources.isEmpty() && parts.get(c).isEmpty() ? Binding.NONE : new Binding(sources, parts.get(c));
        }
        boolean rvtoolsLayout = !bindings[InventoryColumn.VM_NAME.ordinal()].isEmpty()
                && standardCount >= RVTOOLS_MIN_STANDARD_HEADERS;
        SourceFormat format = opts.format() != null ? opts.format()
                : SourceFormat.detect(headers, mappedFound.size(), rvtoolsLayout);
        List<String> mappingNotes = new ArrayList<>();
        if (!mapping.isEmpty() && format == SourceFormat.MAPPED) {
            mappingNotes.add("Mapping file: " + mappedFound.size() + " of " + mapping.size()
                    + " mapped headers found" + missing(opts.headerMapping(), mappedFound) + ".");
        }
        return new HeaderMap(List.copyOf(headers), bindings, custom.stream().mapToInt(Integer::intValue).toArray(),
                standardCount, format, decimalComma, notes.toList(), List.copyOf(mappingNotes));
    }

    /** Whether a header is one RVTools writes on vInfo (also in the CSV export's "vInfo..." form). */
    public static boolean isStandardVinfoHeader(String header) {
        if (header == null) {
            return false;
        }
        String key = InventoryColumn.normalize(header);
        if (STANDARD_NORMALIZED.contains(key)) {
            return true;
        }
        return InventoryColumn.isTabPrefixed(key)
                && STANDARD_COMPACT.contains(InventoryColumn.compact(key.substring(InventoryColumn.TAB_PREFIX.length())));
    }

    /** The header row as read (trimmed). */
    public List<String> headers() {
        return headers;
    }

    public boolean has(InventoryColumn column) {
        return !binding(column).isEmpty();
    }

    /** The 0-based index of the first cell a column is read from, or -1 when the file has no such column. */
    public int indexOf(InventoryColumn column) {
        Binding b = binding(column);
        if (!b.sources().isEmpty()) {
            return b.sources().get(0).index();
        }
        return b.parts().isEmpty() ? -1 : b.parts().get(0).index();
    }

    /** The header the file uses for a column ("Memory MB"), or the canonical label when absent. */
    public String headerOf(InventoryColumn column) {
        int i = indexOf(column);
        return i >= 0 ? headers.get(i) : column.label();
    }

    /** The export the header row comes from, detected or forced; its {@code label()} is for people. */
    public SourceFormat sourceFormat() {
        return sourceFormat;
    }

    /** True when a lone comma in a number is a decimal comma (a semicolon-delimited CSV file). */
    public boolean decimalComma() {
        return decimalComma;
    }

    /**
     * What was done to sizes, one line per kind of conversion, naming the headers: "Memory (GB):
     * RAM labelled GB is binary; converted from GiB to MiB (x 1,024)." Empty when every size was
     * already in MiB.
     */
    public List<String> unitNotes() {
        return unitNotes;
    }

    /** Everything worth telling about how the header was read: the unit notes, then the mapping's coverage. */
    public List<String> notes() {
        List<String> all = new ArrayList<>(unitNotes);
        all.addAll(mappingNotes);
        return Collections.unmodifiableList(all);
    }

    /** The 0-based cell indexes any column is read from (own headers, fallbacks, parts) and the custom attributes'. */
    public BitSet readIndexes() {
        BitSet read = new BitSet(headers.size());
        for (Binding b : bindings) {
            if (b != null) {
                b.sources().forEach(s -> read.set(s.index()));
                b.parts().forEach(s -> read.set(s.index()));
            }
        }
        for (int i : customIndexes) {
            read.set(i);
        }
        return read;
    }

    /** The custom attribute headers, in sheet order. */
    public List<String> customAttributeHeaders() {
        List<String> names = new ArrayList<>(customIndexes.length);
        for (int i : customIndexes) {
            names.add(headers.get(i));
        }
        return Collections.unmodifiableList(names);
    }

    /** The 0-based cell indexes of the custom attribute columns, in sheet order. */
    int[] customAttributeIndexes() {
        return customIndexes;
    }

    Binding binding(InventoryColumn column) {
        return bindings[column.ordinal()];
    }

    /** True when the header names the VM: the one column an inventory cannot do without. */
    public boolean isInventoryHeader() {
        return has(InventoryColumn.VM_NAME);
    }

    /** True when the header reads like an RVTools vInfo export rather than a hand-made list. */
    public boolean isRvtoolsLayout() {
        return isInventoryHeader() && standardCount >= RVTOOLS_MIN_STANDARD_HEADERS
                && sourceFormat != SourceFormat.FLEETFIT_TEMPLATE;
    }

    @Override
    public String toString() {
        return "HeaderMap[" + sourceFormat.id() + "]" + headers;
    }

    private static String missing(Map<String, String> mapping, Set<String> found) {
        List<String> absent = new ArrayList<>();
        for (String header : mapping.keySet()) {
            if (!found.contains(InventoryColumn.normalize(header))) {
                absent.add(header);
            }
        }
        Collections.sort(absent);
        return absent.isEmpty() ? "" : "; not in this file: " + String.join(", ", absent);
    }

    /** Decides the unit of each size header and collects one note per kind of conversion. */
    private static final class UnitNotes {
        private final Map<String, List<String>> headersByNote = new LinkedHashMap<>();

        SizeUnit unitOf(InventoryColumn column, String header) {
            if (!column.isSize()) {
                return SizeUnit.MIB;
            }
            SizeUnit named = SizeUnit.namedIn(header).orElse(SizeUnit.MIB);
            SizeUnit unit = switch (named) {
                // RAM is binary whatever the label; storage "MB" is RVTools 3.x's MiB
                case MB -> SizeUnit.MIB;
                case GB -> column.isMemory() ? SizeUnit.GIB : SizeUnit.GB;
                case TB -> column.isMemory() ? SizeUnit.TIB : SizeUnit.TB;
                default -> named;
            };
            String note;
            if (named == SizeUnit.MB) {
                note = column.isMemory()
                        ? "RAM labelled MB is binary (as vSphere and Hyper-V report it); read as MiB unchanged"
                        : "storage labelled MB is binary (RVTools 3.x's name for MiB); read as MiB unchanged";
            } else if (column.isMemory() && named != unit) {
                note = "RAM labelled " + named.symbol() + " is binary; converted from " + unit.symbol()
                        + " to MiB (" + factor(unit) + ")";
            } else {
                note = conversion(unit);
            }
            add(header, note);
            return unit;
        }

        void mapped(String header, String field, SizeUnit unit) {
            if (unit != SizeUnit.MIB) {
                add(header, "mapped as " + field + "; " + conversion(unit));
            }
        }

        void summed(String header, InventoryColumn column) {
            add(header, "summed into " + (column == InventoryColumn.PROVISIONED_MIB ? "provisioned storage" : column.field()));
        }

        List<String> toList() {
            List<String> lines = new ArrayList<>();
            headersByNote.forEach((note, names) -> lines.add(String.join(", ", names) + ": " + note + "."));
            return List.copyOf(lines);
        }

        private void add(String header, String note) {
            if (note != null) {
                headersByNote.computeIfAbsent(note, n -> new ArrayList<>()).add(header);
            }
        }

        private static String conversion(SizeUnit unit) {
            if (unit == SizeUnit.MIB) {
                return null;
            }
            return (unit.isBinary() ? "" : "decimal ") + unit.symbol() + " converted to MiB (" + factor(unit) + ")";
        }

        private static String factor(SizeUnit unit) {
            return switch (unit) {
                case GIB -> "x 1,024";
                case TIB -> "x 1,048,576";
                case MB -> "x 1,000,000 / 1,048,576";
                case GB -> "x 1,000,000,000 / 1,048,576";
                case TB -> "x 1,000,000,000,000 / 1,048,576";
                default -> "x 1";
            };
        }
    }
}
