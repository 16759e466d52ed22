package io.fleetfit.summary;

import io.fleetfit.assessment.Assessment;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The proposed migration plan: workloads grouped into {@link MigrationWave}s and, within a wave,
 * by application (else cluster), with their size. Accumulated one workload at a time, keeping one
 * {@link Tally} per wave and group, never the workloads themselves. Not thread-safe.
 */
public final class WavePlan {

    /** What a workload's group is named after: the consultant's application, else the vSphere cluster. */
    public enum GroupedBy {
        APPLICATION("Application"), CLUSTER("Cluster"), NONE("None");

        private final String label;

        GroupedBy(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public static final String NO_GROUP = "(no application or cluster stated)";

    private record Key(MigrationWave wave, GroupedBy by, String group) {
    }

    /**
     * A row of the Waves table: a group of a wave, a wave's total ({@code by} and {@code group}
     * {@code null}), or the plan's total ({@code wave} {@code null} too).
     */
    public record WaveRow(MigrationWave wave, GroupedBy by, String group, Tally size) {

        public boolean total() {
            return by == null;
        }
    }

    private final Map<Key, Tally> groups = new HashMap<>();
    private final Map<MigrationWave, Tally> waves = new EnumMap<>(MigrationWave.class);

    public void add(Assessment a) {
        MigrationWave wave = MigrationWave.of(a);
        String application = blankToNull(a.vm().application());
        String cluster = blankToNull(a.vm().cluster());
        Key key = application != null ? new Key(wave, GroupedBy.APPLICATION, application)
                : cluster != null ? new Key(wave, GroupedBy.CLUSTER, cluster)
                : new Key(wave, GroupedBy.NONE, NO_GROUP);
        groups.computeIfAbsent(key, k -> new Tally()).add(a.vm());
        waves.computeIfAbsent(wave, w -> new Tally()).add(a.vm());
    }

    /** The workloads and size of one wave (zeros when it holds none). */
    public Tally wave(MigrationWave wave) {
        return waves.getOrDefault(wave, new Tally());
    }

    /**
     * Every wave that holds workloads: its groups, largest first (most workloads, then most vCPU,
     * then by name), then its total; the plan's total last.
     */
    public List<WaveRow> rows() {
        List<WaveRow> rows = new ArrayList<>();
        Tally all = new Tally();
        for (MigrationWave wave : MigrationWave.values()) {
            Tally total = waves.get(wave);
            if (total == null) {
                continue;
            }
            groups.entrySet().stream()
                    .filter(e -> e.getKey().wave() == wave)
                    .map(e -> new WaveRow(wave, e.getKey().by(), e.getKey().group(), e.getValue()))
                    .sorted(Comparator.comparingLong((WaveRow r) -> r.size().workloads()).reversed()
                            .thenComparing(Comparator.comparingLong((WaveRow r) -> r.size().vcpus()).reversed())
                            .thenComparing(WaveRow::by)
                            .thenComparing(WaveRow::group))
                    .forEach(rows::add);
            rows.add(new WaveRow(wave, null, null, total));
            all.add(total);
        }
        rows.add(new WaveRow(null, null, null, all));
        return rows;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
