package io.fleetfit.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.fleetfit.assessment.LifecycleCatalog;
import io.fleetfit.assessment.OsFamily;
import io.fleetfit.assessment.OsInfo;
import io.fleetfit.summary.FixtureFleet;
import io.fleetfit.summary.OsTally;
import org.junit.jupiter.api.Test;

class OsSheetTest {

    private static OsTally.Row unknown(OsInfo os) {
        return new OsTally.Row(os, 1, 0, 0, null, LifecycleCatalog.Status.UNKNOWN);
    }

    @Test
    void saysWhyARowHasNoSupportStatus() {
        OsInfo noRelease = new OsInfo("Ubuntu Linux (64-bit)", FixtureFleet.TOOLS, OsFamily.LINUX, "ubuntu", null, "Ubuntu", 64, null);
        OsInfo custom = new OsInfo("Custom appliance OS", FixtureFleet.CONFIG, null, null, null, null, null, null);
        assertThat(OsSheet.note(unknown(noRelease)))
                .isEqualTo("The string names no release, and Guest Detailed Data adds none: support status unknown.");
        assertThat(OsSheet.note(unknown(custom))).contains("not guessed");
        assertThat(OsSheet.note(unknown(OsInfo.NONE))).contains("GEN-003");
        assertThat(OsSheet.recognisedAs(custom)).isEqualTo("Not recognised");
        assertThat(OsSheet.recognisedAs(OsInfo.NONE)).isEqualTo("Not stated");
    }

    @Test
    void neverShowsTheRawStringAsWhatItWasRecognisedAs() {
        OsInfo noName = new OsInfo("Linux thing", FixtureFleet.TOOLS, OsFamily.LINUX, null, null, null, 64, null);
        assertThat(OsSheet.recognisedAs(noName)).isEqualTo("Linux");
    }

    @Test
    void namesTheAssessmentDateInTheStatusHeader() {
        assertThat(OsSheet.columns(FixtureFleet.AS_OF)).extracting(Column::header).contains("Status on 2025-06-30");
    }

    @Test
    void spellsTheReleaseAsReadersWriteItNotAsTheCatalogsId() {
        OsInfo r2 = new OsInfo("Microsoft Windows Server 2008 R2 (64-bit)", FixtureFleet.TOOLS, OsFamily.WINDOWS_SERVER,
                "windows-server", "2008-r2", "Windows Server 2008 R2", 64, null);
        Column<OsTally.Row> release = OsSheet.columns(FixtureFleet.AS_OF).stream()
                .filter(c -> c.header().equals("Release")).findFirst().orElseThrow();
        assertThat(release.value(unknown(r2))).isEqualTo("2008 R2");
        assertThat(new OsInfo("x", null, OsFamily.LINUX, "ubuntu", "22.04", null, 64, null).releaseLabel()).isEqualTo("22.04");
        assertThat(OsInfo.NONE.releaseLabel()).isNull();
    }
}
