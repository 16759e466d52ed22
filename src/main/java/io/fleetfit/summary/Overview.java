package io.fleetfit.summary;

import io.fleetfit.assessment.Assessment;
import io.fleetfit.assessment.CapacityRatios;
import io.fleetfit.assessment.Confidence;
import io.fleetfit.assessment.Disposition;
import io.fleetfit.assessment.Lane;
import io.fleetfit.assessment.OsFamily;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of the one page an executive reads first: where the workloads go, how sure the
 * assessment is, the fleet per lane, the capacity the target platforms need, and the few blockers
 * and questions that move the most workloads.
 *
 * @param assessed every assessed workload and its size
 * @param dispositions the workloads of each disposition and their size, every disposition listed, in order
 * @param lanes the same per lane, every lane listed, in order
 * @param confidence the workloads at each confidence level, every level listed, from High to Low
 * @param containersOnLowConfidence the workloads that can move to containers (Containerize, with or
 *     without remediation) whose disposition is held with Low confidence
 * @param capacity the capacity of each target platform, in {@link Target} order
 * @param ratios the planning ratios the capacity was computed with
 * @param blockers the blockers that free the most workloads, at most {@link #TOP}: most workloads
 *     held back by that blocker alone first, then most held back, then by rule id
 * @param questions the questions to resolve asked of the most workloads, at most {@link #TOP}: most
 *     workloads first, then alphabetically
 * @param questionsAsked the workloads with at least one question
 */
public record Overview(Tally assessed, Map<Disposition, Tally> dispositions, Map<Lane, Tally> lanes,
                       Map<Confidence.Level, Long> confidence, long containersOnLowConfidence, List<Capacity> capacity, CapacityRatios ratios,
                       List<BlockerTally.Row> blockers, List<Question> questions, long questionsAsked) {

    /** How many blockers and questions the Overview lists. */
    public static final int TOP = 5;

    private static final double GIB_PER_TIB = 1024.0;

    public Overview {
        dispositions = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(dispositions));
        lanes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(lanes));
        confidence = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(confidence));
        capacity = List.copyOf(capacity);
        blockers = List.copyOf(blockers);
        questions = List.copyOf(questions);
    }

    /** The platforms the workloads move to, or stay on. */
    public enum Target {
        /** Containers on Linux worker nodes: the containerizing workloads whose OS is not Windows. */
        LINUX_NODES,
        /** Windows containers, which need Windows worker nodes: the containerizing Windows workloads. */
        WINDOWS_NODES,
        /** VMs on Kubernetes (KubeVirt), on Linux worker nodes, their disks on persistent volumes. */
        VMS_ON_KUBERNETES,
        /** The containers' data, which moves to persistent volumes. */
        PERSISTENT_VOLUMES,
        /** The VMs that stay on a hypervisor (Retain). */
        HYPERVISOR
    }

    /**
     * One target platform's capacity after the ratios: what the workloads are given today
     * ({@code source}) and what the platform needs. A figure the platform does not provide (a
     * worker node's storage, which holds no data; a volume's CPU) is {@code null}.
     */
    public record Capacity(Target target, Tally source, Double vcpus, Double memoryGib, Double storageTib) {
    }

    /** A question to a workload's owner and the workloads it is asked of. */
    public record Question(String text, long workloads) {
    }

    /** The workloads of one disposition. */
    public Tally size(Disposition d) {
        return dispositions.getOrDefault(d, Tally.NONE);
    }

    /** The workloads that move to containers: Containerize and Containerize after remediation. */
    public Tally containers() {
        return size(Disposition.CONTAINERIZE).plus(size(Disposition.CONTAINERIZE_AFTER_REMEDIATION));
    }

    /** The capacity of one target. */
    public Capacity capacity(Target t) {
        return capacity.stream().filter(c -> c.target() == t).findFirst().orElseThrow();
    }

    /** {@code n} of {@code of}, 0 to 1; 0 when {@code of} is 0. */
    public static double share(long n, long of) {
        return RunTotals.share(n, of);
    }

    /**
     * Container capacity: requests are the right-sized share of the VM's vCPU and memory, CPU
     * divided by the container overcommit, memory with headroom; the data is on persistent volumes.
     */
    static Capacity containers(Target target, Tally size, CapacityRatios r) {
        return new Capacity(target, size, size.vcpus() * r.containerRightsizing() / r.containerCpuOvercommit(),
                size.memoryGib() * r.containerRightsizing() * (1 + r.memoryHeadroom()), null);
    }

    /** VM capacity: vCPU divided by the VM overcommit, memory and storage with headroom. */
    static Capacity vms(Target target, Tally size, CapacityRatios r) {
        return new Capacity(target, size, size.vcpus() / r.cpuOvercommit(), size.memoryGib() * (1 + r.memoryHeadroom()),
                tib(size) * (1 + r.storageHeadroom()));
    }

    /** The containers' storage in use, with headroom, as persistent volumes. */
    static Capacity volumes(Tally size, CapacityRatios r) {
        return new Capacity(Target.PERSISTENT_VOLUMES, size, null, null, tib(size) * (1 + r.storageHeadroom()));
    }

    private static double tib(Tally size) {
        return size.inUseStorageGib() / GIB_PER_TIB;
    }

    /** Gathers the Overview's own figures one workload at a time: counts only. Not thread-safe. */
    static final class Accumulator {

        private final CapacityRatios ratios;
        private final Map<Confidence.Level, Long> confidence = new EnumMap<>(Confidence.Level.class);
        private final Map<Target, Tally> sizes = new EnumMap<>(Target.class);
        private final Map<String, Long> questions = new HashMap<>();
        private long questionsAsked;
        private long containersOnLowConfidence;

        Accumulator(CapacityRatios ratios) {
            this.ratios = ratios;
        }

        void add(Assessment a) {
            if (a.confidence() != null) {
                confidence.merge(a.confidence().level(), 1L, Long::sum);
                a.confidence().questions().stream().distinct().forEach(q -> questions.merge(q, 1L, Long::sum));
                questionsAsked += a.confidence().questions().isEmpty() ? 0 : 1;
            }
            Target target = switch (a.disposition()) {
                case CONTAINERIZE, CONTAINERIZE_AFTER_REMEDIATION -> windows(a) ? Target.WINDOWS_NODES : Target.LINUX_NODES;
                case VM_ON_KUBERNETES -> Target.VMS_ON_KUBERNETES;
                case KEEP_AS_VM -> Target.HYPERVISOR;
                default -> null;
            };
            if (target != null) {
                sizes.merge(target, Tally.of(a.vm()), Tally::plus);
            }
            if ((target == Target.LINUX_NODES || target == Target.WINDOWS_NODES) && a.confidence() != null
                    && a.confidence().level() == Confidence.Level.LOW) {
                containersOnLowConfidence++;
            }
        }

        private static boolean windows(Assessment a) {
            return a.os() != null && (a.os().family() == OsFamily.WINDOWS_SERVER || a.os().family() == OsFamily.WINDOWS_CLIENT);
        }

        Overview overview(RunTotals totals, BlockerTally blockers) {
            Map<Disposition, Tally> dispositions = new LinkedHashMap<>();
            for (Disposition d : Disposition.values()) {
                dispositions.put(d, totals.size(d));
            }
            Map<Lane, Tally> lanes = new LinkedHashMap<>();
            for (Lane l : Lane.values()) {
                lanes.put(l, totals.size(l));
            }
            Map<Confidence.Level, Long> levels = new LinkedHashMap<>();
            for (Confidence.Level l : Confidence.Level.values()) {
                levels.put(l, confidence.getOrDefault(l, 0L));
            }
            Tally linux = sizes.getOrDefault(Target.LINUX_NODES, Tally.NONE);
            Tally windows = sizes.getOrDefault(Target.WINDOWS_NODES, Tally.NONE);
            List<Capacity> capacity = List.of(
                    containers(Target.LINUX_NODES, linux, ratios),
                    containers(Target.WINDOWS_NODES, windows, ratios),
                    vms(Target.VMS_ON_KUBERNETES, sizes.getOrDefault(Target.VMS_ON_KUBERNETES, Tally.NONE), ratios),
                    volumes(linux.plus(windows), ratios),
                    vms(Target.HYPERVISOR, sizes.getOrDefault(Target.HYPERVISOR, Tally.NONE), ratios));
            List<BlockerTally.Row> top = blockers.rows().stream().filter(r -> !r.total())
                    .sorted(Comparator.comparingLong(BlockerTally.Row::alone).reversed()
                            .thenComparing(Comparator.comparingLong((BlockerTally.Row r) -> r.size().workloads()).reversed())
                            .thenComparing(BlockerTally.Row::ruleId))
                    .limit(TOP).toList();
            List<Question> asked = questions.entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .limit(TOP).map(e -> new Question(e.getKey(), e.getValue())).toList();
            return new Overview(totals.size(), dispositions, lanes, levels, containersOnLowConfidence, capacity, ratios, top, asked, questionsAsked);
        }
    }
}
