package io.fleetfit.job;

import java.io.PrintStream;

/** fleetfit's own console output: steps as they start, with the time since the run began. */
final class Progress {

    private final PrintStream out;
    private final long start = System.nanoTime();

    Progress(PrintStream out) {
        this.out = out;
    }

    void step(String what) {
        out.printf("[%5.1fs] %s%n", (System.nanoTime() - start) / 1e9, what);
        out.flush();
    }

    PrintStream out() {
        return out;
    }
}
