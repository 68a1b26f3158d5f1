package org.hotlink.itests.hotswap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.hotlink.engine.Engine;
import org.junit.jupiter.api.Test;

/**
 * Test that clang-19's IR of two C files links across modules when the user of a global is added
 * before its definition, and that libc functions (strtol) bind when a module is added, without resolveAll.
 */
class CrossModuleCTest {
    @Test
    void userAddedBeforeLibraryUpdatesTheLibrarysGlobalThroughLibc() throws Exception {
        try (Engine engine = Engines.create()) {
            engine.add("total_user", ClangIr.compile("total_user"));
            engine.add("total_lib", ClangIr.compile("total_lib"));
            assertEquals(107, engine.invokeLong("add_parsed_seven"), "100 + strtol(\"7\") through add_to_total");
            assertEquals(107, engine.invokeLong("read_total"), "the user reads the library's shared_total");
            assertEquals(117, engine.invokeLong("add_to_total", 10), "the library sees the user's update");
        }
    }
}
