package io.fleetfit.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class SortKeyTest {

    @Test
    void padsAsTheFormatterDoes() {
        for (long v : new long[] {0, 1, 9, 10, 99_999, 123_456, 999_999, 1_000_000, 123_456_789_012L, 9_999_999_999_999L, Long.MAX_VALUE}) {
            assertThat(SortKey.zeroPadded(v, 6)).as("%d", v).isEqualTo(String.format(Locale.ROOT, "%06d", v));
            assertThat(SortKey.zeroPadded(v, 12)).as("%d", v).isEqualTo(String.format(Locale.ROOT, "%012d", v));
        }
    }

    @Test
    void paddedNumbersSortAsNumbers() {
        assertThat(SortKey.zeroPadded(9, 12).compareTo(SortKey.zeroPadded(10, 12))).isNegative();
        assertThat(SortKey.zeroPadded(99_999, 6).compareTo(SortKey.zeroPadded(100_000, 6))).isNegative();
    }
}
