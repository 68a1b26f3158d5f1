package org.hotlink.launcher;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.hotlink.diagnostic.HotlinkException;
import org.hotlink.engine.Engine;
import org.hotlink.engine.EngineFactory;
import org.hotlink.engine.EngineOptions;

/**
 * The embedded framework with the distribution's bundles, and one engine made by its {@link EngineFactory}
 * service: what {@code hotlink run} and {@code hotlink live} run on.
 */
final class EngineRuntime {
    /** Framework property (in conf/config.properties) bounding the wait for the engine service. */
    static final String SERVICE_TIMEOUT_PROPERTY = "hotlink.engine.service.timeout.ms";
    private static final long DEFAULT_SERVICE_TIMEOUT_MS = 10_000;

    private final StorageFolder storage;
    private final Engine engine;

    private EngineRuntime(StorageFolder storage, Engine engine) {
        this.storage = storage;
        this.engine = engine;
    }

    /** Starts the framework and waits for the engine service; the clock records the milestones. */
    /**
     * @param options the engine's options from the factory's configured ones ({@link EngineFactory#configuredOptions()})
     */
    static EngineRuntime start(PrintStream err, StartupClock clock, java.util.function.UnaryOperator<EngineOptions> options)
            throws LauncherException, HotlinkException {
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
            Engine engine = factory.createEngine(options.apply(factory.configuredOptions()));
            clock.mark("engine_ready");
            return new EngineRuntime(storage, engine);
        } catch (LauncherException | HotlinkException | RuntimeException e) {
            storage.deleteQuietly();
            throw e;
        }
    }

    Engine engine() {
        return engine;
    }

    /**
     * Removes the framework's storage folder. Safe while the framework runs (bundles are installed by
     * reference), and needed before the process ends natively, which runs no JVM shutdown hooks.
     */
    void deleteStorage() {
        storage.deleteQuietly();
    }

    private static Duration serviceTimeout(Map<String, Object> configuration) throws LauncherException {
        Object value = configuration.get(SERVICE_TIMEOUT_PROPERTY);
        try {
            return Duration.ofMillis(value == null ? DEFAULT_SERVICE_TIMEOUT_MS : Long.parseLong(value.toString().trim()));
        } catch (NumberFormatException e) {
            throw new LauncherException(SERVICE_TIMEOUT_PROPERTY + " is not a number of milliseconds: " + value, e);
        }
    }
}
