package io.fleetfit.job;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.hdfs.MiniDFSCluster;
import org.apache.hadoop.yarn.conf.YarnConfiguration;
import org.apache.hadoop.yarn.server.MiniYARNCluster;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A real single-node HDFS (MiniDFSCluster: a NameNode and one DataNode) and, for tests that ask
 * for it, a real YARN (MiniYARNCluster: a ResourceManager and one NodeManager) on 127.0.0.1, from
 * Hadoop's own test artifact (hadoop-client-minicluster, the version of the Hadoop client Spark
 * brings). Started once per test JVM when a test first asks for it, stopped after the last test.
 * Their configuration is written as a Hadoop configuration folder ({@link Cluster#confDir}:
 * core-site.xml, hdfs-site.xml, yarn-site.xml), which {@code HADOOP_CONF_DIR} points
 * {@code jobs/submit} at, as on a real cluster's edge node.
 *
 * <p>Sized for the 2-core test machine: one NodeManager offering 6 GiB and 4 virtual cores, with
 * containers from 256 MiB; YARN's memory checks are off (a JVM's virtual memory is not what it
 * uses), and the disk health check is lenient, since a NodeManager on a disk over 90% full marks
 * itself unhealthy and takes no containers.
 */
final class MiniHadoop implements ParameterResolver {

    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(MiniHadoop.class);

    /** Where the clusters keep their data, logs and configuration; wiped at every start. */
    static final Path BASE = Path.of("target/minihadoop").toAbsolutePath();

    /** The running clusters; {@code yarn} is null until a test asks for YARN. */
    static final class Cluster implements ExtensionContext.Store.CloseableResource {
        private final MiniDFSCluster dfs;
        private MiniYARNCluster yarn;

        private Cluster(MiniDFSCluster dfs) {
            this.dfs = dfs;
        }

        /** {@code hdfs://127.0.0.1:PORT}, the NameNode's URI. */
        String hdfs() {
            return "hdfs://127.0.0.1:" + dfs.getNameNodePort();
        }

        FileSystem fileSystem() throws IOException {
            return dfs.getFileSystem();
        }

        Configuration conf() {
            return dfs.getConfiguration(0);
        }

        /** The Hadoop configuration folder: core-site.xml and hdfs-site.xml, and yarn-site.xml once YARN runs. */
        Path confDir() {
            return BASE.resolve("conf");
        }

        /** The NodeManager's container log folder: {@code <dir>/<application>/<container>/stdout}. */
        Path containerLogs() {
            return Path.of(yarn().getNodeManager(0).getConfig().get(YarnConfiguration.NM_LOG_DIRS).split(",")[0]);
        }

        /** The applications the ResourceManager knows with this tag (spark.yarn.tags), by id. */
        java.util.List<String> applications(String tag) {
            return yarn().getResourceManager().getRMContext().getRMApps().values().stream()
                    .filter(a -> a.getApplicationTags().contains(tag)).map(a -> a.getApplicationId().toString()).sorted().toList();
        }

        synchronized MiniYARNCluster yarn() {
            if (yarn == null) {
                long start = System.nanoTime();
                yarn = startYarn(conf(), confDir());
                System.out.printf("YARN started: %.0f s%n", (System.nanoTime() - start) / 1e9);
            }
            return yarn;
        }

        @Override
        public synchronized void close() {
            if (yarn != null) {
                yarn.stop();
            }
            dfs.shutdown(true);
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext p, ExtensionContext c) {
        return p.getParameter().getType() == Cluster.class;
    }

    @Override
    public Object resolveParameter(ParameterContext p, ExtensionContext c) {
        return cluster(c);
    }

    static Cluster cluster(ExtensionContext c) {
        return c.getRoot().getStore(NS).getOrComputeIfAbsent("hadoop", k -> startDfs(), Cluster.class);
    }

    private static Cluster startDfs() {
        long start = System.nanoTime();
        try {
            deleteTree(BASE);
            Files.createDirectories(BASE.resolve("conf"));
            Configuration conf = new Configuration();
            conf.set(MiniDFSCluster.HDFS_MINIDFS_BASEDIR, BASE.resolve("dfs").toString());
            conf.set("dfs.namenode.rpc-bind-host", "127.0.0.1");
            conf.set("dfs.datanode.address", "127.0.0.1:0");
            conf.set("dfs.datanode.http.address", "127.0.0.1:0");
            conf.set("dfs.datanode.ipc.address", "127.0.0.1:0");
            conf.set("dfs.namenode.http-address", "127.0.0.1:0");
            conf.setInt("dfs.replication", 1);
            // every create, rename and delete the NameNode carries out, for the tests to read
            conf.set("dfs.namenode.audit.loggers", NameNodeAudit.class.getName());
            MiniDFSCluster dfs = new MiniDFSCluster.Builder(conf).numDataNodes(1).format(true)
                    .nameNodePort(0).checkDataNodeHostConfig(true).build();
            dfs.waitActive();
            Configuration written = new Configuration(false);
            written.set("fs.defaultFS", "hdfs://127.0.0.1:" + dfs.getNameNodePort());
            write(written, BASE.resolve("conf/core-site.xml"));
            Configuration hdfsSite = new Configuration(false);
            hdfsSite.setInt("dfs.replication", 1);
            write(hdfsSite, BASE.resolve("conf/hdfs-site.xml"));
            System.out.printf("HDFS started: %.0f s%n", (System.nanoTime() - start) / 1e9);
            return new Cluster(dfs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MiniYARNCluster startYarn(Configuration dfsConf, Path confDir) {
        YarnConfiguration conf = new YarnConfiguration(dfsConf);
        conf.set("fs.defaultFS", dfsConf.get("fs.defaultFS"));
        conf.setInt(YarnConfiguration.NM_PMEM_MB, 6144);
        conf.setInt(YarnConfiguration.NM_VCORES, 4);
        conf.setInt(YarnConfiguration.RM_SCHEDULER_MINIMUM_ALLOCATION_MB, 256);
        conf.setInt(YarnConfiguration.RM_SCHEDULER_MAXIMUM_ALLOCATION_MB, 6144);
        conf.setBoolean(YarnConfiguration.NM_PMEM_CHECK_ENABLED, false);
        conf.setBoolean(YarnConfiguration.NM_VMEM_CHECK_ENABLED, false);
        conf.setFloat(YarnConfiguration.NM_MAX_PER_DISK_UTILIZATION_PERCENTAGE, 99.5f);
        // the capacity scheduler with one queue, "default", as most clusters have; application masters
        // (the driver in cluster deploy mode) may take half of the node, not the default tenth
        conf.set("yarn.scheduler.capacity.root.queues", "default");
        conf.set("yarn.scheduler.capacity.root.default.capacity", "100");
        conf.set("yarn.scheduler.capacity.maximum-am-resource-percent", "0.5");
        // the containers' logs go to HDFS when an application ends, for `yarn logs -applicationId`
        conf.setBoolean(YarnConfiguration.LOG_AGGREGATION_ENABLED, true);
        conf.set(YarnConfiguration.NM_REMOTE_APP_LOG_DIR, "/tmp/logs");
        // and stay on the NodeManager's disk too, where the tests read them after the application ended
        conf.setInt(YarnConfiguration.DEBUG_NM_DELETE_DELAY_SEC, 600);
        conf.set(YarnConfiguration.RM_HOSTNAME, "127.0.0.1");
        conf.set("yarn.nodemanager.hostname", "127.0.0.1");
        // MiniYARNCluster makes its NodeManager's folders under test.build.data
        System.setProperty("test.build.data", BASE.resolve("yarn").toString());
        MiniYARNCluster yarn = new MiniYARNCluster("fleetfit", 1, 1, 1);
        yarn.init(conf);
        yarn.start();
        try {
            Configuration live = yarn.getConfig();
            Configuration written = new Configuration(false);
            for (String key : new String[] {YarnConfiguration.RM_ADDRESS, YarnConfiguration.RM_SCHEDULER_ADDRESS,
                    YarnConfiguration.RM_RESOURCE_TRACKER_ADDRESS, YarnConfiguration.RM_ADMIN_ADDRESS,
                    YarnConfiguration.RM_WEBAPP_ADDRESS, YarnConfiguration.RM_HOSTNAME}) {
                written.set(key, live.get(key));
            }
            written.set(YarnConfiguration.LOG_AGGREGATION_ENABLED, "true");
            written.set(YarnConfiguration.NM_REMOTE_APP_LOG_DIR, "/tmp/logs");
            written.set(YarnConfiguration.RM_SCHEDULER_MINIMUM_ALLOCATION_MB, "256");
            written.set(YarnConfiguration.RM_SCHEDULER_MAXIMUM_ALLOCATION_MB, "6144");
            write(written, confDir.resolve("yarn-site.xml"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return yarn;
    }

    /** One operation the NameNode carried out: {@code create}, {@code rename (options=...)}, {@code delete}, ... */
    record AuditEvent(String cmd, String src, String dst) {
    }

    /** The NameNode's audit log, kept in memory (dfs.namenode.audit.loggers names this class). */
    public static final class NameNodeAudit implements org.apache.hadoop.hdfs.server.namenode.AuditLogger {
        private static final java.util.List<AuditEvent> EVENTS = new java.util.concurrent.CopyOnWriteArrayList<>();

        @Override
        public void initialize(Configuration conf) {
        }

        @Override
        public void logAuditEvent(boolean succeeded, String user, java.net.InetAddress address, String cmd, String src,
                String dst, org.apache.hadoop.fs.FileStatus status) {
            if (succeeded) {
                EVENTS.add(new AuditEvent(cmd, src, dst));
            }
        }

        /** The events so far whose source or destination lies under {@code dir} (an HDFS path, no scheme). */
        static java.util.List<AuditEvent> under(String dir) {
            return EVENTS.stream().filter(e -> e.src() != null && e.src().startsWith(dir + "/")
                    || e.dst() != null && e.dst().startsWith(dir + "/")).toList();
        }
    }

    private static void write(Configuration conf, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            conf.writeXml(out);
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
