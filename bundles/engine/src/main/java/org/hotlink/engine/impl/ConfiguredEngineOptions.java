package org.hotlink.engine.impl;

import java.util.Map;
import java.util.function.UnaryOperator;
import org.hotlink.engine.EngineFactory;
import org.hotlink.engine.EngineOptions;

/**
 * The engine factory's default options: each property from the component's configuration
 * (Configuration Admin) when present, else from the framework property of the same name, else the
 * built-in default. A malformed value is ignored with the default kept, since a configuration file
 * must not stop the factory from working; it is reported on stderr.
 */
final class ConfiguredEngineOptions {
    private ConfiguredEngineOptions() {
    }

    static EngineOptions from(Map<String, Object> configuration, UnaryOperator<String> frameworkProperties) {
        EngineOptions options = EngineOptions.defaults();
        String lazy = value(EngineFactory.LAZY, configuration, frameworkProperties);
        if (lazy != null) {
            options = options.withLazy(Boolean.parseBoolean(lazy.trim()));
        }
        String threads = value(EngineFactory.COMPILE_THREADS, configuration, frameworkProperties);
        if (threads != null) {
            try {
                options = options.withCompileThreads(Integer.parseInt(threads.trim()));
            } catch (IllegalArgumentException e) {
                System.err.println("hotlink: ignoring " + EngineFactory.COMPILE_THREADS + "=" + threads
                        + ": not a positive number");
            }
        }
        return options;
    }

    private static String value(String name, Map<String, Object> configuration, UnaryOperator<String> frameworkProperties) {
        Object configured = configuration == null ? null : configuration.get(name);
        return configured != null ? configured.toString() : frameworkProperties.apply(name);
    }
}
