package io.fleetfit.report;

/**
 * The sheets of the report, in tab order, with the line the Summary gives each under "How to read
 * this report". A detail table longer than a sheet continues on sheets named after it
 * ("Workloads (2)"), placed right after it.
 */
enum ReportSheet {
    OVERVIEW("Overview", "203864",
            "The page to read first, printed on one page: where the workloads go, what this inventory-only assessment"
                    + " could not see, workloads per lane, the target platform's capacity, and the top blockers and questions."),
    SUMMARY("Summary", "1F4E78",
            "Dispositions, migration lanes, fitness tiers, OS families, the findings counted once for the fleet and"
                    + " migration waves of the whole fleet, and what was read from each input file (with its SHA-256)."),
    WAVES("Waves", "FFC000",
            "A proposed migration plan: the workloads in four waves, quick wins first, grouped by application"
                    + " (else cluster), with their vCPU, memory and storage."),
    BLOCKERS("Blockers", "FF7C80",
            "What holds workloads back from containers, per rule, the most common first: what to fix to free the"
                    + " most workloads."),
    WORKLOADS("Workloads", "70AD47",
            "One row per workload: wave, disposition and lane, OS, size and the top reason, which print one page wide;"
                    + " then fitness tier and scores, role, confidence and the questions for its owner, and placement."),
    FINDINGS("Findings", "ED7D31",
            "Every finding behind a score below 100 or a disposition other than Containerize, with its evidence, except"
                    + " those that say the same of many workloads (Windows without evidence of a web workload): the Summary"
                    + " counts them once."),
    CHANGES("Changes", "7030A0",
            "With --compare only: what changed since the previous run, one row per workload and kind of change: new, gone,"
                    + " disposition or lane (with the findings that caused it), OS, and size."),
    OS("OS", "5B9BD5",
            "Every distinct OS string: what it was recognised as, how many workloads carry it, and its support status."),
    DATA_QUALITY("Data quality", "C00000",
            "Rows not assessed (rejected rows, templates, system VMs), facts that could not be read, possible"
                    + " duplicates, unreadable files and attributes that matched no VM."),
    METHOD("Method", "7F7F7F",
            "How scores, tiers and dispositions are decided, and the rule set in effect: every rule with its"
                    + " weight, parameters and what the client's rules file changed.");

    private final String title;
    private final String tabColor;
    private final String description;

    ReportSheet(String title, String tabColor, String description) {
        this.title = title;
        this.tabColor = tabColor;
        this.description = description;
    }

    String title() {
        return title;
    }

    String tabColor() {
        return tabColor;
    }

    String description() {
        return description;
    }
}
