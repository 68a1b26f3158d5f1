package org.hotlink.itests.hotswap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.hotlink.diagnostic.HotlinkException;
import org.hotlink.engine.Engine;
import org.hotlink.engine.ModuleInfo;
import org.hotlink.engine.SymbolInfo;
import org.hotlink.memory.MemoryStatistics;
import org.junit.jupiter.api.Test;

/**
 * Test that removing a module makes its symbols undefined (still referenced ones stay in the table
 * without an owner) and that it can be added again, new code reaching the unchanged referrers.
 * Calling a removed function is {@link UndefinedFunctionCallTest}'s part.
 */
class ModuleRemovalTest {
    private static final int REMOVAL_CYCLES = 500;
    private static final int BASELINE_CYCLES = 50;

    private static String library(long value) {
        return Ir.module("""
                @library_data = global i64 5

                define i64 @library_value() {
                  ret i64 %d
                }
                """.formatted(value));
    }

    private static final String USER = Ir.module("""
            declare i64 @library_value()

            define i64 @use_library() {
              %r = call i64 @library_value()
              ret i64 %r
            }
            """);

    @Test
    void removedSymbolsBecomeUndefined() throws Exception {
        try (Engine engine = Engines.create()) {
            engine.add("library", library(1));
            engine.add("user", USER);
            assertEquals(1, engine.invokeLong("use_library"), "the user calls the library before removal");

            engine.remove("library");

            assertTrue(engine.lookup("library_value").isEmpty(), "lookup of the removed function is empty");
            assertTrue(engine.lookup("library_data").isEmpty(), "lookup of the removed global is empty");
            assertEquals(List.of(), engine.modules().stream().map(ModuleInfo::name).filter("library"::equals).toList(),
                    "the removed module is no longer listed");
            SymbolInfo stillReferenced = engine.symbols().stream().filter(s -> s.name().equals("library_value"))
                    .findFirst().orElseThrow(() -> new AssertionError("@library_value, still referenced by user, "
                            + "is listed as undefined: " + engine.symbols()));
            assertEquals(new SymbolInfo("library_value", true, null, 0, 0), stillReferenced,
                    "@library_value is undefined: no module, version 0, address 0");
        }
    }

    @Test
    void removedModuleCanBeAddedAgain() throws Exception {
        try (Engine engine = Engines.create()) {
            engine.add("library", library(1));
            engine.add("user", USER);
            engine.remove("library");

            engine.add("library", library(2));

            assertEquals(2, engine.invokeLong("use_library"), "the unchanged user reaches the re-added library");
            ModuleInfo library = engine.modules().stream().filter(m -> m.name().equals("library")).findFirst()
                    .orElseThrow();
            assertEquals(1, library.version(), "a re-added module starts again at version 1");
            assertEquals(List.of("user", "library"), engine.modules().stream().map(ModuleInfo::name)
                    .filter(n -> n.equals("user") || n.equals("library")).toList(),
                    "modules() lists in order of addition: the re-added library after user");
        }
    }

    @Test
    void removingAnUnknownModuleIsAnError() throws Exception {
        try (Engine engine = Engines.create()) {
            HotlinkException e = assertThrows(HotlinkException.class, () -> engine.remove("never_added"));
            assertTrue(e.getMessage().contains("never_added"), "message names the module: " + e.getMessage());
        }
    }

    @Test
    void namesTheNewVersionNoLongerDefinesBecomeUndefined() throws Exception {
        try (Engine engine = Engines.create()) {
            engine.add("library", library(1));
            engine.add("user", USER);

            engine.redefine("library", Ir.module("define i64 @other_value() {\n  ret i64 3\n}\n"));

            assertTrue(engine.lookup("library_value").isEmpty(), "@library_value, no longer defined, is undefined");
            assertTrue(engine.lookup("library_data").isEmpty(), "@library_data, no longer defined, is undefined");
            assertEquals(3, engine.invokeLong("other_value"), "the new version's function is defined");
        }
    }

    @Test
    void addRemoveCyclesReuseTheFreedMemory() throws Exception {
        try (Engine engine = Engines.create()) {
            engine.add("user", USER);
            MemoryStatistics baseline = null;
            for (int cycle = 1; cycle <= REMOVAL_CYCLES; cycle++) {
                engine.add("library", library(cycle));
                assertEquals(cycle, engine.invokeLong("use_library"), "cycle " + cycle + " runs its own library");
                engine.remove("library");
                if (cycle == BASELINE_CYCLES) {
                    baseline = engine.memory();
                }
            }
            MemoryStatistics end = engine.memory();
            assertTrue(end.committed() <= 2 * baseline.committed(), "committed bytes after " + REMOVAL_CYCLES
                    + " add/remove cycles at most twice those after " + BASELINE_CYCLES + ": removed code and data "
                    + "are freed and reused; baseline " + baseline + ", end " + end);
        }
    }
}
