package io.fleetfit.assessment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;

/**
 * One VM seen in several rows (two vCenter exports that overlap, a workbook re-exported into the
 * same folder) is assessed once. Rows are the same VM when they carry the same VM UUID or, where a
 * row has no VM UUID, the same SMBIOS UUID. The first row in input order is kept; the others become
 * rejections that name it, so they are listed, never silently dropped.
 */
public final class Duplicates {

    /** The kept record and the rejections of its duplicates. */
    public record Resolution(VmRecord kept, List<Rejection> duplicates) {
    }

    private Duplicates() {
    }

    /** The identity a record is matched on, or empty when it states no UUID. */
    public static Optional<String> key(VmRecord vm) {
        if (vm.vmUuid() != null && !vm.vmUuid().isBlank()) {
            return Optional.of("vm-uuid:" + normalize(vm.vmUuid()));
        }
        if (vm.smbiosUuid() != null && !vm.smbiosUuid().isBlank()) {
            return Optional.of("smbios-uuid:" + normalize(vm.smbiosUuid()));
        }
        return Optional.empty();
    }

    /**
     * Resolves records that share a key.
     *
     * @param same at least one record, all with the same {@link #key}
     * @param inputOrder the order of the inputs: the first record by it is kept
     */
    public static Resolution resolve(List<VmRecord> same, Comparator<SourceRef> inputOrder) {
        List<VmRecord> sorted = new ArrayList<>(same);
        sorted.sort(Comparator.comparing(VmRecord::source, inputOrder));
        Marks marks = new Marks();
        for (VmRecord r : sorted) {
            marks.add(key(r).orElse(""), r.source(), r.vmName(), which(r));
        }
        List<Rejection> duplicates = new ArrayList<>();
        for (VmRecord d : sorted.subList(1, sorted.size())) {
            duplicates.add(marks.duplicate(d.source()));
        }
        return new Resolution(sorted.get(0), duplicates);
    }

    /**
     * The duplicates among rows seen one at a time, grouped by key and each group in input order
     * (as the job's sort delivers a client's identity keys): the first row of a group is kept, every
     * later one becomes a rejection naming it. Only the duplicates are held, not the rows.
     */
    public static final class Marks {
        private final Map<SourceRef, Rejection> duplicates = new HashMap<>();
        private String firstKey;
        private SourceRef firstSource;
        private String firstName;
        private String firstWhich;

        /** The next row's identity: its {@link #key}, where it came from, its name and {@link #which}. */
        public void add(String key, SourceRef source, String vmName, String which) {
            if (key.equals(firstKey)) {
                duplicates.put(source, new Rejection(source, vmName, "Duplicate of " + firstName + " (" + firstWhich
                        + ") in " + firstSource.describe() + ", which is assessed instead."));
            } else {
                firstKey = key;
                firstSource = source;
                firstName = vmName;
                firstWhich = which;
            }
        }

        /** The rejection a row becomes when it duplicates an earlier one, else {@code null}. */
        public Rejection duplicate(SourceRef source) {
            return duplicates.get(source);
        }
    }

    /** The identity a duplicate's reason names: "VM UUID ..." or "SMBIOS UUID ...". */
    public static String which(VmRecord kept) {
        return kept.vmUuid() != null && !kept.vmUuid().isBlank()
                ? "VM UUID " + kept.vmUuid().strip() : "SMBIOS UUID " + kept.smbiosUuid().strip();
    }

    private static String normalize(String uuid) {
        return uuid.strip().toLowerCase(Locale.ROOT).replaceAll("[^0-9a-z]", "");
    }
}
