package org.hotlink.linker.impl;

import static org.hotlink.codegen.SymbolBinding.GLOBAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.jna.Function;
import com.sun.jna.Pointer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.hotlink.linker.LinkUpdate;
import org.hotlink.linker.ModuleReplacement;
import org.hotlink.linker.RetiredMemory;
import org.junit.jupiter.api.Test;

/** Test that a thread calling through a stub while the module is replaced sees only whole versions. */
class ConcurrentRedefinitionTest extends LinkerFixture {
    @Test
    void callerSeesOldOrNewVersionNeverAnythingElse() throws Exception {
        layer.add(new TestObjectBuilder("m").function("f", GLOBAL, MachineCode.returnConstant(0)).build());
        Function f = Function.getFunction(new Pointer(address("f")));
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService pool = Executors.newSingleThreadExecutor();
        List<RetiredMemory> retired = new ArrayList<>();
        try {
            Future<Integer> caller = pool.submit(() -> {
                int last = 0;
                int calls = 0;
                while (!stop.get()) {
                    int value = f.invokeInt(new Object[0]);
                    if (value < last || value > 200) {
                        throw new AssertionError("version " + value + " after " + last);
                    }
                    last = value;
                    calls++;
                }
                return calls;
            });
            for (int version = 1; version <= 200; version++) {
                LinkUpdate update = layer.update(List.of(ModuleReplacement.of(
                        new TestObjectBuilder("m").function("f", GLOBAL, MachineCode.returnConstant(version)).build())));
                // Old code is kept until the end: the test has no grace period to know the caller left it.
                retired.addAll(update.retired());
            }
            stop.set(true);
            assertTrue(caller.get() > 0, "the caller ran while versions were replaced");
        } finally {
            stop.set(true);
            pool.shutdown();
        }
        assertEquals(200, callInt("f"), "the last version is in effect");
        assertEquals(200, retired.size(), "every replaced version's code was retired once");
    }
}
