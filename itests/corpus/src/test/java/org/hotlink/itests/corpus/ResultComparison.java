package org.hotlink.itests.corpus;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Compares a run against the native reference and explains any difference like a short diff. */
final class ResultComparison {

    private static final int CONTEXT_LINES = 2;
    private static final int STDERR_LINES = 15;

    private ResultComparison() {
    }

    /** Returns why {@code actual} differs from {@code expected} in stdout or exit code, or empty if equal. */
    static Optional<String> mismatch(RunResult expected, RunResult actual, String runnerName, Duration timeout) {
        if (actual.timedOut()) {
            return Optional.of(runnerName + " timed out after " + timeout.toSeconds() + " s; expected native "
                    + expected.describeEnd() + stderrTail(actual));
        }
        StringBuilder message = new StringBuilder();
        if (expected.exitCode() != actual.exitCode()) {
            message.append("expected exit code ").append(expected.exitCode()).append(" (native) but ")
                    .append(runnerName).append(" exited with ").append(actual.exitCode()).append('\n');
        }
        if (!expected.stdout().equals(actual.stdout())) {
            message.append(stdoutDiff(expected.stdout(), actual.stdout(), runnerName));
        }
        if (message.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(message + stderrTail(actual));
    }

    /** A diff-like excerpt around the first differing line of stdout. */
    static String stdoutDiff(String expected, String actual, String runnerName) {
        List<String> want = expected.lines().toList();
        List<String> got = actual.lines().toList();
        int first = 0;
        while (first < want.size() && first < got.size() && want.get(first).equals(got.get(first))) {
            first++;
        }
        StringBuilder diff = new StringBuilder("expected stdout (native, " + want.size() + " lines) but "
                + runnerName + " printed " + got.size() + " lines; first difference at line " + (first + 1) + ":\n");
        for (int i = Math.max(0, first - CONTEXT_LINES); i < first; i++) {
            diff.append("  ").append(want.get(i)).append('\n');
        }
        for (int i = first; i < Math.min(want.size(), first + CONTEXT_LINES + 1); i++) {
            diff.append("- ").append(want.get(i)).append('\n');
        }
        for (int i = first; i < Math.min(got.size(), first + CONTEXT_LINES + 1); i++) {
            diff.append("+ ").append(got.get(i)).append('\n');
        }
        if (first >= want.size() && first >= got.size()) {
            diff.append("  (lines are equal; the outputs differ in line endings or a final newline)\n");
        }
        return diff.toString();
    }

    private static String stderrTail(RunResult actual) {
        if (actual.stderr().isBlank()) {
            return "";
        }
        List<String> lines = actual.stderr().lines().toList();
        return "\nstderr:\n  " + String.join("\n  ", lines.subList(Math.max(0, lines.size() - STDERR_LINES),
                lines.size()));
    }
}
