package org.hotlink.verifier.impl;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.hotlink.ir.Module;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every IR file clang-19 produces for the C programs in {@code src/test/c} at -O0, -O2 and -O0 -g
 * parses and verifies, and LLVM's own verifier agrees that it is valid.
 */
class ClangOutputTest {
    private static final Path SOURCES = Path.of("src/test/c");
    private static final List<List<String>> LEVELS = List.of(List.of("-O0"), List.of("-O2"), List.of("-O0", "-g"));

    @TempDir
    static Path output;

    @TestFactory
    Stream<DynamicTest> clangOutputVerifies() throws Exception {
        List<Path> programs;
        try (Stream<Path> files = Files.list(SOURCES)) {
            programs = files.filter(p -> p.toString().endsWith(".c")).sorted().toList();
        }
        assertTrue(programs.size() >= 3, "expected at least three C programs in " + SOURCES.toAbsolutePath());
        List<DynamicTest> tests = new ArrayList<>();
        for (Path program : programs) {
            for (List<String> level : LEVELS) {
                String name = program.getFileName() + " " + String.join(" ", level);
                tests.add(DynamicTest.dynamicTest(name, () -> verifyClangOutput(program, level)));
            }
        }
        return tests.stream();
    }

    private static void verifyClangOutput(Path program, List<String> level) throws Exception {
        String base = program.getFileName().toString().replace(".c", "") + String.join("", level).replace("-", "_");
        Path ir = output.resolve(base + ".ll");
        LlvmTools.Run clang = LlvmTools.compileToIr(program, ir, level);
        assertEquals(0, clang.exitStatus(), "expected clang-19 to compile " + program + ": " + clang.output());
        LlvmTools.Run opt = LlvmTools.verify(ir);
        assertEquals(0, opt.exitStatus(), "expected LLVM's verifier to accept " + ir + ": " + opt.output());
        Module module = TextParsers.parse(ir.toString(), Files.readString(ir, StandardCharsets.UTF_8));
        assertDoesNotThrow(() -> new ModuleVerifier().verify(module),
                () -> "expected " + ir.getFileName() + " to verify as LLVM's verifier does");
    }
}
