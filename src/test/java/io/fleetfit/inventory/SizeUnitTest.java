package io.fleetfit.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SizeUnitTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "Memory (GB) | GB",
        "*Memory (In MB) | MB",
        "RAM.TotalSizeInMB | MB",
        "Provisioned MiB | MIB",
        "In Use Disk (GB) | GB",
        "Storage in use (In GB) | GB",
        "memory_gib | GIB",
        "Size TB | TB",
        "Memory | -",
        "Number of disks | -",
        "Climb | -",
        "vInfoMemory | -",
    })
    void findsTheUnitAHeaderNames(String header, SizeUnit expected) {
        assertThat(SizeUnit.namedIn(header).orElse(null)).isEqualTo(expected);
    }

    @Test
    void convertsToMib() {
        assertThat(SizeUnit.GIB.toMib(BigDecimal.valueOf(4))).isEqualByComparingTo("4096");
        assertThat(SizeUnit.MB.toMib(BigDecimal.valueOf(1_048_576))).isEqualByComparingTo("1000000");
        assertThat(SizeUnit.GB.toMib(BigDecimal.ONE)).isEqualByComparingTo("953.674316");
        assertThat(SizeUnit.TIB.toMib(BigDecimal.ONE)).isEqualByComparingTo("1048576");
        assertThat(SizeUnit.MIB.toMib(BigDecimal.TEN)).isEqualByComparingTo("10");
    }
}
