package io.fleetfit.assessment.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConsultantValueTest {

    @Test
    void knowsTheTypedColumnsInAnyCase() {
        for (String column : new String[] {"Data classification", "DATA CLASSIFICATION", "isolation requirement",
                "Isolation Requirement", "Statefulness", "statefulness"}) {
            assertThat(ConsultantValue.isTypedColumn(column)).as(column).isTrue();
        }
    }

    @Test
    void noOtherColumnIsTyped() {
        // names of the typed columns' lengths, and others
        for (String column : new String[] {"Data classificatiom", "Isolation requiremenT ", "Statefulnesx", "Backup",
                "Annotation", "Classification", "", "Isolation"}) {
            assertThat(ConsultantValue.isTypedColumn(column)).as(column).isFalse();
        }
    }
}
