package org.hotlink.engine.impl.reclaim;

import com.sun.jna.Pointer;
import java.util.List;
import org.hotlink.backend.x86.X86Backend;
import org.hotlink.diagnostic.HotlinkException;
import org.hotlink.engine.Engine;
import org.hotlink.engine.EngineOptions;
import org.hotlink.engine.ReclamationPolicy;
import org.hotlink.engine.impl.JitEngineFactory;
import org.hotlink.linker.impl.InProcessRuntimeLinker;
import org.hotlink.memory.dualmap.DualMapMemoryManager;
import org.hotlink.parser.text.TextIrParser;
import org.hotlink.resolver.impl.ProcessSymbolResolver;
import org.hotlink.verifier.impl.ModuleVerifier;

/**
 * A real engine (wired by hand from the provider classes, as the parent package's TestEngines
 * does) with the reclamation runtime and a test module loaded, and a reclaimer made by the test on
 * top, whose retirements and readers the test controls.
 *
 * <p>The engine loads the runtime itself when a module calls it, and starts its own reclaimer;
 * the test's reclaimer then takes over the runtime's thread key (each reclaimer publishes its own
 * key when made). The engine is made with policy NEVER, so its reclaimer never releases anything,
 * and the tests never call {@code invoke*} or {@code spawn}, which would use it. An engine that does
 * not load the runtime on its own gets it added as a module named
 * {@link ReclamationRuntimeModule#MODULE_NAME}.
 */
final class ReclaimTestEngine implements AutoCloseable {
    static final String TRIPLE = "x86_64-unknown-linux-gnu";

    final Engine engine;
    final QuiescentReclaimer reclaimer;

    private ReclaimTestEngine(Engine engine, QuiescentReclaimer reclaimer) {
        this.engine = engine;
        this.reclaimer = reclaimer;
    }

    /** An engine with the runtime and the given test module loaded, and a reclaimer with the policy. */
    static ReclaimTestEngine create(ReclamationPolicy policy, String testModuleIr) throws HotlinkException {
        X86Backend backend = new X86Backend();
        JitEngineFactory factory = new JitEngineFactory(new TextIrParser(), new ModuleVerifier(),
                new InProcessRuntimeLinker(), new ProcessSymbolResolver(), List.of(backend),
                List.of(new DualMapMemoryManager()));
        Engine engine = factory.createEngine(EngineOptions.defaults().withReclamation(ReclamationPolicy.NEVER));
        try {
            engine.addModule("test", "test.ll", "target triple = \"" + TRIPLE + "\"\n"
                    + "target datalayout = \"" + backend.dataLayout() + "\"\n\n" + testModuleIr);
            if (engine.lookup(ReclamationRuntimeModule.QUIESCENT).isEmpty()) {
                engine.addModule(ReclamationRuntimeModule.MODULE_NAME, "reclaim.ll",
                        ReclamationRuntimeModule.text(TRIPLE, backend.dataLayout()));
            }
            engine.resolveAll();
            QuiescentReclaimer reclaimer = new QuiescentReclaimer(policy, symbol -> address(engine, symbol));
            return new ReclaimTestEngine(engine, reclaimer);
        } catch (HotlinkException | RuntimeException e) {
            engine.close();
            throw e;
        }
    }

    private static long address(Engine engine, String symbol) {
        return engine.lookup(symbol).orElseThrow(() -> new AssertionError("expected symbol @" + symbol));
    }

    long address(String symbol) {
        return address(engine, symbol);
    }

    Pointer global(String symbol) {
        return new Pointer(address(symbol));
    }

    /**
     * Where the machine code of a compiled function starts: the target of its entry stub, read
     * from the stub's slot. The x86-64 stub is {@code jmp *disp32(%rip)} (FF 25 disp32, 6 bytes).
     */
    long functionBody(String function) {
        Pointer stub = global(function);
        byte[] opcode = stub.getByteArray(0, 2);
        if ((opcode[0] & 0xff) != 0xff || (opcode[1] & 0xff) != 0x25) {
            throw new AssertionError("expected the stub of @" + function + " to be jmp *disp32(%rip)");
        }
        long slot = Pointer.nativeValue(stub) + 6 + stub.getInt(2);
        return new Pointer(slot).getLong(0);
    }

    @Override
    public void close() {
        reclaimer.close();
        engine.close();
    }
}
