package io.fleetfit.report;

/** The sheets of the report, in tab order, with the line the Summary gives each under "How to read this report". */
enum ReportSheet {
    SUMMARY("Summary", "1F4E78",
            "Dispositions and fitness tiers of the whole fleet, and what was read from each input file."),
    WORKLOADS("Workloads", "70AD47",
            "One row per workload: disposition, fitness tier and scores, the main reasons, OS, size and placement."),
    FINDINGS("Findings", "ED7D31",
            "Every finding behind a score below 100 or a disposition other than Containerize, with its evidence."),
    OS("OS", "5B9BD5",
            "Every distinct OS string: what it was recognised as, how many workloads carry it, and its support status."),
    DATA_QUALITY("Data quality", "C00000",
            "Rows not assessed (rejected rows, templates), facts that could not be read, unreadable files and"
                    + " attributes that matched no VM."),
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
