package org.hotlink.engine.impl.lazy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hotlink.ir.Module;
import org.hotlink.linker.CodeRange;

/**
 * The lazily compiled module versions in effect, by module name. The engine registers a version
 * right after the link layer published it, under the engine's lock; a trampoline call can reach the
 * new version's stubs in between, so {@link #await} waits briefly for the registration instead of
 * taking the engine's lock (which a compile must never need). Thread-safe (this object's monitor).
 */
public final class LazyModuleVersions {
    /** How long one wait for a registration lasts before the caller looks at the stub again. */
    private static final long WAIT_MILLIS = 1;

    private final Map<String, LazyModuleVersion> versions = new HashMap<>();

    /** Makes {@code version} of {@code moduleName} the one in effect (a lazy one). */
    public synchronized void publish(String moduleName, long version, Module ir) {
        versions.put(moduleName, new LazyModuleVersion(moduleName, version, ir));
        notifyAll();
    }

    /** The module is gone, or its version in effect was compiled eagerly. */
    public synchronized void forget(String moduleName) {
        versions.remove(moduleName);
        notifyAll();
    }

    /**
     * The registered version {@code version} of {@code moduleName}; null if another version is
     * registered, or if none is after a short wait (the caller asks the layer again: the stub may
     * lead elsewhere by then).
     */
    public synchronized LazyModuleVersion await(String moduleName, long version) throws InterruptedException {
        LazyModuleVersion found = versions.get(moduleName);
        if (found == null || found.version() < version) {
            wait(WAIT_MILLIS);
            found = versions.get(moduleName);
        }
        return found != null && found.version() == version ? found : null;
    }

    /** The bodies of every function compiled lazily in the versions in effect. */
    public synchronized List<CodeRange> compiledBodies() {
        List<CodeRange> bodies = new ArrayList<>();
        for (LazyModuleVersion version : versions.values()) {
            bodies.addAll(version.compiledBodies());
        }
        return bodies;
    }

    /** Whether any version in effect is lazy. */
    public synchronized boolean hasAny() {
        return !versions.isEmpty();
    }

    public synchronized void clear() {
        versions.clear();
        notifyAll();
    }
}
