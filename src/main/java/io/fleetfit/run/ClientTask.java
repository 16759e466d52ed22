package io.fleetfit.run;

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
 * Spark: the job's per-client plan runs it in one task per client, when every
 * client's inventory is small enough to sort in the task's memory, and the single-threaded baseline
 * runs it for every client on its one thread. The items then go to the {@link ClientWriter}, as
 * they do from the job's shuffle.
 */
public final class ClientTask {

    private ClientTask() {
    }

    /** How a file's items are read: its rows, then its own item, handed to {@code items} on the calling thread. */
    @FunctionalInterface
    public interface Reader extends Serializable {
        void read(InputPaths.InputPath file, Consumer<Item> items);
    }

    /**
     * Every item of the client's files, each row judged as it is read ({@link ClientRun#outcome})
     * and given its identity key, in input order (not yet sorted).
     *
     * @param rowRead told of every row read, for the progress line
     */
    public static List<Keyed> read(ClientRun client, Reader reader, LongConsumer rowRead) {
        List<Keyed> items = new ArrayList<>();
        Map<String, Integer> fileOrder = client.client().fileOrder();
        for (InputPaths.InputPath file : client.client().files()) {
            reader.read(file, item -> {
                if (item instanceof Item.Read) {
                    rowRead.accept(1);
                }
                for (Item k : DuplicateRows.withKey(item, fileOrder)) {
                    items.add(new Keyed(k.sortKey(), k instanceof Item.Read r ? new Item.Read(r.row(), client.outcome(r, null)) : k));
                }
            });
        }
        return items;
    }

    /** The client's items, read with {@code reader} and sorted: what the per-client plan writes a report from. */
    public static Iterator<Item> readSorted(ClientRun client, Reader reader, LongConsumer rowRead) {
        return drain(sort(read(client, reader, rowRead)));
    }

    /** Sorts the items by their keys, as the job's shuffle would. */
    public static Keyed[] sort(List<Keyed> items) {
        Keyed[] sorted = items.toArray(new Keyed[0]);
        Arrays.sort(sorted, Comparator.comparing(Keyed::key));
        return sorted;
    }

    /** The sorted items one by one, each let go once handed out, so memory falls as the report is written. */
    public static Iterator<Item> drain(Keyed[] sorted) {
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
    public record Keyed(String key, Item item) {
    }
}
