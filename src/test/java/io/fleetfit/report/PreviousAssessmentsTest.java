package io.fleetfit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fleetfit.assessment.Outcome;
import io.fleetfit.summary.Comparison;
import io.fleetfit.summary.Comparison.Fact;
import io.fleetfit.summary.FixtureFleet;
import io.fleetfit.summary.RunStamp;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class PreviousAssessmentsTest {

    /** assessments.csv as fleetfit wrote it before the size, vCenter and run columns were appended. */
    private static final String OLDER = "client,source_file,source_sheet,source_row,status,vm_name,vm_uuid,os,disposition,lane,"
            + "role,assessed_disposition,fitness_tier,fitness_score,portability_score,legacy_os_score,isolation_score,blockers,"
            + "findings,computed_disposition,override_reason,completeness,confidence,missing_facts,questions,reason\n"
            + "Acme,a.csv,,2,ASSESSED,web-01,4201,Ubuntu Linux (64-bit),CONTAINERIZE,Replatform,,CONTAINERIZE,Good,80,80,100,"
            + "100,,PORT-003,CONTAINERIZE,,90,High,,,\n"
            + "Acme,a.csv,,3,TEMPLATE,tpl-01,4202,,,,,,,,,,,,,,,,,,,Is a template.\n"
            + "Acme,a.csv,,4,ASSESSED,'=calc,,Microsoft Windows Server 2008 R2 (64-bit),KEEP_AS_VM,Retain,,KEEP_AS_VM,Poor,20,"
            + "20,20,100,LEGACY-001,LEGACY-001;GEN-008,KEEP_AS_VM,,90,High,,,\n";

    @Test
    void readsAnOlderFileAndNamesWhatItDoesNotRecord() throws Exception {
        Comparison.Previous p = PreviousAssessments.read("old/assessments.csv", new StringReader(OLDER));

        assertThat(p.workloads()).as("assessed rows only").extracting(Comparison.Facts::vmName).containsExactly("web-01", "=calc");
        assertThat(p.workloads().get(1).findings()).containsExactly("LEGACY-001", "GEN-008");
        assertThat(p.workloads().get(0).memoryMib()).isNull();
        assertThat(p.missing()).containsExactlyInAnyOrder(Fact.SMBIOS_UUID, Fact.VCENTER, Fact.OS_RELEASE, Fact.VCPUS,
                Fact.MEMORY, Fact.STORAGE, Fact.RUN_STAMP);
        assertThat(p.stamp()).isEqualTo(RunStamp.UNKNOWN);

        Comparison c = Comparison.of(p, new RunStamp("2026-12-01", "2026.12-2", "", "2026.11"), List.of());
        assertThat(ChangesSheet.notes(c)).anySatisfy(n -> assertThat(n).isEqualTo("The previous assessments.csv, written by an"
                + " older fleetfit, does not record the SMBIOS UUID, the vCenter, the OS release, vCPU, memory, storage, the date,"
                + " rules and catalogs it was judged with, so these were not compared; workloads were matched by VM UUID, else"
                + " by name."));
        assertThat(ChangesSheet.headline(c)).isEqualTo("Since the previous run: 2 workloads gone.");
    }

    @Test
    void readsBackWhatThisVersionWrites() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        RunStamp stamp = new RunStamp("2026-09-01", "2026.12-2", "ab12", "2026.11");
        List<? extends Outcome> fleet = FixtureFleet.mixedFleet();
        try (AssessmentsCsvWriter csv = new AssessmentsCsvWriter(new CsvColumn.Run("Acme", stamp),
                new OutputStreamWriter(bytes, StandardCharsets.UTF_8))) {
            fleet.forEach(csv::add);
        }
        Comparison.Previous p = PreviousAssessments.read("a.csv", new StringReader(bytes.toString(StandardCharsets.UTF_8)));

        assertThat(p.missing()).isEmpty();
        assertThat(p.stamp()).isEqualTo(stamp);
        List<Comparison.Facts> now = fleet.stream().filter(o -> o instanceof io.fleetfit.assessment.Assessment)
                .map(o -> Comparison.Facts.of((io.fleetfit.assessment.Assessment) o)).toList();
        assertThat(p.workloads()).as("every fact as the run had it, so the same fleet shows no change").isEqualTo(now);
        assertThat(Comparison.of(p, stamp, now).changes()).isEmpty();
    }

    @Test
    void refusesAFileThatIsNotFleetfitsInOneLine() {
        assertThatThrownBy(() -> PreviousAssessments.checkHeader("x.csv", new StringReader("VM,Powerstate\nweb,on\n")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("x.csv is not a fleetfit assessments.csv (no status, vm_name, vm_uuid, os, disposition, lane, findings columns)");
        assertThatThrownBy(() -> PreviousAssessments.checkHeader("empty.csv", new StringReader("")))
                .hasMessageStartingWith("empty.csv is not a fleetfit assessments.csv");
    }
}
