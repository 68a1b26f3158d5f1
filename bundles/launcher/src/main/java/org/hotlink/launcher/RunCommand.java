package org.hotlink.launcher;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.hotlink.engine.Engine;
import org.hotlink.engine.EngineFactory;
import org.hotlink.engine.EngineOptions;

/**
 * {@code hotlink run}: starts the embedded framework, obtains an engine from the {@link EngineFactory}
 * service, loads the program and runs its main, which ends the process. Returns only on failure (by exception).
 */
final class RunCommand implements RunAction {
    /** Framework property (in conf/config.properties) bounding the wait for the engine service. */
    static final String SERVICE_TIMEOUT_PROPERTY = "hotlink.engine.service.timeout.ms";
    private static final long DEFAULT_SERVICE_TIMEOUT_MS = 10_000;

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
        Distribution distribution = Distribution.locate();
        List<Path> bundles = distribution.bundles();
        StorageFolder storage = StorageFolder.create(Path.of(System.getProperty("java.io.tmpdir")));
        try {
            Map<String, Object> configuration = FrameworkConfiguration.load(distribution, storage.path(), err);
            EmbeddedFramework framework = EmbeddedFramework.start(configuration, bundles, clock);
            clock.mark("bundles_started");
            EngineFactory factory;
            try {
                factory = EngineServiceWaiter.await(framework, serviceTimeout(configuration));
            } finally {
                clock.mark("engine_service");
            }
            Engine engine = factory.createEngine(EngineOptions.defaults());
            clock.mark("engine_ready");
            reportStartup();
            if (startupOnly) {
                return ExitStatus.SUCCESS;
            }
            ProgramModules.load(engine, request);
            // The environment as given to bin/hotlink; without it (null), the process's own environ.
            engine.runMainAndExit(request.argv(), environment, status -> {
                if (request.printStats()) {
                    err.println(StatsLine.format(engine.statistics()));
                    err.flush();
                }
                // Bundles were installed by reference, so removing their storage under running code is safe.
                storage.deleteQuietly();
            });
            throw new LauncherException("the engine returned from runMainAndExit");
        } finally {
            reportStartup();
            storage.deleteQuietly();
        }
    }

    /** With HOTLINK_DEBUG=1: the start-up milestones, once (also when start-up fails). */
    private void reportStartup() {
        if (debug && !startupReported) {
            startupReported = true;
            clock.report(err);
        }
    }

    static Duration serviceTimeout(Map<String, Object> configuration) throws LauncherException {
        Object value = configuration.get(SERVICE_TIMEOUT_PROPERTY);
        try {
            return Duration.ofMillis(value == null ? DEFAULT_SERVICE_TIMEOUT_MS : Long.parseLong(value.toString().trim()));
        } catch (NumberFormatException e) {
            throw new LauncherException(SERVICE_TIMEOUT_PROPERTY + " is not a number of milliseconds: " + value, e);
        }
    }
}
