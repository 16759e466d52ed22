package io.fleetfit.assessment;

import java.util.ArrayList;
import java.util.List;

/** Release ids in the lifecycle catalog's terms ("8", "12.5", "2012-r2", "22.04"), compared as versions. */
public final class Releases {

    private Releases() {
    }

    /**
     * Compares two releases by their numbers, component by component ("12.5" after "12", "2012-r2"
     * after "2012", "22.04" after "20.04"); a release without digits ("xp") comes first.
     */
    public static int compare(String a, String b) {
        List<Integer> x = numbers(a);
        List<Integer> y = numbers(b);
        for (int i = 0; i < Math.max(x.size(), y.size()); i++) {
            int p = i < x.size() ? x.get(i) : -1;
            int q = i < y.size() ? y.get(i) : -1;
            if (p != q) {
                return Integer.compare(p, q);
            }
        }
        return 0;
    }

    /** The release's runs of digits as numbers. */
    static List<Integer> numbers(String release) {
        List<Integer> out = new ArrayList<>(3);
        if (release == null) {
            return out;
        }
        int n = release.length();
        for (int i = 0; i < n; ) {
            char c = release.charAt(i);
            if (c >= '0' && c <= '9') {
                int j = i;
                long v = 0;
                while (j < n && release.charAt(j) >= '0' && release.charAt(j) <= '9') {
                    v = Math.min(Integer.MAX_VALUE, v * 10 + (release.charAt(j) - '0'));
                    j++;
                }
                out.add((int) v);   // "2012-r2" gives 2012 and 2: after 2012
                i = j;
            } else {
                i++;
            }
        }
        return out;
    }
}
