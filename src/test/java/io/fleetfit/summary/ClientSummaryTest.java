package io.fleetfit.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClientSummaryTest {

    private static RunTotals mixedFleet() {
        RunTotals.Accumulator totals = new RunTotals.Accumulator(FixtureFleet.inputs());
        FixtureFleet.mixedFleet().forEach(totals::add);
        totals.addUnmatchedAttributes();
        return totals.totals();
    }

    @Test
    void carriesTheCountsOfAWrittenReport() {
        RunTotals totals = mixedFleet();
        ClientSummary c = ClientSummary.written("Acme Corp", "acme-corp", FixtureFleet.inputs(), totals);
        assertThat(c.reportWritten()).isTrue();
        assertThat(c.status()).as("one input could not be read").isEqualTo(ClientSummary.Status.INCOMPLETE);
        assertThat(c.message()).isEqualTo("1 of 3 input files could not be read");
        assertThat(c.rowsRead()).isEqualTo(totals.rowsRead()).isEqualTo(11);
        assertThat(c.assessed()).isEqualTo(8);
        assertThat(c.templates()).isEqualTo(1);
        assertThat(c.systemVms()).isEqualTo(1);
        assertThat(c.rejected()).isEqualTo(1);
        assertThat(c.file(FixtureFleet.CMDB)).isEqualTo(totals.file(FixtureFleet.CMDB));
        assertThat(c.describe()).isEqualTo(totals.describe());
        assertThat(c.unmatchedAttributes()).isEqualTo(1);
    }

    @Test
    void isWholeWhenEveryInputWasRead() {
        List<InputFile> readable = FixtureFleet.inputs().stream().filter(InputFile::readable).toList();
        ClientSummary c = ClientSummary.written("Acme Corp", "acme-corp", readable, mixedFleet());
        assertThat(c.status()).isEqualTo(ClientSummary.Status.OK);
        assertThat(c.message()).isEmpty();
    }

    @Test
    void countsNothingWithoutAReport() {
        ClientSummary c = ClientSummary.notWritten("Acme Corp", "acme-corp", ClientSummary.Status.NO_REPORT,
                FixtureFleet.inputs(), "none of the 3 input files could be read");
        assertThat(c.reportWritten()).isFalse();
        assertThat(c.rowsRead()).isZero();
        assertThat(c.file(FixtureFleet.RVTOOLS)).isEqualTo(RunTotals.FileCounts.none(FixtureFleet.RVTOOLS));
        assertThat(c.allFiles()).isEqualTo(RunTotals.FileCounts.none(""));
    }
}
