package io.fleetfit.assessment.rules;

import static io.fleetfit.assessment.Fixtures.vmWithOs;
import static io.fleetfit.assessment.Fixtures.workload;
import static org.assertj.core.api.Assertions.assertThat;

import io.fleetfit.assessment.LifecycleCatalog;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SupportEndsSoonTest {

    private static SupportEndsSoon at(String date) {
        return new SupportEndsSoon(LifecycleCatalog.bundled(), LocalDate.parse(date));
    }

    @Test
    void notesWindowsServer2016WithTheDateItsSupportEnds() {
        var f = at("2026-12-06").evaluate(workload(vmWithOs("Microsoft Windows Server 2016 (64-bit)"))).orElseThrow();
        assertThat(f.reason()).contains("2027-01-12").contains("within 12 months").endsWith(".");
    }

    @Test
    void saysNothingMoreThanAYearAhead() {
        assertThat(at("2025-12-01").evaluate(workload(vmWithOs("Microsoft Windows Server 2016 (64-bit)")))).isEmpty();
    }

    @Test
    void saysNothingOnceSupportHasEnded() {
        assertThat(at("2027-02-01").evaluate(workload(vmWithOs("Microsoft Windows Server 2016 (64-bit)")))).isEmpty();
    }

    @Test
    void saysNothingForAReleaseLongSupported() {
        assertThat(at("2026-12-06").evaluate(workload(vmWithOs("Microsoft Windows Server 2025 (64-bit)")))).isEmpty();
    }
}
