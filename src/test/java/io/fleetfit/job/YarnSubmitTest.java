package io.fleetfit.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.hadoop.fs.FileSystem;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job as a Hadoop platform team runs it: {@code jobs/submit --master yarn} with
 * {@code jobs/clusters/yarn.properties} hands the cluster jar to a real YARN (a ResourceManager and
 * one NodeManager on 127.0.0.1, {@link MiniHadoop}) whose configuration is in a
 * {@code HADOOP_CONF_DIR}, inputs and outputs on its HDFS. The submit side is Spark's jars alone
 * (target/spark-home/jars, with spark-yarn), the containers run from the same jars
 * ({@code spark.yarn.jars=local:...}: the NodeManager is on this machine), so the job runs only if
 * the cluster jar carries fleetfit's libraries. Needs {@code mvn -Pcluster package} first;
 * {@code jobs/test-cluster} does it and runs this test.
 *
 * <p>Sized for two cores: per submission one executor of one core and 1 GiB, an application master
 * of 512 MiB (client mode) or a driver of 1 GiB (cluster mode). The two submissions run at once.
 */
@Tag("yarn")
@ExtendWith(MiniHadoop.class)
class YarnSubmitTest {

    @TempDir
    Path dir;

    @Test
    void clientModeShowsTheProgressOnTheConsoleAndWritesTheLocalRunsOutputsToHdfs(MiniHadoop.Cluster hadoop) throws Exception {
        Submitted s = submissions(hadoop).get("client").get();
        String hdfs = s.hdfs();

        assertThat(s.code()).as(s.console()).isZero();
        assertThat(s.console()).as("the driver's progress and run summary, on the console")
                .contains("Reading and assessing 4 inventory files of 2 clients", "reports written for 2 of 2 clients",
                        "acme    ok", "globex  ok", "Run summary: " + hdfs + "/reports/run-summary.csv");
        assertThat(s.console().lines().filter(l -> l.contains(" INFO ")).count())
                .as("Spark's INFO logging stays off the console but for spark-submit's first lines").isLessThan(10);
        assertRanOnYarn(hadoop, s.application());
        sameAsLocal(hadoop, hdfs);
    }

    @Test
    void clusterModeWritesTheProgressToTheApplicationLogsAndEndsSucceeded(MiniHadoop.Cluster hadoop)
            throws Exception {
        Submitted s = submissions(hadoop).get("cluster").get();
        String hdfs = s.hdfs();

        assertThat(s.code()).as(s.console()).isZero();
        assertThat(s.console()).as("spark-submit follows the application to its end")
                .contains("final status: SUCCEEDED").doesNotContain("reports written for");
        assertRanOnYarn(hadoop, s.application());
        // the driver ran in the application master, the first container of the first (only) attempt
        Path am = hadoop.containerLogs().resolve(s.application())
                .resolve("container_" + s.application().substring("application_".length()) + "_01_000001");
        String stdout = Files.readString(am.resolve("stdout"), StandardCharsets.UTF_8);
        assertThat(stdout).as("the driver's progress and run summary, in the application master's stdout")
                .contains("Reading and assessing 4 inventory files of 2 clients", "reports written for 2 of 2 clients",
                        "acme    ok", "globex  ok", "Run summary: " + hdfs + "/reports/run-summary.csv");
        assertThat(hadoop.containerLogs().resolve(s.application()))
                .as("one attempt: the job ended by returning, not by System.exit").isDirectoryNotContaining("glob:**_02_*");
        sameAsLocal(hadoop, hdfs);

        long start = System.nanoTime();
        String logs = yarnLogs(hadoop, s.application());
        System.out.printf("yarn logs: %.0f s%n", (System.nanoTime() - start) / 1e9);
        assertThat(logs).as("yarn logs -applicationId, from the logs aggregated to HDFS")
                .contains("LogType:stdout", "reports written for 2 of 2 clients", "Run summary: " + hdfs + "/reports/run-summary.csv");
    }

    private static Map<String, Future<Submitted>> submissions;

    /**
     * Both submissions and the local run, started together by the first test that asks (the machine
     * has two cores, but a submission mostly waits: for JVMs to start, for YARN to hand out
     * containers), each with the batch in a folder of its own on HDFS.
     */
    private static synchronized Map<String, Future<Submitted>> submissions(MiniHadoop.Cluster hadoop) throws Exception {
        if (submissions == null) {
            hadoop.yarn();
            ExecutorService pool = Executors.newFixedThreadPool(3, r -> {
                Thread t = new Thread(r, "yarn-submit");
                t.setDaemon(true);
                return t;
            });
            pool.submit(YarnSubmitTest::localRun);
            submissions = new TreeMap<>();
            for (String mode : List.of("client", "cluster")) {
                String hdfs = batchOnHdfs(hadoop, "/yarn-" + mode);
                submissions.put(mode, pool.submit(() -> submit(hadoop, mode, hdfs)));
            }
            pool.shutdown();
        }
        return submissions;
    }

    /** The two-client batch of {@link HdfsJobTest#twoClients} at {@code hdfs://.../base/inventories}; returns {@code hdfs://.../base}. */
    private static String batchOnHdfs(MiniHadoop.Cluster hadoop, String base) throws Exception {
        Path local = MiniHadoop.BASE.resolve("batch" + base);
        MiniHadoop.deleteTree(local);
        Path in = HdfsJobTest.twoClients(local);
        hadoop.fileSystem().copyFromLocalFile(new org.apache.hadoop.fs.Path(in.toUri()), new org.apache.hadoop.fs.Path(base + "/inventories"));
        return hadoop.hdfs() + base;
    }

    /**
     * The outputs on HDFS are those of the same batch run locally with the local jar
     * (target/fleetfit.jar: the same version as the cluster jar, which the Summary sheet names), byte
     * for byte.
     */
    private void sameAsLocal(MiniHadoop.Cluster hadoop, String hdfs) throws Exception {
        Path back = Files.createDirectories(dir.resolve("from-hdfs"));
        FileSystem fs = hadoop.fileSystem();
        String base = java.net.URI.create(hdfs).getPath();
        fs.copyToLocalFile(new org.apache.hadoop.fs.Path(base + "/reports"), new org.apache.hadoop.fs.Path(back.toUri()));
        fs.copyToLocalFile(new org.apache.hadoop.fs.Path(base + "/parquet"), new org.apache.hadoop.fs.Path(back.toUri()));
        HdfsJobTest.sameOutputs(localRun(), back);
    }

    private static Path localRun;

    /** The batch run once with {@code java -jar target/fleetfit.jar} into target/minihadoop/local-run. */
    private static synchronized Path localRun() throws Exception {
        if (localRun == null) {
            long start = System.nanoTime();
            Path run = MiniHadoop.BASE.resolve("local-run");
            MiniHadoop.deleteTree(run);
            Path in = HdfsJobTest.twoClients(run);
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process p = new ProcessBuilder(java, "-jar", "target/fleetfit.jar", "--input", in.toString(),
                    "--out", run.resolve("reports").toString(), "--parquet", run.resolve("parquet").toString(),
                    "--as-of", "2026-11-26").redirectErrorStream(true).redirectOutput(run.resolve("console.log").toFile()).start();
            assertThat(p.waitFor(3, TimeUnit.MINUTES)).as("the local run ended").isTrue();
            assertThat(p.exitValue()).as(Files.readString(run.resolve("console.log"))).isZero();
            localRun = run;
            System.out.printf("local run: %.0f s%n", (System.nanoTime() - start) / 1e9);
        }
        return localRun;
    }

    /** An executor of the application ran in a container of the NodeManager (its second container). */
    private static void assertRanOnYarn(MiniHadoop.Cluster hadoop, String application) {
        Path executor = hadoop.containerLogs().resolve(application)
                .resolve("container_" + application.substring("application_".length()) + "_01_000002");
        assertThat(executor.resolve("stderr")).as("an executor's log").exists();
    }

    record Submitted(String hdfs, int code, String console, String application) {
    }

    /**
     * jobs/submit --master yarn in the deploy mode given, the batch under {@code hdfs}; its
     * application is found by a YARN tag of its own.
     */
    private static Submitted submit(MiniHadoop.Cluster hadoop, String deployMode, String hdfs) throws Exception {
        Path jars = Path.of("target/spark-home/jars").toAbsolutePath();
        String tag = "fleetfit-test-" + deployMode;
        List<String> command = new ArrayList<>(List.of("jobs/submit", "--properties-file", "jobs/clusters/yarn.properties",
                "--deploy-mode", deployMode, "--conf", "spark.yarn.tags=" + tag,
                // the containers take Spark's jars from this machine's disk instead of an upload per run
                "--conf", "spark.yarn.jars=local:" + jars + "/*",
                // two cores: one executor of one core; the driver's and the application master's JVMs small
                "--conf", "spark.executor.instances=1", "--conf", "spark.dynamicAllocation.maxExecutors=1",
                "--conf", "spark.executor.cores=1", "--conf", "spark.executor.memory=1g",
                "--conf", "spark.driver.memory=1g", "--conf", "spark.yarn.am.memory=512m",
                // everything on the loopback address
                "--conf", "spark.yarn.appMasterEnv.SPARK_LOCAL_IP=127.0.0.1",
                "--conf", "spark.executorEnv.SPARK_LOCAL_IP=127.0.0.1",
                "--",
                "--input", hdfs + "/inventories", "--out", hdfs + "/reports", "--parquet", hdfs + "/parquet",
                "--as-of", "2026-11-26"));
        Path log = Files.createDirectories(MiniHadoop.BASE.resolve("submit")).resolve(deployMode + ".log");
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("HADOOP_CONF_DIR", hadoop.confDir().toString());
        pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        pb.environment().remove("SPARK_HOME");
        long start = System.nanoTime();
        Process p = pb.start();
        boolean ended = p.waitFor(6, TimeUnit.MINUTES);
        if (!ended) {
            p.destroyForcibly();
        }
        String console = Files.readString(log, StandardCharsets.UTF_8);
        System.out.printf("jobs/submit --deploy-mode %s: %.0f s%n", deployMode, (System.nanoTime() - start) / 1e9);
        assertThat(ended).as("jobs/submit ended: " + console).isTrue();
        List<String> applications = hadoop.applications(tag);
        assertThat(applications).as("one YARN application tagged " + tag + ": " + console).hasSize(1);
        return new Submitted(hdfs, p.exitValue(), console, applications.get(0));
    }

    /**
     * {@code yarn logs -applicationId ID -log_files stdout}: Hadoop's LogsCLI with the cluster's configuration folder, as
     * the yarn command runs it, once the NodeManager has uploaded the application's logs to HDFS
     * (shortly after the application ends: its file there is renamed from a .tmp name when complete).
     */
    private static String yarnLogs(MiniHadoop.Cluster hadoop, String application) throws Exception {
        FileSystem fs = hadoop.fileSystem();
        org.apache.hadoop.fs.Path logs = new org.apache.hadoop.fs.Path("/tmp/logs");
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (!aggregated(fs, logs, application) && System.nanoTime() < deadline) {
            Thread.sleep(500);
        }
        assertThat(aggregated(fs, logs, application)).as(application + "'s logs on HDFS under " + logs).isTrue();
        // the test JVM's class path: Hadoop's client with the YARN and HDFS classes of the minicluster jar
        String classpath = hadoop.confDir() + java.io.File.pathSeparator + System.getProperty("java.class.path");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", classpath, "org.apache.hadoop.yarn.client.cli.LogsCLI",
                "-applicationId", application, "-log_files", "stdout").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(1, TimeUnit.MINUTES)).isTrue();
        return out;
    }

    private static boolean aggregated(FileSystem fs, org.apache.hadoop.fs.Path logs, String application) throws Exception {
        if (!fs.exists(logs)) {
            return false;
        }
        var files = fs.listFiles(logs, true);
        while (files.hasNext()) {
            org.apache.hadoop.fs.Path f = files.next().getPath();
            if (f.getParent().getName().equals(application) && !f.getName().endsWith(".tmp")) {
                return true;
            }
        }
        return false;
    }
}
