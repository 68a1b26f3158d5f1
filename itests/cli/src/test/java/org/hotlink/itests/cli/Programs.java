package org.hotlink.itests.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Shared steps of the end-to-end tests: placing a program in the working directory and comparing runs. */
final class Programs {

    private Programs() {
    }

    /**
     * Builds {@code c/NAME.c} to IR at -O0, copies it to {@code work/relative}, and returns the native
     * executable of the same IR.
     */
    static Path placeC(String name, Path work, String relative) {
        Path ir = NativeToolchain.ir(name);
        NativeToolchain.copy(ir, work, relative);
        return NativeToolchain.nativeExecutable(name, ir);
    }

    /** Builds {@code c/NAME.c} to IR at -O0 as {@code work/NAME.ll}; returns the native executable. */
    static Path placeC(String name, Path work) {
        return placeC(name, work, name + ".ll");
    }

    /** Runs the native executable and bin/hotlink on the same IR with the same arguments; both must agree. */
    static ProcessOutcome assertSameAsNative(String name, Path work, String... args) {
        Path exe = placeC(name, work);
        ProcessOutcome expected = NativeToolchain.runNative(exe, work, args);
        String[] hotlinkArgs = Stream.concat(Stream.of("run", name + ".ll"), Stream.of(args)).toArray(String[]::new);
        ProcessOutcome actual = Hotlink.invoke(work, hotlinkArgs);
        assertMatches(expected, actual);
        return actual;
    }

    /** Asserts that {@code actual} (bin/hotlink) has the stdout, stderr and exit status of {@code expected}. */
    static void assertMatches(ProcessOutcome expected, ProcessOutcome actual) {
        assertFalse(expected.timedOut(), "expected the native reference to finish" + expected.describe());
        assertAll(
                () -> assertFalse(actual.timedOut(), "expected bin/hotlink to finish within " + Hotlink.TIMEOUT
                        + actual.describe()),
                () -> assertEquals(expected.stdout(), actual.stdout(),
                        "expected the native program's stdout" + actual.describe()),
                () -> assertEquals(expected.exitStatus(), actual.exitStatus(),
                        "expected the native program's exit status " + expected.exitStatus() + actual.describe()),
                () -> assertEquals(expected.stderr(), actual.stderr(),
                        "expected the native program's stderr and nothing else" + actual.describe()));
    }

    /** Asserts that no JVM crash report ({@code hs_err_pid*.log}) was written to {@code work}. */
    static void assertNoCrashReport(Path work, ProcessOutcome outcome) {
        try (Stream<Path> files = Files.list(work)) {
            List<String> reports = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith("hs_err_pid")).toList();
            assertTrue(reports.isEmpty(), "expected no JVM crash report in the working directory, found "
                    + reports + outcome.describe());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
