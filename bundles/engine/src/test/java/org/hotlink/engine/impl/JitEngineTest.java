package org.hotlink.engine.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hotlink.diagnostic.HotlinkException;
import org.hotlink.diagnostic.IrSyntaxException;
import org.hotlink.diagnostic.UndefinedSymbolException;
import org.hotlink.engine.Engine;
import org.hotlink.engine.EngineOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JitEngineTest {
    private static final String HEADER = "target triple = \"x86_64-pc-linux-gnu\"\n";

    @TempDir
    Path temp;

    @Test
    void compiledFunctionReturnsItsResultThroughInvoke() throws Exception {
        try (Engine engine = TestEngines.create()) {
            engine.addModule("add", "add.ll", HEADER + "define i64 @add(i64 %a, i64 %b) {\n"
                    + "  %s = add i64 %a, %b\n  ret i64 %s\n}\n");
            engine.resolveAll();
            assertEquals(42L, engine.invokeLong("add", 40, 2), "add(40, 2) should return 42");
            assertEquals(1, engine.statistics().functionsCompiled(), "one user function compiled");
            assertEquals(2, engine.statistics().irInstructions(), "add and ret counted");
        }
    }

    @Test
    void modulesCallEachOtherInEitherLoadOrder() throws Exception {
        try (Engine engine = TestEngines.create()) {
            engine.addModule("caller", "caller.ll", HEADER + "declare i64 @twice(i64)\n"
                    + "define i64 @four_times(i64 %x) {\n  %a = call i64 @twice(i64 %x)\n"
                    + "  %b = call i64 @twice(i64 %a)\n  ret i64 %b\n}\n");
            engine.addModule("callee", "callee.ll", HEADER + "define i64 @twice(i64 %x) {\n"
                    + "  %r = shl i64 %x, 1\n  ret i64 %r\n}\n");
            engine.resolveAll();
            assertEquals(28L, engine.invokeLong("four_times", 7), "four_times(7) through a later module");
        }
    }

    @Test
    void undefinedSymbolIsNamedWithItsDeclaration() throws Exception {
        try (Engine engine = TestEngines.create()) {
            engine.addModule("m", "m.ll", HEADER + "declare i64 @missing_function(i64)\n"
                    + "define i64 @f(i64 %x) {\n  %r = call i64 @missing_function(i64 %x)\n  ret i64 %r\n}\n");
            UndefinedSymbolException e = assertThrows(UndefinedSymbolException.class, engine::resolveAll);
            assertTrue(e.getMessage().contains("missing_function"), "message names the symbol: " + e.getMessage());
            assertEquals(2, e.location().line(), "location is the declaration's line");
        }
    }

    @Test
    void syntaxErrorIsReportedWithLocation() throws Exception {
        try (Engine engine = TestEngines.create()) {
            IrSyntaxException e = assertThrows(IrSyntaxException.class,
                    () -> engine.addModule("bad", "bad.ll", HEADER + "define i32 @f() {\n  ret i32 %nope\n}\n"));
            assertEquals("bad.ll", e.location().file(), "file as given");
            assertEquals(3, e.location().line(), "line of the bad use");
        }
    }

    @Test
    void forkedProgramPrintsRunsConstructorsAndExitsWithMainsStatus() throws Exception {
        String program = HEADER
                + "@msg = private constant [6 x i8] c\"hello\\00\"\n"
                + "@ctor_msg = private constant [5 x i8] c\"init\\00\"\n"
                + "@dtor_msg = private constant [5 x i8] c\"fini\\00\"\n"
                + "@llvm.global_ctors = appending global [1 x { i32, ptr, ptr }] [{ i32, ptr, ptr } { i32 65535, ptr @init, ptr null }]\n"
                + "@llvm.global_dtors = appending global [1 x { i32, ptr, ptr }] [{ i32, ptr, ptr } { i32 65535, ptr @fini, ptr null }]\n"
                + "declare i32 @puts(ptr)\n"
                + "define internal void @init() {\n  %r = call i32 @puts(ptr @ctor_msg)\n  ret void\n}\n"
                + "define internal void @fini() {\n  %r = call i32 @puts(ptr @dtor_msg)\n  ret void\n}\n"
                + "define i32 @main(i32 %argc, ptr %argv) {\n  %r = call i32 @puts(ptr @msg)\n"
                + "  %s = add i32 %argc, 40\n  ret i32 %s\n}\n";
        try (Engine engine = TestEngines.create()) {
            engine.addModule("main", "main.ll", program);
            Path out = temp.resolve("out.txt");
            Path err = temp.resolve("err.txt");
            int status = engine.runMainForked(List.of("main.ll", "a", "b"), List.of(), out, err, 10_000);
            assertEquals("init\nhello\nfini\n", Files.readString(out, StandardCharsets.UTF_8),
                    "constructor, main and destructor output in that order");
            assertEquals(43, status, "main returned argc + 40 with argc = 3");
        }
    }

    @Test
    void forkedProgramKilledBySignalReportsShellStatus() throws Exception {
        String program = HEADER + "define i32 @main() {\n  call void @llvm.trap()\n  unreachable\n}\n"
                + "declare void @llvm.trap()\n";
        try (Engine engine = TestEngines.create()) {
            engine.addModule("main", "main.ll", program);
            int status = engine.runMainForked(List.of("main.ll"), List.of(), temp.resolve("o"), temp.resolve("e"),
                    10_000);
            assertEquals(128 + 4, status, "llvm.trap raises SIGILL: 128 + 4");
        }
    }

    @Test
    void unknownTargetIsRefused() {
        JitEngineFactory factory = TestEngines.factory();
        HotlinkException e = assertThrows(HotlinkException.class,
                () -> factory.createEngine(new EngineOptions("sparc", "dual-map", 1 << 20)));
        assertTrue(e.getMessage().contains("sparc"), "message names the target: " + e.getMessage());
    }
}
