package io.fleetfit.assessment;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Texts as the role catalog's signals see them: runs of letters and runs of digits, lower-cased
 * and without accents. {@code ADBSRVDC02} is "adbsrvdc", "02"; {@code Proxy-Veeam} is "proxy",
 * "veeam"; {@code Contrôleur de domaine} is "controleur", "de", "domaine".
 */
final class RoleText {

    private RoleText() {
    }

    static List<String> words(String text) {
        List<String> words = new ArrayList<>(4);
        if (text == null || text.isEmpty()) {
            return words;
        }
        String t = (ascii(text) ? text : stripMarks(text)).toLowerCase(Locale.ROOT);
        int n = t.length();
        int start = -1;
        int kind = 0;   // 1 letters, 2 digits
        for (int i = 0; i < n; ) {
            int cp = t.codePointAt(i);
            int k = Character.isLetter(cp) ? 1 : Character.isDigit(cp) ? 2 : 0;
            if (k != kind) {
                if (kind != 0) {
                    words.add(t.substring(start, i));
                }
                start = i;
                kind = k;
            }
            i += Character.charCount(cp);
        }
        if (kind != 0) {
            words.add(t.substring(start));
        }
        return words;
    }

    private static boolean ascii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 0x7f) {
                return false;
            }
        }
        return true;
    }

    private static String stripMarks(String s) {
        // NFKD, not NFD: full-width letters (ＳＱＬ), ligatures (ﬁ) and superscript digits are
        // compatibility characters of the plain ones a signal is written in
        String d = Normalizer.normalize(s, Normalizer.Form.NFKD);
        StringBuilder b = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                b.append(c);
            }
        }
        // neither form decomposes the sharp s; the capital one (ẞ) lower-cases to it
        return b.toString().replace("ß", "ss").replace("ẞ", "ss");
    }
}
