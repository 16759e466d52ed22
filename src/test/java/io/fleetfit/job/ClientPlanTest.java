package io.fleetfit.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fleetfit.run.InputPaths;
import io.fleetfit.run.JobConfig;
import java.util.List;
import org.apache.spark.SparkConf;
import org.junit.jupiter.api.Test;

/** Which plan a run takes: per client when every client sorts in a task's memory, else the shuffle. */
class ClientPlanTest {

    private static final long MIB = 1024 * 1024;

    private static InputPaths.Client client(String name, long... sizes) {
        List<InputPaths.InputPath> files = new java.util.ArrayList<>();
        for (int i = 0; i < sizes.length; i++) {
            String file = i % 2 == 0 ? "vinfo-" + i + ".csv" : "export-" + i + ".xlsx";
            files.add(new InputPaths.InputPath("file:/in/" + name + "/" + file, file, 0, sizes[i]));
        }
        return new InputPaths.Client(name, name, files, null);
    }

    @Test
    void manySmallClientsAreReadSortedAndWrittenOneTaskEach() {
        List<InputPaths.Client> clients = List.of(client("acme", 9 * MIB), client("globex", 20 * MIB, 3 * MIB));
        assertThat(ClientPlan.choose("auto", clients, 32 * MIB, 256 * MIB)).isEqualTo(ClientPlan.PER_CLIENT);
    }

    @Test
    void oneClientOverTheLimitSendsTheWholeRunThroughTheShuffle() {
        // 30 + 3 MiB: the client's files together are over 32 MiB though each is under
        List<InputPaths.Client> clients = List.of(client("acme", 9 * MIB), client("globex", 30 * MIB, 3 * MIB));
        assertThat(ClientPlan.choose("auto", clients, 32 * MIB, 256 * MIB)).isEqualTo(ClientPlan.SHUFFLE);
    }

    @Test
    void aCsvFileToBeSplitNeedsTheShuffle() {
        List<InputPaths.Client> clients = List.of(client("acme", 9 * MIB));
        assertThat(ClientPlan.choose("auto", clients, Long.MAX_VALUE, 8 * MIB)).isEqualTo(ClientPlan.SHUFFLE);
        // a workbook is never split, whatever its size
        List<InputPaths.Client> workbook = List.of(client("acme", MIB, 9 * MIB));
        assertThat(ClientPlan.choose("auto", workbook, Long.MAX_VALUE, 8 * MIB)).isEqualTo(ClientPlan.PER_CLIENT);
    }

    @Test
    void aClientWithNothingToReadTakesNoMemory() {
        List<InputPaths.Client> clients = List.of(new InputPaths.Client("empty", "empty", List.of(), "no inventory files"));
        assertThat(ClientPlan.choose("auto", clients, 0, 0)).isEqualTo(ClientPlan.PER_CLIENT);
    }

    @Test
    void theSettingForcesEitherPlan() {
        List<InputPaths.Client> small = List.of(client("acme", MIB));
        List<InputPaths.Client> big = List.of(client("acme", 900 * MIB));
        assertThat(ClientPlan.choose("shuffle", small, 32 * MIB, 256 * MIB)).isEqualTo(ClientPlan.SHUFFLE);
        assertThat(ClientPlan.choose(" Per-Client ", big, 32 * MIB, 256 * MIB)).isEqualTo(ClientPlan.PER_CLIENT);
        assertThatThrownBy(() -> ClientPlan.choose("fast", small, 32 * MIB, 256 * MIB))
                .isInstanceOf(JobConfig.UsageException.class)
                .hasMessage("spark.fleetfit.plan is per-client, shuffle or auto, not fast");
    }

    @Test
    void theSparkSettingChoosesThePlanForTheRun() {
        List<InputPaths.Client> small = List.of(client("acme", MIB));
        assertThat(ClientPlan.of(new SparkConf(false), true, 2, small, 256 * MIB)).isEqualTo(ClientPlan.PER_CLIENT);
        assertThat(ClientPlan.of(new SparkConf(false).set(ClientPlan.CONF, "shuffle"), true, 2, small, 256 * MIB))
                .isEqualTo(ClientPlan.SHUFFLE);
        // the per-client limit as set: 1 MiB of inventory is over half a MiB
        assertThat(ClientPlan.of(new SparkConf(false).set(ClientPlan.LIMIT_CONF, "512k"), true, 2, small, 256 * MIB))
                .isEqualTo(ClientPlan.SHUFFLE);
    }

    @Test
    void aClustersLimitFollowsTheExecutorsMemoryAndCores() {
        SparkConf conf = new SparkConf(false).set("spark.executor.memory", "8g").set("spark.executor.cores", "2");
        // 8 GiB / 4 / 2 tasks / 8 bytes of memory per inventory byte
        assertThat(ClientPlan.clientBytesLimit(conf, false, 99)).isEqualTo(128 * MIB);
        // Spark's defaults: 1 GiB, and 4 tasks assumed
        assertThat(ClientPlan.clientBytesLimit(new SparkConf(false), false, 99)).isEqualTo(8 * MIB);
        assertThat(ClientPlan.clientBytesLimit(new SparkConf(false).set(ClientPlan.LIMIT_CONF, "5m"), false, 99)).isEqualTo(5 * MIB);
    }

    @Test
    void theEmbeddedRunsLimitFollowsThisJvmsHeapAndParallelism() {
        long heap = Runtime.getRuntime().maxMemory();
        assertThat(ClientPlan.clientBytesLimit(new SparkConf(false), true, 2)).isEqualTo(heap / 4 / 2 / 8);
        assertThat(ClientPlan.clientBytesLimit(new SparkConf(false), true, 4)).isEqualTo(heap / 4 / 4 / 8);
    }
}
