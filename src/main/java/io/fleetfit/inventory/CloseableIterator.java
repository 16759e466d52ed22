package io.fleetfit.inventory;

import java.util.Iterator;

/**
 * An iterator that holds resources (a reader thread, temporary files) until it is exhausted or
 * closed. Close it in a finally block or try-with-resources; closing twice is harmless.
 */
public interface CloseableIterator<T> extends Iterator<T>, AutoCloseable {

    @Override
    void close();
}
