package io.fleetfit.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EvidenceTest {

    @Test
    void anAffirmativeAttributeValueIsAYesInAnyCaseAndLanguageTheListNames() {
        for (String yes : List.of("yes", "Yes", " YES ", "y", "Y", "true", "TRUE", "x", "X", "1", "ja", "Oui", "si", "Sí", "SÍ")) {
            assertThat(Evidence.isAffirmative(yes)).as(yes).isTrue();
        }
        for (String no : List.of("no", "No", "yess", "Y es", "0", "", " ", "PRD", "true!", "n/a")) {
            assertThat(Evidence.isAffirmative(no)).as(no).isFalse();
        }
        assertThat(Evidence.isAffirmative(null)).isFalse();
    }

    @Test
    void anAffirmativeAttributeStatesItsHeaderAsAFieldOfItsOwn() {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("PCI scope", " Yes ");
        attributes.put("Backup", "Daily");
        VmRecord vm = Fixtures.vm("web-01").folder("/Production").cluster(null).customAttributes(attributes).build();
        assertThat(Evidence.textFields(vm)).containsExactly(
                new Evidence.Field("Folder", "/Production"),
                new Evidence.Field("PCI scope", " Yes "),
                new Evidence.Field("PCI scope", "PCI scope (Yes)"),
                new Evidence.Field("Backup", "Daily"));
    }
}
