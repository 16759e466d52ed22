package io.fleetfit.assessment;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A keyword list matched tolerantly: case-insensitive, on whole words, with punctuation treated
 * as a space, so "PCI-DSS", "pci dss" and "PCI" all match the keyword "pci dss" or "pci".
 *
 * <p>A keyword of several words matches where its words follow each other in the text. Texts are
 * split into words once per workload ({@link Workload#texts()}), and each list finds its keywords
 * among a text's words in one pass, by their first word, instead of searching the text once per
 * keyword: five keyword rules of 5 to 17 keywords each read every text of every workload.
 */
public final class Keywords implements Serializable {

    private final List<String> words;
    /** Each keyword split into its words, in list order. */
    private final String[][] phrases;
    /** Each keyword's words' hash codes ({@link String#hashCode()}), as {@link #phrases}. */
    private final int[][] phraseHashes;
    /**
     * The keywords' distinct first words in an open-addressed table of a power-of-two size, found
     * by hash code: the word, its hash, and the indexes (ascending) of the keywords it starts.
     */
    private final String[] firstWords;
    private final int[] firstHashes;
    private final int[][] startsOf;
    /**
     * Two bits per first word, from its hash code: a word of the text whose two bits are not both
     * set starts no keyword, which rules most words out without a table lookup.
     */
    private final long firstWordBits;
    /** The keywords as {@link #firstIn} reports them ({@link #words}, stripped). */
    private final String[] shown;
    /** This list's number ({@link #id()}), 0 until asked. */
    private transient volatile int id;

    /**
     * A number per distinct keyword list met in this JVM: equal lists (the same rule's keywords in
     * every client's rule set and every Spark task's copy) share theirs, so a remembered value's
     * words remember what each list found in them once, whatever instance asks ({@link
     * Words#found}). Bounded: past {@value #IDS_LIMIT} lists it starts afresh, and lists met again
     * get new numbers (numbers are never reused).
     */
    private static final Map<List<String>, Integer> IDS = new ConcurrentHashMap<>();
    private static final AtomicInteger LAST_ID = new AtomicInteger();
    static final int IDS_LIMIT = 4096;

    public Keywords(List<String> words) {
        this.words = words.stream().map(Keywords::normalize).filter(w -> !w.isBlank()).distinct().toList();
        this.phrases = new String[this.words.size()][];
        this.phraseHashes = new int[phrases.length][];
        Map<String, List<Integer>> starts = new LinkedHashMap<>();
        long filter = 0;
        for (int i = 0; i < phrases.length; i++) {
            phrases[i] = split(this.words.get(i));
            phraseHashes[i] = Arrays.stream(phrases[i]).mapToInt(String::hashCode).toArray();
            starts.computeIfAbsent(phrases[i][0], w -> new ArrayList<>()).add(i);
            filter |= bits(phrases[i][0].hashCode());
        }
        int size = Integer.highestOneBit(Math.max(1, starts.size()) * 4);
        this.firstWords = new String[size];
        this.firstHashes = new int[size];
        this.startsOf = new int[size][];
        starts.forEach((w, is) -> {
            int slot = slot(w.hashCode(), size - 1);
            while (firstWords[slot] != null) {
                slot = (slot + 1) & (size - 1);
            }
            firstWords[slot] = w;
            firstHashes[slot] = w.hashCode();
            startsOf[slot] = is.stream().mapToInt(Integer::intValue).toArray();
        });
        this.firstWordBits = filter;
        this.shown = this.words.stream().map(String::strip).toArray(String[]::new);
    }

    /** This list's number in this JVM: the same for equal lists, different for different ones. */
    int id() {
        int i = id;
        if (i == 0) {
            if (IDS.size() >= IDS_LIMIT) {
                IDS.clear();
            }
            i = IDS.computeIfAbsent(words, w -> LAST_ID.incrementAndGet());
            id = i;
        }
        return i;
    }

    public static Keywords of(String... words) {
        return new Keywords(List.of(words));
    }

    /** The keywords, normalised ({@link #normalize}: " pci dss "), in list order. */
    public List<String> words() {
        return words;
    }

    /** Lower case, every run of non-letters-or-digits one space, padded with a space each side. */
    static String normalize(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 2).append(' ');
        boolean space = true;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                sb.appendCodePoint(Character.toLowerCase(cp));
                space = false;
            } else if (!space) {
                sb.append(' ');
                space = true;
            }
        }
        if (!space) {
            sb.append(' ');
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    /**
     * A text's words as keywords see them ({@link #normalize}d, split at its spaces), without a
     * string per word: where each word starts and ends in {@link #source} and its hash code, the
     * one {@link String#hashCode()} gives the word. An ASCII text (almost every inventory text) is
     * read in one pass and is its own source, words lower-cased as they are compared; any other
     * text is normalised first, and the normalised copy is the source.
     */
    static final class Words implements Serializable {
        static final Words NONE = new Words("", new int[0], 0, false);
        /** How many keyword lists' findings a remembered value's words keep. */
        static final int FOUND_LISTS = 16;
        static final int NOT_ASKED = -2;
        static final int NOTHING = -1;

        private final String source;
        /** Start, end and hash code of each word, three ints a word. */
        private final int[] spans;
        private final int count;
        /** Whether these words are remembered per value ({@link #wordsOfValue}), so many workloads share them. */
        private final boolean shared;
        /**
         * For shared words, what the keyword lists that looked here found ({@link Keywords#id()},
         * the index of the keyword found or {@link #NOTHING}), the newest last: a fleet's folders
         * and attribute values are met by thousands of workloads, each read by the same few lists.
         */
        private transient volatile Found found;

        private record Found(int[] lists, int[] keywords) {
        }

        private Words(String source, int[] spans, int count, boolean shared) {
            this.source = source;
            this.spans = spans;
            this.count = count;
            this.shared = shared;
        }

        /** The same words, shared by the workloads whose value they are. */
        Words shared() {
            return new Words(source, spans, count, true);
        }

        boolean isShared() {
            return shared;
        }

        /** What list {@code list} found here, or {@link #NOT_ASKED}. */
        int found(int list) {
            Found f = found;
            if (f != null) {
                int[] lists = f.lists();
                for (int i = 0; i < lists.length; i++) {
                    if (lists[i] == list) {
                        return f.keywords()[i];
                    }
                }
            }
            return NOT_ASKED;
        }

        /** Remembers what list {@code list} found; the oldest is forgotten past {@link #FOUND_LISTS}. */
        void remember(int list, int keyword) {
            Found f = found;
            int n = f == null ? 0 : f.lists().length;
            int keep = Math.min(n, FOUND_LISTS - 1);
            int[] lists = new int[keep + 1];
            int[] keywords = new int[keep + 1];
            if (keep > 0) {
                System.arraycopy(f.lists(), n - keep, lists, 0, keep);
                System.arraycopy(f.keywords(), n - keep, keywords, 0, keep);
            }
            lists[keep] = list;
            keywords[keep] = keyword;
            found = new Found(lists, keywords);   // two threads may each add one; one is then asked again
        }

        int count() {
            return count;
        }

        int hash(int word) {
            return spans[3 * word + 2];
        }

        /** Whether word {@code word} is {@code normalized}, a word of a normalised keyword. */
        boolean is(int word, String normalized) {
            int start = spans[3 * word];
            int length = spans[3 * word + 1] - start;
            if (length != normalized.length()) {
                return false;
            }
            for (int i = 0; i < length; i++) {
                if (lower(source.charAt(start + i)) != normalized.charAt(i)) {
                    return false;
                }
            }
            return true;
        }

        /** The words as strings, for tests and messages. */
        String[] toArray() {
            String[] out = new String[count];
            for (int w = 0; w < count; w++) {
                StringBuilder sb = new StringBuilder();
                for (int i = spans[3 * w]; i < spans[3 * w + 1]; i++) {
                    sb.append(lower(source.charAt(i)));
                }
                out[w] = sb.toString();
            }
            return out;
        }
    }

    /** The words of {@code text} as keywords see them: {@link #normalize} split at its spaces. */
    static Words wordsOf(String text) {
        if (text == null || text.isBlank()) {
            return Words.NONE;
        }
        Words ascii = spans(text, false);
        // letters and case beyond ASCII: the general way
        return ascii != null ? ascii : spans(normalize(text), true);
    }

    /**
     * The words of an ASCII text (every run of ASCII letters and digits), or of a normalised text
     * (every run of characters other than the space); {@code null} when an ASCII text turns out
     * to hold other characters.
     */
    private static Words spans(String text, boolean normalized) {
        int n = text.length();
        int[] spans = new int[3 * Math.min(16, n / 2 + 1)];
        int count = 0;
        int start = -1;
        int hash = 0;
        for (int i = 0; i <= n; i++) {
            char c = i < n ? text.charAt(i) : ' ';
            if (c >= 0x80 && !normalized) {
                return null;
            }
            if (normalized ? c != ' ' : isAsciiLetterOrDigit(c)) {
                if (start < 0) {
                    start = i;
                    hash = 0;
                }
                hash = 31 * hash + lower(c);
            } else if (start >= 0) {
                if (3 * count == spans.length) {
                    spans = Arrays.copyOf(spans, spans.length * 2);
                }
                spans[3 * count] = start;
                spans[3 * count + 1] = i;
                spans[3 * count + 2] = hash;
                count++;
                start = -1;
            }
        }
        return new Words(text, spans, count, false);
    }

    /** How many distinct values {@link #wordsOfValue} remembers before it starts afresh. */
    static final int REMEMBERED_VALUES = 8192;
    /** Longer values are split every time: long texts are free text, rarely repeated. */
    static final int REMEMBERED_LENGTH = 200;
    private static final Remembered<String, Words> REMEMBERED = new Remembered<>(REMEMBERED_VALUES);

    /**
     * {@link #wordsOf}, remembered per value: a fleet's folders, clusters, resource pools and
     * attribute values come from small vocabularies ("Production", "DMZ", "Finance / SAP"), so most
     * workloads' values were split before. Only values up to {@link #REMEMBERED_LENGTH} characters.
     */
    static Words wordsOfValue(String text) {
        if (text == null || text.length() > REMEMBERED_LENGTH) {
            return wordsOf(text);
        }
        return REMEMBERED.get(text, TextHash.of(text), t -> wordsOf(t).shared());
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    /** An ASCII capital as its small letter; any other character as it is. */
    private static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    /** A normalised text's words (a normalised text has one space between words, and one each side). */
    private static String[] split(String normalized) {
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < normalized.length(); i++) {
            if (normalized.charAt(i) == ' ') {
                if (start >= 0) {
                    out.add(normalized.substring(start, i));
                    start = -1;
                }
            } else if (start < 0) {
                start = i;
            }
        }
        if (start >= 0) {
            out.add(normalized.substring(start));
        }
        return out.toArray(new String[0]);
    }

    /** The first keyword found in {@code text}, as listed. */
    public Optional<String> firstIn(String text) {
        return firstIn(wordsOf(text));
    }

    /** The first keyword found in the text, as listed, of a text already split into words. */
    public Optional<String> firstIn(Evidence.Text text) {
        return firstIn(text.words());
    }

    /**
     * The first keyword, as listed, whose words follow each other somewhere in {@code text}: what
     * searching the normalised text for each normalised keyword in turn finds. Allocates nothing
     * when none is found.
     */
    private Optional<String> firstIn(Words text) {
        int found;
        if (text.isShared()) {
            int list = id();
            found = text.found(list);
            if (found == Words.NOT_ASKED) {
                found = firstIndexIn(text);
                text.remember(list, found);
            }
        } else {
            found = firstIndexIn(text);
        }
        return found == Words.NOTHING ? Optional.empty() : Optional.of(shown[found]);
    }

    /** The index of the first keyword found in {@code text}, as listed, or {@link Words#NOTHING}. */
    private int firstIndexIn(Words text) {
        int best = Integer.MAX_VALUE;
        int mask = firstWords.length - 1;
        for (int at = 0; at < text.count(); at++) {
            int h = text.hash(at);
            long b = bits(h);
            if ((firstWordBits & b) != b) {
                continue;
            }
            int[] candidates = null;
            for (int slot = slot(h, mask); firstWords[slot] != null; slot = (slot + 1) & mask) {
                if (firstHashes[slot] == h && text.is(at, firstWords[slot])) {
                    candidates = startsOf[slot];
                    break;
                }
            }
            if (candidates == null) {
                continue;
            }
            for (int k : candidates) {
                if (k >= best) {
                    break;
                }
                if (startsAt(text, at, k)) {
                    best = k;
                    break;
                }
            }
        }
        return best == Integer.MAX_VALUE ? Words.NOTHING : best;
    }

    private static long bits(int hash) {
        return 1L << hash | 1L << (hash >>> 6);
    }

    private static int slot(int hash, int mask) {
        return (hash ^ (hash >>> 16)) & mask;
    }

    /** Whether keyword {@code k}'s words follow each other from word {@code at} of the text (its first word already matched). */
    private boolean startsAt(Words text, int at, int k) {
        String[] phrase = phrases[k];
        if (at + phrase.length > text.count()) {
            return false;
        }
        int[] hashes = phraseHashes[k];
        for (int i = 1; i < phrase.length; i++) {
            if (hashes[i] != text.hash(at + i) || !text.is(at + i, phrase[i])) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Keywords k && words.equals(k.words);
    }

    @Override
    public int hashCode() {
        return words.hashCode();
    }

    @Override
    public String toString() {
        return "Keywords[words=" + words + "]";
    }
}
