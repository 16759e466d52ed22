package io.fleetfit.assessment.rules;

import io.fleetfit.assessment.Evidence;
import io.fleetfit.assessment.VmRecord;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the isolation keyword rules look: the inventory's annotation, placement and custom
 * attributes, but not the consultant's typed values (data classification, isolation requirement,
 * statefulness, also when they come as the template's columns): the typed rules own those.
 */
final class IsolationEvidence {

    private IsolationEvidence() {
    }

    static List<Evidence.Field> fields(VmRecord vm) {
        List<Evidence.Field> fields = new ArrayList<>();
        for (Evidence.Field f : Evidence.textFields(vm)) {
            if (!ConsultantValue.isTypedColumn(f.column())) {
                fields.add(f);
            }
        }
        return fields;
    }
}
