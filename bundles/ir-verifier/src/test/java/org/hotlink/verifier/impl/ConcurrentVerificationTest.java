package org.hotlink.verifier.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.hotlink.diagnostic.IrVerificationException;
import org.hotlink.ir.Module;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One verifier instance serves several threads at once: it keeps no state between or during calls. */
class ConcurrentVerificationTest {
    private static final String BROKEN = """
            define i32 @f(i32 %x) {
            entry:
              %a = add i32 %b, 1
              %b = add i32 %x, 1
              ret i32 %a
            }
            """;

    @Test
    void sharedVerifierGivesEachThreadItsOwnResult(@TempDir Path folder) throws Exception {
        Path ir = folder.resolve("control_flow.ll");
        LlvmTools.Run clang = LlvmTools.compileToIr(Path.of("src/test/c/control_flow.c"), ir, List.of("-O2"));
        assertEquals(0, clang.exitStatus(), "expected clang-19 to compile control_flow.c: " + clang.output());
        String valid = Files.readString(ir, StandardCharsets.UTF_8);
        ModuleVerifier shared = new ModuleVerifier();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                String text = i % 2 == 0 ? valid : BROKEN;
                Module module = TextParsers.parse("m" + i + ".ll", text);
                results.add(pool.submit(() -> {
                    try {
                        shared.verify(module);
                        return "ok";
                    } catch (IrVerificationException e) {
                        return e.location().toString();
                    }
                }));
            }
            for (int i = 0; i < results.size(); i++) {
                String expected = i % 2 == 0 ? "ok" : "m" + i + ".ll:3:3";
                assertEquals(expected, results.get(i).get(), "expected module " + i + " to get its own verdict");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** {@code count} valid functions, with a use before its definition in those numbered {@code broken}. */
    private static String module(int count, int... broken) {
        StringBuilder ir = new StringBuilder();
        for (int n = 0; n < count; n++) {
            boolean bad = false;
            for (int b : broken) {
                bad |= b == n;
            }
            ir.append("define i32 @f").append(n).append("(i32 %x) {\nentry:\n")
              .append(bad ? "  %a = add i32 %b, 1\n  %b = add i32 %x, 1\n" : "  %b = add i32 %x, 1\n  %a = add i32 %b, 1\n")
              .append("  ret i32 %a\n}\n");
        }
        return ir.toString();
    }

    @Test
    void helperThreadsReportTheFirstBrokenFunctionInModuleOrder() throws Exception {
        ExecutorService helpers = Executors.newFixedThreadPool(3);
        try {
            ModuleVerifier verifier = new ModuleVerifier();
            assertTrue(64 >= ModuleVerifier.PARALLEL_MIN_FUNCTIONS, "the module is large enough for helpers");
            verifier.verify(TextParsers.parse("good.ll", module(64)), helpers);
            Module broken = TextParsers.parse("bad.ll", module(64, 50, 17, 63));
            IrVerificationException alone = org.junit.jupiter.api.Assertions.assertThrows(IrVerificationException.class,
                    () -> verifier.verify(broken));
            for (int round = 0; round < 5; round++) {
                IrVerificationException shared = org.junit.jupiter.api.Assertions.assertThrows(
                        IrVerificationException.class, () -> verifier.verify(broken, helpers));
                assertEquals(alone.render(), shared.render(), "the same first error");
                assertEquals(1 + 17 * 6 + 2, shared.location().line(), "in @f17, the first broken function");
            }
        } finally {
            helpers.shutdownNow();
        }
    }
}
