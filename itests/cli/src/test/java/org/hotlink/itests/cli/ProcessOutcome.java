package org.hotlink.itests.cli;

import java.time.Duration;
import java.util.List;

/**
 * How one external command ended: its exit status (128 + signal number when a signal ended it, as a shell
 * reports it), its stdout and stderr captured separately, and whether it was killed at its time limit.
 */
record ProcessOutcome(List<String> command, String workDir, int exitStatus, String stdout, String stderr,
        boolean timedOut, Duration wall) {

    private static final int SHOWN_CHARS = 3000;

    /** The lines of stderr without their terminators; an empty stderr has no lines. */
    List<String> stderrLines() {
        return lines(stderr);
    }

    /** The lines of stdout without their terminators; an empty stdout has no lines. */
    List<String> stdoutLines() {
        return lines(stdout);
    }

    /** A multi-line description for assertion messages: the command, where it ran, how it ended, its output. */
    String describe() {
        return "\n  command: " + String.join(" ", command.stream().map(ProcessOutcome::quote).toList())
                + "\n  in: " + workDir
                + "\n  ended: " + (timedOut ? "killed after time limit" : "exit status " + exitStatus)
                + " after " + wall.toMillis() + " ms"
                + "\n  stdout: " + shown(stdout)
                + "\n  stderr: " + shown(stderr);
    }

    private static List<String> lines(String text) {
        if (text.isEmpty()) {
            return List.of();
        }
        String body = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        return List.of(body.split("\n", -1));
    }

    private static String shown(String text) {
        String cut = text.length() > SHOWN_CHARS ? text.substring(0, SHOWN_CHARS) + "...(" + text.length()
                + " chars)" : text;
        return "[" + cut.replace("\n", "\n          ") + "]";
    }

    private static String quote(String arg) {
        return arg.isEmpty() || arg.chars().anyMatch(c -> c == ' ' || c == '"' || c == '\'')
                ? "'" + arg.replace("'", "'\\''") + "'" : arg;
    }
}
