package io.fleetfit.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.fleetfit.assessment.PowerState;
import io.fleetfit.assessment.Rejection;
import io.fleetfit.assessment.SourceRef;
import io.fleetfit.assessment.VmRecord;
import io.fleetfit.inventory.InventoryFormat;
import io.fleetfit.inventory.ReadRow;
import io.fleetfit.run.DuplicateRows;
import io.fleetfit.run.Item;
import io.fleetfit.summary.InputFile;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Items cross the shuffle as bytes and come back equal, every component of every record, exactly. */
class ItemCodecTest {

    private static Item roundTrip(Item item) {
        return ItemCodec.decode(ItemCodec.encode(item));
    }

    @Test
    void carriesEveryComponentOfVmRecord() {
        assertThat(ItemCodec.components())
                .containsExactlyElementsOf(Arrays.stream(VmRecord.class.getRecordComponents()).map(RecordComponent::getName).toList());
    }

    @Test
    void everyRecordOfTheSampleInventoriesComesBackEqual() throws Exception {
        List<ReadRow> rows = new ArrayList<>();
        for (String name : List.of("acme-vcenter01.xlsx", "acme-vcenter02-vinfo.csv")) {
            try (InputStream in = Files.newInputStream(Path.of("sample-inventories", name))) {
                InventoryFormat.of(name).orElseThrow().read(name, in, rows::add);
            }
        }
        assertThat(rows).hasSizeGreaterThan(80);
        for (ReadRow row : rows) {
            Item item = new Item.Read(row);
            Item back = roundTrip(item);
            assertThat(back).isEqualTo(item);
            assertThat(back.toString()).as("collections keep their order").isEqualTo(item.toString());
        }
    }

    @Test
    void textComesBackExactlyWhateverItHolds() {
        String long40k = "x".repeat(40_000) + "é";
        Set<String> sheets = new LinkedHashSet<>(List.of("vInfo", "vDisk", "vNetwork"));
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("Backup status", "Success");
        attributes.put("Owner 🦊", "عبد الله");
        attributes.put("empty", null);
        VmRecord vm = VmRecord.builder(new SourceRef("a\u0000b.xlsx", "vInfo", 12), "vm-\uD83D\uDE00-\uD800-שלום")
                .vmUuid("420f-ab").powerState(PowerState.SUSPENDED).template(false).cpus(4).memoryMib(8192L)
                .annotation(long40k).factSheets(sheets).customAttributes(attributes).warnings(List.of("CPUs: 'four' is not a number"))
                .build();
        Item item = new Item.Read(new ReadRow.Vm(vm));
        Item back = roundTrip(item);
        assertThat(back).isEqualTo(item);
        assertThat(((ReadRow.Vm) ((Item.Read) back).row()).vm().annotation()).isEqualTo(long40k);
        assertThat(back.toString()).isEqualTo(item.toString());
    }

    @Test
    void keysFilesAndRejectionsComeBackEqual() {
        SourceRef s = new SourceRef("f.csv", "", 7);
        List<Item> items = List.of(
                new Item.Key("vm-uuid:420fab", DuplicateRows.inputOrder(2, s), s, "vm-1", "VM UUID 420F-AB"),
                new Item.File(new InputFile("f.csv", "RVTools CSV", "", "", null, "note", "ab12")),
                new Item.File(new InputFile("bad.xlsx", "", "", "", "bad.xlsx: damaged")),
                new Item.Read(new ReadRow.Rejected(new Rejection(s, "vm-2", "The row has no VM name."))));
        for (Item item : items) {
            assertThat(roundTrip(item)).isEqualTo(item);
        }
    }
}
