package io.fleetfit.report;

import io.fleetfit.assessment.VmRecord;

/**
 * Workloads and their size, summed one workload at a time: what the report's aggregate tables
 * (waves, blockers) hold instead of lists of workloads, so they stay small for any fleet. An
 * unstated size counts as 0. Not thread-safe.
 */
final class Tally {

    private long workloads;
    private long vcpus;
    private long memoryMib;
    private long inUseMib;

    void add(VmRecord vm) {
        workloads++;
        vcpus += vm.cpus() == null ? 0L : vm.cpus();
        memoryMib += vm.memoryMib() == null ? 0L : vm.memoryMib();
        inUseMib += vm.inUseMib() == null ? 0L : vm.inUseMib();
    }

    void add(Tally other) {
        workloads += other.workloads;
        vcpus += other.vcpus;
        memoryMib += other.memoryMib;
        inUseMib += other.inUseMib;
    }

    long workloads() {
        return workloads;
    }

    long vcpus() {
        return vcpus;
    }

    double memoryGib() {
        return memoryMib / RunTotals.MIB_PER_GIB;
    }

    double inUseStorageGib() {
        return inUseMib / RunTotals.MIB_PER_GIB;
    }
}
