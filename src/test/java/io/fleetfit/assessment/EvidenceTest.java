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
                new Evidence.Field("PCI scope", "PCI scope (Yes)", "Yes"),
                new Evidence.Field("Backup", "Daily"));
    }

    @Test
    void citesAColumnAsAReaderKnowsItAndTheValueSeenInQuotes() {
        assertThat(Evidence.cite("VM", "ADBSRVDC02")).isEqualTo("VM name: \"ADBSRVDC02\"");
        assertThat(Evidence.cite("DNS Name", "dev-www")).isEqualTo("DNS name: \"dev-www\"");
        assertThat(Evidence.cite("Annotation", "two\nlines")).isEqualTo("Annotation: \"two lines\"");
        assertThat(Evidence.cite("Annotation", "x".repeat(200))).hasSize("Annotation: \"\"".length() + 120).endsWith("...\"");
        assertThat(new Evidence.Field("PCI scope", "PCI scope (Yes)", "Yes").describe()).isEqualTo("PCI scope: \"Yes\"");
    }

    @Test
    void saysARoleSignalInWords() {
        assertThat(Role.Signal.inWords("name:*dc")).isEqualTo("a word ending in \"dc\"");
        assertThat(Role.Signal.inWords("*sql*")).isEqualTo("a word containing \"sql\"");
        assertThat(Role.Signal.inWords("name:vdi*")).isEqualTo("a word starting with \"vdi\"");
        assertThat(Role.Signal.inWords("name:www")).isEqualTo("the word \"www\"");
        assertThat(Role.Signal.inWords("web server")).isEqualTo("the words \"web server\"");
    }
}
