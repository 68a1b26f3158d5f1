package org.hotlink.engine;

import org.hotlink.diagnostic.HotlinkException;
import org.osgi.annotation.versioning.ProviderType;

/** Service that creates engines from the back-ends, memory strategies, linker and resolver present. */
@ProviderType
public interface EngineFactory {
    /** @throws HotlinkException when the named target or memory strategy is not available */
    Engine createEngine(EngineOptions options) throws HotlinkException;
}
