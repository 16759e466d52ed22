package io.fleetfit.assessment;

import java.io.Serializable;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * A record's custom attributes: an immutable map of column header to value in sheet order, held
 * as two arrays. Every workload's attributes are read by several rules (the keyword rules'
 * evidence, the consultant's typed values, completeness), so reading them by position saves the
 * hops of a linked map's entries; as a {@link Map} it equals any map of the same entries.
 */
public final class Attributes extends AbstractMap<String, String> implements Serializable {

    private static final Attributes EMPTY = new Attributes(new String[0], new String[0]);

    private final String[] keys;
    private final String[] values;

    private Attributes(String[] keys, String[] values) {
        this.keys = keys;
        this.values = values;
    }

    /** The entries of {@code map}, in its iteration order. */
    public static Attributes copyOf(Map<String, String> map) {
        if (map instanceof Attributes a) {
            return a;
        }
        if (map == null || map.isEmpty()) {
            return EMPTY;
        }
        String[] keys = new String[map.size()];
        String[] values = new String[keys.length];
        int i = 0;
        for (Map.Entry<String, String> e : map.entrySet()) {
            keys[i] = e.getKey();
            values[i] = e.getValue();
            i++;
        }
        return new Attributes(keys, values);
    }

    @Override
    public int size() {
        return keys.length;
    }

    /** The header of attribute {@code i}, in sheet order. */
    public String key(int i) {
        return keys[i];
    }

    /** The value of attribute {@code i}. */
    public String value(int i) {
        return values[i];
    }

    @Override
    public String get(Object key) {
        for (int i = 0; i < keys.length; i++) {
            if (java.util.Objects.equals(keys[i], key)) {
                return values[i];
            }
        }
        return null;
    }

    @Override
    public boolean containsKey(Object key) {
        for (String k : keys) {
            if (java.util.Objects.equals(k, key)) {
                return true;
            }
        }
        return false;
    }

    /** The value of the first attribute whose header is {@code header} ignoring case, or {@code null}. */
    public String getIgnoringCase(String header) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != null && keys[i].equalsIgnoreCase(header)) {
                return values[i];
            }
        }
        return null;
    }

    @Override
    public Set<Map.Entry<String, String>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return keys.length;
            }

            @Override
            public Iterator<Map.Entry<String, String>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < keys.length;
                    }

                    @Override
                    public Map.Entry<String, String> next() {
                        if (next >= keys.length) {
                            throw new NoSuchElementException();
                        }
                        int i = next++;
                        return new AbstractMap.SimpleImmutableEntry<>(keys[i], values[i]);
                    }
                };
            }
        };
    }
}
