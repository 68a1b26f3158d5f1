package org.hotlink.parser.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.hotlink.diagnostic.IrSyntaxException;
import org.hotlink.ir.BasicBlock;
import org.hotlink.ir.Function;
import org.hotlink.ir.Instruction;
import org.hotlink.ir.Module;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Test that parsing function bodies on helper threads ({@link FunctionBodies}) builds the module a
 * parse in one pass builds, and reports the same first error, wherever the errors lie.
 */
class ParallelParseTest {
    private final ExecutorService helpers = Executors.newFixedThreadPool(3);

    @AfterEach
    void stopHelpers() {
        helpers.shutdownNow();
    }

    /** Everything the parse decided that later stages see, one line per item. */
    private static String dump(Module m) {
        StringBuilder s = new StringBuilder();
        s.append("types ").append(m.namedTypes().keySet()).append('\n');
        m.globals().forEach(g -> s.append("global ").append(g).append(" = ").append(g.initializer()).append('\n'));
        for (Function f : m.functions()) {
            s.append("function ").append(f.name()).append(' ').append(f.functionType()).append(' ')
                    .append(f.attributes().asMap()).append(' ').append(f.arguments()).append('\n');
            for (BasicBlock b : f.blocks()) {
                s.append(" block ").append(b.name()).append(' ').append(b.predecessors().size()).append('\n');
                for (Instruction i : b.instructions()) {
                    s.append("  ").append(i).append('\n');
                }
            }
        }
        return s.toString();
    }

    /** {@code count} functions with loops, calls, a named type, a switch and a blockaddress; {@code body} edits one. */
    private static String module(int count, java.util.function.IntFunction<String> extraLine) {
        StringBuilder ir = new StringBuilder("%pair = type { i32, ptr }\n@table = global [2 x ptr] "
                + "[ptr blockaddress(@f0, %a), ptr blockaddress(@f0, %b)]\ndeclare i32 @ext(i32)\n");
        for (int n = 0; n < count; n++) {
            ir.append("define i32 @f").append(n).append("(i32 %x, ptr %p) #0 {\n")
              .append("entry:\n  %s = alloca %pair\n  %g = getelementptr %pair, ptr %s, i32 0, i32 1\n")
              .append("  store ptr %p, ptr %g\n  switch i32 %x, label %a [ i32 1, label %b ]\n")
              .append("a:\n  %c = call i32 @ext(i32 %x)\n").append(extraLine.apply(n))
              .append("  br label %b\n")
              .append("b:\n  %r = phi i32 [ 0, %entry ], [ %c, %a ]\n")
              .append("  %t = add nsw i32 %r, ").append(n).append("\n  ret i32 %t\n}\n");
        }
        return ir.append("attributes #0 = { nounwind }\n").toString();
    }

    private Module parseWithHelpers(String name, String text) throws IrSyntaxException {
        return new TextIrParser().parse(name, text, helpers);
    }

    @Test
    void helpersBuildTheSameModule() throws Exception {
        String text = module(400, n -> "");
        AtomicInteger tasks = new AtomicInteger();
        Module alone = new TextIrParser().parse("many.ll", text);
        Module shared = new TextIrParser().parse("many.ll", text, task -> {
            tasks.incrementAndGet();
            helpers.execute(task);
        });
        assertTrue(tasks.get() > 0 || Runtime.getRuntime().availableProcessors() == 1, "bodies were handed to helpers");
        assertEquals(dump(alone), dump(shared), "the same module");
        assertEquals(alone.instructionCount(), shared.instructionCount(), "the same instructions");
    }

    /** Every C program of the parser's tests, as clang prints it at -O0 with -g and at -O2, bodies always deferred. */
    @Test
    void clangOutputParsesTheSame(@TempDir Path dir) throws Exception {
        int files = 0;
        try (Stream<Path> sources = Files.list(IrTestSupport.C_SOURCES)) {
            for (Path c : sources.filter(p -> p.toString().endsWith(".c")).sorted().toList()) {
                for (List<String> flags : List.of(List.of("-O0", "-g"), List.of("-O2"))) {
                    Path ll = dir.resolve(c.getFileName() + flags.get(0) + ".ll");
                    List<String> command = new ArrayList<>(List.of("clang-19", "-S", "-emit-llvm", "-o", ll.toString()));
                    command.addAll(flags);
                    command.add(c.toString());
                    IrTestSupport.run(command);
                    String text = Files.readString(ll);
                    Module alone = new TextIrParser().parse(ll.toString(), text);
                    Module shared = new ModuleParser(ll.toString(), text, helpers, 0).parse();
                    assertEquals(dump(alone), dump(shared), "the same module from " + ll.getFileName());
                    files++;
                }
            }
        }
        assertTrue(files >= 20, "every C program was compared: " + files);
    }

    /** Each broken module fails with the message and location a parse in one pass gives. */
    @Test
    void theFirstErrorInFileOrderIsReported() throws IOException {
        List<String> broken = List.of(
                // undefined values in two bodies: the earlier body's
                module(300, n -> n == 120 || n == 250 ? "  %u = add i32 %nothing" + n + ", 1\n" : ""),
                // a type error in a body, then a bad top-level statement after it
                module(300, n -> n == 200 ? "  %u = add i64 %x, 1\n" : "") + "@bad = global i32 oops\n",
                // a bad top-level statement before a body error
                module(150, n -> "") + "@bad = global i32 oops\n" + module(150, n -> n == 3 ? "  %u = fadd i32 %x, %x\n" : "")
                        .replace("@f", "@g").replace("%pair = type { i32, ptr }\n", "")
                        .replace("@table =", "@table2 =").replace("declare i32 @ext(i32)\n", "")
                        .replace("attributes #0 = { nounwind }\n", ""),
                // braces that do not balance inside a body
                module(300, n -> n == 77 ? "  %u = call i32 @ext(i32 (\n" : ""),
                // a named type used in a body and never defined
                module(300, n -> n == 180 || n == 40 ? "  %u = alloca %undefined" + (n % 7) + "\n" : ""),
                // a redefined local in one body, a missing block in another
                module(300, n -> n == 10 ? "  %c = add i32 1, 1\n" : n == 20 ? "  br label %nowhere\n" : ""));
        for (String text : broken) {
            IrSyntaxException alone = assertThrows(IrSyntaxException.class, () -> new TextIrParser().parse("bad.ll", text));
            for (int round = 0; round < 3; round++) {
                IrSyntaxException shared = assertThrows(IrSyntaxException.class, () -> parseWithHelpers("bad.ll", text));
                assertEquals(alone.render(), shared.render(), "the same diagnostic");
            }
        }
    }

    @Test
    void smallFilesAreParsedInOnePass() throws Exception {
        AtomicInteger tasks = new AtomicInteger();
        new TextIrParser().parse("small.ll", module(3, n -> ""), task -> {
            tasks.incrementAndGet();
            helpers.execute(task);
        });
        assertEquals(0, tasks.get(), "no helper for a small file");
    }
}
