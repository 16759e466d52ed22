package io.fleetfit.run;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;

/**
 * The driver's Hadoop settings on the executors. Hadoop's {@link Configuration} does not travel
 * (it is not serialisable), so its entries do, and each copy builds the configuration once, when
 * first asked, then hands out that one: some 800 entries set one by one was a cost paid for every
 * file read and every report written. Sent with the run's other shared state once per executor
 * (the job broadcasts it), it is built once per executor. Only read after it is built, as Hadoop's
 * file systems read theirs, so tasks may share it.
 */
public final class HadoopConf implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Map<String, String> entries;
    private transient volatile Configuration conf;

    private HadoopConf(Map<String, String> entries) {
        this.entries = Map.copyOf(entries);
    }

    /** The entries of {@code conf} as they are now. */
    public static HadoopConf of(Configuration conf) {
        Map<String, String> map = new HashMap<>();
        conf.forEach(e -> map.put(e.getKey(), e.getValue()));
        return new HadoopConf(map);
    }

    /** The configuration, built from the entries the first time. */
    public Configuration get() {
        Configuration c = conf;
        if (c == null) {
            c = new Configuration(false);
            entries.forEach(c::set);
            conf = c;
        }
        return c;
    }
}
