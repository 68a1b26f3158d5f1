package org.hotlink.memory.dualmap;

import org.hotlink.diagnostic.MemoryException;
import org.hotlink.memory.MemoryArena;
import org.hotlink.memory.MemoryManager;
import org.osgi.service.component.annotations.Component;

/**
 * The "dual-map" memory strategy: code lives in a memfd mapped twice, executed through a
 * read-execute view inside the arena and written through a read-write alias elsewhere, so no page
 * is ever writable and executable. Usable as a DS component or directly through its constructor.
 * Thread-safe (it holds no state).
 */
@Component(service = MemoryManager.class, property = MemoryManager.STRATEGY_PROPERTY + "=" + DualMapMemoryManager.STRATEGY)
public final class DualMapMemoryManager implements MemoryManager {
    public static final String STRATEGY = "dual-map";

    public DualMapMemoryManager() {
        // A public no-arg constructor for plain-Java use besides Declarative Services.
    }

    @Override
    public String strategy() {
        return STRATEGY;
    }

    @Override
    public boolean allowsWritableExecutable() {
        return false;
    }

    /** Reserves an arena of at most 2 GiB so every segment is in 32-bit PC-relative reach of every other. */
    @Override
    public MemoryArena createArena(long reserveBytes) throws MemoryException {
        return DualMapArena.create(reserveBytes);
    }
}
