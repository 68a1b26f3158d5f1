package org.hotlink.itests.cli;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A long-running {@code bin/hotlink} (such as {@code hotlink live}) that a test talks to while it runs:
 * its stdout and stderr are read line by line as they come, and every wait is bounded, so a hang fails
 * the test instead of blocking it. Close it to kill the process and its descendants.
 *
 * <p>Thread-safe: reader threads append lines; tests wait on them.
 */
final class LiveProcess implements AutoCloseable {
    private final List<String> command;
    private final Path workDir;
    private final Process process;
    private final List<String> stdout = new ArrayList<>(); // guarded by this
    private final List<String> stderr = new ArrayList<>(); // guarded by this

    private LiveProcess(List<String> command, Path workDir, Process process) {
        this.command = command;
        this.workDir = workDir;
        this.process = process;
    }

    /** Starts {@code bin/hotlink ARGS...} in {@code workDir} with stdin /dev/null and counts it as one run. */
    static LiveProcess start(Path workDir, String... args) {
        List<String> command = Hotlink.command(workDir, args).command();
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + command, e);
        }
        Hotlink.countRun();
        LiveProcess live = new LiveProcess(command, workDir, process);
        live.readLines(process.getInputStream(), live.stdout, "stdout");
        live.readLines(process.getErrorStream(), live.stderr, "stderr");
        return live;
    }

    private void readLines(InputStream stream, List<String> lines, String name) {
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    synchronized (this) {
                        lines.add(line);
                        notifyAll();
                    }
                }
            } catch (IOException e) {
                // The process was killed: the lines read so far are all there is.
            }
        }, "live-process-" + name);
        reader.setDaemon(true);
        reader.start();
    }

    /** Index of the first stdout line at or after {@code from} matching, waiting up to {@code limit}; fails otherwise. */
    int awaitStdout(int from, Predicate<String> matching, Duration limit, String what) throws InterruptedException {
        return await(stdout, from, matching, limit, what);
    }

    /** Index of the first stderr line at or after {@code from} matching, waiting up to {@code limit}; fails otherwise. */
    int awaitStderr(int from, Predicate<String> matching, Duration limit, String what) throws InterruptedException {
        return await(stderr, from, matching, limit, what);
    }

    private synchronized int await(List<String> lines, int from, Predicate<String> matching, Duration limit, String what)
            throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        for (int next = from; ; ) {
            for (; next < lines.size(); next++) {
                if (matching.test(lines.get(next))) {
                    return next;
                }
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("expected " + what + " within " + limit.toSeconds() + " s" + describe());
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
    }

    synchronized List<String> stdoutLines() {
        return List.copyOf(stdout);
    }

    synchronized List<String> stderrLines() {
        return List.copyOf(stderr);
    }

    /** The exit status once the process ended within {@code limit}; empty if it still runs. */
    Optional<Integer> awaitExit(Duration limit) throws InterruptedException {
        if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
            return Optional.empty();
        }
        return Optional.of(process.exitValue());
    }

    /** Whether the process still runs. */
    boolean isAlive() {
        return process.isAlive();
    }

    /** For assertion messages: the command, where it ran, whether it runs, and its output so far. */
    synchronized String describe() {
        return "\n  command: " + String.join(" ", command) + "\n  in: " + workDir
                + "\n  state: " + (process.isAlive() ? "running" : "exit status " + process.exitValue())
                + "\n  stdout: " + String.join("\n          ", tail(stdout))
                + "\n  stderr: " + String.join("\n          ", tail(stderr));
    }

    private static List<String> tail(List<String> lines) {
        return lines.size() <= 40 ? lines : lines.subList(lines.size() - 40, lines.size());
    }

    /** Kills the process and its descendants if they still run. */
    @Override
    public void close() throws InterruptedException {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }
}
