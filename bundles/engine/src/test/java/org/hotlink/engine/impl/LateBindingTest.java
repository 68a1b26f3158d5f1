package org.hotlink.engine.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import org.hotlink.engine.Engine;
import org.junit.jupiter.api.Test;

/** Symbols resolve when their definition arrives, in any order, without recompiling referrers. */
class LateBindingTest {
    private static final String HEADER = "target triple = \"x86_64-pc-linux-gnu\"\n";

    @Test
    void callerAddedBeforeItsCalleeRunsWithoutResolveAll() throws Exception {
        try (Engine engine = TestEngines.create()) {
            engine.add("caller", HEADER + "declare i64 @twice(i64)\n"
                    + "define i64 @four_times(i64 %x) {\n  %a = call i64 @twice(i64 %x)\n"
                    + "  %b = call i64 @twice(i64 %a)\n  ret i64 %b\n}\n");
            assertTrue(engine.lookup("twice").isEmpty(), "twice is undefined before its module arrives");
            engine.add("callee", HEADER + "define i64 @twice(i64 %x) {\n  %r = shl i64 %x, 1\n  ret i64 %r\n}\n");
            assertEquals(28L, engine.invokeLong("four_times", 7), "four_times(7) through the later module");
        }
    }

    @Test
    void dataDefinedByALaterModuleIsReachedThroughTheGot() throws Exception {
        try (Engine engine = TestEngines.create()) {
            engine.add("reader", HEADER + "@shared = external global i64\n"
                    + "define i64 @read_shared() {\n  %v = load i64, ptr @shared\n  ret i64 %v\n}\n"
                    + "define void @write_shared(i64 %v) {\n  store i64 %v, ptr @shared\n  ret void\n}\n");
            engine.add("provider", HEADER + "@shared = global i64 7\n"
                    + "define i64 @provider_read() {\n  %v = load i64, ptr @shared\n  ret i64 %v\n}\n");
            assertEquals(7L, engine.invokeLong("read_shared"), "the reader sees the provider's initial value");
            engine.invokeVoid("write_shared", 99);
            assertEquals(99L, engine.invokeLong("provider_read"), "both modules use one storage");
        }
    }

    @Test
    void dataJavaDefinesLaterIsBoundByResolveAll() throws Exception {
        Memory cell = new Memory(8);
        cell.setLong(0, 1234);
        try (Engine engine = TestEngines.create()) {
            engine.add("reader", HEADER + "@from_java = external global i64\n"
                    + "define i64 @read() {\n  %v = load i64, ptr @from_java\n  ret i64 %v\n}\n");
            engine.defineSymbol("from_java", Pointer.nativeValue(cell));
            engine.resolveAll();
            assertEquals(1234L, engine.invokeLong("read"), "the module reads the Java-provided cell");
        }
    }

    @Test
    void libcIsBoundAsSoonAsAModuleIsAdded() throws Exception {
        try (Engine engine = TestEngines.create()) {
            engine.add("m", HEADER + "@text = private constant [6 x i8] c\"hello\\00\"\n"
                    + "declare i64 @strlen(ptr)\n"
                    + "define i64 @length() {\n  %n = call i64 @strlen(ptr @text)\n  ret i64 %n\n}\n");
            assertEquals(5L, engine.invokeLong("length"), "strlen is bound without resolveAll");
        }
    }

    @Test
    void twoEnginesSideBySideKeepTheirOwnSymbols() throws Exception {
        try (Engine first = TestEngines.create(); Engine second = TestEngines.create()) {
            first.add("m", HEADER + "define i64 @which() {\n  ret i64 1\n}\n");
            second.add("m", HEADER + "define i64 @which() {\n  ret i64 2\n}\n");
            second.redefine("m", HEADER + "define i64 @which() {\n  ret i64 3\n}\n");
            assertEquals(1L, first.invokeLong("which"), "the first engine runs its own definition");
            assertEquals(3L, second.invokeLong("which"), "the second engine runs its redefinition");
            first.remove("m");
            assertTrue(first.lookup("which").isEmpty(), "removed from the first engine");
            assertEquals(3L, second.invokeLong("which"), "the second engine is unaffected");
        }
    }

    @Test
    void reclamationRuntimeIsLoadedBeforeTheFirstModuleThatCallsIt() throws Exception {
        try (Engine engine = TestEngines.create()) {
            engine.add("plain", HEADER + "define i64 @one() {\n  ret i64 1\n}\n");
            assertTrue(engine.lookup("hotlink_quiescent").isEmpty(),
                    "an engine that has not needed the reclamation runtime has not compiled it");
            engine.add("looping", HEADER + "declare void @hotlink_quiescent()\n"
                    + "define void @step() {\n  call void @hotlink_quiescent()\n  ret void\n}\n");
            assertTrue(engine.lookup("hotlink_quiescent").isPresent(),
                    "the runtime was linked for the module that calls hotlink_quiescent");
            assertTrue(engine.modules().stream().noneMatch(m -> m.name().startsWith("hotlink")),
                    "the runtime is the engine's, not listed among the user's modules");
        }
    }
}
