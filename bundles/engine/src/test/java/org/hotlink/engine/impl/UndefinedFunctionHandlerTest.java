package org.hotlink.engine.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.jna.Function;
import com.sun.jna.Pointer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.hotlink.engine.Engine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Test that a call of a function no module defines reaches the engine's handler, which names the
 * function on stderr and aborts. The call ends the process, so it runs in a child JVM.
 */
class UndefinedFunctionHandlerTest {
    private static final int SIGABRT = 6;

    @TempDir
    Path temp;

    /** The child: links a caller of an undefined function and calls it. */
    public static void main(String[] args) throws Exception {
        try (Engine engine = TestEngines.create()) {
            engine.add("caller", "target triple = \"x86_64-pc-linux-gnu\"\n"
                    + "declare i64 @nowhere_to_be_found(i64)\n"
                    + "define i64 @call_missing(i64 %x) {\n  %r = call i64 @nowhere_to_be_found(i64 %x)\n"
                    + "  ret i64 %r\n}\n");
            long caller = engine.lookup("call_missing").orElseThrow();
            Function.getFunction(new Pointer(caller)).invokeLong(new Object[] {1L});
        }
        System.exit(3); // not reached when the handler aborts
    }

    @Test
    void callOfUndefinedFunctionIsReportedByNameAndAborts() throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        Path stderr = temp.resolve("stderr.txt");
        Process child = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                UndefinedFunctionHandlerTest.class.getName()))
                .redirectError(stderr.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertTrue(child.waitFor(60, TimeUnit.SECONDS), "the child ends within a minute");
        String errors = Files.readString(stderr, StandardCharsets.UTF_8);
        assertTrue(errors.contains("hotlink: call to undefined function @nowhere_to_be_found\n"),
                "stderr names the missing function: " + errors);
        assertEquals(128 + SIGABRT, child.exitValue(), "the child died of SIGABRT");
    }
}
