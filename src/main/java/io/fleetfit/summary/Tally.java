package io.fleetfit.summary;

import io.fleetfit.assessment.VmRecord;

/**
 * Workloads and their size, summed one workload at a time: what the report's aggregate tables
 * (waves, blockers) hold instead of lists of workloads, so they stay small for any fleet. An
 * unstated size counts as 0. Storage is {@link VmRecord#storageInUse()}: vInfo's In Use, else the
 * vPartition or vDisk figure, so an export without In Use still shows its storage. Not thread-safe.
 */
public final class Tally {

    private long workloads;
    private long vcpus;
    private long memoryMib;
    private long inUseMib;

    public void add(VmRecord vm) {
        workloads++;
        vcpus += vm.cpus() == null ? 0L : vm.cpus();
        memoryMib += vm.memoryMib() == null ? 0L : vm.memoryMib();
        Long storage = vm.storageInUse().mib();
        inUseMib += storage == null ? 0L : storage;
    }

    public void add(Tally other) {
        workloads += other.workloads;
        vcpus += other.vcpus;
        memoryMib += other.memoryMib;
        inUseMib += other.inUseMib;
    }

    public long workloads() {
        return workloads;
    }

    public long vcpus() {
        return vcpus;
    }

    public double memoryGib() {
        return memoryMib / RunTotals.MIB_PER_GIB;
    }

    public double inUseStorageGib() {
        return inUseMib / RunTotals.MIB_PER_GIB;
    }
}
