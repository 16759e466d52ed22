package io.fleetfit.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.fleetfit.assessment.Excluded;
import io.fleetfit.assessment.LifecycleCatalog;
import io.fleetfit.assessment.OsFamily;
import io.fleetfit.assessment.OsInfo;
import io.fleetfit.summary.FixtureFleet;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class OsSheetTest {

    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);

    private static OsInfo ubuntu(String release, String kernel) {
        return new OsInfo("Ubuntu Linux (64-bit)", FixtureFleet.TOOLS, OsFamily.LINUX, "ubuntu", release,
                release == null ? "Ubuntu" : "Ubuntu " + release, 64, kernel);
    }

    @Test
    void countsEachStringPerRecognitionMostWorkloadsFirst() {
        OsSheet sheet = new OsSheet();
        sheet.add(ubuntu("22.04", "5.x"), null);
        sheet.add(ubuntu("22.04", "6.x"), null);   // another kernel is the same OS row
        sheet.add(ubuntu("22.04", null), Excluded.Kind.TEMPLATE);
        sheet.add(ubuntu(null, null), null);
        sheet.add(new OsInfo("Custom appliance OS", FixtureFleet.CONFIG, null, null, null, null, null, null), null);
        sheet.add(OsInfo.NONE, null);
        sheet.add(null, null);
        sheet.add(new OsInfo("VMware Photon OS (64-bit)", FixtureFleet.TOOLS, OsFamily.LINUX, null, null, null, 64, null),
                Excluded.Kind.SYSTEM_VM);

        List<OsSheet.OsRow> rows = sheet.rows(FixtureFleet.lifecycle(), AS_OF);

        assertThat(rows).extracting(r -> OsSheet.recognisedAs(r.os()), OsSheet.OsRow::workloads, OsSheet.OsRow::templates,
                        OsSheet.OsRow::systemVms)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Ubuntu 22.04", 2L, 1L, 0L),
                        org.assertj.core.groups.Tuple.tuple("Not stated", 2L, 0L, 0L),
                        org.assertj.core.groups.Tuple.tuple("Not recognised", 1L, 0L, 0L),
                        org.assertj.core.groups.Tuple.tuple("Ubuntu", 1L, 0L, 0L),
                        org.assertj.core.groups.Tuple.tuple("Linux", 0L, 0L, 1L));
        assertThat(rows.get(0).status()).isEqualTo(LifecycleCatalog.Status.SUPPORTED);
        assertThat(rows.get(0).entry().supportEnd()).isEqualTo(LocalDate.of(2027, 4, 1));
        assertThat(rows.subList(1, rows.size())).allSatisfy(r -> assertThat(r.status()).isEqualTo(LifecycleCatalog.Status.UNKNOWN));
        assertThat(OsSheet.note(rows.get(3))).isEqualTo("The string names no release, and Guest Detailed Data adds none: support status unknown.");
        assertThat(OsSheet.note(rows.get(2))).contains("not guessed");
        OsSheet.OsRow total = sheet.total(rows);
        assertThat(total.workloads()).isEqualTo(6);
        assertThat(total.templates()).isEqualTo(1);
        assertThat(total.systemVms()).isEqualTo(1);
    }

    @Test
    void neverShowsTheRawStringAsWhatItWasRecognisedAs() {
        OsInfo noName = new OsInfo("Linux thing", FixtureFleet.TOOLS, OsFamily.LINUX, null, null, null, 64, null);
        assertThat(OsSheet.recognisedAs(noName)).isEqualTo("Linux");
    }

    @Test
    void namesTheAssessmentDateInTheStatusHeader() {
        assertThat(OsSheet.columns(AS_OF)).extracting(Column::header).contains("Status on 2025-06-30");
    }
}
