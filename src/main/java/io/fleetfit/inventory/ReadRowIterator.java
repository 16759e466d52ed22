package io.fleetfit.inventory;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * The rows of one inventory file as an iterator, so a caller (a Spark task) can pull them one at a
 * time instead of collecting the file. A reader thread runs the push-style reader and hands rows
 * over in batches of {@link #BATCH} through a small bounded queue: at most {@link #CAPACITY} rows (and
 * the two batches being filled and emptied) wait in memory, whatever the
 * file's size.
 *
 * <p>An exception of the reader is rethrown from {@link #hasNext()} or {@link #next()}, as the
 * reader's {@link InventoryException} or, for anything unexpected, as an {@link InventoryException}
 * naming the file. {@link #close()} stops the reader thread, waits for it and deletes the
 * iterator's temporary files; exhausting the iterator does the same. {@link #summary()} is known
 * once the last row has been taken.
 */
public final class ReadRowIterator implements CloseableIterator<ReadRow> {

    /** Rows read ahead of the caller. */
    static final int CAPACITY = 1024;
    /** Rows are handed over in batches of this many: one queue operation per batch, not per row. */
    static final int BATCH = 128;
    /** How long {@link #close()} waits for the reader thread to notice and clean up. */
    private static final long CLOSE_WAIT_MILLIS = 60_000;

    private static final Object END = new Object();

    /** The push-style read this iterator runs: reads the whole file to {@code out}, asking {@code cancelled} often. */
    @FunctionalInterface
    interface Read {
        ReadSummary read(Consumer<ReadRow> out, BooleanSupplier cancelled) throws Exception;
    }

    private final String fileName;
    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(CAPACITY / BATCH);
    /** The reader thread's batch being filled. */
    private List<ReadRow> filling = new ArrayList<>(BATCH);
    /** The caller's batch being emptied, and where. */
    private List<?> emptying = List.of();
    private int taken;
    private final Thread reader;
    private volatile boolean closed;
    private volatile ReadSummary summary;
    private Object next;
    private boolean done;

    private ReadRowIterator(String fileName, Read read, Runnable cleanup) {
        this.fileName = fileName;
        this.reader = new Thread(() -> run(read, cleanup), "fleetfit-read " + fileName);
        this.reader.setDaemon(true);
    }

    /** Starts reading in a new thread; {@code cleanup} runs in that thread when the read ends, however it ends. */
    static ReadRowIterator start(String fileName, Read read, Runnable cleanup) {
        ReadRowIterator rows = new ReadRowIterator(fileName, read, cleanup);
        rows.reader.start();
        return rows;
    }

    private void run(Read read, Runnable cleanup) {
        try {
            ReadSummary result = read.read(this::row, () -> closed);
            summary = result;
            handOver();
            put(END);
        } catch (Cancelled e) {
            // closed by the caller: nobody is waiting for more
        } catch (Throwable e) {
            try {
                handOver();
                put(new Failure(e));
            } catch (Cancelled closedMeanwhile) {
                // nobody is waiting for the failure either
            }
        } finally {
            cleanup.run();
        }
    }

    /** Takes one row from the reader into the batch being filled, handing the batch over when full. */
    private void row(ReadRow row) {
        if (closed) {
            throw new Cancelled();
        }
        filling.add(row);
        if (filling.size() == BATCH) {
            handOver();
        }
    }

    /** Hands the rows read so far to the caller, if there are any. */
    private void handOver() {
        if (!filling.isEmpty()) {
            put(filling);
            filling = new ArrayList<>(BATCH);
        }
    }

    /** Hands one element to the caller, waiting while the queue is full, until the caller closes. */
    private void put(Object element) {
        try {
            while (!closed) {
                if (queue.offer(element, 100, TimeUnit.MILLISECONDS)) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new Cancelled();
    }

    @Override
    public boolean hasNext() {
        if (next != null) {
            return true;
        }
        if (done) {
            return false;
        }
        if (closed) {
            throw new IllegalStateException(fileName + ": the row iterator is closed");
        }
        if (taken < emptying.size()) {
            next = emptying.get(taken++);
            return true;
        }
        Object element;
        try {
            element = queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
            throw new InventoryException(fileName + ": reading was interrupted; run again.", e);
        }
        if (element == END) {
            done = true;
            awaitReader();
            return false;
        }
        if (element instanceof Failure failure) {
            done = true;
            awaitReader();
            throw failure.rethrow(fileName);
        }
        emptying = (List<?>) element;
        taken = 0;
        next = emptying.get(taken++);
        return true;
    }

    @Override
    public ReadRow next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        ReadRow row = (ReadRow) next;
        next = null;
        return row;
    }

    /** What the reader made of the whole file; known once {@link #hasNext()} has answered false. */
    public ReadSummary summary() {
        if (!done || summary == null) {
            throw new IllegalStateException(fileName + ": the summary is known only after the last row");
        }
        return summary;
    }

    /** Stops the reader thread if it is still reading, and waits until it has deleted its temporary files. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        queue.clear();
        awaitReader();
    }

    private void awaitReader() {
        if (Thread.currentThread() == reader) {
            return;
        }
        try {
            reader.join(CLOSE_WAIT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Thrown inside the reader thread once the caller has closed the iterator. */
    static final class Cancelled extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Cancelled() {
            super("closed", null, false, false);
        }
    }

    /** The reader's exception, queued behind the rows read before it. */
    private record Failure(Throwable error) {
        RuntimeException rethrow(String fileName) {
            if (error instanceof Error e) {
                throw e;
            }
            if (error instanceof InventoryException e) {
                return e;
            }
            return new InventoryException(fileName + ": could not be read (" + XlsxInventoryReader.reason(error)
                    + "); check that it is an RVTools export and try again.", error);
        }
    }
}
