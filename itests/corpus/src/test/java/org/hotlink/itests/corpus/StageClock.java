package org.hotlink.itests.corpus;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Accumulates time spent per named stage (clang IR, native link, native run, Hotlink run...). Thread-safe. */
final class StageClock {

    private final Map<String, LongAdder> nanos = new ConcurrentHashMap<>();

    /** Runs {@code action}, adding its duration to {@code stage}. */
    <T, E extends Exception> T time(String stage, ThrowingSupplier<T, E> action) throws E {
        long start = System.nanoTime();
        try {
            return action.get();
        } finally {
            add(stage, System.nanoTime() - start);
        }
    }

    void add(String stage, long elapsedNanos) {
        nanos.computeIfAbsent(stage, s -> new LongAdder()).add(elapsedNanos);
    }

    /** Formats all stages as "stage 1.23 s, other 0.40 s", sorted by name. */
    String format() {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(nanos).forEach((stage, total) -> text.append(text.isEmpty() ? "" : ", ")
                .append(String.format(Locale.ROOT, "%s %.2f s", stage, total.sum() / 1e9)));
        return text.isEmpty() ? "nothing run, all cached" : text.toString();
    }

    /** A supplier that may throw a checked exception. */
    @FunctionalInterface
    interface ThrowingSupplier<T, E extends Exception> {
        T get() throws E;
    }
}
