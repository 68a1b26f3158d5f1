package org.hotlink.itests.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Usage of the command: 64 for usage errors, 66 for missing or unreadable input, --help and --version. */
@ExtendWith(RunSummary.class)
class UsageTest {

    @TempDir
    Path work;

    @Test
    void noArgumentsIsAUsageErrorWithStatus64() {
        assertUsageError(Hotlink.invoke(work));
    }

    @Test
    void runWithoutAFileIsAUsageErrorWithStatus64() {
        assertUsageError(Hotlink.invoke(work, "run"));
    }

    @Test
    void unknownCommandIsAUsageErrorWithStatus64() {
        ProcessOutcome actual = Hotlink.invoke(work, "frobnicate");
        assertUsageError(actual);
    }

    @Test
    void unknownOptionBeforeTheFileIsAUsageErrorNamingIt() {
        Programs.placeC("main_no_params", work);
        ProcessOutcome actual = Hotlink.invoke(work, "run", "--frobnicate", "main_no_params.ll");
        assertUsageError(actual);
        assertTrue(actual.stderr().contains("--frobnicate"), "expected stderr to name --frobnicate"
                + actual.describe());
    }

    @Test
    void optionWithoutItsValueIsAUsageError() {
        assertUsageError(Hotlink.invoke(work, "run", "--extra-module"));
    }

    @Test
    void unknownOptionAfterTheFileGoesToTheProgram() {
        Path exe = Programs.placeC("argv_print", work);
        ProcessOutcome expected = NativeToolchain.runNative(exe, work, "--frobnicate");
        ProcessOutcome actual = Hotlink.invoke(work, "run", "argv_print.ll", "--frobnicate");
        assertAll(
                () -> assertEquals(2, actual.exitStatus(), "expected argc 2 as the program's status" + actual.describe()),
                () -> assertEquals(expected.stdout().replace("[" + exe + "]", "[argv_print.ll]"), actual.stdout(),
                        "expected the program to print --frobnicate as argv[1]" + actual.describe()),
                () -> assertEquals("", actual.stderr(), "expected nothing on stderr" + actual.describe()));
    }

    @Test
    void missingFileGivesStatus66() {
        ProcessOutcome actual = Hotlink.invoke(work, "run", "no_such_file.ll");
        assertInputError(actual, "no_such_file.ll");
    }

    @Test
    void directoryInsteadOfAFileGivesStatus66() throws IOException {
        Files.createDirectories(work.resolve("folder.ll"));
        assertInputError(Hotlink.invoke(work, "run", "folder.ll"), "folder.ll");
    }

    @Test
    void unreadableFileGivesStatus66() throws IOException {
        Path file = NativeToolchain.copy(NativeToolchain.ir("main_no_params"), work, "secret.ll");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        Files.setPosixFilePermissions(work, PosixFilePermissions.fromString("rwxr-xr-x"));
        CommandRunner runner = Hotlink.command(work, "run", "secret.ll");
        if ("root".equals(System.getProperty("user.name"))) {
            // root reads any file: run bin/hotlink as nobody so that the permissions count.
            List<String> command = new ArrayList<>(List.of("setpriv", "--reuid=65534", "--regid=65534",
                    "--clear-groups"));
            command.addAll(runner.command());
            runner = CommandRunner.of(command).in(work).timeout(Hotlink.TIMEOUT).env("HOME", "/nonexistent");
        }
        assertInputError(Hotlink.execute(runner), "secret.ll");
    }

    @Test
    void helpPrintsUsageOnStdoutWithStatus0() {
        ProcessOutcome actual = Hotlink.invoke(work, "--help");
        assertAll(
                () -> assertEquals(0, actual.exitStatus(), "expected status 0" + actual.describe()),
                () -> assertTrue(actual.stdout().contains("hotlink run") && actual.stdout().contains("--extra-module")
                        && actual.stdout().contains("--load") && actual.stdout().contains("--stats"),
                        "expected the usage with every option on stdout" + actual.describe()),
                () -> assertEquals("", actual.stderr(), "expected nothing on stderr" + actual.describe()));
    }

    @Test
    void versionPrintsOneLineOnStdoutWithStatus0() {
        ProcessOutcome actual = Hotlink.invoke(work, "--version");
        assertAll(
                () -> assertEquals(0, actual.exitStatus(), "expected status 0" + actual.describe()),
                () -> assertEquals(1, actual.stdoutLines().size(), "expected one line on stdout" + actual.describe()),
                () -> assertTrue(actual.stdout().matches("(?s)hotlink \\d+\\.\\d+.*\n"),
                        "expected 'hotlink <version>'" + actual.describe()),
                () -> assertEquals("", actual.stderr(), "expected nothing on stderr" + actual.describe()));
    }

    @Test
    void runHelpPrintsUsageWithStatus0() {
        ProcessOutcome actual = Hotlink.invoke(work, "run", "--help");
        assertAll(
                () -> assertEquals(0, actual.exitStatus(), "expected status 0" + actual.describe()),
                () -> assertTrue(actual.stdout().contains("hotlink run"), "expected the usage on stdout"
                        + actual.describe()));
    }

    private static void assertUsageError(ProcessOutcome actual) {
        assertAll(
                () -> assertEquals(64, actual.exitStatus(), "expected usage error status 64" + actual.describe()),
                () -> assertEquals("", actual.stdout(), "expected nothing on stdout" + actual.describe()),
                () -> assertTrue(actual.stderr().startsWith("hotlink:"), "expected a hotlink: message on stderr"
                        + actual.describe()),
                () -> assertTrue(actual.stderr().contains("usage"), "expected the usage on stderr" + actual.describe()),
                () -> assertFalse(actual.stderr().contains("Exception"), "expected no Java stack trace"
                        + actual.describe()));
    }

    private static void assertInputError(ProcessOutcome actual, String name) {
        assertAll(
                () -> assertEquals(66, actual.exitStatus(), "expected status 66 for missing or unreadable input"
                        + actual.describe()),
                () -> assertEquals("", actual.stdout(), "expected nothing on stdout" + actual.describe()),
                () -> assertTrue(actual.stderr().startsWith("hotlink:") && actual.stderr().contains(name),
                        "expected a hotlink: message naming " + name + actual.describe()),
                () -> assertFalse(actual.stderr().contains("Exception"), "expected no Java stack trace"
                        + actual.describe()));
    }
}
