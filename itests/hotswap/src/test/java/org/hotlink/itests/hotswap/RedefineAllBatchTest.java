package org.hotlink.itests.hotswap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.hotlink.engine.Engine;
import org.hotlink.engine.ModuleSource;
import org.junit.jupiter.api.Test;

/**
 * Test that redefineAll treats its modules as one unit: names not loaded yet are added, and new
 * versions may refer to what only another new version of the same batch defines.
 */
class RedefineAllBatchTest {
    @Test
    void batchAddsUnknownModulesAndLinksNewVersionsToEachOther() throws Exception {
        try (Engine engine = Engines.create()) {
            engine.add("front", Ir.module("define i64 @front() {\n  ret i64 1\n}\n"));

            engine.redefineAll(List.of(
                    new ModuleSource("front", "front.ll", Ir.module("""
                            declare i64 @back(i64)

                            define i64 @front() {
                              %r = call i64 @back(i64 20)
                              ret i64 %r
                            }
                            """)),
                    new ModuleSource("back", "back.ll", Ir.module("""
                            define i64 @back(i64 %x) {
                              %r = add i64 %x, 22
                              ret i64 %r
                            }
                            """))));

            assertEquals(42, engine.invokeLong("front"), "the new @front calls @back of the module added in the same batch");
            assertEquals(List.of("front:2", "back:1"), engine.modules().stream()
                    .filter(m -> m.name().equals("front") || m.name().equals("back"))
                    .map(m -> m.name() + ":" + m.version()).toList(),
                    "front redefined (version 2), back added (version 1), in order of first addition");
        }
    }
}
