package org.hotlink.itests.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests of {@link CommandLineRunner} against a fake {@code bin/hotlink} script. */
class CommandLineRunnerTest {

    @TempDir
    Path home;

    @Test
    void passesRunExtraModulesMainAndArgsInOrderAndReportsExitCode() throws IOException {
        fakeLauncher("printf '%s|' \"$@\"; echo; echo oops >&2; exit 5");
        RunResult result = new CommandLineRunner(home, home).run(Path.of("m.ll"),
                List.of(Path.of("a.ll"), Path.of("b.ll")), List.of("x", "y z"), Duration.ofSeconds(10));
        assertEquals("run|--extra-module|a.ll|--extra-module|b.ll|m.ll|x|y z|\n", result.stdout(),
                "expected the launcher to get: run, each extra module after --extra-module, main, then args verbatim");
        assertEquals("oops\n", result.stderr(), "expected stderr to be captured separately");
        assertEquals(5, result.exitCode(), "expected the launcher's exit status");
        assertFalse(result.timedOut(), "expected a quick script not to time out");
    }

    @Test
    void reportsTimeoutWhenLauncherHangs() throws IOException {
        fakeLauncher("sleep 30");
        RunResult result = new CommandLineRunner(home, home).run(Path.of("m.ll"), List.of(), List.of(),
                Duration.ofMillis(300));
        assertTrue(result.timedOut(), "expected a 30 s sleep to be reported as timed out after 0.3 s");
    }

    @Test
    void closesStdinOfTheProgram() throws IOException {
        fakeLauncher("cat; echo done");
        RunResult result = new CommandLineRunner(home, home).run(Path.of("m.ll"), List.of(), List.of(),
                Duration.ofSeconds(10));
        assertEquals("done\n", result.stdout(), "expected stdin to be at end of file immediately");
    }

    @Test
    void failsClearlyWhenLauncherIsMissing() {
        IOException error = assertThrows(IOException.class, () -> new CommandLineRunner(home, home)
                .run(Path.of("m.ll"), List.of(), List.of(), Duration.ofSeconds(1)));
        assertTrue(error.getMessage().contains("bin/hotlink"), "expected the message to name bin/hotlink, got: "
                + error.getMessage());
    }

    private void fakeLauncher(String body) throws IOException {
        Path bin = Files.createDirectories(home.resolve("bin"));
        Path script = bin.resolve("hotlink");
        Files.writeString(script, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
