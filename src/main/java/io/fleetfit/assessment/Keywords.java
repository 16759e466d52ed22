package io.fleetfit.assessment;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

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
    /** The indexes (ascending) of the keywords starting with a word. */
    private final Map<String, int[]> byFirstWord;
    /**
     * Two bits per first word, from its hash code: a word of the text whose two bits are not both
     * set starts no keyword, which rules most words out without a map lookup.
     */
    private final long firstWordBits;

    public Keywords(List<String> words) {
        this.words = words.stream().map(Keywords::normalize).filter(w -> !w.isBlank()).distinct().toList();
        this.phrases = new String[this.words.size()][];
        Map<String, List<Integer>> starts = new HashMap<>();
        long filter = 0;
        for (int i = 0; i < phrases.length; i++) {
            phrases[i] = split(this.words.get(i));
            starts.computeIfAbsent(phrases[i][0], w -> new ArrayList<>()).add(i);
            filter |= bits(phrases[i][0].hashCode());
        }
        Map<String, int[]> index = new HashMap<>();
        starts.forEach((w, is) -> index.put(w, is.stream().mapToInt(Integer::intValue).toArray()));
        this.byFirstWord = Map.copyOf(index);
        this.firstWordBits = filter;
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

    private static final String[] NO_WORDS = {};

    /**
     * The words of {@code text} as keywords see them: {@link #normalize} split at its spaces. An
     * ASCII text (almost every inventory text) is split in one pass, without the normalised copy.
     */
    static String[] wordsOf(String text) {
        if (text == null || text.isBlank()) {
            return NO_WORDS;
        }
        int n = text.length();
        String[] words = new String[4];
        int count = 0;
        char[] word = new char[n];
        int length = 0;
        for (int i = 0; i <= n; i++) {
            char c = i < n ? text.charAt(i) : ' ';
            if (c >= 0x80) {
                return split(normalize(text));   // letters and case beyond ASCII: the general way
            }
            if (isAsciiLetterOrDigit(c)) {
                word[length++] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            } else if (length > 0) {
                if (count == words.length) {
                    words = Arrays.copyOf(words, count * 2);
                }
                words[count++] = new String(word, 0, length);
                length = 0;
            }
        }
        return count == words.length ? words : Arrays.copyOf(words, count);
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
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
    private Optional<String> firstIn(String[] text) {
        int best = Integer.MAX_VALUE;
        for (int at = 0; at < text.length; at++) {
            String w = text[at];
            long b = bits(w.hashCode());
            if ((firstWordBits & b) != b) {
                continue;
            }
            int[] candidates = byFirstWord.get(w);
            if (candidates == null) {
                continue;
            }
            for (int k : candidates) {
                if (k >= best) {
                    break;
                }
                if (startsAt(text, at, phrases[k])) {
                    best = k;
                    break;
                }
            }
        }
        return best == Integer.MAX_VALUE ? Optional.empty() : Optional.of(words.get(best).strip());
    }

    private static long bits(int hash) {
        return 1L << hash | 1L << (hash >>> 6);
    }

    private static boolean startsAt(String[] text, int at, String[] phrase) {
        if (at + phrase.length > text.length) {
            return false;
        }
        for (int i = 1; i < phrase.length; i++) {
            if (!phrase[i].equals(text[at + i])) {
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
