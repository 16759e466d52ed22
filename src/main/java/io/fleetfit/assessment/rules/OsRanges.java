package io.fleetfit.assessment.rules;

import io.fleetfit.assessment.OsInfo;

/** How the lifecycle rules name a release, saying when a string named several. */
final class OsRanges {

    private OsRanges() {
    }

    /**
     * "CentOS Linux 7" of a string that names it; "CentOS 4/5/6/7, judged by its most favourable
     * release, CentOS Linux 7," of a range.
     */
    static String judgedAs(OsInfo os, String entryName) {
        return os.range() == null ? entryName
                : os.label() + " (judged by its most favourable release, " + entryName + ")";
    }
}
