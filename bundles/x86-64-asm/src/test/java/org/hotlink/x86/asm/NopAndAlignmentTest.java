package org.hotlink.x86.asm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Tests of multi-byte NOPs (each decodes as exactly one NOP, checked with
 * {@code llvm-mc-19 --disassemble}) and of {@link CodeBuffer#align(int, boolean)} padding.
 */
class NopAndAlignmentTest {
    @Test
    void eachNopLengthFromOneToFifteenIsOneNopInstruction() throws Exception {
        StringBuilder input = new StringBuilder();
        for (int length = 1; length <= 15; length++) {
            X86Assembler a = new X86Assembler();
            a.nop(length);
            byte[] code = a.buffer().finish();
            assertEquals(length, code.length, "expected nop(" + length + ") to be " + length + " bytes");
            for (byte b : code) {
                input.append(String.format("0x%02x ", b & 0xFF));
            }
            input.append('\n');
        }
        String output = LlvmMc.run(List.of("--disassemble", "-output-asm-variant=1"), input.toString());
        List<String> instructions = output.lines().map(String::trim)
                .filter(l -> !l.isEmpty() && !l.startsWith(".")).collect(Collectors.toList());
        assertEquals(15, instructions.size(), "expected one instruction per NOP length, got " + instructions);
        for (String instruction : instructions) {
            assertTrue(instruction.matches("(data16\\s+)*(nop|xchg\\s+ax, ax)\\b.*"),
                    "expected a NOP, llvm-mc decoded: " + instruction);
        }
    }

    @Test
    void alignWithNopsPadsToTheBoundaryWithTheRecommendedForms() {
        X86Assembler a = new X86Assembler();
        a.ret();
        a.buffer().align(16, true);
        assertEquals(16, a.position(), "expected padding to offset 16");
        assertEquals("c3" + "660f1f840000000000" + "660f1f440000", HexFormat.of().formatHex(a.buffer().finish()),
                "expected 15 bytes of padding as the recommended 9-byte and 6-byte NOPs");
    }

    @Test
    void alignWithZerosAndAlreadyAlignedPositions() {
        CodeBuffer buffer = new CodeBuffer();
        buffer.emit8(0xC3);
        buffer.align(8, false);
        assertEquals("c300000000000000", HexFormat.of().formatHex(buffer.finish()), "expected 7 zero bytes");
        buffer.align(8, true);
        assertEquals(8, buffer.position(), "expected no padding at an aligned position");
        buffer.align(1, true);
        assertEquals(8, buffer.position(), "expected no padding for alignment 1");
    }

    @Test
    void alignmentMustBeAPowerOfTwo() {
        CodeBuffer buffer = new CodeBuffer();
        assertThrows(IllegalArgumentException.class, () -> buffer.align(12, true), "expected 12 rejected");
        assertThrows(IllegalArgumentException.class, () -> buffer.align(0, true), "expected 0 rejected");
        assertThrows(IllegalArgumentException.class, () -> buffer.align(8192, true), "expected 8192 rejected");
    }
}
