package io.fleetfit.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class KeywordsTest {

    @Test
    void findsAMultiWordKeywordAcrossPunctuation() {
        assertThat(Keywords.of("pci dss").firstIn("Payments - PCI-DSS scope")).contains("pci dss");
    }

    @Test
    void answersTheFirstKeywordAsListedNotAsWritten() {
        assertThat(Keywords.of("secret", "pci").firstIn("PCI, top secret")).contains("secret");
    }

    @Test
    void ignoresWordsContainingAKeyword() {
        assertThat(Keywords.of("db", "sql").firstIn("dbadmin mysqld")).isEmpty();
    }

    @Test
    void matchesAPhraseOnlyWhereItsWordsFollowEachOther() {
        Keywords k = Keywords.of("top secret");
        assertThat(k.firstIn("secret top")).isEmpty();
        assertThat(k.firstIn("top of the secret")).isEmpty();
        assertThat(k.firstIn("TOP_SECRET data")).contains("top secret");
    }

    @Test
    void aSplitTextFindsWhatTheStringFinds() {
        Keywords k = Keywords.of("pci dss", "sql", "db");
        Evidence.Text text = new Evidence.Text(new Evidence.Field("Annotation", "Billing DB / PCI-DSS"));
        assertThat(k.firstIn(text)).isEqualTo(k.firstIn("Billing DB / PCI-DSS")).contains("pci dss");
    }

    @Test
    void matchesTheSameAfterSerialization() throws Exception {
        Keywords k = Keywords.of("pci dss", "secret");
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
            out.writeObject(k);
        }
        try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
            Keywords copy = (Keywords) in.readObject();
            assertThat(copy).isEqualTo(k);
            assertThat(copy.firstIn("Top-Secret / PCI DSS")).contains("pci dss");
        }
    }

    /** Words are found by hash code: two words with the same hash code must still be told apart. */
    @Test
    void aWordWithTheSameHashCodeAsAKeywordIsNotTheKeyword() {
        String[] pair = collidingWords();
        assertThat(pair[0]).isNotEqualTo(pair[1]);
        assertThat(pair[0].hashCode()).isEqualTo(pair[1].hashCode());
        Keywords first = Keywords.of(pair[0]);
        assertThat(first.firstIn("host " + pair[1].toUpperCase(java.util.Locale.ROOT) + " prod")).isEmpty();
        assertThat(first.firstIn("host " + pair[0].toUpperCase(java.util.Locale.ROOT) + " prod")).contains(pair[0]);
        // in a keyword's following word too, and with both words keywords of one list
        Keywords phrase = Keywords.of("zone " + pair[0]);
        assertThat(phrase.firstIn("zone-" + pair[1])).isEmpty();
        assertThat(phrase.firstIn("Zone-" + pair[0])).contains("zone " + pair[0]);
        Keywords both = Keywords.of(pair[1], pair[0]);
        assertThat(both.firstIn(pair[0])).contains(pair[0]);
        assertThat(both.firstIn(pair[1] + " " + pair[0])).contains(pair[1]);
    }

    /** Two different three-character words of small letters and digits with the same {@link String#hashCode()}. */
    private static String[] collidingWords() {
        String alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
        java.util.Map<Integer, String> seen = new java.util.HashMap<>();
        for (char a : alphabet.toCharArray()) {
            for (char b : alphabet.toCharArray()) {
                for (char c : alphabet.toCharArray()) {
                    String w = "" + a + b + c;
                    String other = seen.putIfAbsent(w.hashCode(), w);
                    if (other != null) {
                        return new String[] {other, w};
                    }
                }
            }
        }
        throw new AssertionError("no two words share a hash code");
    }

    @Test
    void splitsTextsIntoTheWordsKeywordsSee() {
        assertThat(Keywords.wordsOf("Payments - PCI-DSS scope").toArray()).containsExactly("payments", "pci", "dss", "scope");
        assertThat(Keywords.wordsOf("Straße_Über  İSTANBUL db2").toArray())
                .containsExactly(Keywords.normalize("Straße_Über  İSTANBUL db2").strip().split(" "));
        assertThat(Keywords.wordsOf(" -- ").count()).isZero();
        assertThat(Keywords.wordsOf(null).count()).isZero();
        String many = "w ".repeat(100);
        assertThat(Keywords.wordsOf(many).count()).isEqualTo(100);
    }

    @Test
    void aRememberedValueSplitsAsItsFirstSplit() {
        String value = "Finance / PCI-DSS zone";
        Keywords.Words first = Keywords.wordsOfValue(value);
        // a new instance of the same text finds the words already split, with the same matches
        Keywords.Words again = Keywords.wordsOfValue(new String(value.toCharArray()));
        assertThat(again).isSameAs(first);
        assertThat(again.toArray()).containsExactly(Keywords.wordsOf(value).toArray());
        String longText = "x ".repeat(Keywords.REMEMBERED_LENGTH);
        assertThat(Keywords.wordsOfValue(longText)).isNotSameAs(Keywords.wordsOfValue(longText));
        for (int i = 0; i < Keywords.REMEMBERED_VALUES + 10; i++) {
            assertThat(Keywords.wordsOfValue("folder " + i).toArray()).containsExactly("folder", Integer.toString(i));
        }
    }

    @Test
    void vmNamesAreSplitEachTimeSoAFleetsNamesNeverPushOutTheValuesThatRepeat() {
        String folder = "/Production/Back office " + System.nanoTime();
        Keywords.Words first = Keywords.wordsOfValue(folder);
        // as many VMs as the memory holds values: were their names remembered, it would start afresh
        for (int i = 0; i < Keywords.REMEMBERED_VALUES; i++) {
            Workload w = new Workload(Fixtures.vm("web-" + i).build(), OsInfo.NONE);
            assertThat(w.name().words().toArray()).containsExactly("web", Integer.toString(i));
        }
        assertThat(Keywords.wordsOfValue(new String(folder.toCharArray()))).isSameAs(first);
    }

    /** Word matching finds exactly what searching the normalised text for each normalised keyword found. */
    @Test
    void findsWhatSearchingTheNormalisedTextFinds() {
        String[] vocabulary = {"pci", "dss", "db", "sql", "top", "secret", "dmz", "zone", "a", "prod", "İstanbul",
                "straße", "x", "1", "", " ", "-", "_", ".", "Ü", "über", "PCI-DSS", "top-secret", "dB2", "ß"};
        Random random = new Random(20261126);
        for (int round = 0; round < 2_000; round++) {
            List<String> words = new ArrayList<>();
            for (int i = 1 + random.nextInt(4); i > 0; i--) {
                words.add(phrase(vocabulary, random, 1 + random.nextInt(2)));
            }
            Keywords keywords = new Keywords(words);
            for (int t = 0; t < 20; t++) {
                String text = phrase(vocabulary, random, random.nextInt(7));
                assertThat(keywords.firstIn(text)).as("%s in %s", keywords, text).isEqualTo(bySearching(keywords, text));
            }
        }
    }

    /**
     * A remembered value's words remember what each keyword list found in them: many lists, asked
     * in random order and more of them than the words keep, still each find what searching finds.
     */
    @Test
    void aRememberedValueAnswersEachListAsSearchingWould() {
        String[] vocabulary = {"pci", "dss", "db", "sql", "top", "secret", "dmz", "zone", "prod", "über", "PCI-DSS"};
        Random random = new Random(20261127);
        List<Keywords> lists = new ArrayList<>();
        for (int i = 0; i < 3 * Keywords.Words.FOUND_LISTS; i++) {
            List<String> words = new ArrayList<>();
            for (int k = 1 + random.nextInt(3); k > 0; k--) {
                words.add(phrase(vocabulary, random, 1 + random.nextInt(2)));
            }
            lists.add(new Keywords(words));
        }
        List<String> values = new ArrayList<>();
        for (int v = 0; v < 40; v++) {
            values.add("value " + v + " " + phrase(vocabulary, random, 1 + random.nextInt(5)));
        }
        for (int round = 0; round < 5_000; round++) {
            Keywords keywords = lists.get(random.nextInt(lists.size()));
            String value = values.get(random.nextInt(values.size()));
            Evidence.Text text = new Evidence.Text(new Evidence.Field("Folder", new String(value.toCharArray())));
            assertThat(text.words().isShared()).isTrue();
            assertThat(keywords.firstIn(text)).as("%s in %s", keywords, value).isEqualTo(bySearching(keywords, value));
        }
    }

    @Test
    void equalListsShareTheirNumberAndOtherListsDoNot() {
        Keywords pci = Keywords.of("pci dss", "pci");
        assertThat(new Keywords(List.of("PCI-DSS", "pci")).id()).isEqualTo(pci.id());
        assertThat(Keywords.of("pci", "pci dss").id()).isNotEqualTo(pci.id());
        assertThat(Keywords.of("dmz").id()).isNotEqualTo(pci.id());
    }

    @Test
    void aFreeTextIsNotShared() {
        assertThat(new Evidence.Text(new Evidence.Field("Annotation", "PCI zone")).words().isShared()).isFalse();
        assertThat(Keywords.wordsOf("PCI zone").isShared()).isFalse();
        assertThat(Keywords.wordsOfValue("PCI zone").isShared()).isTrue();
    }

    private static String phrase(String[] vocabulary, Random random, int n) {
        String[] separators = {" ", "-", ", ", "/", "", "  "};
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(vocabulary[random.nextInt(vocabulary.length)]).append(separators[random.nextInt(separators.length)]);
        }
        return sb.toString();
    }

    /** The former matching: the normalised text searched for each normalised keyword in list order. */
    private static Optional<String> bySearching(Keywords keywords, String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = Keywords.normalize(text);
        for (String w : keywords.words()) {
            if (t.contains(w)) {
                return Optional.of(w.strip());
            }
        }
        return Optional.empty();
    }
}
