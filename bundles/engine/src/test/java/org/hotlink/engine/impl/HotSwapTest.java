package org.hotlink.engine.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.hotlink.diagnostic.DuplicateSymbolException;
import org.hotlink.diagnostic.HotlinkException;
import org.hotlink.diagnostic.IncompatibleRedefinitionException;
import org.hotlink.diagnostic.IrSyntaxException;
import org.hotlink.diagnostic.IrVerificationException;
import org.hotlink.engine.Engine;
import org.hotlink.engine.ModuleInfo;
import org.hotlink.engine.ModuleSource;
import org.hotlink.engine.SymbolInfo;
import org.junit.jupiter.api.Test;

/** Redefinition, removal and the module and symbol listings of one engine (docs/hot-swap.md). */
class HotSwapTest {
    private static final String HEADER = "target triple = \"x86_64-pc-linux-gnu\"\n";

    private static String constantFunction(String name, long value) {
        return HEADER + "define i64 @" + name + "() {\n  ret i64 " + value + "\n}\n";
    }

    private static final String USER_OF_F = HEADER + "declare i64 @f(i64)\n"
            + "define i64 @use_f(i64 %x) {\n  %r = call i64 @f(i64 %x)\n  ret i64 %r\n}\n";

    @Test
    void redefinitionSwitchesInvokeResultsAndKeepsTheAddress() throws Exception {
        try (Engine engine = TestEngines.create()) {
            engine.add("lib", constantFunction("value", 1));
            long before = engine.lookup("value").orElseThrow();
            assertEquals(1L, engine.invokeLong("value"), "version 1 returns 1");
            engine.redefine("lib", constantFunction("value", 2));
            assertEquals(2L, engine.invokeLong("value"), "version 2 returns 2 after the redefinition");
            assertEquals(before, engine.lookup("value").orElseThrow(), "the entry stub keeps its address");
        }
    }

    @Test
    void pointerStoredBeforeRedefinitionReachesNewCode() throws Exception {
        try (Engine engine = TestEngines.create()) {
            engine.add("lib", constantFunction("value", 10));
            engine.add("holder", HEADER + "@saved = global ptr null\n"
                    + "define void @save(ptr %p) {\n  store ptr %p, ptr @saved\n  ret void\n}\n"
                    + "define i64 @call_saved() {\n  %f = load ptr, ptr @saved\n  %r = call i64 %f()\n  ret i64 %r\n}\n");
            engine.invokeVoid("save", engine.lookup("value").orElseThrow());
            assertEquals(10L, engine.invokeLong("call_saved"), "the stored pointer leads to version 1");
            engine.redefine("lib", constantFunction("value", 20));
            assertEquals(20L, engine.invokeLong("call_saved"), "the pointer stored earlier now leads to version 2");
        }
    }

    @Test
    void globalKeepsItsValueAcrossRedefinitionWhileConstantsTakeNewValues() throws Exception {
        String v1 = HEADER + "@count = global i64 0\n@step = constant i64 1\n"
                + "define i64 @tick() {\n  %c = load i64, ptr @count\n  %s = load i64, ptr @step\n"
                + "  %n = add i64 %c, %s\n  store i64 %n, ptr @count\n  ret i64 %n\n}\n";
        try (Engine engine = TestEngines.create()) {
            engine.add("counter", v1);
            engine.invokeLong("tick");
            assertEquals(2L, engine.invokeLong("tick"), "two ticks of 1");
            long countAddress = engine.lookup("count").orElseThrow();
            engine.redefine("counter", v1.replace("constant i64 1", "constant i64 100"));
            assertEquals(102L, engine.invokeLong("tick"), "the count survives (2) and the new step (100) applies");
            assertEquals(countAddress, engine.lookup("count").orElseThrow(), "the kept global keeps its address");
        }
    }

    @Test
    void signatureChangeIsRefusedAloneWhileAnotherModuleUsesIt() throws Exception {
        try (Engine engine = TestEngines.create()) {
            engine.add("lib", HEADER + "define i64 @f(i64 %x) {\n  %r = add i64 %x, 1\n  ret i64 %r\n}\n");
            engine.add("user", USER_OF_F);
            String changed = HEADER + "\ndefine i64 @f(i64 %x, i64 %y) {\n  %r = add i64 %x, %y\n  ret i64 %r\n}\n";
            IncompatibleRedefinitionException e = assertThrows(IncompatibleRedefinitionException.class,
                    () -> engine.redefine("lib", "lib2.ll", changed));
            assertTrue(e.getMessage().contains("'f'") && e.getMessage().contains("user"),
                    "the error names the function and the module using it: " + e.getMessage());
            assertEquals("lib2.ll", e.location().file(), "located in the new version's file");
            assertEquals(3, e.location().line(), "located at the new definition");
            assertEquals(6L, engine.invokeLong("use_f", 5), "the old f (x + 1) keeps running");
            assertEquals(1, engine.modules().get(0).version(), "lib is still version 1");
        }
    }

    @Test
    void signatureChangeIsAcceptedInABatchWithItsUsers() throws Exception {
        try (Engine engine = TestEngines.create()) {
            engine.add("lib", HEADER + "define i64 @f(i64 %x) {\n  %r = add i64 %x, 1\n  ret i64 %r\n}\n");
            engine.add("user", USER_OF_F);
            engine.redefineAll(List.of(
                    new ModuleSource("lib", "lib.ll", HEADER
                            + "define i64 @f(i64 %x, i64 %y) {\n  %r = mul i64 %x, %y\n  ret i64 %r\n}\n"),
                    new ModuleSource("user", "user.ll", HEADER + "declare i64 @f(i64, i64)\n"
                            + "define i64 @use_f(i64 %x) {\n  %r = call i64 @f(i64 %x, i64 3)\n  ret i64 %r\n}\n")));
            assertEquals(15L, engine.invokeLong("use_f", 5), "the new user calls the new f: 5 * 3");
            assertEquals(List.of(2, 2), engine.modules().stream().map(ModuleInfo::version).toList(),
                    "both modules are at version 2");
        }
    }

    @Test
    void syntaxErrorInRedefinitionLeavesOldCodeRunning() throws Exception {
        try (Engine engine = TestEngines.create()) {
            engine.add("lib", constantFunction("value", 1));
            IrSyntaxException e = assertThrows(IrSyntaxException.class,
                    () -> engine.redefine("lib", "lib.v2.ll", HEADER + "define i64 @value() {\n  ret i64 %nope\n}\n"));
            assertEquals("lib.v2.ll:3", e.location().file() + ":" + e.location().line(), "located at the bad use");
            assertEquals(1L, engine.invokeLong("value"), "version 1 still runs");
            assertEquals(1, engine.modules().get(0).version(), "still version 1");
        }
    }

    @Test
    void verificationErrorInABatchChangesNoModule() throws Exception {
        try (Engine engine = TestEngines.create()) {
            engine.add("a", constantFunction("a_value", 1));
            engine.add("b", constantFunction("b_value", 2));
            String unverifiable = HEADER + "define i64 @b_value() {\n  %a = add i64 %b, 1\n  %b = add i64 1, 1\n"
                    + "  ret i64 %a\n}\n";
            IrVerificationException e = assertThrows(IrVerificationException.class, () -> engine.redefineAll(List.of(
                    new ModuleSource("a", "a.ll", constantFunction("a_value", 11)),
                    new ModuleSource("b", "b.ll", unverifiable))));
            assertEquals("b.ll:3:3", e.location().toString(), "located at the use before its definition");
            assertEquals(1L, engine.invokeLong("a_value"), "a, valid in the batch, was not redefined");
            assertEquals(2L, engine.invokeLong("b_value"), "b keeps its old code");
        }
    }

    @Test
    void duplicateStrongSymbolInRedefinitionLeavesOldCodeRunning() throws Exception {
        try (Engine engine = TestEngines.create()) {
            engine.add("a", constantFunction("a_value", 1));
            engine.add("b", constantFunction("b_value", 2));
            HotlinkException e = assertThrows(DuplicateSymbolException.class, () -> engine.redefine("a",
                    constantFunction("a_value", 11) + "define i64 @b_value() {\n  ret i64 22\n}\n"));
            assertTrue(e.getMessage().contains("b_value"), "the error names the clashing symbol: " + e.getMessage());
            assertEquals(1L, engine.invokeLong("a_value"), "a keeps version 1");
            assertEquals(2L, engine.invokeLong("b_value"), "b's definition is still the one in effect");
            assertEquals("b", engine.symbols().stream().filter(s -> s.name().equals("b_value")).findFirst()
                    .orElseThrow().module(), "b_value is still defined by b");
        }
    }

    @Test
    void removedModuleCanBeAddedAgain() throws Exception {
        try (Engine engine = TestEngines.create()) {
            engine.add("lib", HEADER + "define i64 @f(i64 %x) {\n  %r = add i64 %x, 1\n  ret i64 %r\n}\n");
            engine.add("user", USER_OF_F);
            engine.remove("lib");
            assertTrue(engine.lookup("f").isEmpty(), "f is undefined once its module is removed");
            assertEquals(List.of("user"), engine.modules().stream().map(ModuleInfo::name).toList(),
                    "only user is listed");
            engine.add("lib", HEADER + "define i64 @f(i64 %x) {\n  %r = mul i64 %x, 7\n  ret i64 %r\n}\n");
            assertEquals(35L, engine.invokeLong("use_f", 5), "the user reaches the re-added f: 5 * 7");
            assertEquals(1, engine.modules().get(1).version(), "a re-added module starts again at version 1");
        }
    }

    @Test
    void removingAnUnknownModuleIsRefused() throws Exception {
        try (Engine engine = TestEngines.create()) {
            HotlinkException e = assertThrows(HotlinkException.class, () -> engine.remove("nothing"));
            assertTrue(e.getMessage().contains("nothing"), "the error names the module: " + e.getMessage());
        }
    }

    @Test
    void engineModulesCannotBeReplacedOrShadowed() throws Exception {
        try (Engine engine = TestEngines.create()) {
            HotlinkException redefined = assertThrows(HotlinkException.class,
                    () -> engine.redefine(LibcShimModule.MODULE_NAME, constantFunction("atexit", 0)));
            assertTrue(redefined.getMessage().contains("reserved"), "the engine's module is refused: "
                    + redefined.getMessage());
            assertThrows(HotlinkException.class, () -> engine.remove(UndefinedFunctionModule.MODULE_NAME),
                    "the undefined-function handler cannot be removed");
            assertThrows(HotlinkException.class, () -> engine.add(
                    org.hotlink.engine.impl.reclaim.ReclamationRuntimeModule.MODULE_NAME, constantFunction("x", 0)),
                    "the reclamation runtime's name is reserved before it is loaded");
            assertTrue(engine.modules().isEmpty(), "engine modules are not listed as the user's");
        }
    }

    @Test
    void redefiningAModuleNotLoadedAddsIt() throws Exception {
        try (Engine engine = TestEngines.create()) {
            engine.redefine("fresh", constantFunction("fresh_value", 5));
            assertEquals(5L, engine.invokeLong("fresh_value"), "the module was added");
            assertEquals(1, engine.modules().get(0).version(), "an added module is version 1");
        }
    }

    @Test
    void modulesAndSymbolsDescribeTheVersionsInEffect() throws Exception {
        try (Engine engine = TestEngines.create()) {
            engine.addModule("lib", "lib.ll", HEADER + "@g = global i64 3\n" + "define i64 @f(i64 %x) {\n  ret i64 %x\n}\n");
            engine.add("user", USER_OF_F + "declare i64 @missing(i64)\n");
            engine.redefine("lib", "lib-2.ll", HEADER + "@g = global i64 3\n"
                    + "define internal i64 @helper() {\n  ret i64 0\n}\n"
                    + "define i64 @f(i64 %x) {\n  ret i64 %x\n}\n");
            ModuleInfo lib = engine.modules().get(0);
            assertEquals(new ModuleInfo("lib", "lib-2.ll", 2, List.of("helper", "f"), List.of("g")), lib,
                    "lib's current version, its file and its definitions in source order");
            List<SymbolInfo> symbols = engine.symbols();
            SymbolInfo f = symbols.stream().filter(s -> s.name().equals("f")).findFirst().orElseThrow();
            assertEquals(new SymbolInfo("f", true, "lib", 2, engine.lookup("f").orElseThrow()), f,
                    "f is a function of lib version 2 at its stub");
            SymbolInfo g = symbols.stream().filter(s -> s.name().equals("g")).findFirst().orElseThrow();
            assertEquals(new SymbolInfo("g", false, "lib", 2, engine.lookup("g").orElseThrow()), g, "g is data of lib");
            SymbolInfo missing = symbols.stream().filter(s -> s.name().equals("missing")).findFirst().orElseThrow();
            assertEquals(new SymbolInfo("missing", true, null, 0, 0), missing, "missing is undefined");
            assertTrue(symbols.stream().noneMatch(s -> s.name().equals("helper")), "local names are not listed");
            List<String> names = symbols.stream().map(SymbolInfo::name).toList();
            assertEquals(names.stream().sorted().toList(), names, "symbols are sorted by name");
        }
    }
}
