package io.policygraph.bench;

import java.util.Arrays;
import java.util.concurrent.Callable;

/** Wall times of repeated calls, in milliseconds, and their percentiles (nearest rank). */
record Latencies(double[] millis) {

    /** Runs {@code call} {@code warmUp} times unmeasured, then {@code count} times measured, one after another. */
    static Latencies measure(int warmUp, int count, Callable<?> call) {
        try {
            for (int i = 0; i < warmUp; i++) {
                call.call();
            }
            double[] millis = new double[count];
            for (int i = 0; i < count; i++) {
                long start = System.nanoTime();
                call.call();
                millis[i] = (System.nanoTime() - start) / 1e6;
            }
            Arrays.sort(millis);
            return new Latencies(millis);
        } catch (Exception e) {
            throw new IllegalStateException("a measured call failed: " + e.getMessage(), e);
        }
    }

    double percentile(int p) {
        int rank = (int) Math.ceil(p / 100.0 * millis.length);
        return millis[Math.max(0, rank - 1)];
    }
}
