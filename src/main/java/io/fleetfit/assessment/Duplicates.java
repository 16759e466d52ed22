package io.fleetfit.assessment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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
        VmRecord kept = sorted.get(0);
        List<Rejection> duplicates = new ArrayList<>();
        for (VmRecord d : sorted.subList(1, sorted.size())) {
            duplicates.add(duplicateOf(d.source(), d.vmName(), kept.vmName(), which(kept), kept.source()));
        }
        return new Resolution(kept, duplicates);
    }

    /** The identity a duplicate's reason names: "VM UUID ..." or "SMBIOS UUID ...". */
    public static String which(VmRecord kept) {
        return kept.vmUuid() != null && !kept.vmUuid().isBlank()
                ? "VM UUID " + kept.vmUuid().strip() : "SMBIOS UUID " + kept.smbiosUuid().strip();
    }

    /**
     * The rejection of a duplicate row, naming the row that is assessed instead: for callers that
     * see rows one at a time (the job) rather than a group of records.
     */
    public static Rejection duplicateOf(SourceRef duplicate, String duplicateName, String keptName, String keptWhich,
                                        SourceRef kept) {
        return new Rejection(duplicate, duplicateName, "Duplicate of " + keptName + " (" + keptWhich
                + ") in " + kept.describe() + ", which is assessed instead.");
    }

    private static String normalize(String uuid) {
        return uuid.strip().toLowerCase(Locale.ROOT).replaceAll("[^0-9a-z]", "");
    }
}
