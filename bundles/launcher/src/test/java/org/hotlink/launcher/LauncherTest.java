package org.hotlink.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hotlink.diagnostic.DuplicateSymbolException;
import org.hotlink.diagnostic.HotlinkException;
import org.hotlink.diagnostic.IrSyntaxException;
import org.hotlink.diagnostic.IrVerificationException;
import org.hotlink.diagnostic.LinkException;
import org.hotlink.diagnostic.MemoryException;
import org.hotlink.diagnostic.SourceLocation;
import org.hotlink.diagnostic.TargetMismatchException;
import org.hotlink.diagnostic.UndefinedSymbolException;
import org.hotlink.diagnostic.UnsupportedConstructException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Tests the exit statuses and the stdout/stderr split of the command line, with the run itself replaced. */
class LauncherTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private RunRequest received;

    @TempDir
    Path folder;

    private int execute(boolean debug, RunAction action, String... args) {
        Launcher launcher = new Launcher(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), debug, action);
        return launcher.execute(List.of(args));
    }

    private int execute(String... args) {
        return execute(false, request -> {
            received = request;
            return 0;
        }, args);
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private String existingModule() throws Exception {
        Path module = folder.resolve("main.ll");
        Files.writeString(module, "define i32 @main() {\n  ret i32 0\n}\n");
        return module.toString();
    }

    @Test
    void missingInputFileIs66BeforeAnythingRuns() {
        String missing = folder.resolve("absent.ll").toString();
        assertEquals(ExitStatus.NO_INPUT, execute("run", missing));
        assertNull(received, "the run must not start when an input is missing");
        assertEquals("hotlink: cannot read '" + missing + "': No such file or directory\n", stderr());
        assertEquals("", stdout());
    }

    @Test
    void missingExtraModuleOrLibraryPathIs66() throws Exception {
        String main = existingModule();
        assertEquals(ExitStatus.NO_INPUT, execute("run", "--extra-module", "nope.ll", main));
        assertEquals(ExitStatus.NO_INPUT, execute("run", "--load", "/no/such/lib.so", main));
        assertNull(received);
    }

    @Test
    void directoryAsInputIs66() {
        assertEquals(ExitStatus.NO_INPUT, execute("run", folder.toString()));
        assertTrue(stderr().contains("Is a directory"), stderr());
    }

    @Test
    void bareLibraryNameIsLeftToTheDynamicLoader() throws Exception {
        assertEquals(0, execute("run", "--load", "libm.so.6", existingModule()));
        assertEquals(List.of("libm.so.6"), received.libraries());
    }

    @Test
    void unknownOptionIs64WithShortUsageOnStderr() throws Exception {
        assertEquals(ExitStatus.USAGE, execute("run", "--bogus", existingModule()));
        assertTrue(stderr().startsWith("hotlink: unknown option '--bogus'"), stderr());
        assertTrue(stderr().contains("usage: hotlink run [OPTIONS] MAIN.ll [PROGRAM ARGS...]"), stderr());
        assertEquals("", stdout(), "usage errors print nothing on stdout");
    }

    @Test
    void noArgumentsIs64() {
        assertEquals(ExitStatus.USAGE, execute());
    }

    @Test
    void helpPrintsEveryOptionOnStdoutAndExits0() {
        assertEquals(0, execute("--help"));
        for (String option : List.of("--extra-module FILE", "--load LIB", "--stats", "--help", "--version")) {
            assertTrue(stdout().contains(option), "help lists " + option + ":\n" + stdout());
        }
        assertEquals("", stderr());
        assertNull(received);
    }

    @Test
    void versionPrintsOnStdoutAndExits0() {
        assertEquals(0, execute("run", "--version"));
        assertTrue(stdout().startsWith("hotlink "), stdout());
    }

    @Test
    void runReceivesTheRequestAndItsStatusIsReturned() throws Exception {
        String main = existingModule();
        assertEquals(7, execute(false, request -> 7, "run", main, "arg"));
        assertEquals(0, execute("run", "--stats", main, "arg"));
        assertEquals(List.of(main, "arg"), received.argv());
        assertTrue(received.printStats());
    }

    @ParameterizedTest
    @ValueSource(classes = {IrSyntaxException.class, IrVerificationException.class, UnsupportedConstructException.class,
            UndefinedSymbolException.class, TargetMismatchException.class, DuplicateSymbolException.class})
    void inputErrorsExit2WithTheCompilerFormDiagnostic(Class<? extends HotlinkException> type) throws Exception {
        SourceLocation at = new SourceLocation("m.ll", 3, 7, "  %x = add i32 %y");
        HotlinkException failure = type.getConstructor(String.class, SourceLocation.class).newInstance("bad thing", at);
        assertEquals(ExitStatus.BAD_INPUT, execute(false, request -> {
            throw failure;
        }, "run", existingModule()));
        assertEquals("m.ll:3:7: error: bad thing\n  %x = add i32 %y\n      ^\n", stderr());
    }

    @Test
    void inputErrorWithoutLocationStartsWithHotlink() throws Exception {
        assertEquals(ExitStatus.BAD_INPUT, execute(false, request -> {
            throw new UndefinedSymbolException("undefined symbol 'frob'");
        }, "run", existingModule()));
        assertEquals("hotlink: error: undefined symbol 'frob'\n", stderr());
    }

    @Test
    void otherHotlinkFailuresAreInternalErrors70() throws Exception {
        String main = existingModule();
        assertEquals(ExitStatus.INTERNAL, execute(false, request -> {
            throw new MemoryException("cannot reserve 1 GiB");
        }, "run", main));
        assertEquals(ExitStatus.INTERNAL, execute(false, request -> {
            throw new LinkException("relocation out of range");
        }, "run", main));
        assertTrue(stderr().startsWith("hotlink: internal error: cannot reserve 1 GiB\n"), stderr());
    }

    @Test
    void unexpectedExceptionIs70WithoutStackTrace() throws Exception {
        assertEquals(ExitStatus.INTERNAL, execute(false, request -> {
            throw new IllegalStateException("boom");
        }, "run", existingModule()));
        assertEquals("hotlink: internal error: IllegalStateException: boom\n", stderr());
        assertFalse(stderr().contains("\tat "), "no Java stack trace without HOTLINK_DEBUG=1");
    }

    @Test
    void debugShowsTheStackTrace() throws Exception {
        assertEquals(ExitStatus.INTERNAL, execute(true, request -> {
            throw new IllegalStateException("boom");
        }, "run", existingModule()));
        assertTrue(stderr().contains("\tat "), "stack trace with HOTLINK_DEBUG=1: " + stderr());
    }
}
