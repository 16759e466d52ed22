package io.fleetfit.assessment.rules;

import static io.fleetfit.assessment.Fixtures.vm;
import static io.fleetfit.assessment.Fixtures.workload;
import static org.assertj.core.api.Assertions.assertThat;

import io.fleetfit.assessment.Effect;
import io.fleetfit.assessment.Finding;
import org.junit.jupiter.api.Test;

class PassthroughNicTest {

    private final PassthroughNic rule = new PassthroughNic();

    @Test
    void blocksAnSriovAdapterNamingTheAdapterTypes() {
        Finding f = rule.evaluate(workload(vm().nicAdapterTypes("Vmxnet3;SriovEthernetCard").passthroughNics(1))).orElseThrow();
        assertThat(f.ruleId()).isEqualTo("PORT-012");
        assertThat(f.effect()).isEqualTo(Effect.BLOCKS_KUBEVIRT);
        assertThat(f.reason()).contains("an SR-IOV or PCI passthrough network adapter").contains("KubeVirt").endsWith(".");
        assertThat(f.evidence()).isEqualTo("vNetwork Adapter: \"Vmxnet3;SriovEthernetCard\", 1 of them SR-IOV or PCI passthrough");
    }

    @Test
    void countsSeveralAdaptersWithoutAdapterTypes() {
        Finding f = rule.evaluate(workload(vm().passthroughNics(2))).orElseThrow();
        assertThat(f.reason()).startsWith("Has 2 SR-IOV or PCI passthrough network adapters");
        assertThat(f.evidence()).isEqualTo("2 SR-IOV or PCI passthrough network adapters (vNetwork Adapter)");
    }

    @Test
    void passesVirtualAdapters() {
        assertThat(rule.evaluate(workload(vm().nicAdapterTypes("Vmxnet3").passthroughNics(0)))).isEmpty();
    }

    @Test
    void saysNothingWithoutVnetwork() {
        assertThat(rule.evaluate(workload(vm().passthroughNics(null)))).isEmpty();
    }
}
