package org.hotlink.itests.hotswap;

import java.util.List;
import org.hotlink.backend.x86.X86Backend;
import org.hotlink.diagnostic.HotlinkException;
import org.hotlink.engine.Engine;
import org.hotlink.engine.EngineFactory;
import org.hotlink.engine.EngineOptions;
import org.hotlink.engine.ReclamationPolicy;
import org.hotlink.engine.impl.JitEngineFactory;
import org.hotlink.linker.impl.InProcessRuntimeLinker;
import org.hotlink.memory.dualmap.DualMapMemoryManager;
import org.hotlink.parser.text.TextIrParser;
import org.hotlink.resolver.impl.ProcessSymbolResolver;
import org.hotlink.verifier.impl.ModuleVerifier;

/** Engines built in this JVM from the bundles' provider classes, wired by hand as the framework would wire them. */
final class Engines {
    private static final EngineFactory FACTORY = new JitEngineFactory(new TextIrParser(), new ModuleVerifier(),
            new InProcessRuntimeLinker(), new ProcessSymbolResolver(), List.of(new X86Backend()),
            List.of(new DualMapMemoryManager()));

    private Engines() {
    }

    /** An engine with the default options: quiescent-state reclamation. */
    static Engine create() throws HotlinkException {
        return create(ReclamationPolicy.QUIESCENT);
    }

    static Engine create(ReclamationPolicy policy) throws HotlinkException {
        return FACTORY.createEngine(EngineOptions.defaults().withReclamation(policy));
    }
}
