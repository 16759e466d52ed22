package io.fleetfit.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CompletenessTest {

    @Test
    void aFullRecordIsComplete() {
        Completeness c = Completeness.of(Fixtures.workload(Fixtures.vm().rawDeviceMappings(0).nicAdapterTypes("Vmxnet3").usbDevices(0)));
        assertThat(c.percent()).isEqualTo(100);
        assertThat(c.missing()).isEmpty();
    }

    @Test
    void anExportWithoutItsDeviceTabsMissesThoseFactsInOrder() {
        Completeness c = Completeness.of(Fixtures.workload(Fixtures.vm()));
        assertThat(c.missing()).containsExactly("disk details (vDisk)", "network adapters (vNetwork)", "USB devices (vUSB)");
        assertThat(c.percent()).isEqualTo(73);   // 8 of 11
    }

    @Test
    void aRecordWithOnlyANameKnowsNothing() {
        Completeness c = Completeness.of(Fixtures.workload(VmRecord.builder(new SourceRef("a.csv", "", 2), "x")));
        assertThat(c.missing()).containsExactly("OS", "OS release", "power state", "vCPUs", "memory", "storage in use",
                "passthrough devices", "disk details (vDisk)", "network adapters (vNetwork)", "USB devices (vUSB)",
                "isolation context (annotation, folder, attributes)");
        assertThat(c.percent()).isZero();
    }

    @Test
    void theSameMissingFactsGiveTheSameAnswerWhateverTheRecord() {
        Completeness first = Completeness.of(Fixtures.workload(Fixtures.vm("a").cpus(null)));
        Completeness second = Completeness.of(Fixtures.workload(Fixtures.vm("b").cpus(null).memoryMib(1L)));
        assertThat(second).isEqualTo(first);
        assertThat(first.missing()).startsWith("vCPUs");
        assertThat(Completeness.of(Fixtures.workload(Fixtures.vm("c").memoryMib(null))).missing()).startsWith("memory");
    }
}
