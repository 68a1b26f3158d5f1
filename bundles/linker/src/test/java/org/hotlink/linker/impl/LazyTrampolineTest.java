package org.hotlink.linker.impl;

import static org.hotlink.codegen.SymbolBinding.GLOBAL;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.jna.Callback;
import com.sun.jna.CallbackReference;
import com.sun.jna.Pointer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hotlink.codegen.RelocatableObject;
import org.hotlink.codegen.SymbolKind;
import org.hotlink.linker.LazyFunction;
import org.junit.jupiter.api.Test;

/**
 * Test the whole first call of a lazy function: stub -> lazy landing -> trampoline -> the compiler
 * set with setLazyCompiler (a JNA callback playing the engine: lazyFunction, materialize,
 * stubTarget) -> the placed code, with the caller's arguments intact; later calls go straight to
 * the code.
 */
class LazyTrampolineTest extends LinkerFixture {
    /** {@code uint64_t compile(uint64_t stub)}. */
    public interface Compiler extends Callback {
        long invoke(long stub);
    }

    /** lea eax, [rdi + 1]; ret: returns its first argument plus one. */
    private static final byte[] ADD_ONE = {(byte) 0x8d, 0x47, 0x01, (byte) 0xc3};

    /** lea eax, [rdi + rsi]; ret: returns the sum of its first two arguments. */
    private static final byte[] ADD = {(byte) 0x8d, 0x04, 0x37, (byte) 0xc3};

    private final List<LazyFunction> compiled = new ArrayList<>();
    private Compiler compiler;

    private void installCompiler(Map<String, byte[]> code) {
        compiler = stub -> {
            Optional<LazyFunction> function = layer.lazyFunction(stub);
            if (function.isPresent()) {
                try {
                    RelocatableObject object = new TestObjectBuilder(function.get().moduleName())
                            .function(function.get().name(), GLOBAL, code.get(function.get().name())).build();
                    layer.materialize(function.get(), object);
                    compiled.add(function.get());
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
            return layer.stubTarget(stub);
        };
        layer.setLazyCompiler(Pointer.nativeValue(CallbackReference.getFunctionPointer(compiler)));
    }

    @Test
    void firstCallCompilesThroughTheTrampolineAndLaterCallsGoStraightToTheCode() throws Exception {
        installCompiler(Map.of("add_one", ADD_ONE, "add", ADD));
        layer.add(new TestObjectBuilder("m").lazy("add_one", GLOBAL).lazy("add", GLOBAL).build());
        long stub = address("add_one");
        assertEquals(42L, callLong("add_one", 41L) & 0xffffffffL, "the first call reaches the code with its argument");
        assertEquals(1, compiled.size(), "the compiler ran once: " + compiled);
        assertEquals(bodyOf("add_one"), layer.stubTarget(stub), "the slot leads to the code now");
        assertEquals(8L, callLong("add_one", 7L) & 0xffffffffL, "a later call reaches the code");
        assertEquals(1, compiled.size(), "a later call does not compile again");
        assertEquals(30L, callLong("add", 10L, 20L) & 0xffffffffL, "a second lazy function gets both arguments");
        assertEquals(2, compiled.size(), "each function is compiled once: " + compiled);
    }

    @Test
    void aCallFromCompiledCodeCompilesTheCallee() throws Exception {
        installCompiler(Map.of("add_one", ADD_ONE));
        layer.add(new TestObjectBuilder("m").lazy("add_one", GLOBAL).build());
        layer.add(new TestObjectBuilder("caller")
                .function("forward", GLOBAL, MachineCode.CALL_AND_RETURN, MachineCode.call("add_one"))
                .undefined("add_one", SymbolKind.FUNCTION, false).build());
        assertEquals(100L, callLong("forward", 99L) & 0xffffffffL, "the call inside compiled code goes through the trampoline");
        assertEquals(6L, callLong("forward", 5L) & 0xffffffffL, "and then straight to the code");
        assertEquals(1, compiled.size(), "compiled once");
    }

    @Test
    void aCompilerSetEarlierReachesTrampolinesOfLaterBlocks() throws Exception {
        installCompiler(Map.of("late", ADD_ONE));
        int perBlock = new EntryStubs(arena, new JumpThroughSlotStubWriter(), new NameStrings(arena)).stubsPerBlock();
        for (int i = 0; i < perBlock + 1; i++) {
            layer.add(new TestObjectBuilder("filler" + i).function("filler" + i, GLOBAL, MachineCode.returnConstant(i)).build());
        }
        layer.add(new TestObjectBuilder("m").lazy("late", GLOBAL).build());
        assertEquals(3L, callLong("late", 2L) & 0xffffffffL, "a stub of the second block reaches the compiler");
    }
}
