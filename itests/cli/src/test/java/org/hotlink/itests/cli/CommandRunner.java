package org.hotlink.itests.cli;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Runs one external command with a time limit and captures stdout and stderr separately. Stdin is either
 * /dev/null or a pipe fed with given bytes and then closed. The environment is either the test JVM's, with
 * changes, or exactly a given map.
 */
final class CommandRunner {
    private static final java.util.concurrent.ExecutorService STREAM_THREADS =
            java.util.concurrent.Executors.newCachedThreadPool(task -> {
                Thread thread = new Thread(task, "command-runner-stream");
                thread.setDaemon(true);
                return thread;
            });


    private final List<String> command = new ArrayList<>();
    private final Map<String, String> environmentChanges = new LinkedHashMap<>();
    private Map<String, String> exactEnvironment;
    private Path workDir;
    private byte[] stdin;
    private Duration timeout = Duration.ofSeconds(60);

    private CommandRunner(List<String> command) {
        this.command.addAll(command);
    }

    /** A runner for {@code command} (program and arguments, passed verbatim, no shell). */
    static CommandRunner of(List<String> command) {
        return new CommandRunner(command);
    }

    /** Appends arguments to the command. */
    CommandRunner args(String... args) {
        command.addAll(List.of(args));
        return this;
    }

    /** Runs the command in {@code dir} (default: the test JVM's working directory). */
    CommandRunner in(Path dir) {
        this.workDir = dir;
        return this;
    }

    /** Sets (or, with a null value, removes) one variable of the inherited environment. */
    CommandRunner env(String name, String value) {
        environmentChanges.put(name, value);
        return this;
    }

    /** Gives the command exactly {@code environment}, nothing inherited (changes by {@link #env} apply on top). */
    CommandRunner exactEnvironment(Map<String, String> environment) {
        this.exactEnvironment = new LinkedHashMap<>(environment);
        return this;
    }

    /** Feeds {@code text} (UTF-8) through a pipe to stdin, then closes it. Default: stdin is /dev/null. */
    CommandRunner stdin(String text) {
        this.stdin = text.getBytes(StandardCharsets.UTF_8);
        return this;
    }

    /** Kills the command (and its descendants) after {@code limit}; default 60 s. */
    CommandRunner timeout(Duration limit) {
        this.timeout = limit;
        return this;
    }

    /** The command line as it will run. */
    List<String> command() {
        return List.copyOf(command);
    }

    /** Starts the command and waits for its end or its time limit. */
    ProcessOutcome execute() {
        ProcessBuilder builder = new ProcessBuilder(command);
        if (workDir != null) {
            builder.directory(workDir.toFile());
        }
        Map<String, String> env = builder.environment();
        if (exactEnvironment != null) {
            env.clear();
            env.putAll(exactEnvironment);
        }
        environmentChanges.forEach((name, value) -> {
            if (value == null) {
                env.remove(name);
            } else {
                env.put(name, value);
            }
        });
        builder.redirectInput(stdin == null ? ProcessBuilder.Redirect.from(new File("/dev/null"))
                : ProcessBuilder.Redirect.PIPE);
        long start = System.nanoTime();
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + command, e);
        }
        // Each stream gets its own thread: on a 2-core machine the common pool has one worker, and a
        // drain blocking on it would starve the feeder of a program that waits for its stdin.
        CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> drain(process.getInputStream()), STREAM_THREADS);
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> drain(process.getErrorStream()), STREAM_THREADS);
        if (stdin != null) {
            CompletableFuture.runAsync(() -> feed(process.getOutputStream(), stdin), STREAM_THREADS);
        }
        boolean finished;
        try {
            finished = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (!finished) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                process.waitFor(30, TimeUnit.SECONDS);
            }
            Duration wall = Duration.ofNanos(System.nanoTime() - start);
            return new ProcessOutcome(command(), String.valueOf(workDir), finished ? process.exitValue() : -1,
                    out.get(30, TimeUnit.SECONDS), err.get(30, TimeUnit.SECONDS), !finished, wall);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IllegalStateException("interrupted while running " + command, e);
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("cannot read the output of " + command, e);
        }
    }

    private static String drain(InputStream stream) {
        try (stream) {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            stream.transferTo(buffer);
            return buffer.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void feed(OutputStream stream, byte[] bytes) {
        try (stream) {
            stream.write(bytes);
        } catch (IOException e) {
            // The program may exit without reading all of its input; a broken pipe is its business.
        }
    }
}
