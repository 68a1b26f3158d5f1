package org.hotlink.engine.impl;

import java.util.List;
import org.hotlink.backend.x86.X86Backend;
import org.hotlink.diagnostic.HotlinkException;
import org.hotlink.engine.Engine;
import org.hotlink.engine.EngineOptions;
import org.hotlink.linker.impl.InProcessRuntimeLinker;
import org.hotlink.memory.dualmap.DualMapMemoryManager;
import org.hotlink.parser.text.TextIrParser;
import org.hotlink.resolver.impl.ProcessSymbolResolver;
import org.hotlink.verifier.impl.ModuleVerifier;

/** Engines wired by hand from the real provider classes, as the framework would wire them. */
final class TestEngines {
    private TestEngines() {
    }

    static JitEngineFactory factory() {
        return new JitEngineFactory(new TextIrParser(), new ModuleVerifier(), new InProcessRuntimeLinker(),
                new ProcessSymbolResolver(), List.of(new X86Backend()), List.of(new DualMapMemoryManager()));
    }

    static Engine create() throws HotlinkException {
        return factory().createEngine(EngineOptions.defaults());
    }
}
