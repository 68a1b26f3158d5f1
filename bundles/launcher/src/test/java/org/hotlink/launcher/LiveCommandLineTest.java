package org.hotlink.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests the command line of {@code hotlink live}: its options, argv, and the statuses before anything starts. */
class LiveCommandLineTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private LiveRequest received;

    @TempDir
    Path folder;

    private static LiveRequest live(String... args) throws UsageException {
        return LiveRequest.from(CommandLineParser.parse(List.of(args)));
    }

    private int execute(String... args) {
        Launcher launcher = new Launcher(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false,
                request -> {
                    throw new AssertionError("run must not be called for live");
                },
                request -> {
                    received = request;
                    return 7;
                });
        return launcher.execute(List.of(args));
    }

    @Test
    void optionsBeforeTheFolderAreHotlinksAndTheRestIsTheProgramsVerbatim() throws Exception {
        LiveRequest request = live("live", "--entry", "synth", "--load=libm.so.6", "--load", "/l/z.so", "dir",
                "--entry", "x", "-v");
        assertEquals("dir", request.directory());
        assertEquals("synth", request.entry());
        assertEquals(List.of("libm.so.6", "/l/z.so"), request.libraries(), "--load is repeatable, in order");
        assertEquals(List.of("--entry", "x", "-v"), request.programArguments(), "after DIR everything is the program's");
        assertEquals(List.of("dir", "--entry", "x", "-v"), request.argv(), "argv[0] is DIR as typed");
    }

    @Test
    void lazyIsOffUnlessGiven() throws Exception {
        assertFalse(live("live", "d").lazy());
        assertTrue(live("live", "--lazy", "--reclamation", "never", "d").lazy());
    }

    @Test
    void reclamationPolicyDefaultsToQuiescentAndRejectsUnknownValues() throws Exception {
        assertEquals(org.hotlink.engine.ReclamationPolicy.QUIESCENT, live("live", "d").reclamation());
        assertEquals(org.hotlink.engine.ReclamationPolicy.NEVER, live("live", "--reclamation", "never", "d").reclamation());
        UsageException e = assertThrows(UsageException.class, () -> live("live", "--reclamation=sometimes", "d"));
        assertTrue(e.getMessage().contains("'quiescent' or 'never'"), e.getMessage());
    }

    @Test
    void entryDefaultsToMainAndMayBeSpelledWithAnAt() throws Exception {
        assertEquals("main", live("live", "d").entry());
        assertEquals("tick", live("live", "--entry=@tick", "d").entry());
    }

    @Test
    void entryGivenTwiceOrEmptyIsAUsageError() {
        assertThrows(UsageException.class, () -> live("live", "--entry", "a", "--entry", "b", "d"));
        assertThrows(UsageException.class, () -> live("live", "--entry", "@", "d"));
    }

    @Test
    void liveWithoutAFolderIsAUsageError64() {
        assertEquals(ExitStatus.USAGE, execute("live"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("usage: hotlink live [OPTIONS] DIR"),
                "expected the live usage on stderr: " + err);
        assertNull(received);
    }

    @Test
    void unknownOptionOfLiveIsAUsageError64() {
        assertEquals(ExitStatus.USAGE, execute("live", "--stats", folder.toString()));
        assertNull(received);
    }

    @Test
    void missingFolderIs66BeforeAnythingStarts() {
        String missing = folder.resolve("absent").toString();
        assertEquals(ExitStatus.NO_INPUT, execute("live", missing));
        assertEquals("hotlink: cannot read '" + missing + "': No such file or directory\n", err.toString(StandardCharsets.UTF_8));
        assertNull(received);
    }

    @Test
    void aFileInsteadOfAFolderIs66() throws Exception {
        Path file = Files.writeString(folder.resolve("main.ll"), "");
        assertEquals(ExitStatus.NO_INPUT, execute("live", file.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("Not a directory"), "expected the reason: " + err);
    }

    @Test
    void missingLibraryPathIs66() {
        assertEquals(ExitStatus.NO_INPUT, execute("live", "--load", "/no/such/lib.so", folder.toString()));
        assertNull(received);
    }

    @Test
    void anExistingFolderReachesTheLiveActionWhoseStatusIsTheExitStatus() {
        assertEquals(7, execute("live", folder.toString(), "a"));
        assertEquals(new LiveRequest(folder.toString(), "main", List.of(), List.of("a")), received);
    }

    @Test
    void helpListsLiveAndItsOptions() {
        assertEquals(ExitStatus.SUCCESS, execute("live", "--help"));
        String help = out.toString(StandardCharsets.UTF_8);
        assertTrue(help.contains("hotlink live [OPTIONS] DIR") && help.contains("--entry NAME")
                && help.contains("Options (only before DIR)"), "expected live in the help: " + help);
        assertTrue(help.contains("hotlink run [OPTIONS] MAIN.ll"), "run stays in the help: " + help);
    }
}
