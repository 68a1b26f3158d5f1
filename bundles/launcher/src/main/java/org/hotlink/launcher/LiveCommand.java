package org.hotlink.launcher;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import org.hotlink.engine.Engine;
import org.hotlink.engine.EngineOptions;

/**
 * {@code hotlink live}: starts the embedded framework and an engine, makes the libraries available,
 * then runs a {@link LiveSession} on the folder; when the entry returns, ends the process with its
 * value through {@link Engine#exitProcess} (which flushes C stdio). Returns only on failure (by exception)
 * or when the folder could not be followed before the entry started.
 */
final class LiveCommand implements LiveAction {
    /** No event for this long after the last one ends a batch of changes. */
    static final Duration QUIET_PERIOD = Duration.ofMillis(5);
    /**
     * An empty or missing file counts only after staying so this long: saves pass through both states
     * (truncation; rename to a backup before writing anew). Also the least latency of a removal.
     */
    static final Duration TRANSITIONAL_GRACE = Duration.ofMillis(100);

    private final PrintStream err;
    private final boolean debug;
    private final StartupClock clock;

    LiveCommand(PrintStream err, boolean debug, StartupClock clock) {
        this.err = err;
        this.debug = debug;
        this.clock = clock;
    }

    @Override
    public int live(LiveRequest request) throws Exception {
        EngineRuntime runtime;
        try {
            runtime = EngineRuntime.start(err, clock, configured -> {
                EngineOptions options = configured.withReclamation(request.reclamation());
                return request.lazy() ? options.withLazy(true) : options;
            });
        } finally {
            if (debug) {
                clock.report(err);
            }
        }
        try {
            Engine engine = runtime.engine();
            for (String library : request.libraries()) {
                engine.loadLibrary(library);
            }
            Path directory = Path.of(request.directory());
            LiveEventReporter reporter = new LiveEventReporter(err, debug);
            EntryRunner entry = new EntryRunner(engine, request.entry(), request.argv());
            int status;
            try (DirectoryWatcher watcher = DirectoryWatcher.open(directory, QUIET_PERIOD)) {
                ModuleReloader reloader = new ModuleReloader(engine, directory, request.directory(),
                        new StableFileReader(QUIET_PERIOD, TRANSITIONAL_GRACE), reporter, System::nanoTime);
                status = new LiveSession(directory, watcher, reloader, entry, reporter, System::nanoTime).run();
            }
            if (!entry.isStarted()) {
                return status;
            }
            // The process ends natively from here on: no JVM shutdown hook would remove the storage.
            runtime.deleteStorage();
            engine.exitProcess(status);
            throw new LauncherException("the engine returned from exitProcess");
        } finally {
            runtime.deleteStorage();
        }
    }
}
