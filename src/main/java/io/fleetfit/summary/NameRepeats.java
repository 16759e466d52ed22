package io.fleetfit.summary;

import io.fleetfit.assessment.Assessment;
import io.fleetfit.assessment.Duplicates;
import io.fleetfit.assessment.SourceRef;
import io.fleetfit.assessment.VmRecord;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Possible duplicates that {@link Duplicates} cannot prove: assessed workloads that state neither a
 * VM UUID nor an SMBIOS UUID and whose name repeats (ignoring case) within one vCenter: the row's VI
 * SDK server, else its file, as one export is one vCenter. vCenter allows one name in two folders,
 * so every such row stays assessed; each is listed, naming another row of the name, for a person to
 * check. Holds one small entry per workload without a UUID, none for the others; which row is first
 * is input order (file, sheet, row), whatever order the rows arrive in.
 */
public final class NameRepeats {

    /**
     * One row to list: a workload whose name repeats in its vCenter.
     *
     * @param vcenter "vCenter NAME", or {@code null} where the row names none and its file is the scope
     * @param other another row of the name: the first in input order, or for the first row the second
     */
    public record Repeat(SourceRef source, String vmName, String vcenter, SourceRef other, String otherName) {

        /** The Data quality sheet's reason for this row. */
        public String reason() {
            boolean sameFile = vcenter == null;
            return "Possible duplicate: no VM UUID or SMBIOS UUID, and the name " + vmName + " repeats in "
                    + (sameFile ? "its file, which names no vCenter" : vcenter)
                    + " (also at " + (sameFile ? (other.sheet().isEmpty() ? "" : "sheet " + other.sheet() + ", ") + "row "
                    + other.row() : other.describe()) + (otherName.equals(vmName) ? "" : ", as " + otherName)
                    + "). Both rows are assessed; if they are one VM, remove one row from the inventory, else ignore"
                    + " this note.";
        }
    }

    private record Seen(SourceRef source, String name, String vcenter) {
    }

    private static final Comparator<Seen> INPUT_ORDER = Comparator.comparing(Seen::source);

    /** The first row of each name, and every row of a name seen more than once (in its key's list). */
    private final Map<String, Seen> firsts = new HashMap<>();
    private final Map<String, List<Seen>> repeated = new LinkedHashMap<>();
    private long rows;
    private java.util.function.UnaryOperator<String> real = java.util.function.UnaryOperator.identity();

    NameRepeats() {
    }

    /** Compares {@code real} of names and vCenters: a pseudonymised report's the values they stand for. */
    void compareBy(java.util.function.UnaryOperator<String> real) {
        this.real = real;
    }

    /** Notes an assessed workload; returns by how many its name's repeats grow the list (0, 1 or 2). */
    int add(Assessment a) {
        VmRecord vm = a.vm();
        String name = vm.vmName();
        if (name == null || name.isBlank() || Duplicates.key(vm).isPresent()) {
            return 0;
        }
        String server = vm.viSdkServer() == null ? "" : vm.viSdkServer().strip();
        String vcenter = server.isEmpty() ? null : "vCenter " + server;
        String realServer = real.apply(server).strip();
        String key = (server.isEmpty() ? "f\u0000" + a.source().file() : "v\u0000" + realServer.toLowerCase(Locale.ROOT))
                + '\u0000' + real.apply(name).strip().toLowerCase(Locale.ROOT);
        Seen seen = new Seen(a.source(), name, vcenter);
        Seen first = firsts.putIfAbsent(key, seen);
        if (first == null) {
            return 0;
        }
        List<Seen> group = repeated.computeIfAbsent(key, k -> new ArrayList<>(List.of(first)));
        group.add(seen);
        int added = group.size() == 2 ? 2 : 1;
        rows += added;
        return added;
    }

    /** Every row to list, in input order. */
    List<Repeat> repeats() {
        List<Repeat> out = new ArrayList<>((int) rows);
        for (List<Seen> group : repeated.values()) {
            List<Seen> sorted = group.stream().sorted(INPUT_ORDER).toList();
            for (int i = 0; i < sorted.size(); i++) {
                Seen s = sorted.get(i);
                Seen other = sorted.get(i == 0 ? 1 : 0);
                out.add(new Repeat(s.source(), s.name(), s.vcenter(), other.source(), other.name()));
            }
        }
        out.sort(Comparator.comparing(Repeat::source));
        return out;
    }
}
