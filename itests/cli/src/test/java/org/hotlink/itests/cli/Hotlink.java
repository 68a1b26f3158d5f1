package org.hotlink.itests.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The {@code bin/hotlink} command of the repository under test, run as a subprocess. Counts every run, so
 * that each test class can report how many end-to-end runs it made ({@link RunSummary}).
 */
final class Hotlink {

    /** Time limit of one run: start-up of the JVM and Felix on a loaded machine plus the program. */
    static final Duration TIMEOUT = Duration.ofSeconds(Long.getLong("hotlink.cli.timeout.seconds", 120));

    private static final AtomicInteger RUNS = new AtomicInteger();

    private Hotlink() {
    }

    /** The repository root, from the system property {@code hotlink.repo.root} set by surefire. */
    static Path repoRoot() {
        String root = System.getProperty("hotlink.repo.root");
        if (root == null) {
            throw new IllegalStateException("system property hotlink.repo.root is not set (run through Maven)");
        }
        return Path.of(root).toAbsolutePath().normalize();
    }

    /** The launcher script {@code <repo>/bin/hotlink}; fails when it or the distribution is missing. */
    static Path script() {
        Path script = repoRoot().resolve("bin/hotlink");
        if (!Files.isExecutable(script)) {
            throw new IllegalStateException("expected an executable " + script);
        }
        if (!Files.isDirectory(repoRoot().resolve("bundles/launcher/target/hotlink"))) {
            throw new IllegalStateException("expected the distribution in bundles/launcher/target/hotlink; "
                    + "build it with: mvn -o -q install -DskipTests");
        }
        return script;
    }

    /** A runner of {@code bin/hotlink ARGS...} (no implicit {@code run}) in {@code workDir}. */
    static CommandRunner command(Path workDir, String... args) {
        List<String> command = new ArrayList<>();
        command.add(script().toString());
        command.addAll(List.of(args));
        return CommandRunner.of(command).in(workDir).timeout(TIMEOUT);
    }

    /** Runs {@code bin/hotlink ARGS...} in {@code workDir} with the inherited environment and stdin /dev/null. */
    static ProcessOutcome invoke(Path workDir, String... args) {
        return execute(command(workDir, args));
    }

    /** Runs a runner made by {@link #command} and counts it as one end-to-end run. */
    static ProcessOutcome execute(CommandRunner runner) {
        RUNS.incrementAndGet();
        return runner.execute();
    }

    /** Counts one end-to-end run started some other way than {@link #execute} (such as a {@link LiveProcess}). */
    static void countRun() {
        RUNS.incrementAndGet();
    }

    /** End-to-end runs made in this JVM so far. */
    static int runCount() {
        return RUNS.get();
    }
}
