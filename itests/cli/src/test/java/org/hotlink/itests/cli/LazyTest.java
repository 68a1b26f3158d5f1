package org.hotlink.itests.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** {@code hotlink run --lazy}: only what runs is compiled, with the output and exit status of the native program. */
@ExtendWith(RunSummary.class)
class LazyTest {
    private static final int FUNCTIONS = 5000;
    private static final int CALLED = 10;

    @TempDir
    Path work;

    /** 5,000 functions; main calls 10 of them, which call nothing. */
    private static String manyFunctions() {
        StringBuilder c = new StringBuilder("#include <stdio.h>\n");
        for (int i = 0; i < FUNCTIONS; i++) {
            c.append("int f").append(i).append("(int x) { return x * ").append(i % 97 + 1).append(" + (x ^ ")
                    .append(i).append(") - ").append(i % 13).append("; }\n");
        }
        c.append("int main(void) {\n  int sum = 0;\n");
        for (int i = 0; i < CALLED; i++) {
            c.append("  sum += f").append(i * (FUNCTIONS / CALLED) + 7).append("(").append(i + 3).append(");\n");
        }
        c.append("  printf(\"sum %d\\n\", sum);\n  return sum & 0x7f;\n}\n");
        return c.toString();
    }

    private Path clang(String source, String name) {
        try {
            Path c = work.resolve(name + ".c");
            Files.writeString(c, source);
            Path ll = work.resolve(name + ".ll");
            run(List.of(NativeToolchain.CLANG, "-O0", "-S", "-emit-llvm", "-o", ll.toString(), c.toString()));
            run(List.of(NativeToolchain.CLANG, "-O0", "-o", work.resolve(name).toString(), ll.toString()));
            return ll;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void run(List<String> command) {
        ProcessOutcome outcome = CommandRunner.of(command).timeout(Duration.ofSeconds(300)).execute();
        assertEquals(0, outcome.exitStatus(), "expected the build step to succeed" + outcome.describe());
    }

    @Test
    void aModuleOf5000FunctionsCompilesOnlyTheElevenThatRunAndMatchesEagerAndNative() {
        clang(manyFunctions(), "many");
        ProcessOutcome expected = NativeToolchain.runNative(work.resolve("many"), work);
        ProcessOutcome lazy = Hotlink.invoke(work, "run", "--lazy", "--stats", "many.ll");
        ProcessOutcome eager = Hotlink.invoke(work, "run", "--stats", "many.ll");
        Matcher lazyStats = StatsTest.statsOf(lazy);
        Matcher eagerStats = StatsTest.statsOf(eager);
        assertAll(
                () -> assertEquals(expected.stdout(), lazy.stdout(), "lazy stdout" + lazy.describe()),
                () -> assertEquals(expected.exitStatus(), lazy.exitStatus(), "lazy exit status" + lazy.describe()),
                () -> assertEquals(expected.stdout(), eager.stdout(), "eager stdout" + eager.describe()),
                () -> assertEquals(expected.exitStatus(), eager.exitStatus(), "eager exit status" + eager.describe()),
                () -> assertEquals(CALLED + 1, Integer.parseInt(lazyStats.group(4)),
                        "functions_compiled: main and the ten it calls" + lazy.describe()),
                () -> assertEquals(FUNCTIONS + 1, Integer.parseInt(eagerStats.group(4)),
                        "eager mode compiles every function" + eager.describe()),
                () -> assertEquals(eagerStats.group(5), lazyStats.group(5), "ir_instructions count the whole module"));
    }

    /**
     * The program's main thread runs the lazy compiler (Java) at each first call. The JVM's own SIGSEGVs
     * there (safepoint polls, made frequent here) must reach the JVM, not end the program as its fault.
     */
    @Test
    void jvmFaultsWhileCompilingOnTheProgramThreadAreLeftToTheJvm() {
        StringBuilder c = new StringBuilder("#include <stdio.h>\n");
        int count = 400;
        for (int i = 0; i < count; i++) {
            c.append("int g").append(i).append("(int x) { return x + ").append(i).append("; }\n");
        }
        c.append("int main(void) {\n  long sum = 0;\n");
        for (int i = 0; i < count; i++) {
            c.append("  sum += g").append(i).append("(").append(i).append(");\n");
        }
        c.append("  printf(\"%ld\\n\", sum);\n  return 0;\n}\n");
        clang(c.toString(), "calls");
        ProcessOutcome expected = NativeToolchain.runNative(work.resolve("calls"), work);
        ProcessOutcome lazy = Hotlink.execute(Hotlink.command(work, "run", "--lazy", "calls.ll")
                .env("JAVA_TOOL_OPTIONS", "-XX:+UnlockDiagnosticVMOptions -XX:GuaranteedSafepointInterval=1"));
        assertAll(
                () -> assertEquals(expected.stdout(), lazy.stdout(), "stdout" + lazy.describe()),
                () -> assertEquals(0, lazy.exitStatus(), "exit status" + lazy.describe()));
    }

    @Test
    void aFunctionThatCannotBeCompiledOnItsFirstCallEndsTheProcessNamingIt() throws IOException {
        // The verifier accepts inline assembly; the back-end does not compile it: only the call finds out.
        Files.writeString(work.resolve("asm.ll"), "target triple = \"x86_64-pc-linux-gnu\"\n"
                + "declare i32 @puts(ptr)\n@.s = private constant [7 x i8] c\"before\\00\"\n"
                + "define void @uses_asm() {\n  call void asm sideeffect \"nop\", \"\"()\n  ret void\n}\n"
                + "define i32 @main() {\n  %r = call i32 @puts(ptr @.s)\n  call void @uses_asm()\n  ret i32 0\n}\n");
        ProcessOutcome eager = Hotlink.invoke(work, "run", "asm.ll");
        ProcessOutcome lazy = Hotlink.invoke(work, "run", "--lazy", "asm.ll");
        assertAll(
                () -> assertEquals(2, eager.exitStatus(), "eagerly, the module is refused before running" + eager.describe()),
                () -> assertEquals(134, lazy.exitStatus(), "lazily, the call aborts (SIGABRT)" + lazy.describe()),
                () -> assertTrue(lazy.stderr().contains("hotlink: lazy compilation of @uses_asm of module"),
                        "the message names the function" + lazy.describe()),
                () -> assertTrue(lazy.stderr().contains("asm.ll:5:"), "and the construct's location" + lazy.describe()));
    }
}
