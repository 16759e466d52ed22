package io.fleetfit.job;

import io.fleetfit.run.ClientTask;
import io.fleetfit.run.InputPaths;
import io.fleetfit.run.JobConfig;
import java.util.List;
import java.util.Locale;
import org.apache.spark.SparkConf;

/**
 * How a run's work is laid out on the executors. Each client's report is written by one task in
 * either plan; they differ in how the client's rows reach that task:
 *
 * <ul>
 *   <li>{@link #PER_CLIENT}: the task reads the client's files itself and sorts them in memory
 *       ({@link ClientTask}). No shuffle: nothing is encoded, spilled or merged, which on a batch of
 *       many clients is a large share of the run's work. Chosen when every client's inventory is
 *       small enough to hold in a task's share of the executor's memory.</li>
 *   <li>{@link #SHUFFLE}: one task per file reads (a CSV file larger than
 *       {@link InventorySource#csvSplitBytes()} is split over several), and Spark's sort-based
 *       shuffle brings each client's rows to its task, spilling to disk as needed: memory stays flat
 *       whatever a client's size, and one client's many files are read in parallel.</li>
 * </ul>
 */
enum ClientPlan {
    PER_CLIENT,
    SHUFFLE;

    /**
     * The Spark setting that forces a plan ({@code spark-submit --conf spark.fleetfit.plan=shuffle}):
     * {@code per-client}, {@code shuffle} or {@code auto}, the default. The system property
     * {@link #PROPERTY} does the same for an embedded run.
     */
    static final String CONF = "spark.fleetfit.plan";
    static final String PROPERTY = "fleetfit.plan";
    /** The Spark setting for {@link #clientBytesLimit}'s result, in bytes of inventory per client. */
    static final String LIMIT_CONF = "spark.fleetfit.plan.clientBytes";

    /**
     * Bytes of memory a record takes per byte of the inventory it was read from (CSV and xlsx
     * alike, measured on generated RVTools fleets: text held as Java strings, one object per cell,
     * the sort's keys), with room to spare.
     */
    static final int MEMORY_PER_INPUT_BYTE = 8;

    /** The plan for this run: the one {@link #CONF} (or {@link #PROPERTY}) forces, else {@link #choose}'s. */
    static ClientPlan of(SparkConf conf, boolean local, int localParallelism, List<InputPaths.Client> clients, long csvSplitBytes) {
        String setting = conf.get(CONF, System.getProperty(PROPERTY, "auto"));
        return choose(setting, clients, clientBytesLimit(conf, local, localParallelism), csvSplitBytes);
    }

    /**
     * The plan for these clients: per client when no file needs splitting and each client's
     * inventory fits the limit, else the shuffle; unless {@code setting} forces one.
     *
     * @throws JobConfig.UsageException when the setting is not a plan's name
     */
    static ClientPlan choose(String setting, List<InputPaths.Client> clients, long clientBytesLimit, long csvSplitBytes) {
        String forced = setting.strip().toLowerCase(Locale.ROOT);
        switch (forced) {
            case "per-client":
                return PER_CLIENT;
            case "shuffle":
                return SHUFFLE;
            case "auto":
                break;
            default:
                throw new JobConfig.UsageException(CONF + " is per-client, shuffle or auto, not " + setting);
        }
        for (InputPaths.Client c : clients) {
            long bytes = 0;
            for (InputPaths.InputPath f : c.files()) {
                if (f.isCsv() && f.size() > csvSplitBytes) {
                    return SHUFFLE;
                }
                bytes += f.size();
            }
            if (bytes > clientBytesLimit) {
                return SHUFFLE;
            }
        }
        return PER_CLIENT;
    }

    /**
     * The most inventory bytes one client may have for the per-client plan: a quarter of an
     * executor's heap, shared by the tasks it runs at once, over {@link #MEMORY_PER_INPUT_BYTE}.
     * The embedded run's executor is this JVM; a cluster's is {@code spark.executor.memory} (1 GiB
     * unless set) with {@code spark.executor.cores} tasks (4 assumed when unset, as a standalone
     * worker then gives the executor all its cores).
     */
    static long clientBytesLimit(SparkConf conf, boolean local, int localParallelism) {
        if (conf.contains(LIMIT_CONF)) {
            return conf.getSizeAsBytes(LIMIT_CONF);
        }
        long heap;
        int tasks;
        if (local) {
            heap = Runtime.getRuntime().maxMemory();
            tasks = Math.max(1, localParallelism);
        } else {
            heap = conf.getSizeAsBytes("spark.executor.memory", "1g");
            tasks = Math.max(1, conf.getInt("spark.executor.cores", 4));
        }
        return heap / 4 / tasks / MEMORY_PER_INPUT_BYTE;
    }
}
