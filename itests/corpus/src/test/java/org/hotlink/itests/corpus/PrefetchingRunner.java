package org.hotlink.itests.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Runs the programs of a differential run ahead of the tests, on {@code corpus.run.threads} threads
 * (default 2 for the command-line runner, whose runs are separate processes and mostly JVM start-up;
 * 1, meaning no prefetching, for the in-process runner). Each test then takes its program's result in
 * order, so test output and the summary stay as without prefetching.
 */
final class PrefetchingRunner implements HotlinkRunner {
    private record Key(Path mainLl, List<Path> extraModules, List<String> args) {
    }

    private final HotlinkRunner runner;
    private final Map<Key, CompletableFuture<RunResult>> results = new ConcurrentHashMap<>();

    private PrefetchingRunner(HotlinkRunner runner) {
        this.runner = runner;
    }

    static HotlinkRunner wrap(HotlinkRunner runner, List<BuildOutcome> outcomes, Duration timeout) {
        int threads = Integer.getInteger("corpus.run.threads", runner instanceof CommandLineRunner ? 2 : 1);
        if (threads <= 1) {
            return runner;
        }
        PrefetchingRunner prefetching = new PrefetchingRunner(runner);
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "corpus-run");
            thread.setDaemon(true);
            return thread;
        });
        for (BuildOutcome outcome : outcomes) {
            BuiltProgram built = outcome.built();
            if (built == null) {
                continue;
            }
            Key key = new Key(built.mainLl(), built.extraLls(), built.program().args());
            prefetching.results.computeIfAbsent(key, k -> CompletableFuture.supplyAsync(() -> {
                try {
                    return runner.run(k.mainLl(), k.extraModules(), k.args(), timeout);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, pool));
        }
        pool.shutdown();
        return prefetching;
    }

    @Override
    public RunResult run(Path mainLl, List<Path> extraModules, List<String> args, Duration timeout) throws IOException {
        CompletableFuture<RunResult> ahead = results.remove(new Key(mainLl, List.copyOf(extraModules), List.copyOf(args)));
        if (ahead == null) {
            return runner.run(mainLl, extraModules, args, timeout);
        }
        try {
            return ahead.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            throw e;
        }
    }

    @Override
    public String name() {
        return runner.name();
    }
}
