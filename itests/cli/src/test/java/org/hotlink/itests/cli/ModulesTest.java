package org.hotlink.itests.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Linking: `--extra-module`, `--load`, symbols still undefined after all modules (exit 2), extern_weak. */
@ExtendWith(RunSummary.class)
class ModulesTest {

    @TempDir
    Path work;

    @Test
    void extraModuleCallsBackIntoMainModuleAndSharesGlobals() {
        Path main = place("peer_main");
        Path lib = place("peer_lib");
        ProcessOutcome expected = NativeToolchain.runNative(
                NativeToolchain.nativeExecutable("peer", List.of(main, lib)), work);
        ProcessOutcome actual = Hotlink.invoke(work, "run", "--extra-module", "peer_lib.ll", "peer_main.ll");
        Programs.assertMatches(expected, actual);
        assertEquals("r=27 shared_total=26 main_counter=126\n", actual.stdout(),
                "expected the values computed across both modules" + actual.describe());
    }

    @Test
    void extraModulesCallingEachOtherWorkInCommandLineOrderAB() {
        assertTrioRuns("trio_a.ll", "trio_b.ll");
    }

    @Test
    void extraModulesCallingEachOtherWorkInCommandLineOrderBA() {
        assertTrioRuns("trio_b.ll", "trio_a.ll");
    }

    @Test
    void strongDefinitionsInAnExtraModuleOverrideWeakOnesAsAStaticLinkerWould() {
        Path main = place("weak_main");
        Path strong = place("weak_strong");
        ProcessOutcome expected = NativeToolchain.runNative(
                NativeToolchain.nativeExecutable("weak_merge", List.of(main, strong)), work);
        ProcessOutcome actual = Hotlink.invoke(work, "run", "--extra-module", "weak_strong.ll", "weak_main.ll");
        Programs.assertMatches(expected, actual);
        assertEquals("merged_value=2 merged_which=strong\n", actual.stdout(),
                "expected the strong definitions to win" + actual.describe());
    }

    @Test
    void loadMakesSharedLibraryFunctionsCallable() {
        Path lib = NativeToolchain.sharedLibrary("scale_lib");
        Path user = place("scale_user");
        ProcessOutcome expected = NativeToolchain.runNative(NativeToolchain.nativeExecutable("scale_user",
                List.of(user), lib.toString(), "-Wl,-rpath," + lib.getParent()), work);
        ProcessOutcome actual = Hotlink.invoke(work, "run", "--load", lib.toString(), "scale_user.ll");
        Programs.assertMatches(expected, actual);
        assertEquals("scale_lib: hotlink_scale(6)=43\n", actual.stdout(),
                "expected the library's results" + actual.describe());
    }

    @Test
    void loadAcceptsARelativeLibraryPath() {
        Path lib = NativeToolchain.sharedLibrary("scale_lib");
        NativeToolchain.copy(lib, work, "libs/libscale_lib.so");
        place("scale_user");
        ProcessOutcome actual = Hotlink.invoke(work, "run", "--load", "libs/libscale_lib.so", "scale_user.ll");
        assertAll(
                () -> assertEquals(0, actual.exitStatus(), "expected exit status 0" + actual.describe()),
                () -> assertEquals("scale_lib: hotlink_scale(6)=43\n", actual.stdout(),
                        "expected the library's results" + actual.describe()));
    }

    @Test
    void definitionInTheModuleTakesPrecedenceOverTheLoadedLibraryAsNatively() {
        Path lib = NativeToolchain.sharedLibrary("scale_lib");
        Path user = place("scale_override");
        ProcessOutcome expected = NativeToolchain.runNative(NativeToolchain.nativeExecutable("scale_override",
                List.of(user), lib.toString(), "-Wl,-rpath," + lib.getParent()), work);
        ProcessOutcome actual = Hotlink.invoke(work, "run", "--load", lib.toString(), "scale_override.ll");
        Programs.assertMatches(expected, actual);
        assertEquals("scale_lib: hotlink_scale(6)=1006\n", actual.stdout(),
                "expected the module's own hotlink_scale and the library's hotlink_lib_name" + actual.describe());
    }

    @Test
    void missingLoadLibraryIsAnErrorNamingIt() {
        place("scale_user");
        ProcessOutcome actual = Hotlink.invoke(work, "run", "--load", "libno_such_library.so", "scale_user.ll");
        assertAll(
                () -> assertNotEquals(0, actual.exitStatus(), "expected a failure" + actual.describe()),
                () -> assertEquals("", actual.stdout(), "expected nothing on stdout" + actual.describe()),
                () -> assertTrue(actual.stderr().startsWith("hotlink:")
                        && actual.stderr().contains("libno_such_library.so"),
                        "expected a hotlink: message naming libno_such_library.so" + actual.describe()),
                () -> assertTrue(!actual.stderr().contains("Exception"), "expected no Java stack trace"
                        + actual.describe()));
    }

    @Test
    void moduleWithoutMainIsAnErrorNamingMain() {
        NativeToolchain.copy(NativeToolchain.handWrittenIr("no_main"), work, "no_main.ll");
        ProcessOutcome actual = Hotlink.invoke(work, "run", "no_main.ll");
        assertAll(
                () -> assertNotEquals(0, actual.exitStatus(), "expected a failure" + actual.describe()),
                () -> assertEquals("", actual.stdout(), "expected nothing on stdout" + actual.describe()),
                () -> assertTrue(actual.stderr().contains("main"), "expected stderr to name main" + actual.describe()),
                () -> assertTrue(!actual.stderr().contains("Exception"), "expected no Java stack trace"
                        + actual.describe()));
    }

    @Test
    void functionOfAnUnloadedLibraryIsUndefinedWithExitStatus2() {
        place("scale_user");
        assertUndefined(Hotlink.invoke(work, "run", "scale_user.ll"), "hotlink_scale", "hotlink_lib_name");
    }

    @Test
    void undefinedFunctionGivesExitStatus2NamingIt() {
        place("undefined_function");
        assertUndefined(Hotlink.invoke(work, "run", "undefined_function.ll"), "hotlink_no_such_function");
    }

    @Test
    void undefinedGlobalVariableGivesExitStatus2NamingIt() {
        place("undefined_global");
        assertUndefined(Hotlink.invoke(work, "run", "undefined_global.ll"), "hotlink_no_such_global");
    }

    @Test
    void symbolsOfAMissingExtraModuleAreUndefinedWithExitStatus2() {
        place("peer_main");
        assertUndefined(Hotlink.invoke(work, "run", "peer_main.ll"), "peer_accumulate", "shared_total");
    }

    @Test
    void undefinedExternWeakFunctionIsNull() {
        Programs.assertSameAsNative("weak_undefined", work);
    }

    @Test
    void twoStrongDefinitionsOfOneSymbolAreAnErrorNamingIt() {
        place("trio_main");
        place("trio_a");
        place("trio_b");
        NativeToolchain.copy(work.resolve("trio_b.ll"), work, "trio_b_again.ll");
        ProcessOutcome actual = Hotlink.invoke(work, "run", "--extra-module", "trio_a.ll", "--extra-module",
                "trio_b.ll", "--extra-module", "trio_b_again.ll", "trio_main.ll");
        assertAll(
                () -> assertNotEquals(0, actual.exitStatus(), "expected a failure for the duplicate definitions"
                        + actual.describe()),
                () -> assertEquals("", actual.stdout(), "expected nothing on stdout" + actual.describe()),
                () -> assertTrue(actual.stderr().contains("trio_b") || actual.stderr().contains("trio_value"),
                        "expected stderr to name trio_b or trio_value" + actual.describe()));
    }

    @Test
    void missingExtraModuleFileGivesExitStatus66() {
        place("peer_main");
        ProcessOutcome actual = Hotlink.invoke(work, "run", "--extra-module", "no_such_module.ll", "peer_main.ll");
        assertAll(
                () -> assertEquals(66, actual.exitStatus(), "expected 66 for a missing input file" + actual.describe()),
                () -> assertEquals("", actual.stdout(), "expected nothing on stdout" + actual.describe()),
                () -> assertTrue(actual.stderr().startsWith("hotlink:") && actual.stderr().contains("no_such_module.ll"),
                        "expected a hotlink: message naming no_such_module.ll" + actual.describe()));
    }

    private void assertTrioRuns(String first, String second) {
        Path main = place("trio_main");
        Path a = place("trio_a");
        Path b = place("trio_b");
        ProcessOutcome expected = NativeToolchain.runNative(
                NativeToolchain.nativeExecutable("trio", List.of(main, a, b)), work);
        ProcessOutcome actual = Hotlink.invoke(work, "run", "--extra-module", first, "--extra-module", second,
                "trio_main.ll");
        Programs.assertMatches(expected, actual);
    }

    private static void assertUndefined(ProcessOutcome actual, String... anyOfNames) {
        assertAll(
                () -> assertEquals(2, actual.exitStatus(), "expected exit status 2 for an undefined symbol"
                        + actual.describe()),
                () -> assertEquals("", actual.stdout(), "expected nothing on stdout: the program must not start"
                        + actual.describe()),
                () -> assertTrue(List.of(anyOfNames).stream().anyMatch(actual.stderr()::contains),
                        "expected stderr to name one of " + List.of(anyOfNames) + actual.describe()),
                () -> assertTrue(actual.stderr().startsWith("hotlink:") || actual.stderr().contains(": error:"),
                        "expected a hotlink: message or a diagnostic" + actual.describe()),
                () -> assertTrue(!actual.stderr().contains("\tat ") && !actual.stderr().contains("Exception"),
                        "expected no Java stack trace" + actual.describe()));
    }

    /** IR of c/NAME.c at -O0 copied to work/NAME.ll; returns the built IR (outside work). */
    private Path place(String name) {
        Path ir = NativeToolchain.ir(name);
        NativeToolchain.copy(ir, work, name + ".ll");
        return ir;
    }
}
