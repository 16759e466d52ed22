package io.fleetfit.report;

import io.fleetfit.assessment.KubevirtGuestCatalog;
import io.fleetfit.summary.FixtureFleet;
import java.util.List;

/** The run the report tests render the {@link FixtureFleet} for: its client, inputs, rules and catalogs, at fixed versions. */
final class Fixtures {

    /** The rule catalog version the fixtures print: fixed, so a new catalog version does not change the golden files. */
    static final String CATALOG_VERSION = "2026.11-test";

    /** A small KubeVirt guest catalog, fixed for the same reason. */
    static final KubevirtGuestCatalog GUESTS = KubevirtGuestCatalog.parse("fixture", List.of(
            "# version: fixture KubeVirt guests 2025-06",
            "product,releases,supported,name,upgrade",
            "rhel,7+,yes,Red Hat Enterprise Linux 7 and later,",
            "windows-server,2016+,yes,Windows Server 2016 and later,",
            "windows-server,*,no,Windows Server 2012 R2 and older,Windows Server 2019 or later",
            "ubuntu,18.04+,yes,Ubuntu 18.04 and later,",
            "centos,*,no,CentOS Linux,RHEL 7 or later"));

    private Fixtures() {
    }

    static RunInfo run() {
        return new RunInfo("Acme Corp", FixtureFleet.AS_OF, FixtureFleet.inputs(), FixtureFleet.rules(), CATALOG_VERSION, null,
                FixtureFleet.lifecycle(), null, null, "0.1.0-test").withRoles(FixtureFleet.ROLES).withKubevirtGuests(GUESTS, null);
    }
}
