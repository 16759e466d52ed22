package io.fleetfit.report;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * Names of output files and folders. Names derived from input (client names, file names) are
 * reduced to a safe slug, so they never leave the output folder whatever they contain
 * ({@code ../../etc}, absolute paths, reserved device names, very long names).
 */
public final class OutputNames {

    public static final String REPORT = "migration-report.xlsx";
    public static final String ASSESSMENTS = "assessments.csv";

    private static final int MAX_SLUG = 64;
    private static final Set<String> RESERVED = Set.of("con", "prn", "aux", "nul",
            "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
            "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");

    private OutputNames() {
    }

    /** "Acme Corp. (EMEA)" gives "acme-corp-emea"; a name with nothing usable gives "client". */
    public static String clientSlug(String name) {
        String n = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (n.length() > MAX_SLUG) {
            n = n.substring(0, MAX_SLUG).replaceAll("-+$", "");
        }
        if (n.isEmpty()) {
            return "client";
        }
        return RESERVED.contains(n) ? n + "-client" : n;
    }

    /** The client name a path implies: its last segment without an inventory extension. */
    public static String clientFromPath(String path) {
        String p = path.replace('\\', '/').replaceAll("/+$", "");
        String last = p.substring(p.lastIndexOf('/') + 1);
        return last.replaceAll("(?i)\\.(xlsx|xlsm|xls|csv)$", "");
    }
}
