package io.fleetfit.assessment;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A keyword list matched tolerantly: case-insensitive, on whole words, with punctuation treated
 * as a space, so "PCI-DSS", "pci dss" and "PCI" all match the keyword "pci dss" or "pci".
 */
public record Keywords(List<String> words) implements Serializable {

    public Keywords {
        words = words.stream().map(Keywords::normalize).filter(w -> !w.isBlank()).distinct().toList();
    }

    public static Keywords of(String... words) {
        return new Keywords(List.of(words));
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

    /** The first keyword found in {@code text}, as listed. */
    public Optional<String> firstIn(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = normalize(text);
        for (String w : words) {
            if (t.contains(w)) {
                return Optional.of(w.strip());
            }
        }
        return Optional.empty();
    }
}
