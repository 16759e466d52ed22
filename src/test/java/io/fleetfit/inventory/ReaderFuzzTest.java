package io.fleetfit.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/**
 * Mutated versions of the project's sample inventories (bit flips, truncation, shuffled and cut
 * sheet XML) must each end in rows read or a clean {@link InventoryException}: never another
 * exception, a hang or running out of memory. Seeded, so a failure names the case to replay;
 * 1,000 cases per format by default; the system property {@code fuzz.cases} changes that.
 */
class ReaderFuzzTest {

    private static final int CASES = Integer.getInteger("fuzz.cases", 1000);
    private static final Duration PER_CASE = Duration.ofSeconds(20);

    @Test
    void mutatedWorkbooksAreReadOrRejectedCleanly() throws IOException {
        byte[] original = Files.readAllBytes(Path.of("sample-inventories/acme-vcenter01.xlsx"));
        Map<String, byte[]> entries = unzip(original);
        Outcomes outcomes = new Outcomes();
        for (int seed = 0; seed < CASES; seed++) {
            Random random = new Random(seed);
            byte[] mutant = switch (seed % 3) {
                case 0 -> flipBits(original, random);
                case 1 -> truncate(original, random);
                default -> zip(mutateXml(entries, random));
            };
            int s = seed;
            assertTimeoutPreemptively(PER_CASE, () -> outcomes.count(s, () ->
                    XlsxInventoryReader.read("mutant-" + s + ".xlsx", new ByteArrayInputStream(mutant), row -> { })));
        }
        outcomes.assertBothOutcomesOccurred();
    }

    @Test
    void mutatedCsvFilesAreReadOrRejectedCleanly() throws IOException {
        byte[] original = Files.readAllBytes(Path.of("sample-inventories/acme-vcenter02-vinfo.csv"));
        Outcomes outcomes = new Outcomes();
        for (int seed = 0; seed < CASES; seed++) {
            Random random = new Random(seed);
            byte[] mutant = switch (seed % 3) {
                case 0 -> flipBits(original, random);
                case 1 -> truncate(original, random);
                default -> shuffleLines(original, random);
            };
            int s = seed;
            assertTimeoutPreemptively(PER_CASE, () -> outcomes.count(s, () ->
                    CsvInventoryReader.read("mutant-" + s + ".csv", new ByteArrayInputStream(mutant), row -> { })));
        }
        assertThat(outcomes.read.get()).as("most CSV mutants still read").isPositive();
    }

    /** Counts how each case ended; anything but rows or an InventoryException fails, naming the seed. */
    private static final class Outcomes {
        final AtomicLong read = new AtomicLong();
        final AtomicLong rejected = new AtomicLong();

        void count(int seed, Read read) {
            try {
                read.run();
                this.read.incrementAndGet();
            } catch (InventoryException e) {
                assertThat(e.getMessage()).as("seed %d: a one-line message naming the file", seed)
                        .contains("mutant-" + seed).doesNotContain("\n");
                rejected.incrementAndGet();
            } catch (Throwable t) {
                throw new AssertionError("seed " + seed + ": the reader failed with " + t, t);
            }
        }

        void assertBothOutcomesOccurred() {
            assertThat(read.get()).as("some mutants still read").isPositive();
            assertThat(rejected.get()).as("some mutants are rejected").isPositive();
        }
    }

    @FunctionalInterface
    private interface Read {
        void run() throws Exception;
    }

    static byte[] flipBits(byte[] in, Random random) {
        byte[] out = in.clone();
        int flips = 1 + random.nextInt(20);
        for (int i = 0; i < flips; i++) {
            int at = random.nextInt(out.length);
            out[at] ^= (byte) (1 << random.nextInt(8));
        }
        return out;
    }

    static byte[] truncate(byte[] in, Random random) {
        return java.util.Arrays.copyOf(in, random.nextInt(in.length));
    }

    static byte[] shuffleLines(byte[] in, Random random) {
        List<String> lines = new ArrayList<>(List.of(new String(in, StandardCharsets.UTF_8).split("\n", -1)));
        List<String> body = lines.subList(1, lines.size());
        Collections.shuffle(body, random);
        if (!body.isEmpty()) {
            int at = random.nextInt(body.size());
            String l = body.get(at);
            body.set(at, l.substring(0, random.nextInt(l.length() + 1)) + (random.nextBoolean() ? "\"" : ",,,"));
        }
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    }

    /** Cuts, swaps or corrupts the XML of one part of the workbook, keeping the zip itself valid. */
    static Map<String, byte[]> mutateXml(Map<String, byte[]> entries, Random random) {
        Map<String, byte[]> out = new LinkedHashMap<>(entries);
        List<String> xml = entries.keySet().stream().filter(n -> n.endsWith(".xml")).toList();
        String name = xml.get(random.nextInt(xml.size()));
        String text = new String(entries.get(name), StandardCharsets.UTF_8);
        String mutated = switch (random.nextInt(4)) {
            case 0 -> text.substring(0, random.nextInt(text.length() + 1));
            case 1 -> {
                List<String> tags = new ArrayList<>(List.of(text.split("(?=<)")));
                Collections.shuffle(tags.subList(Math.min(2, tags.size()), tags.size()), random);
                yield String.join("", tags);
            }
            case 2 -> text.replaceFirst("<row ", "<row r=\"" + (random.nextInt(3) - 1) + "\" x=\"");
            default -> {
                char[] c = text.toCharArray();
                for (int i = 0; i < 10 && c.length > 0; i++) {
                    String noise = "<>&\"'\u0000 9x";
                    c[random.nextInt(c.length)] = noise.charAt(random.nextInt(noise.length()));
                }
                yield new String(c);
            }
        };
        out.put(name, mutated.getBytes(StandardCharsets.UTF_8));
        return out;
    }

    static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        // the central directory, not the local headers: workbooks written by streaming leave sizes out of those
        Path temp = Files.createTempFile("fleetfit-fuzz-", ".zip");
        try {
            Files.write(temp, zip);
            Map<String, byte[]> entries = new LinkedHashMap<>();
            try (java.util.zip.ZipFile file = new java.util.zip.ZipFile(temp.toFile())) {
                for (ZipEntry e : Collections.list(file.entries())) {
                    try (InputStream in = file.getInputStream(e)) {
                        entries.put(e.getName(), in.readAllBytes());
                    }
                }
            }
            return entries;
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getValue());
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
