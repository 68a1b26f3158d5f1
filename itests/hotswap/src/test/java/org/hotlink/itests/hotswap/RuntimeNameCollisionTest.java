package org.hotlink.itests.hotswap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import org.hotlink.diagnostic.HotlinkException;
import org.hotlink.engine.Engine;
import org.hotlink.engine.ModuleInfo;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Test that a user module defining a name of the engine's reclamation runtime (a documented one such
 * as {@code hotlink_quiescent}, or an internal one) cannot take hot-swapping away from the engine:
 * whether the module is refused or accepted, unrelated modules can still be redefined and spawned,
 * and an accepted offending module can be removed again.
 */
class RuntimeNameCollisionTest {
    private static final Duration WAIT = Duration.ofSeconds(10);

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"hotlink_quiescent", "hotlink_thread_register", "__hotlink_spawn_entry"})
    void moduleDefiningARuntimeNameLeavesRedefinitionWorking(String runtimeName) throws Exception {
        try (Engine engine = Engines.create()) {
            boolean accepted;
            try {
                engine.add("shadow", Ir.module("define void @" + runtimeName + "() {\n  ret void\n}\n"));
                accepted = true;
            } catch (HotlinkException refused) {
                accepted = false;
            }
            engine.add("other", Ir.module("define i64 @two() {\n  ret i64 2\n}\n"));

            engine.redefine("other", Ir.module("define i64 @two() {\n  ret i64 3\n}\n"));
            assertEquals(3, engine.invokeLong("two"), "an unrelated module can still be redefined");
            assertEquals(3, Waits.join(engine.spawn("two", 0), WAIT, "two"), "functions can still be spawned");
            if (accepted) {
                engine.remove("shadow");
                assertEquals(List.of("other"), engine.modules().stream().map(ModuleInfo::name).toList(),
                        "the module defining @" + runtimeName + " could be removed again");
            }
        }
    }
}
