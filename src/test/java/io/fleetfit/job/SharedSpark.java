package io.fleetfit.job;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One local SparkSession for the whole test JVM: kept in the root context store, stopped once
 * after the last test. Tests receive it as a {@link SparkSession} parameter.
 */
final class SharedSpark implements ParameterResolver {

    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(SharedSpark.class);

    /** Closes the session when the root store is closed, after the last test. */
    private record Holder(SparkSession spark) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            spark.stop();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext p, ExtensionContext c) {
        return p.getParameter().getType() == SparkSession.class;
    }

    @Override
    public Object resolveParameter(ParameterContext p, ExtensionContext c) {
        return c.getRoot().getStore(NS)
                .getOrComputeIfAbsent("spark", k -> new Holder(start()), Holder.class)
                .spark();
    }

    private static SparkSession start() {
        SparkConf conf = SparkSessions.applyLocalDefaults(new SparkConf().setAppName("fleetfit-tests"), "local[2]")
                .set("spark.sql.shuffle.partitions", "2")
                .set("spark.default.parallelism", "2");
        return SparkSession.builder().config(conf).getOrCreate();
    }
}
