package io.fleetfit.tools.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class OpenXmlWorkbookTest {

    @Test
    void writesATimeAsTheSerialNumberRvtoolsWrites() {
        // the values of real exports: 1970-01-01 01:00, RVTools' time for one vCenter does not know, and a PowerOn
        assertThat(OpenXmlWorkbook.decimal(OpenXmlWorkbook.serial(LocalDateTime.of(1970, 1, 1, 1, 0)))).isEqualTo("25569.0416666667");
        assertThat(OpenXmlWorkbook.decimal(OpenXmlWorkbook.serial(LocalDateTime.of(2025, 11, 4, 1, 0, 38)))).isEqualTo("45965.0421064815");
    }

    @Test
    void writesNumbersWithFifteenSignificantDigitsAndIntegersWithoutAPoint() {
        assertThat(OpenXmlWorkbook.decimal(7.538843154907227)).isEqualTo("7.53884315490723");
        assertThat(OpenXmlWorkbook.decimal(0.4444444444444444)).isEqualTo("0.444444444444444");
        assertThat(OpenXmlWorkbook.decimal(4.7)).isEqualTo("4.7");
        assertThat(OpenXmlWorkbook.decimal(163840.0)).isEqualTo("163840");
    }

    @Test
    void namesColumnsAsExcelDoes() {
        assertThat(OpenXmlWorkbook.columnName(0)).isEqualTo("A");
        assertThat(OpenXmlWorkbook.columnName(25)).isEqualTo("Z");
        assertThat(OpenXmlWorkbook.columnName(26)).isEqualTo("AA");
        assertThat(OpenXmlWorkbook.columnName(92)).isEqualTo("CO");
        assertThat(OpenXmlWorkbook.columnName(16_383)).isEqualTo("XFD");
    }
}
