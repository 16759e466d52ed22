package io.fleetfit.assessment;

import static io.fleetfit.assessment.LifecycleCatalog.Status.EXTENDED_SUPPORT_ONLY;
import static io.fleetfit.assessment.LifecycleCatalog.Status.PAST_SUPPORT;
import static io.fleetfit.assessment.LifecycleCatalog.Status.SUPPORTED;
import static io.fleetfit.assessment.LifecycleCatalog.Status.UNKNOWN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fleetfit.assessment.LifecycleCatalog.Entry;
import io.fleetfit.assessment.LifecycleCatalog.Status;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LifecycleCatalogTest {

    private static final LifecycleCatalog CATALOG = LifecycleCatalog.bundled();
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 26);

    /** Releases the recognizer names that endoflife.date does not list. */
    private static final Map<String, String> KNOWN_GAPS = Map.of(
            "rhel|3", "endoflife.date's rhel.md starts at RHEL 4",
            "oracle-linux|5", "the lower bound of \"Oracle Linux 4/5 or later\", an open range judged by its most favourable release");

    @Test
    void statesWhichSnapshotItIs() {
        assertThat(CATALOG.version()).startsWith("endoflife.date snapshot 2026-08-22");
    }

    @ParameterizedTest(name = "{0} {1} on {2}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            windows-server | 2012-r2 | 2026-11-26 | PAST_SUPPORT
            windows-server | 2012-r2 | 2026-10-13 | EXTENDED_SUPPORT_ONLY
            windows-server | 2012    | 2026-11-26 | PAST_SUPPORT
            windows-server | 2008-r2 | 2026-11-26 | PAST_SUPPORT
            windows-server | 2016    | 2026-11-26 | SUPPORTED
            windows-server | 2016    | 2027-06-01 | EXTENDED_SUPPORT_ONLY
            windows-server | 2019    | 2026-11-26 | SUPPORTED
            rhel           | 7       | 2026-11-26 | EXTENDED_SUPPORT_ONLY
            rhel           | 6       | 2026-11-26 | PAST_SUPPORT
            rhel           | 8       | 2026-11-26 | SUPPORTED
            centos         | 7       | 2026-11-26 | PAST_SUPPORT
            oracle-linux   | 7       | 2026-11-26 | EXTENDED_SUPPORT_ONLY
            ubuntu         | 22.04   | 2026-11-26 | SUPPORTED
            ubuntu         | 20.04   | 2026-11-26 | EXTENDED_SUPPORT_ONLY
            ubuntu         | 16.04   | 2026-11-26 | PAST_SUPPORT
            debian         | 11      | 2026-11-26 | PAST_SUPPORT
            debian         | 12      | 2026-11-26 | EXTENDED_SUPPORT_ONLY
            sles           | 12      | 2026-11-26 | EXTENDED_SUPPORT_ONLY
            sles           | 11      | 2026-11-26 | PAST_SUPPORT
            solaris        | 10      | 2026-11-26 | EXTENDED_SUPPORT_ONLY
            windows        | 7       | 2026-11-26 | PAST_SUPPORT
            windows        | xp      | 2026-11-26 | PAST_SUPPORT
            """)
    void judgesReleasesByTheEndoflifeDates(String product, String release, LocalDate asOf, Status expected) {
        assertThat(CATALOG.find(product, release)).get()
                .extracting(e -> e.statusAt(asOf)).isEqualTo(expected);
    }

    @Test
    void keepsTheEndoflifeDatesOfWindowsServer2012R2() {
        Entry e = CATALOG.find("windows-server", "2012-r2").orElseThrow();

        assertThat(e.name()).isEqualTo("Windows Server 2012 R2");
        assertThat(e.supportEnd()).isEqualTo(LocalDate.of(2023, 10, 10));
        assertThat(e.extendedSupportEnd()).isEqualTo(LocalDate.of(2026, 10, 13));
    }

    @Test
    void collapsesWindowsServiceCyclesIntoTheReleaseTheRecognizerNames() {
        assertThat(CATALOG.find("windows-server", "2008-r2").orElseThrow().extendedSupportEnd())
                .isEqualTo(LocalDate.of(2023, 1, 10));
        assertThat(CATALOG.find("windows-server", "2003").orElseThrow().supportEnd())
                .isEqualTo(LocalDate.of(2015, 7, 14));
        assertThat(CATALOG.find("windows-server", "2008-r2-sp1")).isEmpty();
        // Windows 10 as VMs run it: the last Home/Pro feature update (22H2), then the paid ESU
        assertThat(CATALOG.find("windows", "10").orElseThrow().supportEnd()).isEqualTo(LocalDate.of(2025, 10, 14));
        assertThat(CATALOG.find("windows", "10").orElseThrow().extendedSupportEnd()).isEqualTo(LocalDate.of(2028, 10, 10));
        assertThat(CATALOG.find("windows", "10-22h2")).isEmpty();
    }

    @Test
    void treatsAnUnannouncedEndAsSupported() {
        Entry oracleLinux10 = CATALOG.find("oracle-linux", "10").orElseThrow();

        assertThat(oracleLinux10.supportEnd()).isNull();
        assertThat(oracleLinux10.statusAt(LocalDate.of(2040, 1, 1))).isEqualTo(SUPPORTED);
    }

    @Test
    void givesUnknownForAReleaseNotInTheCatalog() {
        OsInfo ubuntuWithoutRelease = OsRecognizer.recognize("Ubuntu Linux (64-bit)", OsRecognizer.TOOLS_COLUMN);

        assertThat(CATALOG.status(ubuntuWithoutRelease, AS_OF)).isEqualTo(UNKNOWN);
        assertThat(CATALOG.status(OsInfo.NONE, AS_OF)).isEqualTo(UNKNOWN);
    }

    @Test
    void judgesARecognisedOs() {
        OsInfo os = OsRecognizer.recognize("Microsoft Windows Server 2008 R2 (64-bit)", OsRecognizer.TOOLS_COLUMN);

        assertThat(CATALOG.status(os, AS_OF)).isEqualTo(PAST_SUPPORT);
    }

    @Test
    void coversEveryReleaseTheRecognizerTestsName() {
        Stream<String> recognised = OsRecognizerTest.recognisedStrings()
                .filter(c -> c.release() != null)
                .map(c -> c.product() + "|" + c.release());
        Stream<String> completed = OsRecognizerTest.COMPLETIONS.stream()
                .map(c -> c.product() + "|" + c.release());
        Set<String> missing = Stream.concat(recognised, completed)
                .filter(pair -> CATALOG.find(pair.split("\\|")[0], pair.split("\\|")[1]).isEmpty())
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(missing).isEqualTo(KNOWN_GAPS.keySet());
    }

    @Test
    void hasEveryEndoflifeDateProduct() {
        Set<String> products = CATALOG.entries().stream().map(Entry::product).collect(Collectors.toSet());

        assertThat(products).containsExactlyInAnyOrder("aix", "almalinux", "alpine", "amazon-linux",
                "centos", "centos-stream", "debian", "fedora", "freebsd", "opensuse", "oracle-linux",
                "photon", "rhel", "rocky-linux", "sles", "solaris", "ubuntu", "windows", "windows-server");
    }

    @Test
    void neverEndsExtendedSupportBeforeSupport() {
        assertThat(CATALOG.entries())
                .filteredOn(e -> e.extendedSupportEnd() != null)
                .allSatisfy(e -> assertThat(e.extendedSupportEnd()).isAfter(e.supportEnd()));
    }

    @Test
    void parsesACatalogInTheSameFormat() {
        LifecycleCatalog c = LifecycleCatalog.parse("client.csv", List.of(
                "# version: client review 2026-12",
                "product,release,name,support_end,extended_support_end",
                "rhel,7,Red Hat Enterprise Linux 7,2024-06-30,2029-05-31",
                "",
                "ubuntu,26.04,Ubuntu 26.04 LTS,,"));

        assertThat(c.version()).isEqualTo("client review 2026-12");
        assertThat(c.find("RHEL", "7").orElseThrow().statusAt(AS_OF)).isEqualTo(EXTENDED_SUPPORT_ONLY);
        assertThat(c.find("ubuntu", "26.04").orElseThrow().supportEnd()).isNull();
    }

    @Test
    void rejectsALineWithTooFewFieldsNamingTheLine() {
        List<String> lines = List.of(
                "product,release,name,support_end,extended_support_end",
                "rhel,7,Red Hat Enterprise Linux 7,2024-06-30,2029-05-31",
                "rhel,8,Red Hat Enterprise Linux 8,2029-05-31");

        assertThatThrownBy(() -> LifecycleCatalog.parse("client.csv", lines))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("client.csv line 3")
                .hasMessageContaining("found 4");
    }

    @Test
    void rejectsALineWithAMalformedDateNamingTheLine() {
        List<String> lines = List.of(
                "# version: test",
                "product,release,name,support_end,extended_support_end",
                "centos,7,CentOS 7,30.06.2024,");

        assertThatThrownBy(() -> LifecycleCatalog.parse("client.csv", lines))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("client.csv line 3")
                .hasMessageContaining("30.06.2024");
    }

    @Test
    void judgesARangeByItsMostFavourableRelease() {
        OsInfo closed = OsRecognizer.recognize("CentOS 4/5/6/7 (64-bit)", OsRecognizer.TOOLS_COLUMN);
        assertThat(closed.range()).isEqualTo("4/5/6/7");
        assertThat(CATALOG.find(closed)).hasValueSatisfying(e -> assertThat(e.release()).isEqualTo("7"));
        assertThat(CATALOG.status(closed, AS_OF)).isEqualTo(PAST_SUPPORT);
        OsInfo open = OsRecognizer.recognize("Microsoft Windows Server 2016 or later (64-bit)", OsRecognizer.TOOLS_COLUMN);
        assertThat(CATALOG.find(open)).hasValueSatisfying(e -> assertThat(e.release()).isEqualTo("2025"));
        OsInfo oracle = OsRecognizer.recognize("Oracle Linux 4/5 or later (64-bit)", OsRecognizer.TOOLS_COLUMN);
        assertThat(CATALOG.status(oracle, AS_OF)).isEqualTo(SUPPORTED);
        OsInfo centos = OsRecognizer.recognize("CentOS 4/5 or later (64-bit)", OsRecognizer.TOOLS_COLUMN);
        assertThat(CATALOG.status(centos, AS_OF)).isEqualTo(PAST_SUPPORT);
    }
}
