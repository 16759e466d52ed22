package io.fleetfit.job;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.ToLongFunction;
import org.apache.spark.api.java.JavaFutureAction;
import org.apache.spark.util.LongAccumulator;

/**
 * fleetfit's own console output: steps as they start, with the time since the run began, and
 * while Spark works, rows assessed, rows per second and clients done. On a cluster the driver's
 * log says the same.
 */
final class Progress {

    private static final long TICK_MILLIS = 2000;

    private final PrintStream out;
    private final long start = System.nanoTime();

    Progress(PrintStream out) {
        this.out = out;
    }

    void step(String what) {
        out.printf(Locale.ROOT, "[%5.1fs] %s%n", seconds(start), what);
        out.flush();
    }

    PrintStream out() {
        return out;
    }

    /**
     * Waits for a Spark action, telling every few seconds what has changed: rows read and rows
     * assessed (with their rates) and clients whose report has been written. A client without a
     * report (no input could be read, or writing failed) is never counted.
     *
     * @param clientsDone clients whose report has been written so far
     * @param written the clients whose report was written, counted from the action's result: the
     *     final line's figure, exact even when a retried task added to the accumulator twice
     */
    <T> T await(JavaFutureAction<T> action, LongAccumulator read, LongAccumulator assessed, LongAccumulator clientsDone,
                int clients, ToLongFunction<T> written) throws ExecutionException, InterruptedException {
        long began = System.nanoTime();
        String shown = "";
        long lastRead = 0;
        long readUntil = began;
        while (true) {
            try {
                T result = action.get(TICK_MILLIS, TimeUnit.MILLISECONDS);
                double s = seconds(began);
                step(String.format(Locale.ROOT, "done in %.1fs: %,d rows read and assessed (%,.0f rows/s); reports written for %d of %d client%s",
                        s, assessed.value(), assessed.value() / Math.max(s, 1e-3), written.applyAsLong(result), clients, clients == 1 ? "" : "s"));
                return result;
            } catch (TimeoutException e) {
                if (read.value() != lastRead) {
                    lastRead = read.value();
                    readUntil = System.nanoTime();
                }
                // the reading rate over the time rows kept coming, so it holds still once they stop
                double s = Math.max((readUntil - began) / 1e9, 1e-3);
                String line = String.format(Locale.ROOT, "reading: %,d rows (%,.0f rows/s); assessing and writing: %,d rows, reports written for %d of %d client%s",
                        lastRead, lastRead / s, assessed.value(), clientsDone.value(), clients, clients == 1 ? "" : "s");
                String changed = read.value() + "/" + assessed.value() + "/" + clientsDone.value();
                if (!changed.equals(shown)) {
                    step(line);
                    shown = changed;
                }
            } catch (InterruptedException e) {
                action.cancel(true);
                throw e;
            }
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
