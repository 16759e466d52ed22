package io.fleetfit.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class DuplicatesTest {

    private static final Comparator<SourceRef> BY_FILE_THEN_ROW = Comparator.naturalOrder();

    private static VmRecord at(String file, long row, String vmUuid, String biosUuid) {
        return VmRecord.builder(new SourceRef(file, "vInfo", row), "web-01").vmUuid(vmUuid).smbiosUuid(biosUuid).build();
    }

    @Test
    void matchesOnVmUuidIgnoringCaseAndPunctuation() {
        assertThat(Duplicates.key(at("a", 2, "5000C0DE-0001", "x")))
                .isEqualTo(Duplicates.key(at("b", 9, "{5000c0de0001}", "y")));
    }

    @Test
    void fallsBackToTheSmbiosUuidOnlyWhenTheVmUuidIsMissing() {
        assertThat(Duplicates.key(at("a", 2, null, "4201-AB"))).contains("smbios-uuid:4201ab");
        assertThat(Duplicates.key(at("a", 2, " ", null))).isEmpty();
    }

    @Test
    void keepsTheFirstInInputOrderAndNamesItInTheRejection() {
        VmRecord second = at("b.xlsx", 3, "u1", null);
        VmRecord first = at("a.xlsx", 7, "u1", null);
        Duplicates.Resolution r = Duplicates.resolve(List.of(second, first), BY_FILE_THEN_ROW);
        assertThat(r.kept()).isEqualTo(first);
        assertThat(r.duplicates()).singleElement().satisfies(d -> {
            assertThat(d.source()).isEqualTo(second.source());
            assertThat(d.reason()).isEqualTo("Duplicate of web-01 (VM UUID u1) in a.xlsx, sheet vInfo, row 7, which is assessed instead.");
        });
    }

    @Test
    void aSingleRecordHasNoDuplicates() {
        VmRecord only = at("a.xlsx", 2, "u1", null);
        assertThat(Duplicates.resolve(List.of(only), BY_FILE_THEN_ROW).duplicates()).isEmpty();
    }
}
