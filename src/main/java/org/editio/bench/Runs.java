package org.editio.bench;

import java.util.ArrayList;
import java.util.List;

/** Times of repeated runs of one measurement (wall times, or processor times), in seconds, in run order. Immutable. */
record Runs(List<Double> seconds) {
    Runs {
        seconds = List.copyOf(seconds);
    }

    /** A measured piece of work that may throw. */
    interface Work {
        void run() throws Exception;
    }

    /**
     * Times {@code work} {@code n} times with {@link System#nanoTime}; {@code before} (emptying an output
     * folder, a garbage collection) runs before each and is not timed.
     */
    static Runs time(int n, Runnable before, Work work) {
        List<Double> s = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            before.run();
            long start = System.nanoTime();
            try {
                work.run();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
            s.add((System.nanoTime() - start) / 1e9);
        }
        return new Runs(s);
    }

    /**
     * Times two pieces of work {@code n} times each, taking turns (first, second, first, second …), so that both
     * are measured across the same stretch of time: on a shared machine whose speed drifts over minutes, the
     * ratio of their medians then compares like with like. {@code before} runs untimed before each. Returns the
     * first's runs, then the second's.
     */
    static List<Runs> alternately(int n, Runnable beforeFirst, Work first, Runnable beforeSecond, Work second) {
        List<Double> a = new ArrayList<>();
        List<Double> b = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            a.addAll(time(1, beforeFirst, first).seconds());
            b.addAll(time(1, beforeSecond, second).seconds());
        }
        return List.of(new Runs(a), new Runs(b));
    }

    /** Each run divided by {@code n} (per-document times). */
    Runs per(int n) {
        return new Runs(seconds.stream().map(x -> x / n).toList());
    }

    double median() {
        List<Double> sorted = seconds.stream().sorted().toList();
        int k = sorted.size();
        return k % 2 == 1 ? sorted.get(k / 2) : (sorted.get(k / 2 - 1) + sorted.get(k / 2)) / 2;
    }
}
