package io.fleetfit.job;

import io.fleetfit.report.ClientSummary;
import java.io.Serializable;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.Partitioner;
import org.apache.spark.util.LongAccumulator;
import scala.Tuple2;

/**
 * The job's reports on the executors, one client per task, which hands its client's items to the
 * {@link ClientWriter}. In the shuffle plan ({@link ClientPlan#SHUFFLE}) items are keyed by client
 * and sort key, partitioned by client and sorted within the partition; in the per-client plan the
 * task reads and sorts them itself. One client's failure never reaches another's report.
 */
final class ClientReports implements Serializable {

    /** Digits of the client's number at the start of a shuffle key. */
    private static final int CLIENT_DIGITS = 6;

    /**
     * Where an item goes, as one string (which Spark serialises and compares cheaply): its
     * client's number, zero-padded, then the item's place in the client's sort order.
     */
    static String key(int client, Item item) {
        return io.fleetfit.assessment.SortKey.zeroPadded(client, CLIENT_DIGITS) + item.sortKey();
    }

    static int client(String key) {
        return Integer.parseInt(key, 0, CLIENT_DIGITS, 10);
    }

    /** One partition, so one task, per client. */
    static final class ByClient extends Partitioner {
        private final int clients;

        ByClient(int clients) {
            this.clients = Math.max(1, clients);
        }

        @Override
        public int numPartitions() {
            return clients;
        }

        @Override
        public int getPartition(Object key) {
            return client((String) key);
        }
    }

    private final List<InputPaths.Client> clients;
    private final ClientWriter writer;
    private final LongAccumulator rowsDone;
    private final LongAccumulator clientsDone;

    ClientReports(List<InputPaths.Client> clients, ClientWriter writer, LongAccumulator rowsDone, LongAccumulator clientsDone) {
        this.clients = List.copyOf(clients);
        this.writer = writer;
        this.rowsDone = rowsDone;
        this.clientsDone = clientsDone;
    }

    /** The rules of client {@code index}, for judging its rows as they are read ({@link ClientWriter#assessor}). */
    io.fleetfit.assessment.Assessor assessor(int index) {
        return writer.assessor(clients.get(index));
    }

    /** Runs on an executor: the report of client {@code index}, from its items in {@link Item#sortKey()} order. */
    ClientSummary write(int index, Iterator<Item> items) {
        try {
            return writer.write(clients.get(index), items, rowsDone::add);
        } finally {
            clientsDone.add(1);
        }
    }

    /** The shuffle's {@link #key}ed {@link ItemCodec} bytes as items, decoded one at a time. */
    static Iterator<Item> decoded(Iterator<Tuple2<String, byte[]>> items) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return items.hasNext();
            }

            @Override
            public Item next() {
                return ItemCodec.decode(items.next()._2());
            }
        };
    }
}
