package io.fleetfit.assessment;

import java.io.Serializable;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * A small immutable set that keeps the order its elements were given in, held as one array: a
 * record's handful of fact sheets ("vInfo", "vDisk", ...) cost a linked hash set per record
 * before (some 400 bytes, made again for each of a million rows). Equal to any set of the same
 * elements; {@code contains} looks through the array, which is quicker than hashing for a few.
 */
final class OrderedSet<E> extends AbstractSet<E> implements Serializable {

    private static final OrderedSet<?> EMPTY = new OrderedSet<>(new Object[0]);

    private final Object[] elements;

    private OrderedSet(Object[] elements) {
        this.elements = elements;
    }

    /** The elements of {@code set} in its iteration order, without nulls; {@code set} itself when it is one. */
    @SuppressWarnings("unchecked")
    static <E> Set<E> copyOf(Collection<? extends E> set) {
        if (set instanceof OrderedSet<?> o) {
            return (Set<E>) o;
        }
        if (set == null || set.isEmpty()) {
            return (Set<E>) EMPTY;
        }
        Object[] distinct = new LinkedHashSet<>(set).stream().filter(Objects::nonNull).toArray();
        return distinct.length == 0 ? (Set<E>) EMPTY : new OrderedSet<>(distinct);
    }

    @Override
    public int size() {
        return elements.length;
    }

    @Override
    public boolean contains(Object o) {
        for (Object e : elements) {
            if (e.equals(o)) {
                return true;
            }
        }
        return false;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Iterator<E> iterator() {
        return (Iterator<E>) Arrays.asList(elements).iterator();   // its remove() throws: the set stays as it is
    }

    @Override
    public Object[] toArray() {
        return Arrays.copyOf(elements, elements.length);
    }
}
