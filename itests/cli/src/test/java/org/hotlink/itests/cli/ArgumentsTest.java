package org.hotlink.itests.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** What main receives from `hotlink run`: argc, argv (argv[0] = MAIN.ll as typed), envp; 0, 2 or 3 parameters. */
@ExtendWith(RunSummary.class)
class ArgumentsTest {

    /** Arguments that a careless launcher would take for its own options, split, or drop. */
    private static final String[] AWKWARD_ARGS = {"--stats", "--help", "--version", "--extra-module", "x.ll",
        "--load", "-x", "a b", "", "q\"uote", "it's", "é", "run", "-"};

    @TempDir
    Path work;

    @Test
    void argv0IsTheMainFileAsTypedWithRelativeDirectory() {
        assertArgv0AsTyped("sub/dir/argv_print.ll");
    }

    @Test
    void argv0IsTheMainFileAsTypedWithLeadingDotSlash() {
        assertArgv0AsTyped("./argv_print.ll");
    }

    @Test
    void argv0IsTheMainFileAsTypedWithParentDirectory() throws IOException {
        Path inner = Files.createDirectories(work.resolve("inner"));
        Path exe = Programs.placeC("argv_print", work, "argv_print.ll");
        ProcessOutcome expected = NativeToolchain.runNative(exe, inner);
        ProcessOutcome actual = Hotlink.invoke(inner, "run", "../argv_print.ll");
        Programs.assertMatches(withArgv0(expected, exe, "../argv_print.ll"), actual);
    }

    @Test
    void programArgumentsAfterMainFileArePassedVerbatimEvenWhenTheyLookLikeOptions() {
        Path exe = Programs.placeC("argv_print", work);
        ProcessOutcome expected = NativeToolchain.runNative(exe, work, AWKWARD_ARGS);
        List<String> args = new ArrayList<>(List.of("run", "argv_print.ll"));
        args.addAll(List.of(AWKWARD_ARGS));
        ProcessOutcome actual = Hotlink.invoke(work, args.toArray(String[]::new));
        Programs.assertMatches(withArgv0(expected, exe, "argv_print.ll"), actual);
        assertEquals(AWKWARD_ARGS.length + 1, actual.exitStatus(), "expected argc = 1 + " + AWKWARD_ARGS.length
                + " as the exit status" + actual.describe());
    }

    @Test
    void optionsBeforeMainFileAreHotlinksAndArgumentsAfterItAreTheProgramsTogether() {
        Path exe = Programs.placeC("argv_print", work);
        ProcessOutcome expected = NativeToolchain.runNative(exe, work, "--stats");
        ProcessOutcome actual = Hotlink.invoke(work, "run", "--stats", "argv_print.ll", "--stats");
        List<String> err = actual.stderrLines();
        assertAll(
                () -> assertEquals(withArgv0(expected, exe, "argv_print.ll").stdout(), actual.stdout(),
                        "expected the program to get the second --stats as argv[1]" + actual.describe()),
                () -> assertEquals(2, actual.exitStatus(), "expected argc 2 as exit status" + actual.describe()),
                () -> assertEquals(1, err.size(), "expected exactly one stderr line (the stats of the first "
                        + "--stats)" + actual.describe()));
    }

    @Test
    void mainWithoutParametersRuns() {
        ProcessOutcome actual = Programs.assertSameAsNative("main_no_params", work);
        assertEquals(17, actual.exitStatus(), "expected main's 17" + actual.describe());
    }

    @Test
    void mainWithTwoParametersSeesArgcAndArgv() {
        Path exe = Programs.placeC("argv_print", work);
        ProcessOutcome expected = NativeToolchain.runNative(exe, work, "one", "two");
        ProcessOutcome actual = Hotlink.invoke(work, "run", "argv_print.ll", "one", "two");
        Programs.assertMatches(withArgv0(expected, exe, "argv_print.ll"), actual);
    }

    @Test
    void mainWithThreeParametersSeesTheProcessEnvironmentEntries() {
        Map<String, String> env = testEnvironment();
        Path exe = Programs.placeC("envp_print", work);
        ProcessOutcome expected = NativeToolchain.runNative(
                NativeToolchain.nativeCommand(exe).in(work).exactEnvironment(env));
        ProcessOutcome actual = Hotlink.execute(
                Hotlink.command(work, "run", "envp_print.ll").exactEnvironment(env));
        assertAll(
                () -> assertEquals(0, actual.exitStatus(), "expected exit status 0" + actual.describe()),
                () -> assertEquals(entries(expected), entries(actual),
                        "expected the same environment entries as the native run (sorted)" + actual.describe()),
                () -> assertEquals(expected.stdoutLines().size(), actual.stdoutLines().size(),
                        "expected as many entries as natively, " + env.size() + actual.describe()));
    }

    @Test
    void mainWithThreeParametersSeesTheEnvironmentInTheOrderItWasGiven() {
        // env -i gives both runs exactly these entries in this order (ProcessBuilder would reorder them).
        List<String> envCommand = new ArrayList<>(List.of("/usr/bin/env", "-i"));
        testEnvironment().forEach((name, value) -> envCommand.add(name + "=" + value));
        Path exe = Programs.placeC("envp_print", work);
        List<String> nativeCommand = new ArrayList<>(envCommand);
        nativeCommand.add(exe.toString());
        ProcessOutcome expected = NativeToolchain.runNative(CommandRunner.of(nativeCommand).in(work));
        List<String> hotlinkCommand = new ArrayList<>(envCommand);
        hotlinkCommand.addAll(List.of(Hotlink.script().toString(), "run", "envp_print.ll"));
        ProcessOutcome actual = Hotlink.execute(CommandRunner.of(hotlinkCommand).in(work).timeout(Hotlink.TIMEOUT));
        Programs.assertMatches(expected, actual);
    }

    private void assertArgv0AsTyped(String typed) {
        Path exe = Programs.placeC("argv_print", work, typed);
        ProcessOutcome expected = NativeToolchain.runNative(exe, work, "first");
        ProcessOutcome actual = Hotlink.invoke(work, "run", typed, "first");
        Programs.assertMatches(withArgv0(expected, exe, typed), actual);
    }

    /** The environment given to both runs: what bin/hotlink needs, PWD as a shell keeps it, and odd values. */
    private Map<String, String> testEnvironment() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("ZZ_FIRST", "given first, sorts last");
        env.put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
        env.put("HOTLINK_CLI_EMPTY", "");
        env.put("HOTLINK_CLI_SPACES", "value with  spaces = and equals");
        env.put("HOME", work.toString());
        env.put("PWD", work.toString());
        env.put("AA_LAST", "given last, sorts first");
        return env;
    }

    private static List<String> entries(ProcessOutcome outcome) {
        return outcome.stdoutLines().stream().filter(l -> l.startsWith("env["))
                .map(l -> l.substring(l.indexOf(']') + 2)).sorted().toList();
    }

    /** The native outcome with argv[0] (the executable's path) replaced by what bin/hotlink was given. */
    private static ProcessOutcome withArgv0(ProcessOutcome nativeRun, Path exe, String typed) {
        String stdout = nativeRun.stdout().replace("argv[0]=[" + exe + "]", "argv[0]=[" + typed + "]");
        return new ProcessOutcome(nativeRun.command(), nativeRun.workDir(), nativeRun.exitStatus(), stdout,
                nativeRun.stderr(), nativeRun.timedOut(), nativeRun.wall());
    }
}
