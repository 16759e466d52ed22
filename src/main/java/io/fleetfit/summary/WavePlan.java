package io.fleetfit.summary;

import io.fleetfit.assessment.Assessment;
import io.fleetfit.assessment.VmRecord;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The proposed migration plan: workloads in {@link MigrationWave}s and, within a wave, in groups
 * that move together (an application, else a folder, else a cluster), packed into sub-waves
 * ("2a", "2b", ...) of at most {@link #limit()} workloads that a team can execute. Non-production
 * groups go into earlier sub-waves than the others; an application is never split: all its
 * workloads move in the latest wave any of them needs, and one larger than the limit gets a
 * sub-wave of its own. A folder or cluster larger than the limit is split, its workloads taken
 * in name order.
 *
 * <p>Planning takes two steps, so that a fleet of any size takes memory by group, not by
 * workload: the {@link Accumulator} sums each group as outcomes stream by and lays out the
 * sub-waves ({@link Layout}); the workloads then pass once more, in {@link Layout#slot} then name
 * order, through an {@link Assigner}, which names each one's sub-wave and sums the parts of split
 * groups.
 *
 * @param limit the most workloads a sub-wave holds, unless a single application alone is larger
 * @param rows for every sub-wave, its groups in the order they move, then the sub-wave's total; a
 *     wave split into sub-waves is followed by its own total; the plan's total last
 */
public record WavePlan(int limit, List<Row> rows) {

    /** The standard size limit of a wave, in workloads (the rules file's {@code plan,wave_size}). */
    public static final int DEFAULT_LIMIT = io.fleetfit.assessment.RuleConfig.DEFAULT_WAVE_SIZE;

    /** What a workload's group is named after: the consultant's application, else the folder, else the cluster. */
    public enum GroupedBy {
        APPLICATION("Application"), FOLDER("Folder"), CLUSTER("Cluster"), NONE("Not grouped");

        private final String label;

        GroupedBy(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public static final String NO_GROUP = "(no application, folder or cluster stated)";

    /**
     * A group that moves together: what it is named after and its name.
     */
    public record Group(GroupedBy by, String name) {

        /** The workload's group: its application, else its folder, else its cluster. */
        public static Group of(VmRecord vm) {
            String application = blankToNull(vm.application());
            if (application != null) {
                return new Group(GroupedBy.APPLICATION, application);
            }
            String folder = blankToNull(vm.folder());
            if (folder != null) {
                return new Group(GroupedBy.FOLDER, folder);
            }
            String cluster = blankToNull(vm.cluster());
            return cluster != null ? new Group(GroupedBy.CLUSTER, cluster) : new Group(GroupedBy.NONE, NO_GROUP);
        }

        private static String blankToNull(String s) {
            return s == null || s.isBlank() ? null : s.strip();
        }
    }

    /**
     * A group of a sub-wave, or a total. A group row has {@code by} and {@code group}; a
     * sub-wave's total has its {@code subWave} and no group; a split wave's total has neither; the
     * plan's total has no {@code wave} either.
     *
     * @param subWave "1", or "2a", "2b", ... when the wave is split
     * @param note why the group is larger than the limit, or which part of a split group it is; "" otherwise
     */
    public record Row(MigrationWave wave, String subWave, GroupedBy by, String group, Environment environment, Tally size,
                      String note) {

        public boolean total() {
            return by == null;
        }
    }

    public WavePlan {
        if (limit < 1) {
            throw new IllegalArgumentException("a wave holds at least 1 workload: " + limit);
        }
        rows = List.copyOf(rows);
    }

    /** The workloads and size of one wave, its sub-waves together (zeros when it holds none). */
    public Tally wave(MigrationWave wave) {
        // the sub-waves' total rows: a wave of several sub-waves also has a row of its own total, not counted again
        return rows.stream().filter(r -> r.wave() == wave && r.by() == null && r.subWave() != null)
                .map(Row::size).reduce(Tally.NONE, Tally::plus);
    }

    /** The sub-waves' labels, in order. */
    public List<String> subWaves() {
        return rows.stream().filter(r -> r.total() && r.subWave() != null).map(Row::subWave).toList();
    }

    /** Every wave's workloads and size together. */
    public Tally total() {
        return rows.get(rows.size() - 1).size();
    }

    /**
     * The key a workload is planned under: its group and, for a group other than an application,
     * the wave of its own disposition (an application moves whole, in its latest wave).
     */
    public record Key(Group group, MigrationWave wave) {

        public static Key of(Assessment a) {
            Group group = Group.of(a.vm());
            return new Key(group, group.by() == GroupedBy.APPLICATION ? null : MigrationWave.of(a));
        }
    }

    /**
     * Sums workloads by {@link Key} as they stream by, never keeping the workloads themselves. Not
     * thread-safe.
     */
    public static final class Accumulator {

        private static final class Sum {
            MigrationWave wave;
            Environment environment;
            Tally size = Tally.NONE;
        }

        private final Map<Key, Sum> groups = new HashMap<>();
        private java.util.function.UnaryOperator<String> real = java.util.function.UnaryOperator.identity();

        /** Orders the groups by {@code real} of their names: a pseudonymised report's by the names they stand for. */
        public void orderNamesBy(java.util.function.UnaryOperator<String> real) {
            this.real = real;
        }

        public void add(Assessment a) {
            Key key = Key.of(a);
            MigrationWave wave = MigrationWave.of(a);
            Environment environment = Environment.of(a.vm());
            Sum sum = groups.computeIfAbsent(key, k -> new Sum());
            sum.wave = sum.wave == null || wave.compareTo(sum.wave) > 0 ? wave : sum.wave;
            sum.environment = sum.environment == null ? environment : sum.environment.and(environment);
            sum.size = sum.size.plus(Tally.of(a.vm()));
        }

        /** The sub-waves of at most {@code limit} workloads, from the groups summed so far. */
        public Layout layout(int limit) {
            List<Slot> slots = new ArrayList<>();
            groups.forEach((key, sum) -> slots.add(new Slot(key, sum.wave, sum.environment, sum.size, new ArrayList<>())));
            slots.sort(Comparator.comparing(Slot::wave).thenComparing(Slot::environment, Accumulator::order)
                    .thenComparing(s -> s.key().group().by() == GroupedBy.NONE)   // workloads without a group after the groups
                    .thenComparing(s -> real.apply(s.key().group().name()).strip(), String.CASE_INSENSITIVE_ORDER)
                    .thenComparing(s -> real.apply(s.key().group().name()).strip()).thenComparing(s -> s.key().group().by()));
            return new Layout(limit, pack(slots, limit));
        }

        /** Non-production first; groups without a stated environment go with production. */
        private static int order(Environment a, Environment b) {
            return Boolean.compare(a != Environment.NON_PRODUCTION, b != Environment.NON_PRODUCTION);
        }

        /** Packs whole groups into sub-waves in order; only groups other than applications are split. */
        private static List<Slot> pack(List<Slot> slots, int limit) {
            int subWave = -1;
            int room = 0;
            MigrationWave wave = null;
            boolean nonProduction = false;
            for (Slot s : slots) {
                boolean np = s.environment() == Environment.NON_PRODUCTION;
                if (s.wave() != wave || np != nonProduction) {   // a new wave, or production after non-production
                    wave = s.wave();
                    nonProduction = np;
                    room = 0;
                }
                long n = s.size().workloads();
                if (n > room) {
                    subWave++;
                    room = limit;
                }
                if (n > limit && s.key().group().by() == GroupedBy.APPLICATION) {
                    s.parts().add(new Part(subWave, n));
                    room = 0;
                    continue;
                }
                while (n > 0) {
                    if (room == 0) {
                        subWave++;
                        room = limit;
                    }
                    long take = Math.min(n, room);
                    s.parts().add(new Part(subWave, take));
                    room -= take;
                    n -= take;
                }
            }
            return slots;
        }
    }

    /** A group's workloads in one sub-wave: the sub-wave's index in the plan and how many. */
    record Part(int subWave, long workloads) {
    }

    /** A group in the order it moves, with its parts (one, unless a group other than an application is split). */
    record Slot(Key key, MigrationWave wave, Environment environment, Tally size, List<Part> parts) {
    }

    /**
     * The groups in the order they move, and the sub-waves they fill: the workloads' sort order
     * ({@link #slot} then name) and their sub-waves follow from it.
     */
    public static final class Layout {

        private final int limit;
        private final List<Slot> slots;
        private final Map<Key, Integer> index = new HashMap<>();

        Layout(int limit, List<Slot> slots) {
            this.limit = limit;
            this.slots = List.copyOf(slots);
            for (int i = 0; i < this.slots.size(); i++) {
                index.put(this.slots.get(i).key(), i);
            }
        }

        /**
         * The position of a workload's group in the plan: workloads sorted by it, then by name,
         * are in the order the plan moves them.
         *
         * @throws IllegalArgumentException for a key no workload was planned under
         */
        public int slot(Key key) {
            Integer i = index.get(key);
            if (i == null) {
                throw new IllegalArgumentException("no workload was planned in " + key);
            }
            return i;
        }

        /** Names the workloads' sub-waves as they pass in plan order. */
        public Assigner assigner() {
            return new Assigner(this);
        }
    }

    /**
     * Takes the workloads in plan order ({@link Layout#slot}, then name), names each one's
     * sub-wave and sums each group's parts, then gives the plan. Not thread-safe.
     */
    public static final class Assigner {

        private final Layout layout;
        private final List<String> labels;
        private final Tally[][] sizes;
        /** Per slot: the part being filled, and how many workloads it has so far. */
        private final int[] part;
        private final long[] seen;
        private int lastSlot = -1;

        private Assigner(Layout layout) {
            this.layout = layout;
            this.labels = labels(layout.slots);
            this.sizes = new Tally[layout.slots.size()][];
            this.part = new int[layout.slots.size()];
            this.seen = new long[layout.slots.size()];
        }

        /**
         * The sub-wave of the next workload, "1" or "2a".
         *
         * @throws IllegalStateException when workloads come out of plan order or more than were planned
         */
        public String next(int slot, Tally workload) {
            if (slot < lastSlot) {
                throw new IllegalStateException("workloads must come in plan order: group " + slot + " after " + lastSlot);
            }
            lastSlot = slot;
            Slot s = layout.slots.get(slot);
            if (sizes[slot] == null) {
                sizes[slot] = new Tally[s.parts().size()];
            }
            // the slot's parts fill one after the other: a cursor, not a walk from the first part for
            // every workload (a folder of 1,000,000 VMs has 20,000 parts)
            int p = part[slot];
            while (p < s.parts().size() && seen[slot] >= s.parts().get(p).workloads()) {
                seen[slot] = 0;
                p++;
            }
            if (p == s.parts().size()) {
                throw new IllegalStateException("more workloads in " + s.key() + " than its " + s.size().workloads());
            }
            part[slot] = p;
            seen[slot]++;
            sizes[slot][p] = sizes[slot][p] == null ? workload : sizes[slot][p].plus(workload);
            return labels.get(s.parts().get(p).subWave());
        }

        /** The plan of the workloads passed. */
        public WavePlan plan() {
            List<Row> rows = new ArrayList<>();
            Map<MigrationWave, Integer> subWaves = new EnumMap<>(MigrationWave.class);
            List<List<Row>> bySubWave = new ArrayList<>();
            labels.forEach(l -> bySubWave.add(new ArrayList<>()));
            MigrationWave[] waveOf = new MigrationWave[labels.size()];
            for (int i = 0; i < layout.slots.size(); i++) {
                Slot s = layout.slots.get(i);
                for (int p = 0; p < s.parts().size(); p++) {
                    Part part = s.parts().get(p);
                    Tally size = sizes[i] == null || sizes[i][p] == null ? Tally.NONE : sizes[i][p];
                    String note = part.workloads() > layout.limit
                            ? "Larger than the limit of " + layout.limit + " workloads: an application is not split."
                            : s.parts().size() > 1 ? "Part " + (p + 1) + " of " + s.parts().size() + ": "
                            + String.format(java.util.Locale.ROOT, "%,d", s.size().workloads()) + " workloads in all, in name order."
                            : "";
                    bySubWave.get(part.subWave()).add(new Row(s.wave(), labels.get(part.subWave()), s.key().group().by(),
                            s.key().group().name(), s.environment(), size, note));
                    waveOf[part.subWave()] = s.wave();
                }
            }
            for (MigrationWave w : waveOf) {
                subWaves.merge(w, 1, Integer::sum);
            }
            Tally all = Tally.NONE;
            Tally wave = Tally.NONE;
            for (int i = 0; i < bySubWave.size(); i++) {
                List<Row> groups = bySubWave.get(i);
                Tally total = groups.stream().map(Row::size).reduce(Tally.NONE, Tally::plus);
                rows.addAll(groups);
                rows.add(new Row(waveOf[i], labels.get(i), null, null, null, total, ""));
                wave = wave.plus(total);
                all = all.plus(total);
                boolean lastOfWave = i + 1 == bySubWave.size() || waveOf[i + 1] != waveOf[i];
                if (lastOfWave) {
                    if (subWaves.get(waveOf[i]) > 1) {
                        rows.add(new Row(waveOf[i], null, null, null, null, wave, ""));
                    }
                    wave = Tally.NONE;
                }
            }
            rows.add(new Row(null, null, null, null, null, all, ""));
            return new WavePlan(layout.limit, rows);
        }

        /** "1", or "2a", "2b", ..., "2z", "2aa", ... for a wave of several sub-waves. */
        private static List<String> labels(List<Slot> slots) {
            List<MigrationWave> waves = new ArrayList<>();
            for (Slot s : slots) {
                for (Part p : s.parts()) {
                    while (waves.size() <= p.subWave()) {
                        waves.add(null);
                    }
                    waves.set(p.subWave(), s.wave());
                }
            }
            List<String> labels = new ArrayList<>();
            int first = 0;
            for (int i = 0; i < waves.size(); i++) {
                MigrationWave w = waves.get(i);
                if (i > 0 && waves.get(i - 1) != w) {
                    first = i;
                }
                boolean alone = i == first && (i + 1 == waves.size() || waves.get(i + 1) != w);
                labels.add(w.digit() + (alone ? "" : letters(i - first)));
            }
            return labels;
        }

        /** 0 "a", 25 "z", 26 "aa": the letters of spreadsheet columns. */
        static String letters(int n) {
            StringBuilder sb = new StringBuilder();
            for (int k = n + 1; k > 0; k = (k - 1) / 26) {
                sb.insert(0, (char) ('a' + (k - 1) % 26));
            }
            return sb.toString();
        }
    }
}
