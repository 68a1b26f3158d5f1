package org.hotlink.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Tests that the command line of issue 2 is parsed exactly: options only before MAIN.ll, the rest verbatim. */
class CommandLineParserTest {
    private static RunRequest run(String... args) throws UsageException {
        return RunRequest.from(CommandLineParser.parse(List.of(args)));
    }

    @Test
    void optionsBeforeTheFileAreHotlinksAndEverythingAfterItIsTheProgramsVerbatim() throws Exception {
        RunRequest request = run("run", "--stats", "main.ll", "--stats", "--load", "x", "-v", "--", "");
        assertTrue(request.printStats(), "--stats before the file is Hotlink's");
        assertEquals("main.ll", request.mainModule());
        assertEquals(List.of("--stats", "--load", "x", "-v", "--", ""), request.programArguments(),
                "arguments after MAIN.ll go to the program unchanged, even when they look like options");
        assertEquals(List.of(), request.libraries(), "--load after the file is not Hotlink's");
        assertEquals(List.of("main.ll", "--stats", "--load", "x", "-v", "--", ""), request.argv(),
                "argv[0] is MAIN.ll as typed");
    }

    @Test
    void repeatableOptionsKeepTheirOrderInBothSpellings() throws Exception {
        RunRequest request = run("run", "--extra-module", "b.ll", "--load=/lib/libz.so.1", "--extra-module=c.ll",
                "--load", "libm.so.6", "./a.ll");
        assertEquals(List.of("b.ll", "c.ll"), request.extraModules());
        assertEquals(List.of("/lib/libz.so.1", "libm.so.6"), request.libraries());
        assertEquals(List.of("./a.ll", "b.ll", "c.ll"), request.modules(), "main module is added first");
        assertFalse(request.printStats());
    }

    @Test
    void lazyIsAnOptionBeforeTheFileAndTheProgramsAfterIt() throws Exception {
        assertTrue(run("run", "--lazy", "main.ll").lazy(), "--lazy before the file compiles lazily");
        RunRequest after = run("run", "main.ll", "--lazy");
        assertFalse(after.lazy(), "without --lazy before the file: as configured");
        assertEquals(List.of("--lazy"), after.programArguments(), "--lazy after the file is the program's");
    }

    @Test
    void doubleDashEndsOptionsSoAFileMayStartWithADash() throws Exception {
        RunRequest request = run("run", "--", "-odd.ll", "x");
        assertEquals("-odd.ll", request.mainModule());
        assertEquals(List.of("x"), request.programArguments());
    }

    @Test
    void anOptionValueThatLooksLikeAnOptionIsStillTheValue() throws Exception {
        assertEquals(List.of("--stats"), run("run", "--extra-module", "--stats", "m.ll").extraModules());
    }

    @Test
    void unknownOptionIsAUsageErrorNamingIt() {
        UsageException e = assertThrows(UsageException.class, () -> run("run", "--lazzy", "m.ll"));
        assertTrue(e.getMessage().contains("'--lazzy'"), "message names the option: " + e.getMessage());
    }

    @Test
    void missingOptionValueIsAUsageError() {
        UsageException e = assertThrows(UsageException.class, () -> run("run", "--load"));
        assertTrue(e.getMessage().contains("--load"), e.getMessage());
        assertThrows(UsageException.class, () -> run("run", "--load=", "m.ll"), "empty value");
    }

    @Test
    void flagWithAValueIsAUsageError() {
        assertThrows(UsageException.class, () -> run("run", "--stats=yes", "m.ll"));
    }

    @Test
    void missingMainModuleIsAUsageError() {
        assertThrows(UsageException.class, () -> run("run"));
        assertThrows(UsageException.class, () -> run("run", "--stats"));
    }

    @Test
    void missingOrUnknownCommandIsAUsageError() {
        assertThrows(UsageException.class, () -> CommandLineParser.parse(List.of()));
        assertThrows(UsageException.class, () -> CommandLineParser.parse(List.of("walk", "m.ll")));
        assertThrows(UsageException.class, () -> CommandLineParser.parse(List.of("--stats")));
    }

    @Test
    void helpAndVersionNeedNoFileAtTopLevelOrAfterTheCommand() throws Exception {
        assertTrue(CommandLineParser.parse(List.of("--help")).has(Commands.HELP));
        assertTrue(CommandLineParser.parse(List.of("--version")).has(Commands.VERSION));
        assertTrue(CommandLineParser.parse(List.of("run", "--help")).has(Commands.HELP));
        assertTrue(CommandLineParser.parse(List.of("run", "--version")).has(Commands.VERSION));
    }

    @Test
    void aLoneDashIsAnOperandNotAnOption() throws Exception {
        assertEquals("-", run("run", "-").mainModule());
    }
}
