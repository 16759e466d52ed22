package io.fleetfit.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.fleetfit.assessment.Disposition;
import io.fleetfit.assessment.FitnessTier;
import io.fleetfit.assessment.Lane;
import io.fleetfit.assessment.OsFamily;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class RunTotalsTest {

    private static RunTotals mixedFleet() {
        return totals(FixtureFleet.inputs());
    }

    private static RunTotals totals(List<InputFile> inputs) {
        RunTotals.Accumulator totals = new RunTotals.Accumulator(inputs);
        FixtureFleet.mixedFleet().forEach(totals::add);
        return totals.totals();
    }

    @Test
    void countsWhatBecameOfEachFilesRows() {
        RunTotals totals = mixedFleet();
        assertThat(totals.files()).containsExactly(
                new RunTotals.FileCounts(FixtureFleet.RVTOOLS, 7, 1, 1, 1),
                new RunTotals.FileCounts(FixtureFleet.CMDB, 1, 0, 0, 0),
                new RunTotals.FileCounts(FixtureFleet.BROKEN, 0, 0, 0, 0));
        assertThat(totals.file(FixtureFleet.RVTOOLS).rowsRead()).isEqualTo(10);
    }

    @Test
    void rowsReadAreAssessedPlusTemplatesPlusSystemVmsPlusRejected() {
        RunTotals totals = mixedFleet();
        assertThat(totals.rowsRead()).isEqualTo(11)
                .isEqualTo(totals.assessed() + totals.templates() + totals.systemVms() + totals.rejected());
        assertThat(totals.assessed()).isEqualTo(8);
        assertThat(totals.templates()).isEqualTo(1);
        assertThat(totals.systemVms()).isEqualTo(1);
        assertThat(totals.rejected()).isEqualTo(1);
    }

    @Test
    void listsFilesNotGivenInAdvanceInArrivalOrder() {
        RunTotals totals = totals(List.of());
        assertThat(totals.files()).extracting(RunTotals.FileCounts::file).containsExactly(FixtureFleet.RVTOOLS, FixtureFleet.CMDB);
        assertThat(totals.file("other.csv").rowsRead()).isZero();
    }

    @Test
    void countsWorkloadsPerDispositionAndTier() {
        RunTotals totals = mixedFleet();
        assertThat(totals.workloads(Disposition.CONTAINERIZE)).isEqualTo(1);
        assertThat(totals.workloads(Disposition.CONTAINERIZE_AFTER_REMEDIATION)).isEqualTo(2);
        assertThat(totals.workloads(Disposition.VM_ON_KUBERNETES)).isEqualTo(1);
        assertThat(totals.workloads(Disposition.KEEP_AS_VM)).isEqualTo(1);
        assertThat(totals.workloads(Disposition.REPLACE)).isEqualTo(1);
        assertThat(totals.workloads(Disposition.RETIRE_CANDIDATE)).isEqualTo(1);
        assertThat(totals.workloads(Disposition.INSUFFICIENT_DATA)).isEqualTo(1);
        assertThat(totals.workloads(FitnessTier.EXCELLENT)).as("only the web server: positive evidence").isEqualTo(1);
        assertThat(totals.workloads(FitnessTier.NO_FIT)).isEqualTo(3);
        assertThat(totals.workloads(FitnessTier.INSUFFICIENT_DATA)).isEqualTo(1);
        assertThat(totals.share(Disposition.CONTAINERIZE)).isCloseTo(1.0 / 8, within(1e-9));
    }

    @Test
    void countsWorkloadsAndSizePerLane() {
        RunTotals totals = mixedFleet();
        assertThat(Stream.of(Lane.values()).map(l -> l.label() + "=" + totals.workloads(l)))
                .containsExactly("Replatform=2", "Refactor=1", "Rehost=1", "Retain=1", "Repurchase=1", "Retire=1", "Assess=1");
        assertThat(totals.size(Lane.REFACTOR).vcpus()).as("batch-big-03, a scale-up VM to split").isEqualTo(48);
        assertThat(totals.size(Lane.REPURCHASE).memoryGib()).isEqualTo(21.0);
    }

    @Test
    void sumsResourcesPerDisposition() {
        RunTotals totals = mixedFleet();
        assertThat(totals.size(Disposition.CONTAINERIZE).vcpus()).isEqualTo(4);
        assertThat(totals.size(Disposition.CONTAINERIZE).memoryGib()).isEqualTo(8.0);
        assertThat(totals.size(Disposition.CONTAINERIZE).inUseStorageGib()).isEqualTo(40.0);
        assertThat(totals.size(Disposition.INSUFFICIENT_DATA).vcpus()).as("vCPUs not stated count as none").isZero();
        assertThat(totals.size().vcpus()).isEqualTo(4 + 2 + 48 + 8 + 40 + 2 + 4);
        assertThat(totals.size().memoryGib()).isEqualTo(8 + 4 + 384 + 32 + 64 + 2 + 1 + 21);
    }

    @Test
    void storageFallsBackFromInUseToPartitionsToDisks() {
        RunTotals totals = mixedFleet();
        // legacy-nt-04 states only vPartition's consumed space, old-report-05 only its vDisk capacity
        assertThat(totals.size(Disposition.KEEP_AS_VM).inUseStorageGib()).isEqualTo(200.0);
        assertThat(totals.size(Disposition.RETIRE_CANDIDATE).inUseStorageGib()).isEqualTo(10.0);
        assertThat(totals.size().inUseStorageGib()).isEqualTo(40 + 60 + 1500 + 500 + 200 + 10 + 50);
    }

    @Test
    void countsWorkloadsPerOsFamilyAndThoseWithoutOne() {
        RunTotals totals = mixedFleet();
        assertThat(totals.workloads(OsFamily.LINUX)).as("Ubuntu, two RHEL, CentOS and Photon OS").isEqualTo(5);
        assertThat(totals.workloads(OsFamily.WINDOWS_SERVER)).isEqualTo(2);
        assertThat(totals.osNotRecognised()).as("the custom appliance OS").isEqualTo(1);
        assertThat(totals.osNotStated()).isZero();
        assertThat(totals.families().values().stream().mapToLong(Long::longValue).sum() + totals.osNotRecognised()
                + totals.osNotStated()).as("every workload once, the template and system VM not").isEqualTo(totals.assessed());
    }

    @Test
    void recordsWhatBecameOfTheConsultantsAttributes() {
        RunTotals.Accumulator totals = new RunTotals.Accumulator(FixtureFleet.inputs());
        assertThat(totals.totals().attributesShared()).isFalse();
        totals.addUnmatchedAttributes();
        totals.addUnmatchedAttributes();
        totals.sharedAttributesApplied(List.of(9, 3));
        totals.sharedAttributesApplied(List.of(3, 5));
        RunTotals done = totals.totals();
        assertThat(done.unmatchedAttributes()).isEqualTo(2);
        assertThat(done.attributesShared()).isTrue();
        assertThat(done.attributeRowsApplied()).as("each row once, in row order").containsExactly(3, 5, 9);
    }

    @Test
    void countsWarningsOfAssessedRows() {
        assertThat(mixedFleet().warnings()).isEqualTo(1);
    }

    @Test
    void givesZeroSharesWhenNothingWasAssessed() {
        RunTotals totals = new RunTotals.Accumulator(List.of()).totals();
        assertThat(totals.share(Disposition.CONTAINERIZE)).isZero();
        assertThat(totals.share(FitnessTier.GOOD)).isZero();
        assertThat(totals.rowsRead()).isZero();
    }

    @Test
    void describesTheRunForTheConsole() {
        assertThat(mixedFleet().describe()).first()
                .isEqualTo("11 rows read from 3 files: 8 assessed, 1 template, 1 system VM, 1 rejected; 1 warning.");
        assertThat(mixedFleet().describe()).hasSize(1 + Disposition.values().length)
                .anySatisfy(l -> assertThat(l).contains("Containerize").contains("12.5%"));
    }
}
