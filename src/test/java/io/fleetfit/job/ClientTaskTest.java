package io.fleetfit.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.fleetfit.assessment.AssessmentSettings;
import io.fleetfit.assessment.Assessor;
import io.fleetfit.inventory.ConsultantAttributes;
import io.fleetfit.inventory.InventoryFormat;
import io.fleetfit.inventory.ReadRow;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClientTaskTest {

    /** The per-client plan judges each row as it is read, with the client's rules; the writer then uses that outcome. */
    @Test
    void eachRowIsJudgedAsItIsRead() throws Exception {
        String name = "acme-vcenter02-vinfo.csv";
        List<ReadRow> rows = new ArrayList<>();
        try (InputStream in = Files.newInputStream(Path.of("sample-inventories", name))) {
            InventoryFormat.of(name).orElseThrow().read(name, in, rows::add);
        }
        Assessor assessor = Assessor.standard(AssessmentSettings.standard(LocalDate.of(2026, 11, 27)));
        InputPaths.Client client = new InputPaths.Client("Acme", "acme",
                List.of(new InputPaths.InputPath("file:/" + name, name, 0, 1)), null);
        List<ClientTask.Keyed> items = ClientTask.read(client, (file, out) -> rows.forEach(r -> out.accept(new Item.Read(r))),
                ConsultantAttributes.NONE, assessor, n -> { });

        List<Item.Read> read = items.stream().map(ClientTask.Keyed::item)
                .filter(Item.Read.class::isInstance).map(Item.Read.class::cast).toList();
        assertThat(read).hasSameSizeAs(rows);
        assertThat(read).anyMatch(r -> r.row() instanceof ReadRow.Vm);
        Assessor another = Assessor.standard(AssessmentSettings.standard(LocalDate.of(2026, 11, 27)));
        for (Item.Read r : read) {
            assertThat(r.judged()).as("%s", r.row()).isNotNull();
            // what the writer would have worked out from the row itself
            assertThat(r.judge(another)).isEqualTo(new Item.Read(r.row()).judge(another));
            assertThat(r.judgedBy(another)).isSameAs(r);
        }
    }
}
