package org.hotlink.backend.x86;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hotlink.codegen.ObjectSection;
import org.hotlink.codegen.RelocatableObject;
import org.junit.jupiter.api.Test;

/**
 * Golden test of the register allocator on clang -O2 IR of a phi-heavy, unrolled loop
 * (src/test/resources/golden/fibsum-O2.ll; the C source is in its header): the function must
 * compute the right value, and its disassembly (objdump -D -b binary -m i386:x86-64 of the code
 * section, kept in target/golden/fibsum.dis) may not load or store a stack slot anywhere, so in
 * particular not inside its two loops.
 */
class PhiLoopGoldenTest {
    private static final Path IR = Path.of("src/test/resources/golden/fibsum-O2.ll");

    static long fibsum(int n) {
        long a = 0, b = 1, sum = 0;
        for (int i = 0; i < n; i++) {
            long t = a + b;
            a = b;
            b = t;
            sum += a ^ i;
        }
        return sum;
    }

    @Test
    void phiLoopComputesTheSameAsTheCSource() throws Exception {
        try (CompiledModule m = CompiledModule.load(Files.readString(IR))) {
            for (int n : new int[]{0, 1, 2, 3, 4, 5, 7, 8, 33, 90}) {
                assertEquals(fibsum(n), m.callLong("fibsum", n), "fibsum(" + n + ") as the C source computes it");
            }
        }
    }

    @Test
    void phiLoopHasNoStackLoadsOrStores() throws Exception {
        RelocatableObject object = CompiledModule.compileOnly(Files.readString(IR));
        ObjectSection text = object.sections().stream().filter(s -> s.name().equals(".text.fibsum")).findFirst().orElseThrow();
        Path bin = Files.createDirectories(Path.of("target/golden")).resolve("fibsum.bin");
        Files.write(bin, text.contents());
        ClangTool.Run dump = ClangTool.run(List.of("objdump", "-D", "-b", "binary", "-m", "i386:x86-64", bin.toString()));
        Files.writeString(bin.resolveSibling("fibsum.dis"), dump.stdout(), StandardCharsets.UTF_8);
        Pattern line = Pattern.compile("^\\s*([0-9a-f]+):\\s+(?:[0-9a-f]{2} )+\\s*(.*)$");
        int instructions = 0;
        for (String l : dump.stdout().split("\n")) {
            Matcher mm = line.matcher(l);
            if (!mm.matches()) {
                continue;
            }
            instructions++;
            String t = mm.group(2);
            boolean epilogue = t.startsWith("lea") && t.endsWith(",%rsp");
            assertFalse(!epilogue && (t.contains("(%rbp") || t.contains("(%rsp")),
                    "no instruction of fibsum, and so no loop body, should load or store a stack slot, but has: " + t);
        }
        assertTrue(instructions > 50, "the disassembly should hold the whole function, found " + instructions + " instructions");
    }
}
