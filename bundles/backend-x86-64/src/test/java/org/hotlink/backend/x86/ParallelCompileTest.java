package org.hotlink.backend.x86;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.hotlink.codegen.CompileOptions;
import org.hotlink.codegen.ObjectSection;
import org.hotlink.codegen.RelocatableObject;
import org.hotlink.diagnostic.UnsupportedConstructException;
import org.hotlink.ir.Module;
import org.hotlink.parser.text.TextIrParser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Test that compiling a module's functions on helper threads ({@link FunctionBatch}) gives the
 * object the calling thread alone gives, byte for byte, and reports the failure of the first
 * failing function in module order, whichever thread met it first.
 */
class ParallelCompileTest {
    private final ExecutorService helpers = Executors.newFixedThreadPool(3);

    @AfterEach
    void stopHelpers() {
        helpers.shutdownNow();
    }

    /** {@code count} functions, each a loop with a call, large enough together to be compiled in parallel. */
    private static String module(int count, int... inlineAsmIn) {
        StringBuilder ir = new StringBuilder("declare i64 @ext(i64)\n");
        for (int n = 0; n < count; n++) {
            boolean asm = false;
            for (int bad : inlineAsmIn) {
                asm |= bad == n;
            }
            ir.append("define i64 @f").append(n).append("(i64 %n) {\n")
              .append("entry:\n  br label %loop\n")
              .append("loop:\n  %i = phi i64 [ 0, %entry ], [ %i2, %loop ]\n")
              .append("  %s = phi i64 [ ").append(n).append(", %entry ], [ %s3, %loop ]\n")
              .append("  %m = mul i64 %i, ").append(n + 3).append("\n")
              .append("  %s2 = xor i64 %s, %m\n")
              .append("  %e = call i64 @ext(i64 %s2)\n")
              .append(asm ? "  call void asm sideeffect \"nop\", \"\"()\n" : "")
              .append("  %s3 = add i64 %e, %s2\n")
              .append("  %i2 = add i64 %i, 1\n")
              .append("  %c = icmp ult i64 %i2, %n\n")
              .append("  br i1 %c, label %loop, label %done\n")
              .append("done:\n  ret i64 %s3\n}\n");
        }
        return ir.toString();
    }

    @Test
    void helperThreadsProduceTheSameObject() throws Exception {
        Module m = new TextIrParser().parse("many.ll", module(120));
        assertTrue(m.instructionCount() >= FunctionBatch.PARALLEL_MIN_INSTRUCTIONS, "large enough to go parallel");
        AtomicInteger helperTasks = new AtomicInteger();
        RelocatableObject alone = new X86Backend().compile(m, CompileOptions.ALL);
        RelocatableObject shared = new X86Backend().compile(m, CompileOptions.ALL, task -> {
            helperTasks.incrementAndGet();
            helpers.execute(task);
        });
        assertTrue(helperTasks.get() > 0 || Runtime.getRuntime().availableProcessors() == 1, "helpers were asked to work");
        assertEquals(alone.sections().size(), shared.sections().size(), "same sections");
        for (int i = 0; i < alone.sections().size(); i++) {
            ObjectSection a = alone.sections().get(i);
            ObjectSection b = shared.sections().get(i);
            assertEquals(a.name(), b.name(), "section " + i);
            assertArrayEquals(a.contents(), b.contents(), "bytes of " + a.name());
            assertEquals(a.relocations(), b.relocations(), "relocations of " + a.name());
        }
        assertEquals(alone.symbols(), shared.symbols(), "same symbols");
        assertEquals(alone.statistics().codeBytes(), shared.statistics().codeBytes(), "same code size");
    }

    @Test
    void theFirstFailingFunctionInModuleOrderIsReported() throws Exception {
        Module m = new TextIrParser().parse("bad.ll", module(120, 97, 41, 118));
        // After the declaration, 41 definitions of 16 lines; the call is line 10 of f41's.
        int expectedLine = 1 + 41 * 16 + 10;
        for (int round = 0; round < 5; round++) {
            UnsupportedConstructException e = assertThrows(UnsupportedConstructException.class,
                    () -> new X86Backend().compile(m, CompileOptions.ALL, helpers));
            assertEquals(expectedLine, e.location().line(), "f41's inline assembly is reported: " + e.getMessage());
        }
    }

    @Test
    void anExecutorThatRefusesWorkLeavesItToTheCallingThread() throws Exception {
        Module m = new TextIrParser().parse("many.ll", module(60));
        RelocatableObject refused = new X86Backend().compile(m, CompileOptions.ALL, task -> {
            throw new RejectedExecutionException("busy");
        });
        assertEquals(new X86Backend().compile(m, CompileOptions.ALL).statistics().codeBytes(),
                refused.statistics().codeBytes(), "everything compiled on the calling thread");
        assertEquals(60, refused.statistics().functionsCompiled(), "every function compiled");
    }
}
