package org.hotlink.engine.impl.lazy;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.hotlink.ir.Module;
import org.hotlink.linker.CodeRange;

/**
 * One lazily compiled module version: its verified IR, the compilations started for it (one per
 * function: the first caller compiles, later callers wait for the same future), and the bodies of
 * the functions compiled so far (for the fault handler's names). Thread-safe.
 *
 * @param moduleName the module
 * @param version    the link layer's number of this version
 * @param ir         its verified IR, only read by compilations
 */
public record LazyModuleVersion(String moduleName, long version, Module ir,
                                ConcurrentHashMap<String, CompletableFuture<Void>> compilations,
                                CopyOnWriteArrayList<CodeRange> compiledBodies) {
    public LazyModuleVersion(String moduleName, long version, Module ir) {
        this(moduleName, version, ir, new ConcurrentHashMap<>(), new CopyOnWriteArrayList<>());
    }

    /** The bodies of the functions compiled so far. */
    public List<CodeRange> bodies() {
        return List.copyOf(compiledBodies);
    }
}
