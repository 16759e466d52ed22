package io.fleetfit.inventory;

import io.fleetfit.assessment.SourceRef;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Reads the inventory of an open workbook, whatever its file format: chooses the sheet, reads the
 * RVTools version from vMetaData and the secondary tabs into {@link RvtoolsTabs}, then streams the
 * inventory sheet's rows through {@link RowParser}, joined with the tabs' facts.
 *
 * <p>The sheet read is "vInfo" (any case) when there is one, else the first sheet that is not
 * another RVTools tab and whose first non-empty row names a VM column. Row numbers are the
 * spreadsheet's own (1-based, gaps kept). The summary names the export ("RVTools xlsx", "xlsx
 * inventory", or the {@link SourceFormat}'s label) and carries the header's notes (units, mapping)
 * followed by the tabs' (missing tabs, units).
 */
final class WorkbookInventory {

    static final String VINFO_SHEET = "vInfo";
    static final String METADATA_SHEET = "vMetaData";
    static final String RVTOOLS_VERSION_HEADER = "RVTools version";

    /** RVTools' other tabs: several have a VM column, but none is an inventory of VMs in vInfo's sense. */
    private static final Set<String> OTHER_RVTOOLS_TABS = Set.of("vcpu", "vmemory", "vdisk", "vpartition",
            "vnetwork", "vcd", "vusb", "vsnapshot", "vtools", "vsource", "vrp", "vcluster", "vhost", "vhba", "vnic",
            "vswitch", "vport", "dvswitch", "dvport", "vsc_vmk", "vdatastore", "vmultipath", "vlicense",
            "vfileinfo", "vhealth", "vmetadata");

    private WorkbookInventory() {
    }

    /**
     * Reads the workbook's inventory to {@code out}. {@code kind} ("xlsx", "xls") names the file
     * format in the summary. {@code cancelled} is asked before every row of every sheet read; when
     * it answers true the read ends with {@link ReadRowIterator.Cancelled} wrapped in a
     * {@link ConsumerFailure}, like an exception of {@code out}.
     */
    static ReadSummary read(String fileName, String kind, WorkbookSheets workbook, ReadOptions options,
            Consumer<ReadRow> out, BooleanSupplier cancelled) throws Exception {
        List<String> sheets = workbook.sheetNames();
        String sheet = sheetNamed(sheets, VINFO_SHEET);
        if (sheet == null) {
            for (String candidate : sheets) {
                if (!OTHER_RVTOOLS_TABS.contains(candidate.strip().toLowerCase(Locale.ROOT))) {
                    HeaderMap header = header(workbook, candidate, options);
                    if (header != null && header.isInventoryHeader()) {
                        sheet = candidate;
                        break;
                    }
                }
            }
            if (sheet == null) {
                throw new InventoryException(fileName
                        + ": no vInfo sheet or VM inventory sheet found; export the vInfo tab from RVTools.");
            }
        }
        HeaderMap header = header(workbook, sheet, options);
        if (header != null && !header.isInventoryHeader()) {
            throw new InventoryException(fileName + ": sheet " + sheet
                    + " has no VM column in its first row; export the vInfo tab from RVTools unchanged.");
        }

        String metadata = sheetNamed(sheets, METADATA_SHEET);
        String version = metadata == null ? null : firstValueOf(workbook, metadata, RVTOOLS_VERSION_HEADER);
        boolean rvtools = version != null || (header != null && header.isRvtoolsLayout());
        String format = rvtools ? "RVTools " + kind
                : header == null || header.sourceFormat() == SourceFormat.GENERIC ? kind + " inventory"
                : header.sourceFormat().label();
        if (header == null) {
            return new ReadSummary(fileName, sheet, format, version, 0);
        }

        RvtoolsTabs tabs = RvtoolsTabs.read(workbook, header, cancelled);
        InventorySheet inventory = new InventorySheet(fileName, sheet, options, tabs, row -> {
            if (cancelled.getAsBoolean()) {
                throw new ConsumerFailure(new ReadRowIterator.Cancelled());
            }
            try {
                out.accept(row);
            } catch (RuntimeException e) {
                throw new ConsumerFailure(e);
            }
        });
        workbook.read(sheet, inventory);
        List<String> notes = new ArrayList<>(header.notes());
        notes.addAll(tabs.notes(rvtools));
        return new ReadSummary(fileName, sheet, format, version, inventory.rows, notes);
    }

    /** The sheet whose name is {@code wanted} in any case and without surrounding blanks, or null. */
    static String sheetNamed(List<String> sheets, String wanted) {
        for (String name : sheets) {
            if (name.strip().equalsIgnoreCase(wanted)) {
                return name;
            }
        }
        return null;
    }

    /** The exception {@code out} (or a cancellation) threw, if {@code e} carries one, else null. */
    static RuntimeException consumerFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConsumerFailure failure) {
                return failure.getCause();
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }

    /** The first non-empty row of a sheet as a header, or null when the sheet is empty. */
    private static HeaderMap header(WorkbookSheets workbook, String sheet, ReadOptions options) throws Exception {
        HeaderMap[] header = new HeaderMap[1];
        workbook.read(sheet, (rowNumber, cells) -> {
            if (!RowParser.isBlank(cells)) {
                header[0] = HeaderMap.of(new ArrayList<>(cells), options);
                throw new WorkbookSheets.StopReading();
            }
        });
        return header[0];
    }

    /** The value under {@code wanted} in the first data row of a sheet, or null. */
    private static String firstValueOf(WorkbookSheets workbook, String sheet, String wanted) throws Exception {
        String[] value = new String[1];
        workbook.read(sheet, new WorkbookSheets.SheetRows() {
            private int column = -1;

            @Override
            public void row(long rowNumber, List<String> cells) {
                if (RowParser.isBlank(cells)) {
                    return;
                }
                if (column < 0) {
                    for (int i = 0; i < cells.size() && column < 0; i++) {
                        if (cells.get(i) != null && cells.get(i).strip().equalsIgnoreCase(wanted)) {
                            column = i;
                        }
                    }
                    if (column < 0) {
                        throw new WorkbookSheets.StopReading();
                    }
                    return;
                }
                String cell = column < cells.size() ? cells.get(column) : null;
                value[0] = cell == null || cell.isBlank() ? null : cell.strip();
                throw new WorkbookSheets.StopReading();
            }
        });
        return value[0];
    }

    /** The inventory sheet: the first non-empty row is the header, every later non-empty row a data row. */
    private static final class InventorySheet implements WorkbookSheets.SheetRows {
        private final String fileName;
        private final String sheetName;
        private final ReadOptions options;
        private final RvtoolsTabs tabs;
        private final Consumer<ReadRow> out;
        private HeaderMap header;
        private BitSet read;
        private long rows;

        InventorySheet(String fileName, String sheetName, ReadOptions options, RvtoolsTabs tabs, Consumer<ReadRow> out) {
            this.fileName = fileName;
            this.sheetName = sheetName;
            this.options = options;
            this.tabs = tabs;
            this.out = out;
        }

        @Override
        public void row(long rowNumber, List<String> cells) {
            if (RowParser.isBlank(cells)) {
                return;
            }
            if (header == null) {
                header = HeaderMap.of(new ArrayList<>(cells), options);
                read = header.readIndexes();
                return;
            }
            ReadRow row = RowParser.parse(new SourceRef(fileName, sheetName, rowNumber), header, cells);
            if (row instanceof ReadRow.Vm vm) {
                row = new ReadRow.Vm(tabs.join(vm.vm()));
            }
            out.accept(row);
            rows++;
        }

        @Override
        public BitSet formatted() {
            return read;
        }
    }

    /** Carries an exception thrown by the caller's consumer through POI untouched. */
    static final class ConsumerFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ConsumerFailure(RuntimeException cause) {
            super(cause);
        }

        @Override
        public synchronized RuntimeException getCause() {
            return (RuntimeException) super.getCause();
        }
    }
}
