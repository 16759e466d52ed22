package io.fleetfit.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.util.CellReference;

/**
 * The report's internal hyperlinks, kept as numbers and written into each sheet's XML when the
 * workbook is written ({@link StreamingWorkbook}). POI's own hyperlinks are objects of some 2 KiB
 * each, kept in memory until the end, and made a 65,000-row sheet take 136 MiB more heap and 10 s
 * more to write; here a link takes five ints. Not thread-safe.
 */
final class Links {

    /** Excel opens at most this many hyperlinks on a worksheet (Excel specifications and limits): further cells stay plain. */
    static final int MAX_PER_SHEET = 65_530;

    /** Ints per link: source row and column, target sheet (or -1 - anchor), target row and column. */
    private static final int STRIDE = 5;

    private final List<String> sheets = new ArrayList<>();
    private final Map<String, Integer> sheetIds = new HashMap<>();
    private final List<String> anchors = new ArrayList<>();
    private final Map<String, Integer> anchorIds = new HashMap<>();
    /** Each anchor's place by id, {@code null} until placed. */
    private final List<Link.Place> placed = new ArrayList<>();
    private final Map<String, int[]> bySheet = new HashMap<>();
    private final Map<String, Integer> counts = new HashMap<>();

    /** Whether the sheet holds as many links as Excel opens. */
    boolean full(String sheet) {
        return counts.getOrDefault(sheet, 0) >= MAX_PER_SHEET;
    }

    /** Whether the sheet has a link. */
    boolean any(String sheet) {
        return counts.getOrDefault(sheet, 0) > 0;
    }

    /** Records a link from a cell of {@code sheet}; false, and nothing recorded, when the sheet is {@link #full}. */
    boolean add(String sheet, int row, int column, Link link) {
        int n = counts.getOrDefault(sheet, 0);
        if (n >= MAX_PER_SHEET) {
            return false;
        }
        int[] data = bySheet.get(sheet);
        if (data == null || data.length < (n + 1) * STRIDE) {
            data = data == null ? new int[16 * STRIDE] : Arrays.copyOf(data, Math.min(data.length * 2, MAX_PER_SHEET * STRIDE));
            bySheet.put(sheet, data);
        }
        int at = n * STRIDE;
        data[at] = row;
        data[at + 1] = column;
        if (link.place() != null) {
            data[at + 2] = sheetId(link.place().sheet());
            data[at + 3] = link.place().row();
            data[at + 4] = link.place().column();
        } else {
            data[at + 2] = -1 - anchorId(link.anchor());
        }
        counts.put(sheet, n + 1);
        return true;
    }

    /** Places an anchor; the first place given stays. */
    void anchor(String name, Link.Place place) {
        int id = anchorId(name);
        if (placed.get(id) == null) {
            placed.set(id, place);
        }
    }

    /** Where an anchor is, {@code null} if it was never placed. */
    Link.Place anchor(String name) {
        Integer id = anchorIds.get(name);
        return id == null ? null : placed.get(id);
    }

    /**
     * The sheet's {@code <hyperlinks>} element, or "" when none of its links has a target (an
     * anchor never placed): the links in the order made, each a {@code location} in the workbook.
     */
    String xml(String sheet) {
        int n = counts.getOrDefault(sheet, 0);
        int[] data = bySheet.get(sheet);
        StringBuilder sb = new StringBuilder(64 + n * 48);
        int written = 0;
        for (int i = 0; i < n; i++) {
            int at = i * STRIDE;
            Link.Place target;
            if (data[at + 2] >= 0) {
                target = new Link.Place(sheets.get(data[at + 2]), data[at + 3], data[at + 4]);
            } else {
                target = placed.get(-1 - data[at + 2]);
                if (target == null) {
                    continue;
                }
            }
            sb.append(written++ == 0 ? "<hyperlinks>" : "")
                    .append("<hyperlink ref=\"").append(new CellReference(data[at], data[at + 1]).formatAsString(false))
                    .append("\" location=\"").append(escape(target.address())).append("\"/>");
        }
        return written == 0 ? "" : sb.append("</hyperlinks>").toString();
    }

    private int sheetId(String sheet) {
        return sheetIds.computeIfAbsent(sheet, s -> {
            sheets.add(s);
            return sheets.size() - 1;
        });
    }

    private int anchorId(String name) {
        return anchorIds.computeIfAbsent(name, s -> {
            anchors.add(s);
            placed.add(null);
            return anchors.size() - 1;
        });
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
