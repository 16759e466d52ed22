package io.fleetfit.run;

import io.fleetfit.assessment.Duplicates;
import io.fleetfit.assessment.SortKey;
import io.fleetfit.assessment.SourceRef;
import io.fleetfit.assessment.VmRecord;
import io.fleetfit.inventory.ReadRow;
import java.util.List;
import java.util.Map;

/**
 * {@link Duplicates} without a shuffle of its own: each row that states a UUID also sends a small
 * {@link Item.Key} through the job's one sort. A client's keys arrive in its task grouped by
 * identity and in input order, before any row, and feed a {@link Duplicates.Marks}; each row it
 * marks becomes a rejection naming the row assessed instead. Two clients never share a VM.
 */
public final class DuplicateRows {

    private DuplicateRows() {
    }

    /**
     * The key item of a row, or {@code null} when it states no UUID (or is a rejection).
     *
     * @param fileIndex the row's file's position among its client's files
     */
    public static Item.Key key(Item.Read read, int fileIndex) {
        if (!(read.row() instanceof ReadRow.Vm vm)) {
            return null;
        }
        VmRecord r = vm.vm();
        return Duplicates.key(r).map(identity -> new Item.Key(identity, inputOrder(fileIndex, r.source()), r.source(),
                r.vmName(), Duplicates.which(r))).orElse(null);
    }

    /** A sortable position in input order: file, sheet, row. */
    public static String inputOrder(int fileIndex, SourceRef s) {
        return SortKey.zeroPadded(fileIndex, 6) + '\u0000' + s.sheet() + '\u0000' + SortKey.zeroPadded(s.row(), 12);
    }

    /** The item and, for a row with a UUID, its key item. */
    public static List<Item> withKey(Item item, Map<String, Integer> fileOrder) {
        if (item instanceof Item.Read read && read.row() instanceof ReadRow.Vm vm) {
            Item.Key key = key(read, fileOrder.getOrDefault(vm.vm().source().file(), Integer.MAX_VALUE / 2));
            if (key != null) {
                return List.of(item, key);
            }
        }
        return List.of(item);
    }
}
