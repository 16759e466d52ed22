package io.fleetfit.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class RememberedTest {

    /** A function that counts its calls. */
    private static final class Counted implements Function<String, String> {
        final AtomicInteger calls = new AtomicInteger();

        @Override
        public String apply(String s) {
            calls.incrementAndGet();
            return s.toUpperCase();
        }
    }

    @Test
    void worksOutEachAnswerOnceAndRemembersIt() {
        Remembered<String, String> memory = new Remembered<>(100);
        Counted f = new Counted();
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < 50; i++) {
                String key = "key " + i;
                assertThat(memory.get(new String(key.toCharArray()), TextHash.of(key), f)).isEqualTo("KEY " + i);
            }
        }
        assertThat(f.calls).hasValue(50);
    }

    @Test
    void startsAfreshPastItsLimit() {
        Remembered<String, String> memory = new Remembered<>(10);
        Counted f = new Counted();
        for (int i = 0; i < 11; i++) {
            memory.get("key " + i, f);
        }
        assertThat(f.calls).hasValue(11);
        memory.get("key 0", f);   // forgotten when the eleventh came
        assertThat(f.calls).hasValue(12);
        memory.get("key 10", f);  // the eleventh is remembered in the fresh memory
        assertThat(f.calls).hasValue(12);
    }

    /** Keys that all share one hash code (a hostile file's design) are answered right, at the function's cost. */
    @Test
    void collidingKeysAreAnsweredRightAndTheFunctionBoundsTheirCost() {
        Remembered<String, String> memory = new Remembered<>(1000);
        Counted f = new Counted();
        int keys = 100;
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < keys; i++) {
                assertThat(memory.get("key " + i, 42, f)).isEqualTo("KEY " + i);
            }
        }
        // the first PROBES keys were remembered; every other one was worked out each time
        assertThat(f.calls).hasValue(keys + (keys - Remembered.PROBES));
    }

    @Test
    void manyThreadsGetTheRightAnswers() throws Exception {
        Remembered<String, String> memory = new Remembered<>(64);
        Counted f = new Counted();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> wrong = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int seed = t;
                wrong.add(pool.submit(() -> {
                    int errors = 0;
                    for (int i = 0; i < 50_000; i++) {
                        int k = (i * 31 + seed) % 200;   // more keys than the limit: the memory starts afresh often
                        if (!memory.get("key " + k, f).equals("KEY " + k)) {
                            errors++;
                        }
                    }
                    return errors;
                }));
            }
            for (Future<Integer> w : wrong) {
                assertThat(w.get()).isZero();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
