package org.hotlink.engine.impl;

import java.util.Objects;
import org.hotlink.codegen.TargetBackend;
import org.hotlink.linker.RuntimeLinker;
import org.hotlink.linker.SymbolResolver;
import org.hotlink.memory.MemoryManager;
import org.hotlink.parser.IrParser;
import org.hotlink.parser.IrVerifier;

/**
 * The services one engine is built from, fixed for the engine's life: an engine keeps using the
 * back-end and memory strategy it was created with even if newer ones are registered later.
 */
record EngineServices(IrParser parser, IrVerifier verifier, TargetBackend backend, MemoryManager memory,
                      RuntimeLinker linker, SymbolResolver resolver) {
    EngineServices {
        Objects.requireNonNull(parser, "parser");
        Objects.requireNonNull(verifier, "verifier");
        Objects.requireNonNull(backend, "backend");
        Objects.requireNonNull(memory, "memory");
        Objects.requireNonNull(linker, "linker");
        Objects.requireNonNull(resolver, "resolver");
    }
}
