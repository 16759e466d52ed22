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
 * by application (else cluster), with their size, so a client sees what moves together.
 *
 * @param rows every wave that holds workloads: its groups, largest first (most workloads, then
 *     most vCPU, then by name), then its total; the plan's total last
 */
public record WavePlan(List<Row> rows) {

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

    /**
     * A group of a wave, a wave's total ({@code by} and {@code group} {@code null}), or the plan's
     * total ({@code wave} {@code null} too).
     */
    public record Row(MigrationWave wave, GroupedBy by, String group, Tally size) {

        public boolean total() {
            return by == null;
        }
    }

    public WavePlan {
        rows = List.copyOf(rows);
    }

    /** The workloads and size of one wave (zeros when it holds none). */
    public Tally wave(MigrationWave wave) {
        return rows.stream().filter(r -> r.wave() == wave && r.total()).map(Row::size).findFirst().orElse(Tally.NONE);
    }

    /** Every wave's workloads and size together. */
    public Tally total() {
        return rows.get(rows.size() - 1).size();
    }

    /**
     * Plans workloads one at a time, keeping one {@link Tally} per wave and group, never the
     * workloads themselves. Not thread-safe.
     */
    static final class Accumulator {

        private record Key(MigrationWave wave, GroupedBy by, String group) {
        }

        private final Map<Key, Tally> groups = new HashMap<>();
        private final Map<MigrationWave, Tally> waves = new EnumMap<>(MigrationWave.class);

        void add(Assessment a) {
            MigrationWave wave = MigrationWave.of(a);
            String application = blankToNull(a.vm().application());
            String cluster = blankToNull(a.vm().cluster());
            Key key = application != null ? new Key(wave, GroupedBy.APPLICATION, application)
                    : cluster != null ? new Key(wave, GroupedBy.CLUSTER, cluster)
                    : new Key(wave, GroupedBy.NONE, NO_GROUP);
            Tally size = Tally.of(a.vm());
            groups.merge(key, size, Tally::plus);
            waves.merge(wave, size, Tally::plus);
        }

        WavePlan plan() {
            List<Row> rows = new ArrayList<>();
            Tally all = Tally.NONE;
            for (MigrationWave wave : MigrationWave.values()) {
                Tally total = waves.get(wave);
                if (total == null) {
                    continue;
                }
                groups.entrySet().stream()
                        .filter(e -> e.getKey().wave() == wave)
                        .map(e -> new Row(wave, e.getKey().by(), e.getKey().group(), e.getValue()))
                        .sorted(Comparator.comparingLong((Row r) -> r.size().workloads()).reversed()
                                .thenComparing(Comparator.comparingLong((Row r) -> r.size().vcpus()).reversed())
                                .thenComparing(Row::by)
                                .thenComparing(Row::group))
                        .forEach(rows::add);
                rows.add(new Row(wave, null, null, total));
                all = all.plus(total);
            }
            rows.add(new Row(null, null, null, all));
            return new WavePlan(rows);
        }

        private static String blankToNull(String s) {
            return s == null || s.isBlank() ? null : s.strip();
        }
    }
}
