package org.hotlink.resolver.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.jna.Function;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Pointer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import org.hotlink.diagnostic.LinkException;
import org.hotlink.linker.ExternalSymbols;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Tests of the external symbol scopes: precedence, process libraries, data symbols, loaded libraries. */
class ProcessSymbolResolverTest {
    private static Path testLibrary;

    @BeforeAll
    static void buildTestLibrary() throws Exception {
        Path output = Path.of("target", "test-native");
        Files.createDirectories(output);
        testLibrary = output.resolve("libhotlinktest.so").toAbsolutePath();
        Process cc = new ProcessBuilder("cc", "-shared", "-fPIC", "-O1", "-o", testLibrary.toString(),
                "src/test/c/hotlink_test_library.c").inheritIO().start();
        assertTrue(cc.waitFor(60, TimeUnit.SECONDS) && cc.exitValue() == 0, "cc builds the test library");
    }

    private static ExternalSymbols scope() {
        return new ProcessSymbolResolver().createScope();
    }

    private static long address(ExternalSymbols scope, String name) {
        OptionalLong found = scope.lookup(name);
        assertTrue(found.isPresent(), name + " resolves");
        return found.getAsLong();
    }

    @Test
    void libcFunctionsResolveAndRun() {
        ExternalSymbols scope = scope();
        long strlen = address(scope, "strlen");
        assertEquals(5L, Function.getFunction(new Pointer(strlen)).invokeLong(new Object[] {"hello"}), "strlen(\"hello\") is 5");
        assertTrue(scope.lookup("puts").isPresent(), "puts resolves");
        assertTrue(scope.lookup("printf").isPresent(), "printf resolves");
    }

    @Test
    void libmFunctionsResolveAndRun() {
        ExternalSymbols scope = scope();
        double root = Function.getFunction(new Pointer(address(scope, "sqrt"))).invokeDouble(new Object[] {2.0});
        assertEquals(Math.sqrt(2.0), root, 0.0, "sqrt(2) from libm");
        double fused = Function.getFunction(new Pointer(address(scope, "fma"))).invokeDouble(new Object[] {2.0, 3.0, 1.0});
        assertEquals(7.0, fused, 0.0, "fma(2, 3, 1) from libm");
    }

    @Test
    void libgccFunctionsResolve() {
        assertTrue(scope().lookup("__clear_cache").isPresent(), "__clear_cache resolves from libgcc_s");
        assertTrue(scope().lookup("__muldc3").isPresent(), "__muldc3 (complex multiply) resolves from libgcc_s");
    }

    @Test
    void dataSymbolsResolveToTheVariableTheProcessUses() {
        ExternalSymbols scope = scope();
        for (String name : new String[] {"stdout", "stderr", "stdin"}) {
            Pointer expected = NativeLibrary.getProcess().getGlobalVariableAddress(name).getPointer(0);
            assertEquals(expected, new Pointer(address(scope, name)).getPointer(0), name + " holds the process's FILE*");
        }
        assertTrue(scope.lookup("environ").isPresent(), "environ resolves");
        assertTrue(scope.lookup("optind").isPresent(), "optind resolves");
    }

    @Test
    void javaDefinitionWinsOverTheProcess() {
        ExternalSymbols scope = scope();
        long libcPuts = address(scope, "puts");
        scope.define("puts", 0x1234_5678L);
        assertEquals(0x1234_5678L, address(scope, "puts"), "a Java definition replaces the cached process symbol");
        assertNotEquals(0x1234_5678L, address(scope(), "puts"), "another scope still sees libc's puts");
        assertNotEquals(0L, libcPuts, "libc's puts had an address");
    }

    @Test
    void unknownNameIsEmpty() {
        assertEquals(OptionalLong.empty(), scope().lookup("hotlink_no_such_symbol_anywhere"), "an unknown name resolves to nothing");
    }

    @Test
    void loadedLibraryProvidesItsSymbolsBeforeTheProcess() throws Exception {
        ExternalSymbols scope = scope();
        long processLabs = address(scope, "labs");
        assertTrue(scope.lookup("hotlink_test_answer").isEmpty(), "the library's function is unknown before loading");
        scope.loadLibrary(testLibrary.toString());
        int answer = Function.getFunction(new Pointer(address(scope, "hotlink_test_answer"))).invokeInt(new Object[0]);
        assertEquals(42, answer, "the loaded library's function runs");
        assertEquals(7, new Pointer(address(scope, "hotlink_test_value")).getInt(0), "the loaded library's variable holds 7");
        long labs = address(scope, "labs");
        assertNotEquals(processLabs, labs, "the library's labs shadows libc's");
        assertEquals(12345L, Function.getFunction(new Pointer(labs)).invokeLong(new Object[] {-3L}), "the library's labs runs");
        assertTrue(scope().lookup("hotlink_test_answer").isEmpty(), "a library loaded into one scope is invisible to another");
    }

    @Test
    void badLibraryPathIsALinkExceptionNamingThePath() {
        String path = "/nonexistent/libhotlink-missing.so";
        LinkException error = assertThrows(LinkException.class, () -> scope().loadLibrary(path), "a missing library is refused");
        assertTrue(error.getMessage().contains(path), "message names the path: " + error.getMessage());
        assertEquals(path, error.location().file(), "location names the path");
    }
}
