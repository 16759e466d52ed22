package io.fleetfit.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class WorkloadTest {

    @Test
    void aFactIsDerivedOncePerWorkload() {
        AtomicInteger derived = new AtomicInteger();
        Workload.Fact<String> upper = new Workload.Fact<>(w -> {
            derived.incrementAndGet();
            return w.vm().vmName().toUpperCase();
        });
        Workload.Fact<Integer> length = new Workload.Fact<>(w -> w.vm().vmName().length());
        Workload.Fact<Integer> twice = new Workload.Fact<>(w -> 2 * w.fact(length));
        Workload web = new Workload(Fixtures.vm("web-01").build(), OsInfo.NONE);
        Workload db = new Workload(Fixtures.vm("db-1").build(), OsInfo.NONE);
        assertThat(web.fact(upper)).isEqualTo("WEB-01");
        assertThat(web.fact(twice)).isEqualTo(12);
        assertThat(web.fact(length)).isEqualTo(6);
        assertThat(web.fact(upper)).isEqualTo("WEB-01");
        assertThat(db.fact(upper)).isEqualTo("DB-1");
        assertThat(db.fact(twice)).isEqualTo(8);
        assertThat(derived).hasValue(2);   // once for each workload
    }
}
