package io.fleetfit.assessment;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Answers of a pure function remembered per argument, at most {@code limit} of them: past the
 * limit the memory starts afresh, so a run with unexpectedly many distinct arguments costs the
 * function's time, never unbounded memory. Safe for any number of threads (two may work out the
 * same answer once each).
 */
final class Remembered<K, V> {

    private final int limit;
    private final ConcurrentHashMap<K, V> answers = new ConcurrentHashMap<>();

    Remembered(int limit) {
        this.limit = limit;
    }

    /**
     * The answer for {@code key}: {@code function}'s, worked out on the first call with an equal
     * key. Every caller must pass the same function (or one giving the same answers).
     */
    V get(K key, Function<? super K, ? extends V> function) {
        V answer = answers.get(key);
        if (answer == null) {
            answer = function.apply(key);
            if (answers.size() >= limit) {
                answers.clear();
            }
            answers.put(key, answer);
        }
        return answer;
    }
}
