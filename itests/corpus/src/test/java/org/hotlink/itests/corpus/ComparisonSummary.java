package org.hotlink.itests.corpus;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Counts compared, passed, failed and timed-out runs per level, and prints one summary line. Thread-safe. */
final class ComparisonSummary {

    /** How one comparison ended. */
    enum Outcome { PASSED, FAILED, TIMED_OUT, KNOWN_FAILURE }

    private final String suite;
    private final Map<String, int[]> countsByLevel = new LinkedHashMap<>();

    ComparisonSummary(String suite) {
        this.suite = suite;
    }

    synchronized void record(OptLevel level, Outcome outcome) {
        countsByLevel.computeIfAbsent(level.label(), l -> new int[Outcome.values().length])[outcome.ordinal()]++;
    }

    synchronized int count(Outcome outcome) {
        return countsByLevel.values().stream().mapToInt(c -> c[outcome.ordinal()]).sum();
    }

    synchronized int count(OptLevel level, Outcome outcome) {
        int[] counts = countsByLevel.get(level.label());
        return counts == null ? 0 : counts[outcome.ordinal()];
    }

    /** Formats e.g. "corpus via bin/hotlink: -O0: 70 compared, 70 passed, 0 failed, 0 timed out; ...". */
    synchronized String format(String runnerName, long wallMillis, String stages) {
        StringBuilder line = new StringBuilder(suite + " via " + runnerName + ":");
        countsByLevel.forEach((level, c) -> line.append(String.format(Locale.ROOT,
                " %s: %d compared, %d passed, %d failed, %d timed out, %d known failures;", level,
                c[0] + c[1] + c[2] + c[3], c[0], c[1], c[2], c[3])));
        line.append(String.format(Locale.ROOT, " wall %.1f s (%s)", wallMillis / 1000.0, stages));
        return line.toString();
    }
}
