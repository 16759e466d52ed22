package io.fleetfit.report;

import io.fleetfit.summary.WavePlan;
import java.util.function.Function;

/**
 * The Waves sheet: each sub-wave's groups in the order they move, then its total; a wave split
 * into sub-waves has a total of its own; the plan's total last.
 */
enum WaveColumn implements ColumnSpec.Declared<WavePlan.Row> {
    // wide enough for the longest label, "Wave 2 total", in bold
    WAVE("Wave", 15, CellFormat.TEXT, WaveColumn::wave),
    KIND("What moves", 34, CellFormat.TINT, r -> r.total() ? null : r.wave()),
    ENVIRONMENT("Environment", 14, CellFormat.TEXT, r -> r.environment() == null ? null : r.environment().label()),
    GROUPED_BY("Grouped by", 12, CellFormat.TEXT, WavePlan.Row::by),
    GROUP("Group (application, folder or cluster)", 36, CellFormat.WRAP, WavePlan.Row::group),
    WORKLOADS("Workloads", 11, CellFormat.INTEGER, r -> r.size().workloads()),
    VCPU("vCPU", 9, CellFormat.INTEGER, r -> r.size().vcpus()),
    MEMORY("Memory GiB", 11, CellFormat.SIZE, r -> r.size().memoryGib()),
    STORAGE("Storage in use GiB", 12, CellFormat.SIZE, r -> r.size().inUseStorageGib()),
    NOTE("Note", 34, CellFormat.WRAP, WavePlan.Row::note);

    private final ColumnSpec<WavePlan.Row> spec;

    WaveColumn(String header, int width, CellFormat format, Function<WavePlan.Row, Object> value) {
        this.spec = new ColumnSpec<>(header, width, format, value);
    }

    @Override
    public ColumnSpec<WavePlan.Row> spec() {
        return spec;
    }

    /** "2a" for a group, "2a total" for its sub-wave's total, "Wave 2 total" for a split wave's, "Total" for the plan's. */
    private static String wave(WavePlan.Row r) {
        if (r.wave() == null) {
            return Labels.TOTAL;
        }
        if (r.subWave() == null) {
            return "Wave " + r.wave().digit() + " " + Labels.TOTAL.toLowerCase(java.util.Locale.ROOT);
        }
        return r.total() ? r.subWave() + " " + Labels.TOTAL.toLowerCase(java.util.Locale.ROOT) : r.subWave();
    }
}
