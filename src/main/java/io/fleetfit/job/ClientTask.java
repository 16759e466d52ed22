package io.fleetfit.job;

import io.fleetfit.assessment.Assessor;
import io.fleetfit.inventory.ConsultantAttributes;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * One client's items put in {@link Item#sortKey()} order on one thread, in memory: its files read
 * one after the other, each row judged as it is read and given its identity key, then sorted. No
 * Spark: the job's per-client plan ({@link ClientPlan}) runs it in one task per client, when every
 * client's inventory is small enough to sort in the task's memory, and {@link PlainRun} runs it
 * for every client on its one thread. The items then go to the {@link ClientWriter}, as they do
 * from the job's shuffle.
 */
final class ClientTask {

    private ClientTask() {
    }

    /** How a file's items are read: its rows, then its own item, handed to {@code items} on the calling thread. */
    @FunctionalInterface
    interface Reader extends Serializable {
        void read(InputPaths.InputPath file, Consumer<Item> items);
    }

    /**
     * Every item of the client's files, with the consultant's attributes applied and each row's
     * identity key added, in input order (not yet sorted).
     *
     * @param assessor the client's rules: each row is judged as it is read ({@link Item.Read#judgedBy})
     * @param rowRead told of every row read, for the progress line
     */
    static List<Keyed> read(InputPaths.Client client, Reader reader, ConsultantAttributes attributes, Assessor assessor,
                            LongConsumer rowRead) {
        List<Keyed> items = new ArrayList<>();
        Map<String, Integer> fileOrder = client.fileOrder();
        for (InputPaths.InputPath file : client.files()) {
            reader.read(file, item -> {
                if (item instanceof Item.Read) {
                    rowRead.accept(1);
                }
                Item i = attributes.isEmpty() ? item : AssessmentJob.withAttributes(attributes, item);
                for (Item k : DuplicateRows.withKey(i, fileOrder)) {
                    items.add(new Keyed(k.sortKey(), k instanceof Item.Read r ? r.judgedBy(assessor) : k));
                }
            });
        }
        return items;
    }

    /** Sorts the items by their keys, as the job's shuffle would. */
    static Keyed[] sort(List<Keyed> items) {
        Keyed[] sorted = items.toArray(new Keyed[0]);
        Arrays.sort(sorted, Comparator.comparing(Keyed::key));
        return sorted;
    }

    /** The sorted items one by one, each let go once handed out, so memory falls as the report is written. */
    static Iterator<Item> drain(Keyed[] sorted) {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < sorted.length;
            }

            @Override
            public Item next() {
                if (next >= sorted.length) {
                    throw new NoSuchElementException();
                }
                Item item = sorted[next].item();
                sorted[next++] = null;
                return item;
            }
        };
    }

    /** An item and its sort key, worked out once. */
    record Keyed(String key, Item item) {
    }
}
