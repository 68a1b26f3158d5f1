package org.hotlink.shell.impl;

import org.hotlink.diagnostic.HotlinkException;
import org.hotlink.engine.Engine;
import org.hotlink.engine.EngineFactory;
import org.hotlink.engine.EngineOptions;

/**
 * The one engine that every shell session's commands work on, created with the configured options on first
 * use and closed with the component. Thread-safe: creation and closing are synchronized; the engine
 * itself is thread-safe.
 */
final class SharedEngine {
    private final EngineFactory factory;
    private final EngineOptions options;
    private Engine engine; // guarded by this; null until first use and after close

    SharedEngine(EngineFactory factory, EngineOptions options) {
        this.factory = factory;
        this.options = options;
    }

    /** The engine, created now if this is the first use. */
    synchronized Engine get() throws HotlinkException {
        if (engine == null) {
            engine = factory.createEngine(options);
        }
        return engine;
    }

    /** Closes the engine if one was created; a later {@link #get} creates a new one. No compiled code may run. */
    synchronized void close() {
        if (engine != null) {
            engine.close();
            engine = null;
        }
    }
}
