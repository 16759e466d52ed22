package io.fleetfit.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.fleetfit.assessment.Excluded;
import io.fleetfit.assessment.LifecycleCatalog;
import io.fleetfit.assessment.OsFamily;
import io.fleetfit.assessment.OsInfo;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class OsTallyTest {

    private static OsInfo ubuntu(String release, String kernel) {
        return new OsInfo("Ubuntu Linux (64-bit)", FixtureFleet.TOOLS, OsFamily.LINUX, "ubuntu", release,
                release == null ? "Ubuntu" : "Ubuntu " + release, 64, kernel);
    }

    @Test
    void countsEachStringPerRecognitionMostWorkloadsFirst() {
        OsTally.Accumulator os = new OsTally.Accumulator();
        os.add(ubuntu("22.04", "5.x"), null);
        os.add(ubuntu("22.04", "6.x"), null);   // another kernel is the same OS row
        os.add(ubuntu("22.04", null), Excluded.Kind.TEMPLATE);
        os.add(ubuntu(null, null), null);
        os.add(new OsInfo("Custom appliance OS", FixtureFleet.CONFIG, null, null, null, null, null, null), null);
        os.add(OsInfo.NONE, null);
        os.add(null, null);
        os.add(new OsInfo("VMware Photon OS (64-bit)", FixtureFleet.TOOLS, OsFamily.LINUX, null, null, null, 64, null),
                Excluded.Kind.SYSTEM_VM);

        OsTally tally = os.tally(FixtureFleet.lifecycle(), FixtureFleet.AS_OF);
        List<OsTally.Row> rows = tally.rows();

        assertThat(rows).extracting(r -> r.os().raw(), r -> r.os().release(), OsTally.Row::workloads, OsTally.Row::templates,
                        OsTally.Row::systemVms)
                .containsExactly(
                        tuple("Ubuntu Linux (64-bit)", "22.04", 2L, 1L, 0L),
                        tuple(OsInfo.NONE.raw(), null, 2L, 0L, 0L),
                        tuple("Custom appliance OS", null, 1L, 0L, 0L),
                        tuple("Ubuntu Linux (64-bit)", null, 1L, 0L, 0L),
                        tuple("VMware Photon OS (64-bit)", null, 0L, 0L, 1L));
        assertThat(rows.get(0).os().kernel()).as("the kernel never splits a release").isNull();
        assertThat(rows.get(0).status()).isEqualTo(LifecycleCatalog.Status.SUPPORTED);
        assertThat(rows.get(0).entry().supportEnd()).isEqualTo(LocalDate.of(2027, 4, 1));
        assertThat(rows.subList(1, rows.size())).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(LifecycleCatalog.Status.UNKNOWN);
            assertThat(r.entry()).isNull();
        });
        assertThat(rows).noneMatch(OsTally.Row::total);
        OsTally.Row total = tally.total();
        assertThat(total.total()).isTrue();
        assertThat(total.workloads()).isEqualTo(6);
        assertThat(total.templates()).isEqualTo(1);
        assertThat(total.systemVms()).isEqualTo(1);
    }

    @Test
    void givesEachReleaseItsStatusAtTheAssessmentDate() {
        OsTally.Accumulator os = new OsTally.Accumulator();
        FixtureFleet.mixedFleet().forEach(os::add);

        OsTally tally = os.tally(FixtureFleet.lifecycle(), FixtureFleet.AS_OF);

        assertThat(tally.rows()).extracting(r -> r.os().raw(), OsTally.Row::workloads, OsTally.Row::templates,
                        OsTally.Row::systemVms, OsTally.Row::status)
                .containsExactly(
                        tuple("VMware Photon OS (64-bit)", 1L, 0L, 1L, LifecycleCatalog.Status.UNKNOWN),
                        tuple("CentOS 7 (64-bit)", 1L, 0L, 0L, LifecycleCatalog.Status.PAST_SUPPORT),
                        tuple("Custom appliance OS", 1L, 0L, 0L, LifecycleCatalog.Status.UNKNOWN),
                        tuple("Microsoft Windows Server 2008 R2 (64-bit)", 1L, 0L, 0L, LifecycleCatalog.Status.PAST_SUPPORT),
                        tuple("Microsoft Windows Server 2019 (64-bit)", 1L, 0L, 0L, LifecycleCatalog.Status.SUPPORTED),
                        tuple("Red Hat Enterprise Linux 7 (64-bit)", 1L, 0L, 0L, LifecycleCatalog.Status.EXTENDED_SUPPORT_ONLY),
                        tuple("Red Hat Enterprise Linux 9 (64-bit)", 1L, 0L, 0L, LifecycleCatalog.Status.SUPPORTED),
                        tuple("Ubuntu Linux (64-bit)", 1L, 0L, 0L, LifecycleCatalog.Status.SUPPORTED),
                        tuple("Ubuntu Linux (64-bit)", 0L, 1L, 0L, LifecycleCatalog.Status.UNKNOWN));
        assertThat(tally.total()).extracting(OsTally.Row::workloads, OsTally.Row::templates, OsTally.Row::systemVms)
                .as("every row but the rejected one, which states no OS").containsExactly(8L, 1L, 1L);
        assertThat(os.tally(FixtureFleet.lifecycle(), LocalDate.of(2029, 1, 1)).rows())
                .filteredOn(r -> r.os().raw().startsWith("Red Hat Enterprise Linux 7"))
                .extracting(OsTally.Row::status).as("the same release, past its extended support")
                .containsExactly(LifecycleCatalog.Status.PAST_SUPPORT);
    }
}
