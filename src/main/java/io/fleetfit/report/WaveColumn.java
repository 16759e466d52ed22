package io.fleetfit.report;

import io.fleetfit.summary.WavePlan;
import java.util.function.Function;

/** The Waves sheet: one row per group of a wave, each wave's total after its groups, the plan's total last. */
enum WaveColumn implements ColumnSpec.Declared<WavePlan.Row> {
    WAVE("Wave", 36, CellFormat.TINT, r -> r.wave() == null ? Labels.TOTAL
            : r.total() ? r.wave().label() + " - total" : r.wave()),
    GROUPED_BY("Grouped by", 12, CellFormat.TEXT, WavePlan.Row::by),
    GROUP("Application or cluster", 40, CellFormat.WRAP, WavePlan.Row::group),
    WORKLOADS("Workloads", 11, CellFormat.INTEGER, r -> r.size().workloads()),
    VCPU("vCPU", 9, CellFormat.INTEGER, r -> r.size().vcpus()),
    MEMORY("Memory GiB", 11, CellFormat.GIB, r -> r.size().memoryGib()),
    STORAGE("Storage in use GiB", 12, CellFormat.GIB, r -> r.size().inUseStorageGib());

    private final ColumnSpec<WavePlan.Row> spec;

    WaveColumn(String header, int width, CellFormat format, Function<WavePlan.Row, Object> value) {
        this.spec = new ColumnSpec<>(header, width, format, value);
    }

    @Override
    public ColumnSpec<WavePlan.Row> spec() {
        return spec;
    }
}
