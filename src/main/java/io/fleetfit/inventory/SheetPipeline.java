package io.fleetfit.inventory;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Reads one sheet on two threads: a parser thread turns the sheet's XML into rows of text cells
 * and hands them over in batches through a small bounded queue, while the caller's thread handles
 * the rows (joins the tabs, parses the records, passes them on). Parsing is about two thirds of a
 * workbook's read time, so the two overlap instead of adding up. At most {@link #QUEUE} batches of
 * {@link #BATCH} rows wait, so memory stays flat. A parser failure is rethrown on the caller's
 * thread as it was thrown; a caller that stops early ({@link WorkbookSheets.StopReading}), fails or
 * is interrupted stops the parser before this returns.
 */
final class SheetPipeline {

    static final int BATCH = 256;
    static final int QUEUE = 8;
    /**
     * The first rows go over one at a time, so the caller has read the header, and tells the
     * parser which columns it reads ({@link WorkbookSheets.SheetRows#formatted}), before the parser
     * has formatted many rows in full.
     */
    static final int SINGLE_ROWS = 8;

    /** A parse of the sheet into the rows it is given. */
    @FunctionalInterface
    interface Parse {
        void into(WorkbookSheets.SheetRows rows) throws Exception;
    }

    private record Row(long number, List<String> cells) {
    }

    private record Failure(Throwable cause) {
    }

    private static final Object END = new Object();

    private final String name;
    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(QUEUE);
    private final AtomicBoolean stop = new AtomicBoolean();
    /** The caller's {@link WorkbookSheets.SheetRows#formatted} as of its last batch, for the parser. */
    private volatile BitSet formatted;
    /** Rows the parser has handed over so far (the parser's thread only). */
    private long handed;

    SheetPipeline(String sheet) {
        this.name = "fleetfit-sheet-" + sheet;
    }

    void run(WorkbookSheets.SheetRows rows, Parse parse) throws Exception {
        Thread parser = new Thread(() -> produce(parse), name);
        parser.setDaemon(true);
        parser.start();
        try {
            while (true) {
                Object next = queue.take();
                if (next == END) {
                    return;
                }
                if (next instanceof Failure f) {
                    rethrow(f.cause());
                }
                @SuppressWarnings("unchecked")
                List<Row> batch = (List<Row>) next;
                for (Row r : batch) {
                    rows.row(r.number(), r.cells());
                }
                formatted = rows.formatted();
            }
        } catch (WorkbookSheets.StopReading e) {
            // the caller has what it needs
        } finally {
            stop.set(true);
            while (parser.isAlive()) {
                queue.clear();
                parser.join(10);
            }
        }
    }

    private void produce(Parse parse) {
        List<Row> batch = new ArrayList<>(BATCH);
        try {
            parse.into(new WorkbookSheets.SheetRows() {
                @Override
                public void row(long number, List<String> cells) {
                    if (stop.get()) {
                        throw new WorkbookSheets.StopReading();
                    }
                    batch.add(new Row(number, new ArrayList<>(cells)));
                    if (batch.size() == BATCH || handed < SINGLE_ROWS) {
                        hand(new ArrayList<>(batch));
                        handed += batch.size();
                        batch.clear();
                    }
                }

                @Override
                public BitSet formatted() {
                    return formatted;
                }
            });
            if (!batch.isEmpty()) {
                hand(new ArrayList<>(batch));
            }
            hand(END);
        } catch (WorkbookSheets.StopReading e) {
            hand(END);
        } catch (Throwable t) {
            // the rows parsed before the failure are passed on first, as a one-thread read would
            if (!batch.isEmpty()) {
                hand(new ArrayList<>(batch));
            }
            hand(new Failure(t));
        }
    }

    /** Queues an item, waiting for room, unless the caller has stopped listening. */
    private void hand(Object item) {
        try {
            while (!stop.get() && !queue.offer(item, 10, TimeUnit.MILLISECONDS)) {
                // the caller is busy with earlier rows
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void rethrow(Throwable t) throws Exception {
        if (t instanceof Exception e) {
            throw e;
        }
        throw (Error) t;
    }
}
