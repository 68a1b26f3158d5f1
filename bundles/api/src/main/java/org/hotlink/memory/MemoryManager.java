package org.hotlink.memory;

import org.hotlink.diagnostic.MemoryException;
import org.osgi.annotation.versioning.ProviderType;

/**
 * A memory-permission strategy, registered as a service with the property
 * {@value #STRATEGY_PROPERTY}. Strategies differ in how code gets written without any page being
 * writable and executable at once (dual mapping, fresh pages, permission toggling); an unsafe one
 * for debugging says so through {@link #allowsWritableExecutable()}. Thread-safe.
 */
@ProviderType
public interface MemoryManager {
    String STRATEGY_PROPERTY = "hotlink.memory.strategy";

    /** The strategy's name, such as {@code dual-map}. */
    String strategy();

    /** True only for strategies that may leave a page writable and executable. */
    boolean allowsWritableExecutable();

    /** Reserves a region of {@code reserveBytes} of address space for one engine. */
    MemoryArena createArena(long reserveBytes) throws MemoryException;
}
