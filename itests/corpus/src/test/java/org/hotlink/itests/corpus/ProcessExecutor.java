package org.hotlink.itests.corpus;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs an external command with stdin closed, stdout and stderr captured, and a time limit. */
final class ProcessExecutor {

    private static final File NULL_INPUT = new File("/dev/null");

    private ProcessExecutor() {
    }

    /**
     * Runs {@code command} in {@code workDir}; kills it and its descendants after {@code timeout}.
     * Output is captured through temporary files so that no pipe can fill up and block the child.
     */
    static RunResult execute(List<String> command, Path workDir, Duration timeout) throws IOException {
        return execute(command, workDir, timeout, Map.of());
    }

    /** As {@link #execute(List, Path, Duration)}, with {@code extraEnv} added to the environment. */
    static RunResult execute(List<String> command, Path workDir, Duration timeout, Map<String, String> extraEnv)
            throws IOException {
        Files.createDirectories(workDir);
        Path out = Files.createTempFile(workDir, "run", ".out");
        Path err = Files.createTempFile(workDir, "run", ".err");
        try {
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(workDir.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(NULL_INPUT))
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile());
            builder.environment().putAll(extraEnv);
            Process process = builder.start();
            boolean finished = waitFor(process, timeout);
            if (!finished) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                waitFor(process, Duration.ofSeconds(10));
            }
            return new RunResult(read(out), read(err), finished ? process.exitValue() : -1, !finished);
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /** Runs a command that must succeed; throws with its stderr otherwise. */
    static RunResult executeChecked(List<String> command, Path workDir, Duration timeout) throws IOException {
        RunResult result = execute(command, workDir, timeout);
        if (result.timedOut() || result.exitCode() != 0) {
            throw new IOException("command failed (" + result.describeEnd() + "): " + String.join(" ", command)
                    + "\n" + result.stderr());
        }
        return result;
    }

    private static boolean waitFor(Process process, Duration timeout) throws IOException {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IOException("interrupted while waiting for " + process.info().command().orElse("process"), e);
        }
    }

    private static String read(Path file) throws IOException {
        return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
    }
}
