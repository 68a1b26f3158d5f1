package org.hotlink.launcher;

import java.io.PrintStream;
import java.util.List;
import org.hotlink.engine.CompileMode;
import org.hotlink.engine.Engine;

/**
 * {@code hotlink run}: starts the embedded framework and an engine ({@link EngineRuntime}), loads the
 * program and runs its main, which ends the process. Returns only on failure (by exception).
 */
final class RunCommand implements RunAction {
    private final PrintStream err;
    private final boolean debug;
    private final boolean startupOnly;
    private final StartupClock clock;
    private boolean startupReported;

    /**
     * @param startupOnly stop with status 0 once the engine exists, without loading the program: bin/hotlink
     *                    uses it to record its class-data archive, and it measures start-up alone
     */
    RunCommand(PrintStream err, boolean debug, boolean startupOnly, StartupClock clock) {
        this.err = err;
        this.debug = debug;
        this.startupOnly = startupOnly;
        this.clock = clock;
    }

    @Override
    public int run(RunRequest request) throws Exception {
        List<String> environment = OriginalEnvironment.takeSaved();
        EngineRuntime runtime = null;
        try {
            boolean[] lazy = new boolean[1];
            runtime = EngineRuntime.start(err, clock, configured -> {
                lazy[0] = request.lazy() || configured.lazy();
                return configured.withLazy(lazy[0]);
            });
            reportStartup();
            if (startupOnly) {
                return ExitStatus.SUCCESS;
            }
            Engine engine = runtime.engine();
            // A program's modules are never redefined: eagerly compiled ones are sealed, with direct calls.
            ProgramModules.load(engine, request, lazy[0] ? CompileMode.LAZY : CompileMode.SEALED);
            EngineRuntime started = runtime;
            // The environment as given to bin/hotlink; without it (null), the process's own environ.
            engine.runMainAndExit(request.argv(), environment, status -> {
                if (request.printStats()) {
                    err.println(StatsLine.format(engine.statistics()));
                    err.flush();
                }
                // Bundles were installed by reference, so removing their storage under running code is safe.
                started.deleteStorage();
            });
            throw new LauncherException("the engine returned from runMainAndExit");
        } finally {
            reportStartup();
            if (runtime != null) {
                runtime.deleteStorage();
            }
        }
    }

    /** With HOTLINK_DEBUG=1: the start-up milestones, once (also when start-up fails). */
    private void reportStartup() {
        if (debug && !startupReported) {
            startupReported = true;
            clock.report(err);
        }
    }
}
