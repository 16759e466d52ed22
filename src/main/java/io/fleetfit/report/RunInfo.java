package io.fleetfit.report;

import io.fleetfit.assessment.Rule;
import java.time.LocalDate;
import java.util.List;

/**
 * What the report says about the run itself, known before the first workload is written.
 *
 * @param client the client's name as given (shown on the Summary)
 * @param asOf the assessment date
 * @param inputs every input file of the client, readable or not, in the order given
 * @param rules the effective rule set, in catalog order (the Method sheet)
 * @param lifecycleVersion the version of the OS lifecycle catalog used
 * @param fleetfitVersion the version of fleetfit that wrote the report
 */
public record RunInfo(
        String client,
        LocalDate asOf,
        List<InputFile> inputs,
        List<Rule> rules,
        String lifecycleVersion,
        String fleetfitVersion) {

    public RunInfo {
        inputs = List.copyOf(inputs);
        rules = List.copyOf(rules);
    }
}
