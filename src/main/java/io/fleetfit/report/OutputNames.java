package io.fleetfit.report;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Names of output files and folders. Names derived from input (client names, file names) are
 * reduced to a safe slug, so they never leave the output folder whatever they contain
 * ({@code ../../etc}, absolute paths, reserved device names, very long names, slashes and dots
 * from other scripts, invisible direction characters).
 */
public final class OutputNames {

    public static final String REPORT = "migration-report.xlsx";
    public static final String ASSESSMENTS = "assessments.csv";
    public static final String CHANGES = "changes.csv";

    private static final int MAX_SLUG = 64;
    private static final int MAX_SLUG_BYTES = 200;
    private static final Set<String> RESERVED = Set.of("con", "prn", "aux", "nul",
            "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
            "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");

    /** What is neither a letter, a mark of one (Devanagari's vowel signs) nor a decimal digit. */
    private static final Pattern OTHER = Pattern.compile("[^\\p{L}\\p{M}\\p{Nd}]+");
    /** Marks with no letter before them. */
    private static final Pattern STRAY_MARKS = Pattern.compile("(?<![\\p{L}\\p{M}])\\p{M}+");
    private static final Pattern EDGE_HYPHENS = Pattern.compile("^-+|-+$");

    private OutputNames() {
    }

    /**
     * "Acme Corp. (EMEA)" gives "acme-corp-emea", "Société Générale" "societe-generale", "Газпром"
     * "газпром", "東京電力" "東京電力"; a name with nothing usable gives "client". Letters of every
     * script and decimal digits stay, lower-cased; Latin letters lose their accents, as slugs do
     * (other scripts' marks are part of the letter: Й is not И); everything else (separators, dots,
     * punctuation, symbols, invisible format and direction characters) becomes one hyphen between
     * words. At most 64 characters and 200 bytes of UTF-8, well inside any file system's limit for
     * one name.
     */
    public static String clientSlug(String name) {
        String n = Normalizer.normalize(withoutLatinAccents(name == null ? "" : name), Normalizer.Form.NFC)
                .toLowerCase(Locale.ROOT);
        // stray marks go before separators become hyphens, or a mark between two spaces would leave "--"
        n = STRAY_MARKS.matcher(n).replaceAll("");
        n = OTHER.matcher(n).replaceAll("-");
        n = cut(EDGE_HYPHENS.matcher(n).replaceAll(""));
        if (n.isEmpty()) {
            return "client";
        }
        return RESERVED.contains(n) ? n + "-client" : n;
    }

    /** NFKD, without the marks that follow a Latin letter: "Société" gives "Societe", "Йошкар" stays. */
    private static String withoutLatinAccents(String name) {
        String d = Normalizer.normalize(name, Normalizer.Form.NFKD);
        StringBuilder b = new StringBuilder(d.length());
        boolean afterLatin = false;
        for (int i = 0; i < d.length(); ) {
            int cp = d.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            boolean mark = type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                    || type == Character.ENCLOSING_MARK;
            if (mark && afterLatin) {
                continue;
            }
            if (!mark) {
                afterLatin = Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN;
            }
            b.appendCodePoint(cp);
        }
        return b.toString();
    }

    private static String cut(String slug) {
        int end = 0;
        int chars = 0;
        int bytes = 0;
        while (end < slug.length()) {
            int cp = slug.codePointAt(end);
            int size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            if (chars == MAX_SLUG || bytes + size > MAX_SLUG_BYTES) {
                return EDGE_HYPHENS.matcher(slug.substring(0, end)).replaceAll("");
            }
            chars++;
            bytes += size;
            end += Character.charCount(cp);
        }
        return slug;
    }

    /** The client name a path implies: its last segment without an inventory extension. */
    public static String clientFromPath(String path) {
        String p = path.replace('\\', '/').replaceAll("/+$", "");
        String last = p.substring(p.lastIndexOf('/') + 1);
        return last.replaceAll("(?i)\\.(xlsx|xlsm|xls|csv)$", "");
    }
}
