package io.fleetfit.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import io.fleetfit.inventory.CsvInventoryReader;
import io.fleetfit.inventory.FieldMapping;
import io.fleetfit.inventory.ReadOptions;
import io.fleetfit.inventory.ReadRow;
import io.fleetfit.inventory.XlsxInventoryReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Every distinct OS string of the real inventories, collected at run time from the files in
 * {@code $FLEETFIT_REAL_INVENTORIES} (skipped, visibly, when it is not set): the two OS columns of
 * every record that fleetfit's readers make of every RVTools workbook, RVTools-layout CSV, Azure
 * Migrate CSV, vCloud Director list, the Kyndryl server list and the German CMDB export (with its
 * mapping), plus the pretty name (else distroName and distroVersion) of every Guest Detailed Data.
 * Each must be recognised, except the strings in {@link #DELIBERATELY_UNRECOGNISED}, and each
 * record's OS as a whole must be recognised too. {@code OsRecognizerTest} pins what each literal is
 * recognised as; this test finds the strings a new export brings.
 */
class RealOsStringsTest {

    /**
     * Real strings left unrecognised on purpose: each names no OS fleetfit can place without a
     * guess. A string here that is later recognised fails the test, so the list stays true.
     */
    static final Set<String> DELIBERATELY_UNRECOGNISED = Set.of(
            // Guest Detailed Data prettyName of a VM whose Tools column says "Other 4.x Linux (64-bit)"
            // (kylow__RVTOOLEX): an unknown vendor distribution; the record is recognised as Linux by its columns
            "MLOS 3.0");

    private static final Pattern GUEST_DETAIL_FIELD = Pattern.compile("(\\w+)='([^']*)'");

    /** Distinct string to where it was first seen ("file: column"). */
    private static final Map<String, String> STRINGS = new TreeMap<>();
    /** Records whose OS as a whole is stated but not recognised: "file row: tools / config". */
    private static final List<String> UNRECOGNISED_RECORDS = new ArrayList<>();
    /** Records whose remembered recognition differs from recognising afresh (there must be none). */
    private static final List<String> CACHE_DIFFERENCES = new ArrayList<>();
    private static int records;
    private static boolean read;

    /** Reads every inventory once; each test calls it, so each is reported as skipped without the folder. */
    private static synchronized void readEveryInventory() throws IOException {
        String env = System.getenv("FLEETFIT_REAL_INVENTORIES");
        Assumptions.assumeTrue(env != null && !env.isBlank(), "FLEETFIT_REAL_INVENTORIES is not set; real-inventory tests skipped");
        if (read) {
            return;
        }
        read = true;
        Path root = Path.of(env);
        for (Path xlsx : list(root.resolve("rvtools"), ".xlsx")) {
            XlsxInventoryReader.read(xlsx.getFileName().toString(), xlsx, collector(xlsx));
        }
        for (String dir : List.of("rvtools-csv", "azure-migrate", "other")) {
            for (Path csv : list(root.resolve(dir), ".csv")) {
                try (InputStream in = Files.newInputStream(csv)) {
                    CsvInventoryReader.read(csv.getFileName().toString(), in, collector(csv));
                }
            }
        }
        Path kyndryl = root.resolve("other/bmead21__RVTools_Kyndryl-processed.xlsx");
        XlsxInventoryReader.read(kyndryl.getFileName().toString(), kyndryl, collector(kyndryl));
        Path cmdb = root.resolve("other/spiral023__Server-Doku-23-02-2026-01_44_01.xlsx");
        Path mapping = Path.of("jobs/mappings/german-cmdb.csv");
        ReadOptions options = new ReadOptions(null, FieldMapping.parse(mapping.toString(), Files.readAllLines(mapping)));
        XlsxInventoryReader.read(cmdb.getFileName().toString(), cmdb, options, collector(cmdb));
    }

    private static List<Path> list(Path dir, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        }
    }

    private static Consumer<ReadRow> collector(Path file) {
        String name = file.getParent().getFileName() + "/" + file.getFileName();
        return row -> {
            if (!(row instanceof ReadRow.Vm vmRow)) {
                return;
            }
            VmRecord vm = vmRow.vm();
            records++;
            add(vm.osTools(), name + ": " + OsRecognizer.TOOLS_COLUMN);
            add(vm.osConfig(), name + ": " + OsRecognizer.CONFIG_COLUMN);
            if (vm.guestDetail() != null) {
                Map<String, String> fields = new TreeMap<>();
                Matcher m = GUEST_DETAIL_FIELD.matcher(vm.guestDetail());
                while (m.find()) {
                    fields.put(m.group(1), m.group(2).strip());
                }
                String pretty = fields.get("prettyName");
                if (pretty != null && !pretty.isBlank()) {
                    add(pretty, name + ": Guest Detailed Data prettyName");
                } else if (fields.get("distroName") != null && fields.get("distroVersion") != null) {
                    add(fields.get("distroName") + " " + fields.get("distroVersion"), name + ": Guest Detailed Data distroName distroVersion");
                }
            }
            OsInfo os = OsRecognizer.recognize(vm);
            OsInfo afresh = OsRecognizer.recognizeUncached(vm);
            if (!os.equals(afresh)) {
                CACHE_DIFFERENCES.add(vm.source().describe() + ": " + os + " vs " + afresh);
            }
            if (os.stated() && !os.recognised()) {
                UNRECOGNISED_RECORDS.add(vm.source().describe() + ": " + vm.osTools() + " / " + vm.osConfig());
            }
        };
    }

    private static void add(String raw, String where) {
        if (raw != null && !raw.isBlank()) {
            STRINGS.putIfAbsent(raw, where);
        }
    }

    @Test
    void readsTheRealInventories() throws IOException {
        readEveryInventory();
        // 7 RVTools workbooks (1,683 VMs), the CSVs and the other exports of SOURCES.md
        assertThat(records).isGreaterThan(2000);
        assertThat(STRINGS).hasSizeGreaterThan(60);
    }

    @Test
    void recognisesEveryDistinctOsString() throws IOException {
        readEveryInventory();
        Set<String> unrecognised = new TreeSet<>();
        STRINGS.forEach((raw, where) -> {
            if (!OsRecognizer.recognize(raw, OsRecognizer.TOOLS_COLUMN).recognised() && !DELIBERATELY_UNRECOGNISED.contains(raw)) {
                unrecognised.add("'" + raw + "' (" + where + ")");
            }
        });
        assertThat(unrecognised).as("OS strings of the real inventories that nothing recognises (%d distinct strings read)",
                STRINGS.size()).isEmpty();
    }

    @Test
    void theAllowListHoldsOnlyRealStringsThatStayUnrecognised() throws IOException {
        readEveryInventory();
        assertThat(DELIBERATELY_UNRECOGNISED).allSatisfy(raw -> {
            assertThat(STRINGS).as("still in the real inventories").containsKey(raw);
            assertThat(OsRecognizer.recognize(raw, OsRecognizer.TOOLS_COLUMN).recognised()).as(raw).isFalse();
        });
    }

    @Test
    void recognisesTheOsOfEveryRecordThatStatesOne() throws IOException {
        readEveryInventory();
        assertThat(UNRECOGNISED_RECORDS).isEmpty();
    }

    @Test
    void rememberedRecognitionIsRecognitionAfresh() throws IOException {
        readEveryInventory();
        // OsRecognizer remembers its answer per (Tools, configuration file, Guest Detailed Data); records
        // compare their strings by content, so this holds although the cache keeps the first record's instances
        assertThat(CACHE_DIFFERENCES).isEmpty();
    }
}
