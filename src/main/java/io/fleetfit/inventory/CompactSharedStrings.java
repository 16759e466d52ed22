package io.fleetfit.inventory;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.xml.stream.XMLStreamReader;

/**
 * A workbook's shared strings table (xl/sharedStrings.xml), held as UTF-8 bytes in 1 MiB pages.
 * RVTools writes every text cell as a shared string, and a 100,000-VM export holds millions of
 * distinct ones (names, UUIDs, paths, MAC addresses): as Java strings they would take about twice
 * the heap, and POI's own table builds an XMLBeans rich-text object for every cell read, which
 * profiling showed to be a third of the read time. A string is decoded when a cell asks for it.
 *
 * <p>Only plain text counts: the text of rich-text runs is concatenated, phonetic runs
 * ({@code rPh}) are left out, as Excel displays them.
 */
final class CompactSharedStrings {

    private static final int PAGE = 1 << 20;

    private final List<byte[]> pages = new ArrayList<>();
    private byte[] page;
    private int pageUsed;
    /** Per string: page index in the high int, offset in the low int. */
    private long[] positions = new long[1024];
    private int[] lengths = new int[1024];
    private int size;

    private CompactSharedStrings() {
    }

    /** An empty table, for a workbook that has no shared strings part. */
    static CompactSharedStrings empty() {
        return new CompactSharedStrings();
    }

    /** Parses a shared strings part. */
    static CompactSharedStrings parse(InputStream sharedStringsXml) throws Exception {
        CompactSharedStrings table = new CompactSharedStrings();
        StaxParts.parse(sharedStringsXml, table.new Handler());
        return table;
    }

    int size() {
        return size;
    }

    /** The string at {@code index}, or null when there is no such entry. */
    String get(int index) {
        if (index < 0 || index >= size) {
            return null;
        }
        long position = positions[index];
        return new String(pages.get((int) (position >>> 32)), (int) position, lengths[index], StandardCharsets.UTF_8);
    }

    private void add(String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        if (size == positions.length) {
            positions = Arrays.copyOf(positions, size * 2);
            lengths = Arrays.copyOf(lengths, size * 2);
        }
        if (page == null || pageUsed + bytes.length > page.length) {
            page = new byte[Math.max(PAGE, bytes.length)];
            pages.add(page);
            pageUsed = 0;
        }
        System.arraycopy(bytes, 0, page, pageUsed, bytes.length);
        positions[size] = ((long) (pages.size() - 1) << 32) | pageUsed;
        lengths[size] = bytes.length;
        pageUsed += bytes.length;
        size++;
    }

    /** Collects each {@code si}'s text, outside phonetic runs. */
    private final class Handler implements StaxParts.Handler {
        private final StringBuilder text = new StringBuilder();
        private boolean inItem;
        private boolean inText;
        private int phonetic;

        @Override
        public void start(String localName, XMLStreamReader attributes) {
            switch (localName) {
                case "sst" -> {
                    String unique = StaxParts.attribute(attributes, "uniqueCount");
                    if (unique != null) {
                        try {
                            int n = Integer.parseInt(unique);
                            if (n > positions.length && n < 50_000_000) {
                                positions = new long[n];
                                lengths = new int[n];
                            }
                        } catch (NumberFormatException e) {
                            // a hint only
                        }
                    }
                }
                case "si" -> {
                    inItem = true;
                    text.setLength(0);
                }
                case "rPh" -> phonetic++;
                case "t" -> inText = inItem && phonetic == 0;
                default -> {
                }
            }
        }

        @Override
        public void end(String localName) {
            switch (localName) {
                case "si" -> {
                    inItem = false;
                    add(ExcelText.decode(text.toString()));
                }
                case "rPh" -> phonetic--;
                case "t" -> inText = false;
                default -> {
                }
            }
        }

        @Override
        public void text(char[] ch, int start, int length) {
            if (inText) {
                text.append(ch, start, length);
            }
        }
    }
}
