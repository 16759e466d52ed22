package io.fleetfit.job;

import io.fleetfit.assessment.Duplicates;
import io.fleetfit.assessment.SourceRef;
import io.fleetfit.assessment.VmRecord;
import io.fleetfit.inventory.ReadRow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaPairRDD;
import scala.Tuple2;

/**
 * Distributes {@link Duplicates}: each client's rows are grouped by the VM they describe, the first
 * in input order is kept and the others become rejections. Two clients never share a VM, however
 * alike their inventories. Rows without a UUID, rejections and file items are grouped alone, so
 * this is one shuffle; the stages after it reuse its output instead of reading the files again.
 */
final class DuplicateRows {

    private DuplicateRows() {
    }

    /** @param fileOrder per client, each input file's name and its position among the client's inputs */
    static JavaPairRDD<Integer, Item> mark(JavaPairRDD<Integer, Item> items, List<Map<String, Integer>> fileOrder) {
        return items.mapToPair(i -> new Tuple2<>(new Tuple2<>(i._1(), key(i._2())), i._2()))
                .groupByKey()
                .flatMapToPair(group -> {
                    Integer client = group._1()._1();
                    return resolve(group._2(), fileOrder.get(client)).stream()
                            .map(i -> new Tuple2<>(client, i)).iterator();
                });
    }

    static String key(Item item) {
        if (item instanceof Item.Read r && r.row() instanceof ReadRow.Vm vm) {
            return Duplicates.key(vm.vm()).orElseGet(() -> unique(vm.vm().source()));
        }
        if (item instanceof Item.Read r && r.row() instanceof ReadRow.Rejected rej) {
            return unique(rej.rejection().source());
        }
        return "file:" + ((Item.File) item).file().name();
    }

    private static String unique(SourceRef s) {
        return "row:" + s.file() + '\u0000' + s.sheet() + '\u0000' + s.row();
    }

    static List<Item> resolve(Iterable<Item> group, Map<String, Integer> fileOrder) {
        List<Item> items = new ArrayList<>();
        group.forEach(items::add);
        if (items.size() == 1) {
            return items;
        }
        List<VmRecord> same = items.stream().map(i -> ((ReadRow.Vm) ((Item.Read) i).row()).vm()).toList();
        Comparator<SourceRef> inputOrder = Comparator
                .comparing((SourceRef s) -> fileOrder.getOrDefault(s.file(), Integer.MAX_VALUE))
                .thenComparing(SourceRef::sheet)
                .thenComparingLong(SourceRef::row);
        Duplicates.Resolution r = Duplicates.resolve(same, inputOrder);
        List<Item> out = new ArrayList<>();
        out.add(new Item.Read(new ReadRow.Vm(r.kept())));
        r.duplicates().forEach(d -> out.add(new Item.Read(new ReadRow.Rejected(d))));
        return out;
    }
}
