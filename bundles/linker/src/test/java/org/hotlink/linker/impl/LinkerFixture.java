package org.hotlink.linker.impl;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.jna.Function;
import com.sun.jna.Pointer;
import java.util.OptionalLong;
import org.hotlink.codegen.SymbolBinding;
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
        return slotTargetOf(address(name));
    }

    /** Where the slot of the entry stub at {@code stub} leads: a body, an external, or the stub's landing. */
    protected static long slotTargetOf(long stub) {
        long slot = stub + 6 + int32At(stub + 2);
        return new Pointer(slot).getLong(0);
    }

    /** Calls the code at {@code address} (a stub or a body) with no arguments, returning rax. */
    protected static long callAt(long address) {
        return Function.getFunction(new Pointer(address)).invokeLong(new Object[0]);
    }

    /** Installs a handler for undefined functions that returns its first argument (the name pointer). */
    protected void installNameReturningHandler() throws Exception {
        layer.add(new TestObjectBuilder("handler")
                .function("return_first_argument", SymbolBinding.GLOBAL, MachineCode.RETURN_FIRST_ARGUMENT).build());
        layer.setUndefinedFunctionHandler(bodyOf("return_first_argument"));
    }

    /** The NUL-terminated string at {@code address}. */
    protected static String stringAt(long address) {
        return new Pointer(address).getString(0, "UTF-8");
    }

    /** The 32-bit field at {@code address}, as placed in memory. */
    protected static int int32At(long address) {
        return new Pointer(address).getInt(0);
    }
}
