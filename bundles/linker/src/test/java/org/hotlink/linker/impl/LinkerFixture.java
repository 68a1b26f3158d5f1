package org.hotlink.linker.impl;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.jna.Function;
import com.sun.jna.Pointer;
import java.util.OptionalLong;
import org.hotlink.diagnostic.MemoryException;
import org.hotlink.linker.ExternalSymbols;
import org.hotlink.linker.LinkLayer;
import org.hotlink.memory.MemoryArena;
import org.hotlink.memory.dualmap.DualMapMemoryManager;
import org.hotlink.resolver.impl.ProcessSymbolResolver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** One layer over a fresh dual-map arena and symbol scope per test, closed afterwards. */
abstract class LinkerFixture {
    protected MemoryArena arena;
    protected ExternalSymbols externals;
    protected LinkLayer layer;

    @BeforeEach
    void createLayer() throws MemoryException {
        arena = new DualMapMemoryManager().createArena(64L << 20);
        externals = new ProcessSymbolResolver().createScope();
        layer = new InProcessRuntimeLinker().createLayer(arena, new JumpThroughSlotStubWriter(), externals);
    }

    @AfterEach
    void closeLayer() {
        layer.close();
        arena.close();
    }

    protected long address(String name) {
        OptionalLong found = layer.lookup(name);
        assertTrue(found.isPresent(), name + " is defined in the layer");
        return found.getAsLong();
    }

    protected int callInt(String name) {
        return Function.getFunction(new Pointer(address(name))).invokeInt(new Object[0]);
    }

    protected long callLong(String name, Object... arguments) {
        return Function.getFunction(new Pointer(address(name))).invokeLong(arguments);
    }

    /** A function's body: where its entry stub's slot points (the stub is jmp [rip + disp32]). */
    protected long bodyOf(String name) {
        long stub = address(name);
        long slot = stub + 6 + int32At(stub + 2);
        return new Pointer(slot).getLong(0);
    }

    /** The 32-bit field at {@code address}, as placed in memory. */
    protected static int int32At(long address) {
        return new Pointer(address).getInt(0);
    }
}
