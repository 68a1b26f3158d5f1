package org.hotlink.resolver.impl;

import org.hotlink.linker.ExternalSymbols;
import org.hotlink.linker.SymbolResolver;
import org.osgi.service.component.annotations.Component;

/**
 * Resolves external symbols inside this process: Java-defined names, then libraries loaded into
 * the scope, then the process's C library, libm and libgcc_s (through dlsym). Each engine gets its
 * own scope. Usable as a DS component or directly through its constructor. Thread-safe.
 */
@Component(service = SymbolResolver.class)
public final class ProcessSymbolResolver implements SymbolResolver {
    public ProcessSymbolResolver() {
        // A public no-arg constructor for plain-Java use besides Declarative Services.
    }

    @Override
    public ExternalSymbols createScope() {
        return new ScopedExternalSymbols(ProcessSymbols.get());
    }
}
