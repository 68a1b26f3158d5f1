package org.hotlink.parser.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hotlink.ir.Function;
import org.hotlink.ir.Module;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Test that everything clang-19 (at -O0, -O1, -O2 without vectorization, -O0 -g) and clang-14
 * (typed pointers, -O0 and -O2 -g) print for the C programs in src/test/c parses completely, with
 * function and instruction counts equal to counts taken from the text independently.
 */
class ClangOutputParseTest {
    private static final String[][] CONFIGURATIONS = {
        {"clang-19", "O0", "-O0"},
        {"clang-19", "O1", "-O1"},
        {"clang-19", "O2", "-O2", "-fno-vectorize", "-fno-slp-vectorize"},
        {"clang-19", "O0g", "-O0", "-g"},
        {"clang-14", "c14O0", "-O0"},
        {"clang-14", "c14O2g", "-O2", "-g"},
    };

    @TempDir
    static Path work;

    @TestFactory
    List<DynamicTest> everyClangOutputParsesWithMatchingCounts() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        List<Path> sources = IrTestSupport.cSources();
        assertTrue(sources.size() >= 10, "expected at least 10 C programs in src/test/c, found " + sources.size());
        for (Path source : sources) {
            for (String[] c : CONFIGURATIONS) {
                String[] flags = java.util.Arrays.copyOfRange(c, 2, c.length);
                tests.add(dynamicTest(source.getFileName() + " " + c[0] + " " + String.join(" ", flags),
                        () -> parseAndCount(source, c[0], c[1], flags)));
            }
        }
        return tests;
    }

    private void parseAndCount(Path source, String compiler, String tag, String[] flags) throws IOException {
        Path ll = IrTestSupport.emitIr(compiler, source, work, tag, flags);
        String text = Files.readString(ll);
        Module module = IrTestSupport.parse(text);
        IrTextCounts expected = new IrTextCounts(text);
        long defined = module.functions().stream().filter(f -> !f.isDeclaration()).count();
        long declared = module.functions().stream().filter(Function::isDeclaration).count();
        assertEquals(expected.definitions, defined, "expected as many defined functions as 'define' lines in " + ll);
        assertEquals(expected.declarations, declared, "expected as many declarations as 'declare' lines in " + ll);
        assertEquals(expected.instructions, module.instructionCount(),
                "expected the instruction count taken from the text of " + ll);
        assertTrue(module.function("main") != null && !module.function("main").isDeclaration(),
                "expected a defined @main in " + ll);
        assertTrue(module.targetTriple().startsWith("x86_64-") && module.targetTriple().endsWith("-linux-gnu"),
                "expected an x86-64 Linux triple in " + ll + ", got " + module.targetTriple());
    }
}
