package org.hotlink.verifier.impl;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.hotlink.ir.Module;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Random C programs from csmith (fixed seeds), compiled by clang-19, verify as LLVM's verifier
 * verifies them: heavy i8/i16 arithmetic, volatile accesses, struct copies and deep nesting
 * that the hand-written programs do not reach.
 */
class CsmithOutputTest {
    private static final String CSMITH_HEADERS = "-I/usr/include/csmith";

    @TempDir
    Path folder;

    @ParameterizedTest(name = "csmith seed {0} at {1}")
    @CsvSource({"11, -O0", "11, -O2", "12, -O0", "12, -O2"})
    void csmithProgramVerifies(long seed, String level) throws Exception {
        Path program = folder.resolve("csmith" + seed + ".c");
        LlvmTools.Run csmith = LlvmTools.generateCsmithProgram(seed, program);
        assertEquals(0, csmith.exitStatus(), "expected csmith to generate a program: " + csmith.output());
        Path ir = folder.resolve("csmith" + seed + level + ".ll");
        LlvmTools.Run clang = LlvmTools.compileToIr(program, ir, List.of(level, "-w", CSMITH_HEADERS));
        assertEquals(0, clang.exitStatus(), "expected clang-19 to compile the csmith program: " + clang.output());
        LlvmTools.Run opt = LlvmTools.verify(ir);
        assertEquals(0, opt.exitStatus(), "expected LLVM's verifier to accept " + ir.getFileName() + ": " + opt.output());
        Module module = TextParsers.parse(ir.toString(), Files.readString(ir, StandardCharsets.UTF_8));
        assertDoesNotThrow(() -> new ModuleVerifier().verify(module),
                () -> "expected csmith seed " + seed + " at " + level + " to verify as LLVM's verifier does");
    }
}
