package org.hotlink.engine.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.jna.Pointer;
import java.util.List;
import org.hotlink.diagnostic.HotlinkException;
import org.hotlink.engine.Engine;
import org.hotlink.engine.NativeThread;
import org.junit.jupiter.api.Test;

/** Native threads started by spawn and spawnProgram. */
class NativeThreadTest {
    private static final String HEADER = "target triple = \"x86_64-pc-linux-gnu\"\n";

    @Test
    void spawnedFunctionReturnsItsValueThroughJoin() throws Exception {
        try (Engine engine = TestEngines.create()) {
            engine.add("w", HEADER + "declare void @hotlink_quiescent()\n"
                    + "define i64 @worker(i64 %x) {\n  call void @hotlink_quiescent()\n"
                    + "  %r = mul i64 %x, 2\n  ret i64 %r\n}\n");
            NativeThread thread = engine.spawn("worker", 21);
            assertEquals(42L, thread.join(), "worker(21) returns 42");
            assertTrue(thread.isFinished(), "a joined thread is finished");
            assertEquals(42L, thread.join(), "joining again gives the same value");
        }
    }

    @Test
    void narrowAndVoidResultsAreConvertedByTheirIrType() throws Exception {
        try (Engine engine = TestEngines.create()) {
            engine.add("w", HEADER + "@seen = global i64 0\n"
                    + "define i32 @negative(i64 %x) {\n  %t = trunc i64 %x to i32\n  %r = sub i32 0, %t\n  ret i32 %r\n}\n"
                    + "define void @record(i64 %x) {\n  store i64 %x, ptr @seen\n  ret void\n}\n"
                    + "define i64 @seen_value() {\n  %v = load i64, ptr @seen\n  ret i64 %v\n}\n");
            assertEquals(-5L, engine.spawn("negative", 5).join(), "an i32 result is sign-extended");
            assertEquals(0L, engine.spawn("record", 77).join(), "a void function gives 0");
            assertEquals(77L, engine.invokeLong("seen_value"),
                    "the void function ran");
        }
    }

    @Test
    void spawningAFunctionOfTheWrongShapeIsRefused() throws Exception {
        try (Engine engine = TestEngines.create()) {
            engine.add("w", HEADER + "define double @real(double %x) {\n  ret double %x\n}\n");
            HotlinkException e = assertThrows(HotlinkException.class, () -> engine.spawn("real", 1));
            assertTrue(e.getMessage().contains("real"), "the error names the function: " + e.getMessage());
            assertEquals(2, e.location().line(), "located at the definition");
        }
    }

    @Test
    void spawnedProgramGetsArgcAndArgv() throws Exception {
        try (Engine engine = TestEngines.create()) {
            engine.add("prog", HEADER + "declare i64 @strlen(ptr)\n"
                    + "define i32 @program(i32 %argc, ptr %argv) {\n"
                    + "  %second = getelementptr ptr, ptr %argv, i64 1\n  %arg = load ptr, ptr %second\n"
                    + "  %n = call i64 @strlen(ptr %arg)\n  %n32 = trunc i64 %n to i32\n"
                    + "  %r = mul i32 %argc, 100\n  %s = add i32 %r, %n32\n  ret i32 %s\n}\n");
            NativeThread thread = engine.spawnProgram("program", List.of("prog", "four", "x"));
            assertEquals(304L, thread.join(), "argc 3 * 100 + strlen(\"four\")");
            long mark = engine.lookup(FaultHandlerModule.PROGRAM_THREAD).orElseThrow();
            assertEquals(0L, new Pointer(mark).getLong(0),
                    "an ended program thread is no longer marked as the program's (its id may be reused)");
        }
    }

    @Test
    void programEntryMayChangeItsSignatureBetweenRuns() throws Exception {
        try (Engine engine = TestEngines.create()) {
            engine.add("prog", HEADER + "define i32 @program(i32 %argc, ptr %argv) {\n  ret i32 %argc\n}\n");
            assertEquals(2L, engine.spawnProgram("program", List.of("prog", "x")).join(), "argc is 2");
            // The engine's thunk for the first run declares program(i32, ptr); it must not block this.
            engine.redefine("prog", HEADER + "define i32 @program() {\n  ret i32 -9\n}\n");
            assertEquals(-9L, engine.spawnProgram("program", List.of("prog")).join(),
                    "the new entry without arguments runs, its negative status sign-extended");
        }
    }

    @Test
    void runningThreadSwitchesToRedefinedCodeAtItsNextCall() throws Exception {
        String library = HEADER + "define i64 @value() {\n  ret i64 VALUE\n}\n";
        try (Engine engine = TestEngines.create()) {
            engine.add("lib", library.replace("VALUE", "1"));
            // Loops, calling value() and announcing a quiescent point, until value() returns 2.
            engine.add("loop", HEADER + "declare i64 @value()\ndeclare void @hotlink_quiescent()\n"
                    + "@iterations = global i64 0\n"
                    + "define i64 @wait_for_two() {\nentry:\n  br label %loop\n"
                    + "loop:\n  %v = call i64 @value()\n  call void @hotlink_quiescent()\n"
                    + "  %n = load i64, ptr @iterations\n  %n1 = add i64 %n, 1\n  store i64 %n1, ptr @iterations\n"
                    + "  %done = icmp eq i64 %v, 2\n  br i1 %done, label %exit, label %loop\n"
                    + "exit:\n  ret i64 %n1\n}\n"
                    + "define i64 @iteration_count() {\n  %n = load i64, ptr @iterations\n  ret i64 %n\n}\n");
            NativeThread thread = engine.spawn("wait_for_two", 0);
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (engine.invokeLong("iteration_count") < 1000 && System.nanoTime() < deadline) {
                Thread.sleep(1);
            }
            assertTrue(!thread.isFinished(), "the loop runs while value() returns 1");
            engine.redefine("lib", library.replace("VALUE", "2"));
            long iterations = thread.join();
            assertTrue(iterations >= 1000, "the thread ran the old code before the switch: " + iterations);
            assertEquals(2L, engine.invokeLong("value"), "version 2 is in effect");
        }
    }
}
