package io.fleetfit.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.fleetfit.assessment.Assessment;
import io.fleetfit.assessment.Duplicates;
import io.fleetfit.assessment.Rejection;
import io.fleetfit.inventory.InventoryFormat;
import io.fleetfit.inventory.ReadRow;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClientTaskTest {

    private static final String NAME = "acme-vcenter02-vinfo.csv";

    @TempDir
    Path out;

    /** The per-client plan judges each row as it is read, with the client's rules and attributes; the writer then keeps that outcome. */
    @Test
    void eachRowIsJudgedAsItIsRead() throws Exception {
        List<ReadRow> rows = sampleRows();
        ClientRun client = clientRun("--attributes", "jobs/examples/attributes-example.csv");
        List<ClientTask.Keyed> items = ClientTask.read(client, (file, sink) -> rows.forEach(r -> sink.accept(new Item.Read(r))), n -> { });

        List<Item.Read> read = items.stream().map(ClientTask.Keyed::item)
                .filter(Item.Read.class::isInstance).map(Item.Read.class::cast).toList();
        assertThat(read).hasSameSizeAs(rows);
        assertThat(read).anyMatch(r -> r.row() instanceof ReadRow.Vm);
        // the same client's rules judging the bare row later, as the shuffle plan's writer does
        ClientRun later = clientRun("--attributes", "jobs/examples/attributes-example.csv");
        for (Item.Read r : read) {
            assertThat(r.judged()).as("%s", r.row()).isNotNull();
            assertThat(later.outcome(new Item.Read(r.row()), new Duplicates.Marks())).isEqualTo(r.judged());
            assertThat(client.outcome(r, new Duplicates.Marks())).isSameAs(r.judged());
        }
    }

    /** The attributes file's values reach the judged record, and the row that gave them is known without matching again. */
    @Test
    void theAttributesRowThatAppliedComesWithTheOutcome() throws Exception {
        ReadRow.Vm web = sampleRows().stream().filter(ReadRow.Vm.class::isInstance).map(ReadRow.Vm.class::cast)
                .filter(v -> v.vm().vmName().equals("acme-shop-web-01")).findFirst().orElseThrow();

        Item.Judged with = clientRun("--attributes", "jobs/examples/attributes-example.csv").outcome(new Item.Read(web), null);
        Item.Judged without = clientRun().outcome(new Item.Read(web), null);

        assertThat(with.attributesRow()).isPositive();
        assertThat(((Assessment) with.outcome()).vm().application()).isEqualTo("Webshop");
        assertThat(without.attributesRow()).isZero();
        assertThat(((Assessment) without.outcome()).vm().application()).isNotEqualTo("Webshop");
    }

    /** A row judged as it was read still becomes a duplicate's rejection when the marks say so, with no attributes row counted. */
    @Test
    void aDuplicateOverridesTheOutcomeGivenAsItWasRead() throws Exception {
        ReadRow.Vm vm = sampleRows().stream().filter(ReadRow.Vm.class::isInstance).map(ReadRow.Vm.class::cast)
                .filter(v -> Duplicates.key(v.vm()).isPresent()).findFirst().orElseThrow();
        ClientRun client = clientRun();
        Item.Read judged = new Item.Read(vm, client.outcome(new Item.Read(vm), null));
        Duplicates.Marks marks = new Duplicates.Marks();
        String key = Duplicates.key(vm.vm()).orElseThrow();
        marks.add(key, new io.fleetfit.assessment.SourceRef("other.csv", "", 2), "first", "VM UUID x");
        marks.add(key, vm.vm().source(), vm.vm().vmName(), "VM UUID x");

        Item.Judged outcome = client.outcome(judged, marks);

        assertThat(outcome.outcome()).isInstanceOf(Rejection.class);
        assertThat(((Rejection) outcome.outcome()).reason()).startsWith("Duplicate of first");
        assertThat(outcome.attributesRow()).isZero();
    }

    private static List<ReadRow> sampleRows() throws Exception {
        List<ReadRow> rows = new ArrayList<>();
        try (InputStream in = Files.newInputStream(Path.of("sample-inventories", NAME))) {
            InventoryFormat.of(NAME).orElseThrow().read(NAME, in, rows::add);
        }
        return rows;
    }

    private ClientRun clientRun(String... options) throws Exception {
        List<String> args = new ArrayList<>(List.of("--input", "sample-inventories/" + NAME, "--out", out.toString(),
                "--as-of", "2026-11-27"));
        args.addAll(List.of(options));
        Configuration conf = new Configuration();
        RunSetup setup = RunSetup.of(conf, JobConfig.parse(args.toArray(String[]::new), LocalDate.of(2026, 11, 27)));
        return setup.writer(HadoopConf.of(conf)).forClient(setup.clients().get(0));
    }
}
