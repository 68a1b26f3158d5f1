package org.hotlink.resolver.impl;

import java.util.OptionalLong;
import org.hotlink.diagnostic.LinkException;
import org.hotlink.diagnostic.SourceLocation;

/**
 * A shared library opened with {@code RTLD_NOW | RTLD_LOCAL}: its symbols are reachable through
 * this handle only, not through the process's global scope. It stays open for the life of the
 * process (code bound to it may run until then).
 */
record SharedLibrary(String path, long handle) {
    static SharedLibrary open(String path) throws LinkException {
        synchronized (DynamicLinkerCalls.class) {
            long handle = DynamicLinkerCalls.dlopen(path, DynamicLinkerCalls.RTLD_NOW | DynamicLinkerCalls.RTLD_LOCAL);
            if (handle == 0) {
                String reason = DynamicLinkerCalls.dlerror();
                throw new LinkException("cannot load library " + path + ": " + (reason == null ? "unknown dlopen error" : reason),
                        new SourceLocation(path, 0, 0, ""));
            }
            return new SharedLibrary(path, handle);
        }
    }

    /** The library's (or its dependencies') definition of {@code name}, if any. */
    OptionalLong lookup(String name) {
        long address = DynamicLinkerCalls.dlsym(handle, name);
        return address == 0 ? OptionalLong.empty() : OptionalLong.of(address);
    }
}
