package org.hotlink.backend.x86;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;

import org.hotlink.codegen.CompileOptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Differential test: each C program in src/test/c is compiled by clang-19 to IR at -O0 and -O2
 * (vectorizers off); the IR compiled natively gives the expected stdout and exit status, and the
 * same IR compiled by this back-end and run in process must print the same and return the same,
 * both with every call through entry stubs ({@link CompileOptions#ALL}) and with direct calls
 * inside the module ({@link CompileOptions#SEALED}).
 */
class CProgramTest {
    static Stream<Arguments> programs() throws Exception {
        List<Arguments> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src/test/c"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".c")).sorted().toList()) {
                for (String optLevel : List.of("-O0", "-O2")) {
                    out.add(Arguments.of(p.getFileName().toString(), optLevel, "ALL"));
                    out.add(Arguments.of(p.getFileName().toString(), optLevel, "SEALED"));
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("programs")
    void programPrintsAndReturnsWhatTheNativeBuildDoes(String file, String optLevel, String mode) throws Exception {
        Path outDir = Files.createDirectories(Path.of("target/c-programs", mode));
        Path ll = ClangTool.emitIr(Path.of("src/test/c", file), optLevel, outDir);
        ClangTool.Run expected = ClangTool.runNatively(ll);
        String ir = Files.readString(ll, StandardCharsets.UTF_8);
        CompileOptions options = mode.equals("SEALED") ? CompileOptions.SEALED : CompileOptions.ALL;
        try (CompiledModule m = CompiledModule.load(ir, options)) {
            Memory argv = new Memory(16);
            Memory name = new Memory(8);
            name.setString(0, "prog");
            argv.setPointer(0, name);
            argv.setPointer(8, Pointer.NULL);
            NativeStdoutCapture.Result actual = NativeStdoutCapture.capture(outDir.resolve(file + optLevel + ".out"),
                    () -> m.callInt("main", 1, argv));
            assertEquals(expected.stdout(), actual.stdout(), file + " " + optLevel + " should print what the native build prints");
            assertEquals(expected.exitCode(), actual.value() & 0xFF, file + " " + optLevel + " should return the native exit status");
        }
        Native.getLastError();
    }
}
