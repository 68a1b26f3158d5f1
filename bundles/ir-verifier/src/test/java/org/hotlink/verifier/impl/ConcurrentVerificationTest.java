package org.hotlink.verifier.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
