package io.fleetfit.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.fleetfit.run.HadoopConf;
import io.fleetfit.run.InputPaths;
import io.fleetfit.run.JobConfig;
import io.fleetfit.run.RunSetup;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(SharedSpark.class)
class ClientReportsTest {

    @TempDir
    Path dir;

    /**
     * Every task of a run carries the job's {@link ClientReports}; what grows with the clients (their
     * files, the writer, the Hadoop settings) goes to each executor once, so a run of 2,000 clients
     * does not have each of its 2,000 tasks deserialise all of it.
     */
    @Test
    void whatEachTaskCarriesDoesNotGrowWithTheClients(SparkSession spark) throws Exception {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        ClientReports.Shared few = shared(10);
        ClientReports.Shared many = shared(2_000);
        ClientReports fewReports = new ClientReports(jsc, few, jsc.sc().longAccumulator(), jsc.sc().longAccumulator());
        ClientReports manyReports = new ClientReports(jsc, many, jsc.sc().longAccumulator(), jsc.sc().longAccumulator());
        try {
            assertThat(serialized(many).length).as("the shared state of 2,000 clients").isGreaterThan(100_000);
            assertThat(serialized(manyReports).length).isLessThan(4_096).isEqualTo(serialized(fewReports).length);
        } finally {
            fewReports.release();
            manyReports.release();
        }
    }

    @Test
    void theHadoopSettingsAreBuiltOncePerCopyWithTheDriversEntries() throws Exception {
        Configuration driver = new Configuration(false);
        driver.set("fleetfit.test.setting", "on");
        HadoopConf conf = HadoopConf.of(driver);
        assertThat(conf.get()).isSameAs(conf.get());
        assertThat(conf.get().get("fleetfit.test.setting")).isEqualTo("on");

        HadoopConf copy = (HadoopConf) new ObjectInputStream(new ByteArrayInputStream(serialized(conf))).readObject();
        assertThat(copy.get()).isNotSameAs(conf.get()).isSameAs(copy.get());
        assertThat(copy.get().get("fleetfit.test.setting")).isEqualTo("on");
        assertThat(copy.get().size()).isEqualTo(conf.get().size()).isEqualTo(1);
    }

    private ClientReports.Shared shared(int clients) throws Exception {
        RunSetup setup = RunSetup.of(new Configuration(),
                JobConfig.parse(new String[] {"--input", "sample-inventories", "--out", dir.toString()}, LocalDate.of(2026, 11, 27)));
        List<InputPaths.Client> list = IntStream.range(0, clients).mapToObj(i -> new InputPaths.Client("Client " + i, "client-" + i,
                List.of(new InputPaths.InputPath("file:/inventories/client-" + i + "/vinfo.csv", "vinfo.csv", i, 1_000)), null)).toList();
        HadoopConf conf = HadoopConf.of(new Configuration());
        return new ClientReports.Shared(list, setup.writer(conf), conf, setup.options());
    }

    private static byte[] serialized(Object o) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(o);
        }
        return bytes.toByteArray();
    }
}
