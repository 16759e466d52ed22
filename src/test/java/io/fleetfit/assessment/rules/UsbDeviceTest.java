package io.fleetfit.assessment.rules;

import static io.fleetfit.assessment.Fixtures.vm;
import static io.fleetfit.assessment.Fixtures.workload;
import static org.assertj.core.api.Assertions.assertThat;

import io.fleetfit.assessment.Effect;
import io.fleetfit.assessment.Finding;
import org.junit.jupiter.api.Test;

class UsbDeviceTest {

    private final UsbDevice rule = new UsbDevice();

    @Test
    void blocksAUsbDongle() {
        Finding f = rule.evaluate(workload(vm().usbDevices(1))).orElseThrow();
        assertThat(f.ruleId()).isEqualTo("PORT-013");
        assertThat(f.effect()).isEqualTo(Effect.BLOCKS_KUBEVIRT);
        assertThat(f.reason()).startsWith("Has a USB device attached").contains("KubeVirt").endsWith(".");
        assertThat(f.evidence()).isEqualTo("1 USB device connected (vUSB)");
    }

    @Test
    void countsSeveralDevices() {
        assertThat(rule.evaluate(workload(vm().usbDevices(3)))).hasValueSatisfying(f ->
                assertThat(f.reason()).startsWith("Has 3 USB devices attached"));
    }

    /** vUSB counts connected devices only: a USB controller with nothing on it, or a disconnected device, is 0 (RvtoolsTabsTest). */
    @Test
    void passesAVmWithoutAConnectedUsbDevice() {
        assertThat(rule.evaluate(workload(vm().usbDevices(0)))).isEmpty();
    }

    @Test
    void saysNothingWithoutVusb() {
        assertThat(rule.evaluate(workload(vm().usbDevices(null)))).isEmpty();
    }
}
