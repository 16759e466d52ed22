package io.fleetfit.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The two-thread sheet read hands over every row in order, stops when asked and rethrows failures as thrown. */
class SheetPipelineTest {

    private static final int ROWS = 10 * SheetPipeline.BATCH + 7;

    private static SheetPipeline.Parse rows(int n, Exception failure, AtomicLong parsed) {
        return out -> {
            for (int i = 1; i <= n; i++) {
                parsed.incrementAndGet();
                out.row(i, List.of("vm-" + i, Integer.toString(i)));
            }
            if (failure != null) {
                throw failure;
            }
        };
    }

    @Test
    void handsOverEveryRowInOrder() throws Exception {
        List<Long> seen = new ArrayList<>();
        new SheetPipeline("vInfo").run((number, cells) -> {
            assertThat(cells).containsExactly("vm-" + number, Long.toString(number));
            seen.add(number);
        }, rows(ROWS, null, new AtomicLong()));
        assertThat(seen).hasSize(ROWS).isSorted().startsWith(1L).endsWith((long) ROWS);
    }

    @Test
    void aCallerThatStopsEarlyStopsTheParser() throws Exception {
        AtomicLong parsed = new AtomicLong();
        List<Long> seen = new ArrayList<>();
        new SheetPipeline("vInfo").run((number, cells) -> {
            seen.add(number);
            if (number == 3) {
                throw new WorkbookSheets.StopReading();
            }
        }, rows(1_000_000, null, parsed));
        assertThat(seen).containsExactly(1L, 2L, 3L);
        assertThat(parsed.get()).as("the parser stopped long before the end").isLessThan(100_000);
    }

    @Test
    void aParserFailureComesAfterTheRowsParsedBeforeIt() {
        IOException failure = new IOException("Truncated ZIP file");
        List<Long> seen = new ArrayList<>();
        assertThatThrownBy(() -> new SheetPipeline("vDisk").run((number, cells) -> seen.add(number), rows(ROWS, failure, new AtomicLong())))
                .isSameAs(failure);
        assertThat(seen).hasSize(ROWS);
    }

    @Test
    void aCallerFailureStopsTheParserAndPropagates() {
        AtomicBoolean done = new AtomicBoolean();
        AtomicLong parsed = new AtomicLong();
        assertThatThrownBy(() -> new SheetPipeline("vInfo").run((number, cells) -> {
            throw new IllegalStateException("consumer broke at " + number);
        }, out -> {
            rows(1_000_000, null, parsed).into(out);
            done.set(true);
        })).isInstanceOf(IllegalStateException.class).hasMessage("consumer broke at 1");
        assertThat(done).as("the parser did not run to the end").isFalse();
        assertThat(parsed.get()).isLessThan(100_000);
    }
}
