package io.fleetfit.summary;

import io.fleetfit.assessment.VmRecord;

/**
 * Workloads and their size: what the aggregate tables (dispositions, lanes, waves, blockers) hold
 * instead of lists of workloads, so they stay small for any fleet. An unstated size counts as 0.
 * Storage is {@link VmRecord#storageInUse()}: vInfo's In Use, else the vPartition or vDisk figure,
 * so an export without In Use still shows its storage. Sizes stay in MiB, as inventories state
 * them, so sums are exact in any order; GiB are for reading.
 */
public record Tally(long workloads, long vcpus, long memoryMib, long inUseMib) {

    private static final double MIB_PER_GIB = 1024.0;

    /** No workloads. */
    public static final Tally NONE = new Tally(0, 0, 0, 0);

    /** One workload and its size. */
    public static Tally of(VmRecord vm) {
        Long storage = vm.storageInUse().mib();
        return new Tally(1,
                vm.cpus() == null ? 0L : vm.cpus(),
                vm.memoryMib() == null ? 0L : vm.memoryMib(),
                storage == null ? 0L : storage);
    }

    public Tally plus(Tally other) {
        return new Tally(workloads + other.workloads, vcpus + other.vcpus, memoryMib + other.memoryMib,
                inUseMib + other.inUseMib);
    }

    public double memoryGib() {
        return memoryMib / MIB_PER_GIB;
    }

    public double inUseStorageGib() {
        return inUseMib / MIB_PER_GIB;
    }

    /** MiB as GiB, {@code null} when not stated: one workload's size, read the way the totals are. */
    public static Double gib(Long mib) {
        return mib == null ? null : mib / MIB_PER_GIB;
    }
}
