package io.fleetfit.assessment;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Answers of a pure function remembered per argument, at most {@code limit} of them: past the
 * limit the memory starts afresh, so a run with unexpectedly many distinct arguments costs the
 * function's time, never unbounded memory. Safe for any number of threads (two may work out the
 * same answer once each, or one may forget the other's).
 *
 * <p>An open-addressed table that the caller may hand the key's hash code ({@link #get(Object,
 * int, Function)}): the core's keys are strings fresh from a reader, whose own hash codes were
 * never worked out, and {@link TextHash} works them out faster than {@link String#hashCode()}. A
 * key is looked for in at most {@value #PROBES} slots; when they are all taken by other keys its
 * answer is worked out and not remembered, so keys whose hash codes collide, by chance or by a
 * hostile file's design, cost the function's time, never a search through the whole table.
 */
final class Remembered<K, V> {

    /** How many slots a key is looked for in. */
    static final int PROBES = 8;

    /** A remembered answer; its fields are final, so a thread that sees the entry sees them. */
    private record Entry<K, V>(K key, int hash, V value) {
    }

    private final int limit;
    private final int shift;
    private final AtomicInteger size = new AtomicInteger();
    private volatile Entry<K, V>[] table;

    Remembered(int limit) {
        if (limit < 1 || limit > 1 << 28) {
            throw new IllegalArgumentException("limit " + limit);
        }
        this.limit = limit;
        int slots = Integer.highestOneBit(2 * limit - 1) << 1;   // at least twice the limit: at most half full
        this.shift = 32 - Integer.numberOfTrailingZeros(slots);
        this.table = newTable(slots);
    }

    /**
     * The answer for {@code key}: {@code function}'s, worked out on the first call with an equal
     * key. Every caller must pass the same function (or one giving the same answers).
     */
    V get(K key, Function<? super K, ? extends V> function) {
        return get(key, key.hashCode(), function);
    }

    /** {@link #get(Object, Function)} with the key's hash code already worked out, as {@link Object#hashCode()} would. */
    V get(K key, int hash, Function<? super K, ? extends V> function) {
        Entry<K, V>[] t = table;
        int mask = t.length - 1;
        int slot = (hash * 0x9E3779B9) >>> shift;   // Fibonacci hashing: every bit of the hash moves the slot
        for (int probe = 0; probe < PROBES; probe++, slot = (slot + 1) & mask) {
            Entry<K, V> e = t[slot];
            if (e == null) {
                V answer = function.apply(key);
                remember(t, slot, new Entry<>(key, hash, answer));
                return answer;
            }
            if (e.hash == hash && e.key.equals(key)) {
                return e.value;
            }
        }
        return function.apply(key);   // a crowded neighbourhood: worked out, not remembered
    }

    private void remember(Entry<K, V>[] t, int slot, Entry<K, V> entry) {
        if (size.incrementAndGet() > limit) {
            Entry<K, V>[] fresh = newTable(t.length);
            fresh[slot] = entry;
            size.set(1);
            table = fresh;
        } else {
            t[slot] = entry;
        }
    }

    @SuppressWarnings("unchecked")
    private static <K, V> Entry<K, V>[] newTable(int slots) {
        return (Entry<K, V>[]) new Entry<?, ?>[slots];
    }
}
