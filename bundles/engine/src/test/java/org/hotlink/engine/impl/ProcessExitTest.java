package org.hotlink.engine.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.hotlink.engine.Engine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Test that exitProcess ends the process as C exit does: with the status given and C stdio
 * flushed. It ends the process, so it runs in a child JVM.
 */
class ProcessExitTest {
    @TempDir
    Path temp;

    /** The child: prints through C stdio without a newline (so it stays buffered) and exits with 7. */
    public static void main(String[] args) throws Exception {
        Engine engine = TestEngines.create();
        engine.add("printer", "target triple = \"x86_64-pc-linux-gnu\"\n"
                + "@text = private constant [9 x i8] c\"buffered\\00\"\n"
                + "declare i32 @printf(ptr, ...)\n"
                + "define void @print() {\n  %n = call i32 (ptr, ...) @printf(ptr @text)\n  ret void\n}\n");
        engine.invokeVoid("print");
        engine.exitProcess(7);
        System.exit(3); // not reached
    }

    @Test
    void exitProcessFlushesStdioAndEndsWithTheStatus() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Path stdout = temp.resolve("stdout.txt");
        Path stderr = temp.resolve("stderr.txt");
        Process child = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                ProcessExitTest.class.getName()))
                .redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        assertTrue(child.waitFor(60, TimeUnit.SECONDS), "the child ends within a minute");
        assertEquals(7, child.exitValue(), "the process ends with the status given to exitProcess; stderr: "
                + Files.readString(stderr, StandardCharsets.UTF_8));
        assertEquals("buffered", Files.readString(stdout, StandardCharsets.UTF_8),
                "what printf buffered is flushed at exit");
    }
}
