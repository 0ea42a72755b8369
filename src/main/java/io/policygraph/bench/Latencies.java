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
                millis[i] = timed(call);
            }
            Arrays.sort(millis);
            return new Latencies(millis);
        } catch (Exception e) {
            throw new IllegalStateException("a measured call failed: " + e.getMessage(), e);
        }
    }

    /**
     * Runs {@code first} and {@code second} alternately, {@code warmUp} times each unmeasured, then
     * {@code count} times each measured: two series taken in the same moments of the machine, so that a
     * burst of background work (a compilation, a collection, another process) falls on both and their
     * ratio does not move with it.
     */
    static Latencies[] paired(int warmUp, int count, Callable<?> first, Callable<?> second) {
        try {
            for (int i = 0; i < warmUp; i++) {
                first.call();
                second.call();
            }
            double[] a = new double[count];
            double[] b = new double[count];
            for (int i = 0; i < count; i++) {
                a[i] = timed(first);
                b[i] = timed(second);
            }
            Arrays.sort(a);
            Arrays.sort(b);
            return new Latencies[] {new Latencies(a), new Latencies(b)};
        } catch (Exception e) {
            throw new IllegalStateException("a measured call failed: " + e.getMessage(), e);
        }
    }

    private static double timed(Callable<?> call) throws Exception {
        long start = System.nanoTime();
        call.call();
        return (System.nanoTime() - start) / 1e6;
    }

    double percentile(int p) {
        int rank = (int) Math.ceil(p / 100.0 * millis.length);
        return millis[Math.max(0, rank - 1)];
    }
}
