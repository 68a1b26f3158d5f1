package org.hotlink.engine.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.jna.Pointer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hotlink.diagnostic.HotlinkException;
import org.hotlink.diagnostic.IrSyntaxException;
import org.hotlink.engine.CompileMode;
import org.hotlink.engine.Engine;
import org.hotlink.engine.EngineOptions;
import org.hotlink.engine.NativeThread;
import org.junit.jupiter.api.Test;

/** Lazy compilation through the engine: each function compiled on its first call, from any thread. */
class LazyCompilationTest {
    private static final String HEADER = "target triple = \"x86_64-pc-linux-gnu\"\n";

    private static Engine lazyEngine() throws HotlinkException {
        return TestEngines.factory().createEngine(EngineOptions.defaults().withLazy(true));
    }

    /** {@code count} leaf functions f0..f(count-1), fi(x) = x * (i + 3) + i. */
    private static String leaves(int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append("define internal i64 @f").append(i).append("(i64 %x) {\n  %m = mul i64 %x, ").append(i + 3)
                    .append("\n  %r = add i64 %m, ").append(i).append("\n  ret i64 %r\n}\n");
        }
        return text.toString();
    }

    private static long leafSum(long x, int count) {
        long sum = 0;
        for (int i = 0; i < count; i++) {
            sum += x * (i + 3) + i;
        }
        return sum;
    }

    /** {@code define i64 @name(i64 %x)} summing f0(x)..f(count-1)(x). */
    private static String caller(String name, int count) {
        StringBuilder text = new StringBuilder("define i64 @").append(name).append("(i64 %x) {\n  %s0 = add i64 0, 0\n");
        for (int i = 0; i < count; i++) {
            text.append("  %c").append(i).append(" = call i64 @f").append(i).append("(i64 %x)\n");
            text.append("  %s").append(i + 1).append(" = add i64 %s").append(i).append(", %c").append(i).append('\n');
        }
        return text.append("  ret i64 %s").append(count).append("\n}\n").toString();
    }

    @Test
    void addingCompilesNothingAndEachFunctionCompilesOnItsFirstCall() throws Exception {
        try (Engine engine = lazyEngine()) {
            engine.add("m", HEADER + leaves(50) + caller("sum3", 3) + caller("sum50", 50));
            assertEquals(0, engine.statistics().functionsCompiled(), "adding a lazy module compiles no function");
            assertEquals(leafSum(7, 3), engine.invokeLong("sum3", 7));
            assertEquals(4, engine.statistics().functionsCompiled(), "sum3 and the three leaves it calls");
            assertEquals(leafSum(9, 3), engine.invokeLong("sum3", 9), "later calls go straight to the code");
            assertEquals(4, engine.statistics().functionsCompiled(), "nothing is compiled twice");
            assertEquals(leafSum(-2, 50), engine.invokeLong("sum50", -2));
            assertEquals(52, engine.statistics().functionsCompiled(), "every function once");
        }
    }

    @Test
    void everyErrorIsStillReportedWhenTheModuleIsAdded() throws Exception {
        try (Engine engine = lazyEngine()) {
            HotlinkException e = assertThrows(HotlinkException.class, () -> engine.add("bad",
                    HEADER + "define i32 @ok() {\n  ret i32 1\n}\ndefine i32 @broken() {\n  %x = add i32 1, %nope\n  ret i32 %x\n}\n"));
            assertEquals(6, e.location().line(), "the error in a function nobody called yet is located: " + e.getMessage());
            assertTrue(engine.modules().isEmpty(), "nothing was added");
        }
    }

    @Test
    void functionAddressesAreTheSameBeforeAndAfterCompilation() throws Exception {
        try (Engine engine = lazyEngine()) {
            engine.add("m", HEADER + "@table = global [1 x ptr] [ptr @target]\n"
                    + "define i64 @target(i64 %x) {\n  %r = add i64 %x, 1\n  ret i64 %r\n}\n"
                    + "define ptr @address() {\n  ret ptr @target\n}\n"
                    + "define i64 @call_through_table(i64 %x) {\n  %f = load ptr, ptr @table\n"
                    + "  %r = call i64 %f(i64 %x)\n  ret i64 %r\n}\n");
            long looked = engine.lookup("target").orElseThrow();
            long stored = new Pointer(engine.lookup("table").orElseThrow()).getLong(0);
            long taken = engine.invokeLong("address");
            assertEquals(looked, stored, "the address stored in data is the stub's");
            assertEquals(looked, taken, "the address taken in code, before @target is compiled");
            assertEquals(5, engine.invokeLong("call_through_table", 4), "a call through the stored pointer compiles it");
            assertEquals(looked, engine.invokeLong("address"), "the same address after compilation");
            assertEquals(looked, engine.lookup("target").orElseThrow());
        }
    }

    @Test
    void eightNativeThreadsRacingForTheSameFunctionsCompileEachOnce() throws Exception {
        int leaves = 40;
        try (Engine engine = lazyEngine()) {
            engine.add("m", HEADER + "@go = global i32 0\n" + leaves(leaves) + caller("sum", leaves)
                    + "define i64 @racer(i64 %x) {\nentry:\n  br label %wait\nwait:\n"
                    + "  %g = load atomic i32, ptr @go acquire, align 4\n  %ready = icmp ne i32 %g, 0\n"
                    + "  br i1 %ready, label %run, label %wait\nrun:\n"
                    + "  %r = call i64 @sum(i64 %x)\n  ret i64 %r\n}\n");
            List<NativeThread> threads = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                threads.add(engine.spawn("racer", i + 1));
            }
            Thread.sleep(50);
            new Pointer(engine.lookup("go").orElseThrow()).setInt(0, 1);
            for (int i = 0; i < 8; i++) {
                assertEquals(leafSum(i + 1, leaves), threads.get(i).join(), "thread " + i + " sees the right sum");
            }
            assertEquals(leaves + 2, engine.statistics().functionsCompiled(),
                    "racer, sum and every leaf compiled exactly once");
        }
    }

    @Test
    void aLazyRedefinitionCompilesNothingAndTheChangedFunctionCompilesOnItsNextCall() throws Exception {
        try (Engine engine = lazyEngine()) {
            engine.add("m", HEADER + "define i64 @value() {\n  ret i64 1\n}\n");
            long address = engine.lookup("value").orElseThrow();
            assertEquals(1, engine.invokeLong("value"));
            long compiled = engine.statistics().functionsCompiled();
            engine.redefine("m", HEADER + "define i64 @value() {\n  ret i64 2\n}\n");
            assertEquals(compiled, engine.statistics().functionsCompiled(), "the redefinition compiled nothing");
            assertEquals(2, engine.invokeLong("value"), "the new version runs");
            assertEquals(compiled + 1, engine.statistics().functionsCompiled());
            assertEquals(address, engine.lookup("value").orElseThrow(), "the function kept its stub");
        }
    }

    @Test
    void eagerAndLazyModulesCallEachOtherInEitherOrder() throws Exception {
        try (Engine engine = TestEngines.create()) {
            engine.addModule("user", "user.ll", HEADER + "declare i64 @lazy_part(i64)\n"
                    + "define i64 @eager_part(i64 %x) {\n  %r = call i64 @lazy_part(i64 %x)\n  %s = add i64 %r, 1\n  ret i64 %s\n}\n",
                    CompileMode.EAGER);
            engine.addModule("provider", "provider.ll", HEADER + "@.str = private constant [3 x i8] c\"ab\\00\"\n"
                    + "declare i64 @strlen(ptr)\ndeclare i64 @eager_part(i64)\n"
                    + "define internal i64 @helper(i64 %x) {\n  %n = call i64 @strlen(ptr @.str)\n  %r = mul i64 %x, %n\n  ret i64 %r\n}\n"
                    + "define i64 @lazy_part(i64 %x) {\n  %r = call i64 @helper(i64 %x)\n  ret i64 %r\n}\n"
                    + "define i64 @back(i64 %x) {\n  %r = call i64 @eager_part(i64 %x)\n  ret i64 %r\n}\n",
                    CompileMode.LAZY);
            long before = engine.statistics().functionsCompiled();
            assertEquals(21, engine.invokeLong("eager_part", 10), "eager code calls a lazy function, its internal helper and libc");
            assertEquals(before + 2, engine.statistics().functionsCompiled(), "lazy_part and helper");
            assertEquals(41, engine.invokeLong("back", 20), "lazy code calls eager code");
        }
    }

    @Test
    void aForkedRunOfALazyProgramIsRefused() throws Exception {
        try (Engine engine = lazyEngine()) {
            engine.add("m", HEADER + "define i32 @main() {\n  ret i32 0\n}\n");
            Path out = Path.of(System.getProperty("java.io.tmpdir"), "hotlink-lazy-fork.out");
            HotlinkException e = assertThrows(HotlinkException.class,
                    () -> engine.runMainForked(List.of("m"), List.of(), out, out, 1000));
            assertTrue(e.getMessage().contains("lazily"), e.getMessage());
        }
    }

    @Test
    void syntaxErrorsInALazyRedefinitionLeaveTheOldVersionRunning() throws Exception {
        try (Engine engine = lazyEngine()) {
            engine.add("m", HEADER + "define i64 @value() {\n  ret i64 1\n}\n");
            assertThrows(IrSyntaxException.class, () -> engine.redefine("m", HEADER + "define i64 @value() {\n  ret i64\n"));
            assertEquals(1, engine.invokeLong("value"));
            assertNotEquals(0, engine.lookup("value").orElseThrow());
        }
    }
}
