package io.fleetfit.job;

import io.fleetfit.inventory.ReadOptions;
import io.fleetfit.run.ClientRun;
import io.fleetfit.run.ClientTask;
import io.fleetfit.run.ClientWriter;
import io.fleetfit.run.HadoopConf;
import io.fleetfit.run.InputPaths;
import io.fleetfit.run.InventoryFiles;
import io.fleetfit.run.Item;
import io.fleetfit.summary.ClientSummary;
import java.io.Serializable;
import java.util.Iterator;
import java.util.List;
import java.util.function.LongConsumer;
import org.apache.spark.Partitioner;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
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

    /**
     * What every client's task needs - every client's files, the writer with the rules and
     * attributes, the Hadoop settings (the writer's own), the read options - which grows with the
     * number of clients. Sent to each
     * executor once (a broadcast) rather than inside every task, where a run of 2,000 clients had
     * each of its 2,000 tasks deserialise some 390 KiB of it.
     */
    record Shared(List<InputPaths.Client> clients, ClientWriter writer, HadoopConf hadoop, ReadOptions options)
            implements Serializable {
        Shared {
            clients = List.copyOf(clients);
        }
    }

    private final Broadcast<Shared> shared;
    private final LongAccumulator rowsDone;
    private final LongAccumulator clientsDone;

    ClientReports(JavaSparkContext spark, Shared shared, LongAccumulator rowsDone, LongAccumulator clientsDone) {
        this.shared = spark.broadcast(shared);
        this.rowsDone = rowsDone;
        this.clientsDone = clientsDone;
    }

    /**
     * Runs on an executor, the per-client plan's task: reads client {@code index}'s files, judging
     * each row as it is read, sorts its items in memory ({@link ClientTask}) and writes its report.
     *
     * @param rowRead told of every row read, for the progress line
     */
    ClientSummary readAndWrite(int index, LongConsumer rowRead) {
        Shared s = shared.value();
        ClientRun client = s.writer().forClient(s.clients().get(index));
        ClientTask.Reader reader = (file, items) -> InventoryFiles.readOnThisThread(file, s.hadoop(), s.options(), items);
        return write(client, ClientTask.readSorted(client, reader, rowRead));
    }

    /** Runs on an executor: the report of client {@code index}, from its items in {@link Item#sortKey()} order. */
    ClientSummary write(int index, Iterator<Item> items) {
        Shared s = shared.value();
        return write(s.writer().forClient(s.clients().get(index)), items);
    }

    /** Writes the client's report; only a report really written counts for the progress line. */
    private ClientSummary write(ClientRun client, Iterator<Item> items) {
        ClientSummary summary = client.write(items, rowsDone::add);
        if (summary.reportWritten()) {
            clientsDone.add(1);
        }
        return summary;
    }

    /** Frees the shared state on the executors once the run's reports are written. */
    void release() {
        shared.destroy();
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
