package io.fleetfit.summary;

import static org.assertj.core.api.Assertions.assertThat;

import io.fleetfit.assessment.Disposition;
import io.fleetfit.summary.Comparison.Change;
import io.fleetfit.summary.Comparison.Fact;
import io.fleetfit.summary.Comparison.Facts;
import io.fleetfit.summary.Comparison.Kind;
import io.fleetfit.summary.Comparison.MatchedBy;
import io.fleetfit.summary.Comparison.Previous;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ComparisonTest {

    private static final RunStamp NOW = new RunStamp("2026-12-01", "2026.12-2", "", "2026.11");

    private static Facts vm(String name, String uuid, String disposition, String... findings) {
        return new Facts(name, uuid, "smbios-" + name, "vc1", "Microsoft Windows Server 2019 (64-bit)", "Windows Server 2019",
                disposition, disposition.equals("CONTAINERIZE") || disposition.equals("CONTAINERIZE_AFTER_REMEDIATION")
                ? "Replatform" : "Rehost", List.of(findings), 4L, 8192L, 102400L);
    }

    private static Previous previous(Facts... facts) {
        return new Previous("prev/assessments.csv", true, List.of(facts), Set.of(), new RunStamp("2026-09-01", "2026.12-2", "", "2026.11"));
    }

    private static String row(Change c) {
        return c.kind() + " " + c.vmName() + " " + (c.matchedBy() == null ? "-" : c.matchedBy()) + " " + c.from() + " -> " + c.to()
                + (c.appeared().isEmpty() && c.disappeared().isEmpty() ? "" : " +" + c.appeared() + " -" + c.disappeared());
    }

    @Test
    void listsNewGoneAndEveryKindOfChangeOncePerWorkload() {
        Facts same = vm("same", "u1", "CONTAINERIZE");
        Facts moved = vm("moved", "u2", "VM_ON_KUBERNETES", "LEGACY-001");
        Facts gone = vm("gone", "u3", "KEEP_AS_VM");
        Facts grown = vm("grown", "u4", "CONTAINERIZE");
        Facts movedNow = vm("moved", "u2", "CONTAINERIZE_AFTER_REMEDIATION", "PORT-003");
        Facts grownNow = new Facts("grown", "u4", "smbios-grown", "vc1", "Red Hat Enterprise Linux 9 (64-bit)", "RHEL 9",
                "CONTAINERIZE", "Replatform", List.of(), 4L, 12288L, 112640L);
        Facts fresh = vm("fresh", "u5", "CONTAINERIZE");

        Comparison c = Comparison.of(previous(same, moved, gone, grown), NOW, List.of(same, movedNow, grownNow, fresh));

        assertThat(c.changes()).map(ComparisonTest::row).containsExactly(
                "NEW fresh -  -> CONTAINERIZE",
                "GONE gone - KEEP_AS_VM -> ",
                "DISPOSITION moved VM_UUID VM_ON_KUBERNETES -> CONTAINERIZE_AFTER_REMEDIATION +[PORT-003] -[LEGACY-001]",
                "OS grown VM_UUID Microsoft Windows Server 2019 (64-bit) -> Red Hat Enterprise Linux 9 (64-bit)",
                "MEMORY grown VM_UUID 8192 -> 12288");
        assertThat(c.movedTo()).isEqualTo(Map.of(Disposition.CONTAINERIZE_AFTER_REMEDIATION, 1L));
        assertThat(c.count(Kind.NEW)).isEqualTo(1);
        assertThat(c.workloads(EnumSet.of(Kind.OS, Kind.MEMORY))).isEqualTo(1);
        assertThat(c.stampDifferences()).containsExactly(RunStamp.Part.AS_OF);
    }

    @Test
    void countsASizeChangeOnlyAboveTenPercent() {
        Facts was = vm("a", "u1", "CONTAINERIZE");
        Facts tenPercent = new Facts("a", "u1", "smbios-a", "vc1", was.os(), was.osRelease(), "CONTAINERIZE", "Replatform",
                List.of(), 4L, 9011L, 102400L + 10240L);
        Facts more = new Facts("a", "u1", "smbios-a", "vc1", was.os(), was.osRelease(), "CONTAINERIZE", "Replatform",
                List.of(), 2L, 9012L, 102400L - 10241L);
        assertThat(Comparison.of(previous(was), NOW, List.of(tenPercent)).changes()).as("8192 * 1.1 = 9011.2; 10 %% exactly").isEmpty();
        assertThat(Comparison.of(previous(was), NOW, List.of(more)).changes()).map(ComparisonTest::row).containsExactly(
                "VCPUS a VM_UUID 4 -> 2", "MEMORY a VM_UUID 8192 -> 9012", "STORAGE a VM_UUID 102400 -> 92159");
    }

    @Test
    void matchesByVmUuidThenSmbiosUuidThenNameAndVcenter() {
        Facts byUuid = vm("renamed-before", "u1", "CONTAINERIZE");
        Facts bySmbios = vm("s", "old-uuid", "CONTAINERIZE");
        Facts byName = vm("n", "", "CONTAINERIZE");
        Facts otherVcenter = new Facts("x", "", "", "vc1", byName.os(), byName.osRelease(), "CONTAINERIZE", "Replatform",
                List.of(), 4L, 8192L, 102400L);
        Facts renamed = vm("renamed-after", "u1", "KEEP_AS_VM");
        Facts newUuid = vm("s", "new-uuid", "KEEP_AS_VM");
        Facts sameName = new Facts("N", "", "", "VC1", byName.os(), byName.osRelease(), "KEEP_AS_VM", "Retain", List.of(), 4L, 8192L, 102400L);
        Facts movedVcenter = new Facts("x", "", "", "vc2", byName.os(), byName.osRelease(), "CONTAINERIZE", "Replatform",
                List.of(), 4L, 8192L, 102400L);

        Comparison c = Comparison.of(previous(byUuid, bySmbios, byName, otherVcenter), NOW,
                List.of(renamed, newUuid, sameName, movedVcenter));

        assertThat(c.changes()).map(ComparisonTest::row).containsExactly(
                "NEW x -  -> CONTAINERIZE",
                "GONE x - CONTAINERIZE -> ",
                "DISPOSITION N NAME_AND_VCENTER CONTAINERIZE -> KEEP_AS_VM",
                "DISPOSITION renamed-after VM_UUID CONTAINERIZE -> KEEP_AS_VM",
                "DISPOSITION s SMBIOS_UUID CONTAINERIZE -> KEEP_AS_VM");
        assertThat(c.changes().get(2).matchedBy()).isEqualTo(MatchedBy.NAME_AND_VCENTER);
    }

    @Test
    void neverLetsAWeakerKeyTakeTheWorkloadAStrongerKeyMatches() {
        Facts was = vm("a", "u1", "CONTAINERIZE");
        Facts clone = new Facts("a-clone", "u2", "smbios-a", "vc1", was.os(), was.osRelease(), "CONTAINERIZE", "Replatform",
                List.of(), 4L, 8192L, 102400L);
        Facts same = vm("a", "u1", "CONTAINERIZE");

        assertThat(Comparison.of(previous(was), NOW, List.of(clone, same)).changes()).map(ComparisonTest::row)
                .as("the clone shares the SMBIOS UUID, but the VM UUID matches first").containsExactly("NEW a-clone -  -> CONTAINERIZE");
    }

    @Test
    void comparesAnOlderFileByUuidElseNameAndLeavesOutWhatItDoesNotRecord() {
        Facts was = new Facts("a", "", "", "", "Microsoft Windows Server 2019 (64-bit)", "", "CONTAINERIZE", "Replatform",
                List.of(), null, null, null);
        Previous old = new Previous("old.csv", true, List.of(was),
                EnumSet.of(Fact.SMBIOS_UUID, Fact.VCENTER, Fact.OS_RELEASE, Fact.VCPUS, Fact.MEMORY, Fact.STORAGE, Fact.RUN_STAMP),
                RunStamp.UNKNOWN);
        Facts now = vm("a", "u9", "CONTAINERIZE");

        Comparison c = Comparison.of(old, NOW, List.of(now));

        assertThat(c.changes()).as("matched by name though the vCenter is new; release and size not compared").isEmpty();
        assertThat(c.stampDifferences()).as("an older file does not say what it was judged with").isEmpty();
    }

    @Test
    void reportsALaneChangeWithinOneDisposition() {
        Facts was = vm("a", "u1", "CONTAINERIZE_AFTER_REMEDIATION", "PORT-003");
        Facts now = new Facts("a", "u1", "smbios-a", "vc1", was.os(), was.osRelease(), "CONTAINERIZE_AFTER_REMEDIATION", "Refactor",
                List.of("PORT-003", "PORT-005"), 4L, 8192L, 102400L);
        assertThat(Comparison.of(previous(was), NOW, List.of(now)).changes()).map(ComparisonTest::row)
                .containsExactly("LANE a VM_UUID Replatform -> Refactor +[PORT-005] -[]");
    }

    @Test
    void comparesNothingForAClientThePreviousRunDidNotAssess() {
        Comparison c = Comparison.of(Previous.none("prev"), NOW, List.of(vm("a", "u1", "CONTAINERIZE")));
        assertThat(c.changes()).isEmpty();
        assertThat(c.previous().found()).isFalse();
    }
}
