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
 * Test that a fault in a program run in this process is reported with the function it happened
 * in, read from the fault handler's function table, including a function of a module added after
 * the handler was installed. The fault ends the process, so it runs in a child JVM.
 */
class FaultReportTest {
    private static final String HEADER = "target triple = \"x86_64-pc-linux-gnu\"\n";
    private static final int SIGSEGV = 11;

    @TempDir
    Path temp;

    /** The child: starts a program on a native thread, adds the faulting module later, and calls it. */
    public static void main(String[] args) throws Exception {
        Engine engine = TestEngines.create();
        engine.add("prog", HEADER + "define i32 @first() {\n  ret i32 0\n}\n");
        engine.spawnProgram("first", List.of("prog")).join();
        engine.add("late", HEADER + "define i32 @crash_here(i32 %argc, ptr %argv) {\n"
                + "  store i32 1, ptr null\n  ret i32 0\n}\n");
        engine.spawnProgram("crash_here", List.of("late")).join();
        System.exit(3); // not reached when the fault ends the process
    }

    @Test
    void faultInALaterModuleNamesItsFunction() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Path stderr = temp.resolve("stderr.txt");
        Process child = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                FaultReportTest.class.getName()))
                .redirectError(stderr.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertTrue(child.waitFor(60, TimeUnit.SECONDS), "the child ends within a minute");
        String errors = Files.readString(stderr, StandardCharsets.UTF_8);
        assertTrue(errors.contains("hotlink: program terminated by signal SIGSEGV (segmentation fault)"
                + " in function crash_here\n"), "stderr names the signal and the function: " + errors);
        assertEquals(128 + SIGSEGV, child.exitValue(), "the process ends as a native one killed by SIGSEGV; "
                + errors);
    }
}
