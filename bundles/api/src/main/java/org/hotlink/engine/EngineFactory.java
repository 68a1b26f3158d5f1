package org.hotlink.engine;

import org.hotlink.diagnostic.HotlinkException;
import org.osgi.annotation.versioning.ProviderType;

/** Service that creates engines from the back-ends, memory strategies, linker and resolver present. */
@ProviderType
public interface EngineFactory {
    /** @throws HotlinkException when the named target or memory strategy is not available */
    Engine createEngine(EngineOptions options) throws HotlinkException;

    /** Configuration PID of the factory's defaults (properties {@value #LAZY} and {@value #COMPILE_THREADS}). */
    String CONFIGURATION_PID = "org.hotlink.engine";
    /** Configuration property, also read as a framework property: whether engines compile lazily by default. */
    String LAZY = "hotlink.lazy";
    /** Configuration property, also read as a framework property: lazy compilations running at once. */
    String COMPILE_THREADS = "hotlink.compile.threads";

    /**
     * {@link EngineOptions#defaults()} with this factory's configuration applied: from Configuration
     * Admin (PID {@value #CONFIGURATION_PID}) when configured, else from the framework properties of
     * the same names (the launcher's {@code runtime-config/config.properties}).
     */
    default EngineOptions configuredOptions() {
        return EngineOptions.defaults();
    }
}
