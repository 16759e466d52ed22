package io.fleetfit.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fleetfit.assessment.Rejection;
import io.fleetfit.assessment.SourceRef;
import io.fleetfit.assessment.VmRecord;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvInventoryReaderTest {

    private static final String BOM = "\uFEFF";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "comma | VM,Powerstate,CPUs | ','",
        "semicolon | VM;Powerstate;CPUs | ';'",
        "tab | VM\tPowerstate\tCPUs | '\t'",
        "quoted delimiters ignored | \"VM;x\";\"a,b,c\";CPUs | ';'",
        "single column | VM | ','",
        "tie prefers comma | VM,CPUs;Memory | ','",
    })
    void detectsTheDelimiterFromTheHeaderLine(String name, String headerLine, char expected) {
        assertThat(CsvInventoryReader.detectDelimiter(headerLine)).isEqualTo(expected);
    }

    @Test
    void readHeaderStripsByteOrderMarkAndUnquotes() throws IOException {
        List<String> header = CsvInventoryReader.readHeader(stream(BOM + "\"VM\";\"Power;state\";CPUs\r\nweb;on;2\r\n"));

        assertThat(header).containsExactly("VM", "Power;state", "CPUs");
    }

    @Test
    void inspectReportsTheDelimiterAndAQuotedHeaderSpanningLines() throws IOException {
        CsvInventoryReader.CsvHeader header = CsvInventoryReader.inspect(stream("VM\t\"Note\nabout it\"\tCPUs\nweb\tx\t2\n"));

        assertThat(header.delimiter()).isEqualTo('\t');
        assertThat(header.cells()).containsExactly("VM", "Note\nabout it", "CPUs");
    }

    @Test
    void readHeaderOfAnEmptyStreamIsEmpty() throws IOException {
        assertThat(CsvInventoryReader.readHeader(stream(""))).isEmpty();
    }

    @Test
    void readsCommaSeparatedRvtoolsExportWithBom() {
        String csv = BOM + String.join(",", HeaderMap.STANDARD_VINFO_HEADERS) + "\n"
                + "acme-web-01,poweredOn,False" + ",".repeat(87) + "\n";
        List<ReadRow> rows = new ArrayList<>();

        ReadSummary summary = CsvInventoryReader.read("v.csv", stream(csv), rows::add);

        assertThat(summary).isEqualTo(new ReadSummary("v.csv", "", "RVTools CSV", null, 1));
        assertThat(vm(rows.get(0)).vmName()).isEqualTo("acme-web-01");
        assertThat(vm(rows.get(0)).template()).isFalse();
    }

    @Test
    void readsSemicolonSeparatedFileWithGroupedNumbers() {
        String csv = "VM Name;CPUs;Memory MB\nacme-db-01;8;\"1.048.576\"\nacme-db-02;4;16 384\n";
        List<ReadRow> rows = new ArrayList<>();

        ReadSummary summary = CsvInventoryReader.read("list.csv", stream(csv), rows::add);

        assertThat(summary.format()).isEqualTo("CSV inventory");
        assertThat(vm(rows.get(0)).cpus()).isEqualTo(8);
        assertThat(vm(rows.get(0)).memoryMib()).isEqualTo(1048576L);
        assertThat(vm(rows.get(1)).memoryMib()).isEqualTo(16384L);
    }

    @Test
    void readsTabSeparatedFile() {
        List<ReadRow> rows = new ArrayList<>();

        CsvInventoryReader.read("tabs.csv", stream("VM\tCPUs\tOS\nweb\t2\tUbuntu Linux (64-bit)\n"), rows::add);

        assertThat(vm(rows.get(0)).osConfig()).isEqualTo("Ubuntu Linux (64-bit)");
        assertThat(vm(rows.get(0)).cpus()).isEqualTo(2);
    }

    @Test
    void keepsEmbeddedNewlinesAndNumbersRowsByRecord() {
        String csv = "VM,Annotation,CPUs\r\n"
                + "acme-web-01,\"Line one\r\nline two, with comma\",2\r\n"
                + "acme-web-02,\"He said \"\"hi\"\"\",4\r\n";
        List<ReadRow> rows = new ArrayList<>();

        CsvInventoryReader.read("n.csv", stream(csv), rows::add);

        assertThat(rows).hasSize(2);
        assertThat(vm(rows.get(0)).annotation()).isEqualTo("Line one\nline two, with comma");
        assertThat(vm(rows.get(0)).source()).isEqualTo(new SourceRef("n.csv", "", 2));
        assertThat(vm(rows.get(1)).annotation()).isEqualTo("He said \"hi\"");
        assertThat(vm(rows.get(1)).source().row()).isEqualTo(3);
    }

    @Test
    void skipsBlankRecordsWithoutCountingThemAsRows() {
        String csv = "VM,CPUs\nweb,2\n\n,\n  ,  \ndb,4\n";
        List<ReadRow> rows = new ArrayList<>();

        ReadSummary summary = CsvInventoryReader.read("b.csv", stream(csv), rows::add);

        assertThat(summary.rows()).isEqualTo(2);
        assertThat(rows).extracting(r -> vm(r).source().row()).containsExactly(2L, 6L);
    }

    @Test
    void rejectsARecordWithoutVmNameAtItsRow() {
        List<ReadRow> rows = new ArrayList<>();

        CsvInventoryReader.read("r.csv", stream("VM,CPUs\nweb,2\n,4\n"), rows::add);

        assertThat(rows.get(1)).isEqualTo(new ReadRow.Rejected(
                new Rejection(new SourceRef("r.csv", "", 3), "", "No VM name in column VM.")));
    }

    @Test
    void keepsBackslashesAndFormulaLikeText() {
        String csv = "VM,Annotation,Folder\nweb,\"=HYPERLINK(\"\"https://wiki\"\",\"\"Runbook\"\")\",C:\\vms\\web\n";
        List<ReadRow> rows = new ArrayList<>();

        CsvInventoryReader.read("t.csv", stream(csv), rows::add);

        assertThat(vm(rows.get(0)).annotation()).isEqualTo("=HYPERLINK(\"https://wiki\",\"Runbook\")");
        assertThat(vm(rows.get(0)).folder()).isEqualTo("C:\\vms\\web");
    }

    @Test
    void readsUtf8Text() {
        List<ReadRow> rows = new ArrayList<>();

        CsvInventoryReader.read("u.csv", stream("VM,Annotation\nsrv-müller,Überwachung für Zürich\n"), rows::add);

        assertThat(vm(rows.get(0)).vmName()).isEqualTo("srv-müller");
        assertThat(vm(rows.get(0)).annotation()).isEqualTo("Überwachung für Zürich");
    }

    @Test
    void fileWithoutVmColumnIsRefusedNamingTheFile() {
        assertThatThrownBy(() -> CsvInventoryReader.read("hosts.csv", stream("Host,Cluster\nesx01,Prod\n"), r -> { }))
                .isInstanceOf(InventoryException.class)
                .hasMessage("hosts.csv: no VM column in the header row; export the vInfo tab from RVTools"
                        + " (its first column is VM).");
    }

    @Test
    void emptyFileIsRefusedNamingTheFile() {
        assertThatThrownBy(() -> CsvInventoryReader.read("empty.csv", stream(BOM), r -> { }))
                .isInstanceOf(InventoryException.class)
                .hasMessageStartingWith("empty.csv: the file is empty");
    }

    @Test
    void unclosedQuoteIsRefusedInsteadOfSwallowingTheFile() {
        String csv = "VM,Annotation\nweb,\"never closed\n" + "more text\n".repeat(CsvInventoryReader.MAX_LINES_PER_RECORD + 5);

        assertThatThrownBy(() -> CsvInventoryReader.read("q.csv", stream(csv), r -> { }))
                .isInstanceOf(InventoryException.class)
                .hasMessageStartingWith("q.csv: cannot be read as CSV after row 1 (")
                .hasMessageEndingWith("); save it again as UTF-8 CSV and try again.");
    }

    @Test
    void aRecordWithMoreFieldsThanItsHeaderIsRejectedNamingBothCounts() {
        String csv = "VM,Annotation,OS according to the configuration file,Host\n"
                + "db-01,backup daily,Red Hat Enterprise Linux 8 (64-bit),esx01.corp.example\n"
                + "app-02,owner ops, backup weekly, tier 2,Microsoft Windows Server 2019 (64-bit),esx03.corp.example\n";
        List<ReadRow> rows = new ArrayList<>();

        ReadSummary summary = CsvInventoryReader.read("fleet.csv", stream(csv), rows::add);

        assertThat(summary.rows()).isEqualTo(2);
        assertThat(vm(rows.get(0)).osConfig()).isEqualTo("Red Hat Enterprise Linux 8 (64-bit)");
        assertThat(rows.get(1)).isInstanceOf(ReadRow.Rejected.class);
        Rejection shifted = ((ReadRow.Rejected) rows.get(1)).rejection();
        assertThat(shifted.source()).isEqualTo(new SourceRef("fleet.csv", "", 3));
        assertThat(shifted.reason()).startsWith("Row 3 of fleet.csv has 6 fields but its header has 4: ")
                .endsWith(".");
    }

    @Test
    void recordsWithFewerFieldsOrOnlyEmptyExtraFieldsAreRead() {
        String csv = "VM,CPUs,Memory MB,Host\n"
                + "short-01,2\n"
                + "trailing-02,4,8192,esx01,\n"
                + "trailing-03,4,8192,esx01,, ,\"\"\n"
                + ",,,,,\n";
        List<ReadRow> rows = new ArrayList<>();

        ReadSummary summary = CsvInventoryReader.read("rvtools.csv", stream(csv), rows::add);

        assertThat(summary.rows()).isEqualTo(3);
        assertThat(rows).allSatisfy(r -> assertThat(r).isInstanceOf(ReadRow.Vm.class));
        assertThat(vm(rows.get(0)).cpus()).isEqualTo(2);
        assertThat(vm(rows.get(0)).memoryMib()).isNull();
        assertThat(vm(rows.get(2)).host()).isEqualTo("esx01");
        assertThat(vm(rows.get(2)).warnings()).isEmpty();
    }

    @Test
    void fieldsOfARecordTextAreSplitAsTheFileIsRead() {
        assertThat(CsvInventoryReader.fields("a,\"b,c\",,\"multi\r\nline\"", ',')).containsExactly("a", "b,c", "", "multi\nline");
        assertThat(CsvInventoryReader.fields("a;b", ';')).containsExactly("a", "b");
        assertThat(CsvInventoryReader.fields("a\nb", ',')).as("two records").isNull();
    }

    @Test
    void aHeaderOverTheLimitIsRefusedNamingTheLimit() {
        String header = "VM," + "x".repeat(CsvInventoryReader.MAX_HEADER_CHARS);
        String limit = "wide.csv: the header row is longer than 1 MiB (1,048,576 characters), the most fleetfit reads as a CSV header";

        assertThatThrownBy(() -> CsvInventoryReader.read("wide.csv", stream(header + "\nweb,1\n"), r -> { }))
                .isInstanceOf(InventoryException.class).hasMessageStartingWith(limit);
        assertThatThrownBy(() -> CsvInventoryReader.inspect("wide.csv", stream(header + "\nweb,1\n")))
                .isInstanceOf(InventoryException.class).hasMessageStartingWith(limit);
        assertThatThrownBy(() -> CsvInventoryReader.inspect("wide.csv", stream("VM,\"" + "x\n".repeat(CsvInventoryReader.MAX_HEADER_CHARS / 2 + 1))))
                .as("a quoted header spanning lines").isInstanceOf(InventoryException.class).hasMessageStartingWith(limit);
    }

    @Test
    void aHeaderJustUnderTheLimitIsRead() throws IOException {
        String header = "VM," + "x".repeat(CsvInventoryReader.MAX_HEADER_CHARS - 3);
        List<ReadRow> rows = new ArrayList<>();

        assertThat(CsvInventoryReader.read("wide.csv", stream(header + "\r\nweb,1\n"), rows::add).rows()).isEqualTo(1);
        assertThat(CsvInventoryReader.inspect("wide.csv", stream(header + "\nweb,1\n")).cells()).hasSize(2);
    }

    @Test
    void twoExportsJoinedIntoOneFileSkipTheRepeatedHeaderWithANote() {
        String header = "VM,Powerstate,CPUs\r\n";
        String csv = BOM + header + "web-01,poweredOn,2\r\n" + BOM + header + "web-02,poweredOn,4\r\n"
                + "\"VM\",\"Powerstate\",\"CPUs\",\r\n" + "web-03,poweredOn,8\r\n";
        List<ReadRow> rows = new ArrayList<>();

        ReadSummary summary = CsvInventoryReader.read("joined.csv", stream(csv), rows::add);

        assertThat(summary.rows()).isEqualTo(3);
        assertThat(rows).extracting(r -> vm(r).vmName() + "@" + r.source().row())
                .containsExactly("web-01@2", "web-02@4", "web-03@6");
        assertThat(summary.notes()).containsExactly(
                "2 repeated header lines skipped, at rows 3, 5: several exports were joined into this file.");
    }

    @Test
    void aRowThatOnlyResemblesTheHeaderIsRead() {
        assertThat(CsvInventoryReader.repeatsHeader(List.of("VM", "CPUs"), List.of("VM", "2"))).isFalse();
        assertThat(CsvInventoryReader.repeatsHeader(List.of("VM", "CPUs"), List.of("VM"))).isFalse();
        assertThat(CsvInventoryReader.repeatsHeader(List.of("VM", "CPUs", ""), List.of("\u00EF\u00BB\u00BFVM ", "CPUs"))).isTrue();
        assertThat(CsvInventoryReader.repeatedHeaderNote(List.of(131L)))
                .isEqualTo("The header line is repeated at row 131 and was skipped: several exports were joined into this file.");
    }

    @Test
    void headerOnlyFileHasNoRows() {
        assertThat(CsvInventoryReader.read("h.csv", stream("VM,CPUs\n"), r -> { }).rows()).isZero();
    }

    private static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static VmRecord vm(ReadRow row) {
        assertThat(row).isInstanceOf(ReadRow.Vm.class);
        return ((ReadRow.Vm) row).vm();
    }
}
