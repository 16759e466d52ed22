package io.fleetfit.job;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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
     * Waits for a Spark action, telling every few seconds what has changed: rows assessed (with
     * their rate) and clients whose report is done.
     */
    <T> T await(JavaFutureAction<T> action, LongAccumulator rows, LongAccumulator clientsDone, int clients)
            throws ExecutionException, InterruptedException {
        long began = System.nanoTime();
        long shownRows = 0;
        long shownClients = 0;
        while (true) {
            try {
                T result = action.get(TICK_MILLIS, TimeUnit.MILLISECONDS);
                step(String.format(Locale.ROOT, "%,d rows assessed in %.1fs (%,.0f rows/s); reports done for %d of %d client%s",
                        rows.value(), seconds(began), rows.value() / Math.max(seconds(began), 1e-3),
                        clientsDone.value(), clients, clients == 1 ? "" : "s"));
                return result;
            } catch (TimeoutException e) {
                long r = rows.value();
                long c = clientsDone.value();
                if (r != shownRows || c != shownClients) {
                    step(String.format(Locale.ROOT, "%,d rows assessed (%,.0f rows/s); reports done for %d of %d client%s",
                            r, r / seconds(began), c, clients, clients == 1 ? "" : "s"));
                    shownRows = r;
                    shownClients = c;
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
