package org.hotlink.resolver.impl;

import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.hotlink.diagnostic.LinkException;
import org.hotlink.linker.ExternalSymbols;

/**
 * One engine's external symbols, searched in precedence order: names defined by Java, then
 * libraries loaded into this scope in load order, then the process. Results (found or not) are
 * cached; defining a name or loading a library clears the cache, since either may change an
 * answer. Thread-safe.
 */
final class ScopedExternalSymbols implements ExternalSymbols {
    private static final long ABSENT = 0L;

    private final Map<String, Long> definedByJava = new ConcurrentHashMap<>();
    private final List<SharedLibrary> libraries = new CopyOnWriteArrayList<>();
    private final Map<String, Long> cache = new ConcurrentHashMap<>();
    private final ProcessSymbols process;

    ScopedExternalSymbols(ProcessSymbols process) {
        this.process = process;
    }

    @Override
    public void define(String name, long address) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("a symbol name must not be empty");
        }
        definedByJava.put(name, address);
        cache.clear();
    }

    @Override
    public void loadLibrary(String path) throws LinkException {
        if (path == null || path.isEmpty()) {
            throw new LinkException("cannot load a library without a path");
        }
        libraries.add(SharedLibrary.open(path));
        cache.clear();
    }

    @Override
    public OptionalLong lookup(String name) {
        Long javaAddress = definedByJava.get(name);
        if (javaAddress != null) {
            return OptionalLong.of(javaAddress);
        }
        long address = cache.computeIfAbsent(name, this::search);
        return address == ABSENT ? OptionalLong.empty() : OptionalLong.of(address);
    }

    private long search(String name) {
        for (SharedLibrary library : libraries) {
            OptionalLong found = library.lookup(name);
            if (found.isPresent()) {
                return found.getAsLong();
            }
        }
        return process.lookup(name).orElse(ABSENT);
    }
}
