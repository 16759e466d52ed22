package io.fleetfit.assessment.rules;

import static io.fleetfit.assessment.Fixtures.vm;
import static io.fleetfit.assessment.Fixtures.workload;
import static org.assertj.core.api.Assertions.assertThat;

import io.fleetfit.assessment.Effect;
import io.fleetfit.assessment.Finding;
import io.fleetfit.assessment.Severity;
import org.junit.jupiter.api.Test;

class MultiWriterDiskTest {

    private final MultiWriterDisk rule = new MultiWriterDisk();

    @Test
    void flagsASharedClusterDisk() {
        Finding f = rule.evaluate(workload(vm().multiWriterDisks(1))).orElseThrow();
        assertThat(f.ruleId()).isEqualTo("PORT-015");
        assertThat(f.severity()).isEqualTo(Severity.MAJOR);
        assertThat(f.effect()).isEqualTo(Effect.REMEDIATE);
        assertThat(f.reason()).startsWith("Shares a disk multi-writer").contains("KubeVirt live migration is blocked").endsWith(".");
        assertThat(f.evidence()).isEqualTo("1 disk shared multi-writer (vDisk Sharing mode)");
    }

    @Test
    void passesUnsharedDisks() {
        assertThat(rule.evaluate(workload(vm().multiWriterDisks(0)))).isEmpty();
    }

    @Test
    void saysNothingWithoutVdisk() {
        assertThat(rule.evaluate(workload(vm().multiWriterDisks(null)))).isEmpty();
    }
}
