package org.hotlink.itests.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Faults in compiled code end the process like a native one: status 128 + signal, one `hotlink:` stderr line
 * naming the signal, no JVM crash report; deep recursion uses a native-sized stack.
 */
@ExtendWith(RunSummary.class)
class FaultTest {

    @TempDir
    Path work;

    @Test
    void nullPointerWriteEndsWithStatus139AndOneSigsegvLine() {
        assertFault("null_write", 139, "SIGSEGV", "before the fault\n");
    }

    @Test
    void integerDivisionByZeroEndsWithStatus136AndOneSigfpeLine() {
        assertFault("divide_by_zero", 136, "SIGFPE", "");
    }

    @Test
    void builtinTrapEndsWithStatus132AndOneSigillLine() {
        assertFault("trap", 132, "SIGILL", "");
    }

    @Test
    void reachedUnreachableEndsWithStatus132AndOneSigillLine() {
        NativeToolchain.copy(NativeToolchain.handWrittenIr("unreachable"), work, "unreachable.ll");
        ProcessOutcome actual = Hotlink.invoke(work, "run", "unreachable.ll");
        assertSignalled(actual, 132, "SIGILL", "");
    }

    @Test
    void faultLineNamesTheCompiledFunctionWhereTheFaultHappened() {
        Path exe = Programs.placeC("fault_in_function", work);
        ProcessOutcome expected = NativeToolchain.runNative(exe, work);
        assertEquals(139, expected.exitStatus(), "expected the native reference to die of SIGSEGV"
                + expected.describe());
        ProcessOutcome actual = Hotlink.invoke(work, "run", "fault_in_function.ll");
        assertSignalled(actual, 139, "SIGSEGV", "");
        assertTrue(actual.stderr().contains("store_through"), "expected the hotlink: line to name the function "
                + "store_through, where the fault happened" + actual.describe());
    }

    @Test
    void faultInsideLibcCalledFromCompiledCodeEndsWithStatus139AndOneSigsegvLine() {
        assertFault("libc_fault", 139, "SIGSEGV", "");
    }

    @Test
    void integerDivisionOverflowEndsWithStatus136AndOneSigfpeLine() {
        assertFault("divide_overflow", 136, "SIGFPE", "");
    }

    @Test
    void outputStillBufferedAtAFaultIsLostAsNatively() {
        assertFault("unflushed_at_fault", 139, "SIGSEGV", "");
    }

    @Test
    void abortEndsWithStatus134AsNatively() {
        Path exe = Programs.placeC("abort_call", work);
        ProcessOutcome expected = NativeToolchain.runNative(exe, work);
        assertEquals(134, expected.exitStatus(), "expected the native reference to end with SIGABRT"
                + expected.describe());
        ProcessOutcome actual = Hotlink.invoke(work, "run", "abort_call.ll");
        assertAll(
                () -> assertEquals(134, actual.exitStatus(), "expected status 134 (SIGABRT)" + actual.describe()),
                () -> assertEquals(expected.stdout(), actual.stdout(), "expected the native stdout" + actual.describe()),
                () -> Programs.assertNoCrashReport(work, actual),
                () -> assertFalse(actual.stderr().contains("A fatal error has been detected"),
                        "expected no JVM crash banner" + actual.describe()));
    }

    @Test
    void raisingSigtermEndsWithStatus143AsNatively() {
        Path exe = Programs.placeC("raise_sigterm", work);
        ProcessOutcome expected = NativeToolchain.runNative(exe, work);
        assertEquals(143, expected.exitStatus(), "expected the native reference to end with SIGTERM"
                + expected.describe());
        ProcessOutcome actual = Hotlink.invoke(work, "run", "raise_sigterm.ll");
        assertAll(
                () -> assertEquals(143, actual.exitStatus(), "expected status 143 (SIGTERM)" + actual.describe()),
                () -> assertEquals(expected.stdout(), actual.stdout(), "expected the native stdout" + actual.describe()),
                () -> Programs.assertNoCrashReport(work, actual));
    }

    @Test
    void recursionOf200000FramesWorksAsNativelyOnAnEightMegabyteStack() {
        ProcessOutcome actual = Programs.assertSameAsNative("deep_recursion", work, "200000");
        assertEquals("depth=200000\n", actual.stdout(), "expected the full depth" + actual.describe());
    }

    @Test
    void recursionOf600000FramesWorksWhenRlimitStackIs32Megabytes() {
        // sh sets RLIMIT_STACK, then execs the command: both runs get a 32 MiB stack (600000 frames need ~19 MB).
        Path exe = Programs.placeC("deep_recursion", work);
        List<String> withBigStack = List.of("/bin/sh", "-c", "ulimit -s 32768 && exec \"$0\" \"$@\"");
        List<String> nativeCommand = new ArrayList<>(withBigStack);
        nativeCommand.addAll(List.of(exe.toString(), "600000"));
        ProcessOutcome expected = NativeToolchain.runNative(CommandRunner.of(nativeCommand).in(work));
        assertEquals("depth=600000\n", expected.stdout(), "expected the native run to reach the full depth"
                + expected.describe());
        List<String> hotlinkCommand = new ArrayList<>(withBigStack);
        hotlinkCommand.addAll(List.of(Hotlink.script().toString(), "run", "deep_recursion.ll", "600000"));
        ProcessOutcome actual = Hotlink.execute(CommandRunner.of(hotlinkCommand).in(work).timeout(Hotlink.TIMEOUT));
        Programs.assertMatches(expected, actual);
        Programs.assertNoCrashReport(work, actual);
    }

    @Test
    void unboundedRecursionEndsWithStatus139AndOneHotlinkLine() {
        Path exe = Programs.placeC("unbounded_recursion", work);
        ProcessOutcome expected = NativeToolchain.runNative(exe, work);
        assertEquals(139, expected.exitStatus(), "expected the native reference to die of SIGSEGV"
                + expected.describe());
        ProcessOutcome actual = Hotlink.invoke(work, "run", "unbounded_recursion.ll");
        assertSignalled(actual, 139, "SIGSEGV", "start\n");
    }

    private void assertFault(String name, int status, String signal, String stdout) {
        Path exe = Programs.placeC(name, work);
        ProcessOutcome expected = NativeToolchain.runNative(exe, work);
        assertEquals(status, expected.exitStatus(), "expected the native reference to end with " + signal
                + expected.describe());
        ProcessOutcome actual = Hotlink.invoke(work, "run", name + ".ll");
        assertSignalled(actual, status, signal, stdout);
        assertEquals(expected.stdout(), actual.stdout(), "expected the native stdout" + actual.describe());
    }

    private void assertSignalled(ProcessOutcome actual, int status, String signal, String stdout) {
        List<String> err = actual.stderrLines();
        assertAll(
                () -> assertEquals(status, actual.exitStatus(), "expected status " + status + " (" + signal + ")"
                        + actual.describe()),
                () -> assertEquals(stdout, actual.stdout(), "expected the program's output before the fault"
                        + actual.describe()),
                () -> assertEquals(1, err.size(), "expected exactly one stderr line" + actual.describe()),
                () -> assertTrue(!err.isEmpty() && err.get(0).startsWith("hotlink:") && err.get(0).contains(signal),
                        "expected a hotlink: line naming " + signal + actual.describe()),
                () -> Programs.assertNoCrashReport(work, actual));
    }
}
