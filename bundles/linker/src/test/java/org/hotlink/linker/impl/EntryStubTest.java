package org.hotlink.linker.impl;

import static org.hotlink.codegen.SymbolBinding.GLOBAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hotlink.codegen.SymbolKind;
import org.junit.jupiter.api.Test;

/** Entry stubs and their slots: one per function, across blocks, shared by every reference. */
class EntryStubTest extends LinkerFixture {
    @Test
    void functionsBeyondOneStubBlockEachGetTheirOwnStub() throws Exception {
        int count = 2 * new EntryStubs(arena, new JumpThroughSlotStubWriter(), new NameStrings(arena)).stubsPerBlock() + 3;
        Set<Long> stubs = new HashSet<>();
        for (int i = 0; i < count; i++) {
            layer.add(new TestObjectBuilder("m" + i).function("f" + i, GLOBAL, MachineCode.returnConstant(i)).build());
            stubs.add(address("f" + i));
        }
        assertEquals(count, stubs.size(), "every function has a distinct stub");
        assertEquals(0, callInt("f0"), "the first function runs");
        assertEquals(count - 1, callInt("f" + (count - 1)), "a function in the third stub block runs");
    }

    @Test
    void gotSlotOfAFunctionHoldsItsStub() throws Exception {
        layer.add(new TestObjectBuilder("m")
                .function("target", GLOBAL, MachineCode.returnConstant(5))
                .function("slot_of_target", GLOBAL, MachineCode.RETURN_GOT_SLOT, MachineCode.loadThroughGot("target")).build());
        assertEquals(address("target"), callLong("slot_of_target"), "a function's GOT slot holds its stub address");
    }

    @Test
    void undefinedWeakFunctionHasANullGotSlotUntilDefined() throws Exception {
        layer.add(new TestObjectBuilder("m")
                .function("slot_of_hook", GLOBAL, MachineCode.RETURN_GOT_SLOT, MachineCode.loadThroughGot("hook"))
                .undefined("hook", SymbolKind.FUNCTION, true).build());
        assertEquals(0L, callLong("slot_of_hook"), "an undefined extern_weak function's GOT slot is null");
        layer.add(new TestObjectBuilder("hook").function("hook", GLOBAL, MachineCode.returnConstant(1)).build());
        assertEquals(address("hook"), callLong("slot_of_hook"), "once defined, the GOT slot holds the stub");
    }

    @Test
    void callOfAnUndefinedFunctionReachesTheHandlerThroughTheLanding() throws Exception {
        layer.add(new TestObjectBuilder("caller")
                .function("caller", GLOBAL, MachineCode.CALL_THEN_ADD_ONE, MachineCode.call("missing"))
                .undefined("missing", SymbolKind.FUNCTION, false).build());
        layer.add(new TestObjectBuilder("handler").function("handler", GLOBAL, MachineCode.returnConstant(100)).build());
        layer.setUndefinedFunctionHandler(bodyOf("handler"));
        assertEquals(101, callInt("caller"), "a call to an undefined function reaches the handler (100), and the caller adds 1");
        assertTrue(layer.lookup("missing").isEmpty(), "the undefined function has no address to look up");
    }

    @Test
    void concurrentAddsAllPublish() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> results = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                int thread = t;
                results.add(pool.submit(() -> {
                    for (int i = 0; i < 50; i++) {
                        String name = "t" + thread + "_" + i;
                        layer.add(new TestObjectBuilder(name).function(name, GLOBAL, MachineCode.returnConstant(i)).build());
                    }
                    return null;
                }));
            }
            for (Future<?> result : results) {
                result.get();
            }
        } finally {
            pool.shutdown();
        }
        for (int t = 0; t < 2; t++) {
            for (int i = 0; i < 50; i++) {
                assertEquals(i, callInt("t" + t + "_" + i), "function t" + t + "_" + i + " added concurrently returns " + i);
            }
        }
    }

    @Test
    void closingTheLayerReleasesAllItsMemory() throws Exception {
        layer.add(new TestObjectBuilder("m")
                .function("f", GLOBAL, MachineCode.returnConstant(1))
                .function("slot_of_f", GLOBAL, MachineCode.RETURN_GOT_SLOT, MachineCode.loadThroughGot("f")).build());
        assertNotEquals(0L, arena.statistics().live(), "code, stubs and slots are live");
        layer.close();
        assertEquals(0L, arena.statistics().live(), "after close no byte of the layer is live");
    }
}
