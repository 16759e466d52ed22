package io.fleetfit.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fleetfit.assessment.SourceRef;
import io.fleetfit.assessment.VmRecord;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AttributesFileTest {

    private static final String HEADER = "vm,vm_uuid,application,business_unit,owner,environment,data_classification,"
            + "isolation_requirement,statefulness,disposition_override,override_reason\n";

    private static ConsultantAttributes csv(String text) {
        return AttributesFile.read("attributes.csv", text.getBytes(StandardCharsets.UTF_8));
    }

    private static VmRecord.Builder vm(String name, String uuid) {
        return VmRecord.builder(new SourceRef("acme.xlsx", "vInfo", 2), name).vmUuid(uuid).application("From inventory");
    }

    @Test
    void appliesARowByVmNameCaseInsensitively() {
        ConsultantAttributes a = csv(HEADER + "ACME-Web-01,,Webshop,Retail,Team Shop,Production,Internal,None,Stateless,,\n");
        VmRecord vm = a.apply(vm("acme-web-01", "5007f40d-b787-9f91-16b3-6ccd76a7b57e").build());
        assertThat(vm.application()).isEqualTo("Webshop");
        assertThat(vm.businessUnit()).isEqualTo("Retail");
        assertThat(vm.owner()).isEqualTo("Team Shop");
        assertThat(vm.environment()).isEqualTo("Production");
        assertThat(vm.dataClassification()).isEqualTo("Internal");
        assertThat(vm.isolationRequirement()).isEqualTo("None");
        assertThat(vm.statefulness()).isEqualTo("Stateless");
        assertThat(vm.dispositionOverride()).isNull();
    }

    @Test
    void appliesARowByUuidWrittenInAnyCaseWithBraces() {
        ConsultantAttributes a = csv(HEADER + ",{5007F40D-B787-9F91-16B3-6CCD76A7B57E},Card gateway,,,,,,,keep as vm,HSM attached\n");
        VmRecord vm = a.apply(vm("whatever-name", "5007f40d-b787-9f91-16b3-6ccd76a7b57e").build());
        assertThat(vm.application()).isEqualTo("Card gateway");
        assertThat(vm.dispositionOverride()).isEqualTo("KEEP_AS_VM");
        assertThat(vm.overrideReason()).isEqualTo("HSM attached");
    }

    @Test
    void matchesTheSmbiosUuidToo() {
        ConsultantAttributes a = csv("vm_uuid,owner\n4212a0b1-5c6d-7e8f-9a0b-1c2d3e4f5a6b,Jane\n");
        VmRecord vm = a.apply(VmRecord.builder(new SourceRef("x.csv", "", 2), "n").smbiosUuid("4212A0B1-5C6D-7E8F-9A0B-1C2D3E4F5A6B").build());
        assertThat(vm.owner()).isEqualTo("Jane");
    }

    @Test
    void theUuidRowWinsOverTheNameRow() {
        ConsultantAttributes a = csv("vm,vm_uuid,owner\nacme-web-01,,By name\n,5007f40d-b787-9f91-16b3-6ccd76a7b57e,By UUID\n");
        assertThat(a.apply(vm("acme-web-01", "5007f40d-b787-9f91-16b3-6ccd76a7b57e").build()).owner()).isEqualTo("By UUID");
        assertThat(a.apply(vm("acme-web-01", "5007aaaa-0000-0000-0000-000000000000").build()).owner()).isEqualTo("By name");
    }

    @Test
    void aRowWithAUuidMatchesByThatUuidOnly() {
        ConsultantAttributes a = csv("vm,vm_uuid,owner\nacme-web-01,5007f40d-b787-9f91-16b3-6ccd76a7b57e,Jane\n");
        VmRecord namesake = vm("acme-web-01", "5007aaaa-0000-0000-0000-000000000000").build();
        assertThat(a.apply(namesake)).isSameAs(namesake);
    }

    @Test
    void anEmptyCellKeepsTheInventorysValue() {
        ConsultantAttributes a = csv("vm,application,owner\nacme-web-01,,Jane\n");
        VmRecord vm = a.apply(vm("acme-web-01", null).build());
        assertThat(vm.application()).isEqualTo("From inventory");
        assertThat(vm.owner()).isEqualTo("Jane");
    }

    @Test
    void theConsultantsClassificationReplacesTheTemplatesColumn() {
        Map<String, String> custom = new LinkedHashMap<>();
        custom.put("Data classification", "Regulated");
        custom.put("Backup", "Daily");
        ConsultantAttributes a = csv("vm,data_classification\nacme-web-01,Internal\n");
        VmRecord vm = a.apply(vm("acme-web-01", null).customAttributes(custom).build());
        assertThat(vm.dataClassification()).isEqualTo("Internal");
        assertThat(vm.customAttributes()).containsExactly(Map.entry("Backup", "Daily"));
    }

    @Test
    void aRecordNoRowNamesPassesUnchanged() {
        ConsultantAttributes a = csv("vm,owner\nacme-web-01,Jane\n");
        VmRecord other = vm("acme-db-01", null).build();
        assertThat(a.apply(other)).isSameAs(other);
        assertThat(a.match(other)).isEmpty();
    }

    @Test
    void listsTheRowsThatMatchedNothing() {
        ConsultantAttributes a = csv("vm,vm_uuid,owner\nacme-web-01,,Jane\nacme-gone-99,,Joe\n,5007ffff-0000-0000-0000-000000000000,Ann\n");
        int row = a.match(vm("acme-web-01", null).build()).orElseThrow().row();
        assertThat(row).isEqualTo(2);
        assertThat(a.unmatched(Set.of(row))).extracting(ConsultantAttributes.Entry::row, ConsultantAttributes.Entry::key)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "'acme-gone-99'"),
                        org.assertj.core.groups.Tuple.tuple(4, "VM UUID 5007ffff-0000-0000-0000-000000000000"));
    }

    @Test
    void acceptsHeadersWrittenAsWords() {
        ConsultantAttributes a = csv("VM name;Business unit;Data classification\nacme-web-01;Retail;Regulated\n");
        VmRecord vm = a.apply(vm("acme-web-01", null).build());
        assertThat(vm.businessUnit()).isEqualTo("Retail");
        assertThat(vm.dataClassification()).isEqualTo("Regulated");
    }

    @Test
    void refusesAnInvalidDispositionNamingFileAndLine() {
        assertThatThrownBy(() -> csv(HEADER + "acme-web-01,,,,,,,,,,\nacme-web-02,,,,,,,,,LIFT_AND_SHIFT,Client says so\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("attributes.csv line 3: disposition_override 'LIFT_AND_SHIFT' is not a disposition; use one of CONTAINERIZE,"
                        + " CONTAINERIZE_AFTER_REMEDIATION, VM_ON_KUBERNETES, KEEP_AS_VM, REPLACE, RETIRE_CANDIDATE, INSUFFICIENT_DATA");
    }

    @Test
    void refusesAReasonWithoutAnOverride() {
        assertThatThrownBy(() -> csv("vm,override_reason\nacme-web-01,Because\n"))
                .hasMessageStartingWith("attributes.csv line 2: override_reason without disposition_override");
    }

    @Test
    void refusesAnUnknownColumnListingTheColumns() {
        assertThatThrownBy(() -> csv("vm,buisness_unit\nacme-web-01,Retail\n"))
                .hasMessage("attributes.csv line 1: unknown column 'buisness_unit'; the columns are " + String.join(", ", AttributesFile.columns()));
    }

    @Test
    void refusesAFileWithoutAVmColumn() {
        assertThatThrownBy(() -> csv("application,owner\nWebshop,Jane\n")).hasMessageContaining("line 1: no vm or vm_uuid column");
    }

    @Test
    void refusesARowNamingNoVmAndAVmNamedTwice() {
        assertThatThrownBy(() -> csv("vm,owner\n,Jane\n")).hasMessage("attributes.csv line 2: names no VM; fill in vm or vm_uuid");
        assertThatThrownBy(() -> csv("vm,owner\nacme-web-01,Jane\n\nACME-WEB-01,Joe\n"))
                .hasMessage("attributes.csv line 4: attributes for 'ACME-WEB-01' are already given on line 2");
    }

    @Test
    void aRowThatNamesAClientAppliesToThatClientOnlyAndWinsOverTheRowForEveryClient() {
        ConsultantAttributes a = csv("vm,Client,owner\n"
                + "sql01,,Everyone's DBA\n"
                + "sql01,Acme Corp,Acme's DBA\n"
                + "sql01,globex,Globex's DBA\n"
                + "web01,ACME-CORP,Acme's web team\n");
        VmRecord sql01 = vm("SQL01", null).build();
        VmRecord web01 = vm("web01", null).build();

        // by the client's name or its folder's, in any case
        ConsultantAttributes acme = a.forClient("Acme Corp", "acme-corp");
        assertThat(acme.apply(sql01).owner()).isEqualTo("Acme's DBA");
        assertThat(acme.apply(web01).owner()).isEqualTo("Acme's web team");
        assertThat(acme.entries()).extracting(ConsultantAttributes.Entry::row).containsExactly(2, 3, 5);
        assertThat(a.forClient("Globex", "globex").apply(sql01).owner()).isEqualTo("Globex's DBA");
        ConsultantAttributes initech = a.forClient("Initech", "initech");
        assertThat(initech.apply(sql01).owner()).isEqualTo("Everyone's DBA");
        assertThat(initech.apply(web01)).isSameAs(web01);
        // without a client, only the rows for every client apply
        assertThat(a.apply(sql01).owner()).isEqualTo("Everyone's DBA");
        assertThat(a.apply(web01)).isSameAs(web01);
        assertThat(a.forOtherClients(List.of("Acme Corp", "acme-corp", "initech"))).extracting(ConsultantAttributes.Entry::key)
                .containsExactly("'sql01' of client 'globex'");
        // a file whose rows name no client is the same for every client
        ConsultantAttributes plain = csv("vm,owner\nsql01,Jane\n");
        assertThat(plain.forClient("Acme", "acme")).isSameAs(plain);
    }

    @Test
    void aVmMayHaveARowPerClientButOneOnly() {
        assertThatThrownBy(() -> csv("vm,client,owner\nsql01,acme,Jane\nsql01,globex,Joe\nSQL01,ACME,Jim\n"))
                .hasMessage("attributes.csv line 4: attributes for 'SQL01' of client 'ACME' are already given on line 2");
        assertThatThrownBy(() -> csv("client,owner\nacme,Jane\n")).hasMessageContaining("line 1: no vm or vm_uuid column");
        // one client named two ways, by its name and by its folder's: known only once the run's clients are
        ConsultantAttributes twoWays = csv("vm,client,owner\nsql01,Acme Corp,Jane\nsql01,acme-corp,Joe\n");
        assertThat(twoWays.forClient("Globex", "globex").entries()).isEmpty();
        assertThatThrownBy(() -> twoWays.forClient("Acme Corp", "acme-corp"))
                .hasMessage("attributes.csv line 3: attributes for 'sql01' of client 'acme-corp' are already on"
                        + " attributes.csv line 2, for the same client");
    }

    @Test
    void readsTheAttributesSheetOfAWorkbookNamingSheetRows() {
        byte[] xlsx = Workbooks.of().sheet("Attributes", List.of("vm", "owner", "disposition_override"),
                List.of("acme-web-01", "Jane", "Containerize"), List.of("acme-web-02", "Joe", "Lift")).xlsx();
        assertThatThrownBy(() -> AttributesFile.read("attributes.xlsx", xlsx))
                .hasMessageStartingWith("attributes.xlsx sheet Attributes row 3: disposition_override 'Lift' is not a disposition");
        byte[] good = Workbooks.of().sheet("Attributes", List.of("vm", "owner"), List.of("acme-web-01", "Jane")).xlsx();
        ConsultantAttributes a = AttributesFile.read("attributes.xlsx", good);
        assertThat(a.sheet()).isEqualTo("Attributes");
        assertThat(a.apply(vm("acme-web-01", null).build()).owner()).isEqualTo("Jane");
    }

    @Test
    void travelsToExecutors() throws Exception {
        ConsultantAttributes a = csv("vm,owner\nacme-web-01,Jane\n");
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
            out.writeObject(a);
        }
        try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
            ConsultantAttributes copy = (ConsultantAttributes) in.readObject();
            assertThat(copy.apply(vm("ACME-WEB-01", null).build()).owner()).isEqualTo("Jane");
        }
    }

    @Test
    void readsTheExampleFileShippedInJobs() throws Exception {
        Path example = Path.of("jobs/examples/attributes-example.csv");
        ConsultantAttributes a = AttributesFile.read(example.getFileName().toString(), Files.readAllBytes(example));
        assertThat(a.entries()).isNotEmpty();
        assertThat(a.entries()).anySatisfy(e -> assertThat(e.values()).containsKey(ConsultantAttributes.Attribute.DISPOSITION_OVERRIDE));
    }
}
