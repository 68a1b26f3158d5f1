package org.hotlink.x86.asm;

import static org.hotlink.x86.asm.EncodingRow.row;
import static org.hotlink.x86.asm.Gpr.*;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Encoding table for indirect CALL/JMP, RET, LEAVE, UD2, INT3, NOP and the REP string instructions.
 * Label and symbol targets are tested in {@link CodeBufferTest} and {@link RelocationTest}, multi-byte NOPs
 * in {@link NopTest}.
 *
 * <p>Expected bytes are llvm-mc's, from {@code llvm-mc-19 --show-encoding -x86-asm-syntax=intel
 * -output-asm-variant=1}. Regenerate every table with
 * {@code python3 bundles/x86-64-asm/src/test/regenerate-encoding-tables.py} (from /work/main).
 */
class ControlEncodingTest {
    static final List<EncodingRow> ROWS = List.of(
        row("call rax", "ffd0", a -> a.call(RAX)),
        row("call r11", "41ffd3", a -> a.call(R11)),
        row("call qword ptr [rax + 8]", "ff5008", a -> a.call(Address.of(RAX, 8))),
        row("call qword ptr [r12]", "41ff1424", a -> a.call(Address.of(R12, 0))),
        row("jmp rcx", "ffe1", a -> a.jmp(RCX)),
        row("jmp r13", "41ffe5", a -> a.jmp(R13)),
        row("jmp qword ptr [r14 + 8*rax]", "41ff24c6", a -> a.jmp(Address.of(R14, RAX, 8, 0))),
        row("ret", "c3", a -> a.ret()),
        row("ret 8", "c20800", a -> a.ret(8)),
        row("leave", "c9", a -> a.leave()),
        row("ud2", "0f0b", a -> a.ud2()),
        row("int3", "cc", a -> a.int3()),
        row("nop", "90", a -> a.nop()),
        row("rep movsb", "f3a4", a -> a.repMovsb()),
        row("rep stosb", "f3aa", a -> a.repStosb()),
        row("rep movsq", "f348a5", a -> a.repMovsq()),
        row("rep stosq", "f348ab", a -> a.repStosq())
    );

    @TestFactory
    Stream<DynamicTest> eachControlFormEncodesAsLlvmMcDoes() {
        return EncodingRow.tests(ROWS);
    }

    @Test
    void returnByteCountMustFitSixteenBits() {
        X86Assembler a = new X86Assembler();
        assertThrows(IllegalArgumentException.class, () -> a.ret(65536), "expected ret 65536 rejected");
        assertThrows(IllegalArgumentException.class, () -> a.ret(-1), "expected ret -1 rejected");
    }

    @Test
    void nopLengthMustBeOneToFifteen() {
        X86Assembler a = new X86Assembler();
        assertThrows(IllegalArgumentException.class, () -> a.nop(0), "expected a 0-byte nop rejected");
        assertThrows(IllegalArgumentException.class, () -> a.nop(16), "expected a 16-byte nop rejected");
    }
}
