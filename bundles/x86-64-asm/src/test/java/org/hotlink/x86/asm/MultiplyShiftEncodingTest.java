package org.hotlink.x86.asm;

import static org.hotlink.x86.asm.EncodingRow.row;
import static org.hotlink.x86.asm.Gpr.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Encoding table for NOT/NEG/MUL/IMUL/DIV/IDIV, two- and three-operand IMUL, shifts and rotates by an
 * immediate and by CL, and SHLD/SHRD.
 *
 * <p>Expected bytes are llvm-mc's, from {@code llvm-mc-19 --show-encoding -x86-asm-syntax=intel
 * -output-asm-variant=1}. Regenerate every table with
 * {@code python3 bundles/x86-64-asm/src/test/regenerate-encoding-tables.py} (from /work/main).
 */
class MultiplyShiftEncodingTest {
    static final List<EncodingRow> ROWS = List.of(
        row("not rax", "48f7d0", a -> a.notq(RAX)),
        row("not r9b", "41f6d1", a -> a.notb(R9)),
        row("neg ecx", "f7d9", a -> a.negl(RCX)),
        row("neg qword ptr [rsp + 8]", "48f75c2408", a -> a.negq(Address.of(RSP, 8))),
        row("neg sil", "40f6de", a -> a.negb(RSI)),
        row("mul rcx", "48f7e1", a -> a.mulq(RCX)),
        row("mul byte ptr [rdi]", "f627", a -> a.mulb(Address.of(RDI, 0))),
        row("imul r8", "49f7e8", a -> a.imulq(R8)),
        row("imul word ptr [rax]", "66f728", a -> a.imulw(Address.of(RAX, 0))),
        row("div r11d", "41f7f3", a -> a.divl(R11)),
        row("div qword ptr [rbp - 8]", "48f775f8", a -> a.divq(Address.of(RBP, -8))),
        row("idiv rcx", "48f7f9", a -> a.idivq(RCX)),
        row("idiv dword ptr [r13]", "41f77d00", a -> a.idivl(Address.of(R13, 0))),
        row("idiv bl", "f6fb", a -> a.idivb(RBX)),
        row("imul rax, rbx", "480fafc3", a -> a.imulq(RAX, RBX)),
        row("imul r12d, r13d", "450fafe5", a -> a.imull(R12, R13)),
        row("imul ax, cx", "660fafc1", a -> a.imulw(RAX, RCX)),
        row("imul eax, dword ptr [rdi]", "0faf07", a -> a.imull(RAX, Address.of(RDI, 0))),
        row("imul rcx, rdx, 10", "486bca0a", a -> a.imulq(RCX, RDX, 10)),
        row("imul rcx, rdx, 1000", "4869cae8030000", a -> a.imulq(RCX, RDX, 1000)),
        row("imul ax, bx, 1000", "6669c3e803", a -> a.imulw(RAX, RBX, 1000)),
        row("imul r8, qword ptr [r9 + 8], -3", "4d6b4108fd", a -> a.imulq(R8, Address.of(R9, 8), -3)),
        row("imul eax, dword ptr [rip + 16], 100000", "690510000000a0860100", a -> a.imull(RAX, ripPlus16(a), 100000)),
        row("shl eax, 1", "d1e0", a -> a.shll(RAX, 1)),
        row("shl rax, 3", "48c1e003", a -> a.shlq(RAX, 3)),
        row("sar r9d, 31", "41c1f91f", a -> a.sarl(R9, 31)),
        row("sar r9, 63", "49c1f93f", a -> a.sarq(R9, 63)),
        row("shr al, 7", "c0e807", a -> a.shrb(RAX, 7)),
        row("shr sil, 1", "40d0ee", a -> a.shrb(RSI, 1)),
        row("rol rax, 63", "48c1c03f", a -> a.rolq(RAX, 63)),
        row("ror ax, 8", "66c1c808", a -> a.rorw(RAX, 8)),
        row("rcl ecx, 2", "c1d102", a -> a.rcll(RCX, 2)),
        row("rcr rdx, 1", "48d1da", a -> a.rcrq(RDX, 1)),
        row("shl rax, 0", "48c1e000", a -> a.shlq(RAX, 0)),
        row("shl rax, cl", "48d3e0", a -> a.shlqByCl(RAX)),
        row("shr r10d, cl", "41d3ea", a -> a.shrlByCl(R10)),
        row("sar dil, cl", "40d2ff", a -> a.sarbByCl(RDI)),
        row("rol r8w, cl", "6641d3c0", a -> a.rolwByCl(R8)),
        row("sar word ptr [rdi], cl", "66d33f", a -> a.sarwByCl(Address.of(RDI, 0))),
        row("shr qword ptr [rsp + 8], 4", "48c16c240804", a -> a.shrq(Address.of(RSP, 8), 4)),
        row("shl dword ptr [rax], 1", "d120", a -> a.shll(Address.of(RAX, 0), 1)),
        row("shld rax, rbx, 4", "480fa4d804", a -> a.shldq(RAX, RBX, 4)),
        row("shld eax, ebx, cl", "0fa5d8", a -> a.shldlByCl(RAX, RBX)),
        row("shrd r8, r9, 63", "4d0facc83f", a -> a.shrdq(R8, R9, 63)),
        row("shrd ax, cx, cl", "660fadc8", a -> a.shrdwByCl(RAX, RCX))
    );

    /**
     * {@code [rip + 16]} as a label operand: the label is bound at the instruction's start and the
     * instruction is 10 bytes long, so start + 26 is 16 bytes past its end. This checks that the rel32 is
     * measured from the end of the instruction, after the imm32.
     */
    private static Address ripPlus16(X86Assembler a) {
        Label start = new Label("start");
        a.bind(start);
        return Address.rip(start, 26);
    }

    @TestFactory
    Stream<DynamicTest> eachMultiplyAndShiftFormEncodesAsLlvmMcDoes() {
        return EncodingRow.tests(ROWS);
    }

    @Test
    void shiftCountsOutsideTheOperandWidthAreRejected() {
        X86Assembler a = new X86Assembler();
        assertThrows(IllegalArgumentException.class, () -> a.shll(RAX, 32), "expected 32 rejected for shll");
        assertThrows(IllegalArgumentException.class, () -> a.shlq(RAX, 64), "expected 64 rejected for shlq");
        assertThrows(IllegalArgumentException.class, () -> a.sarq(RAX, -1), "expected -1 rejected for sarq");
        assertThrows(IllegalArgumentException.class, () -> a.shrdl(RAX, RCX, 32), "expected 32 rejected for shrdl");
        assertEquals(0, a.position(), "expected nothing emitted for rejected instructions");
    }

    @Test
    void multiplyImmediatesAndByteFormsAreChecked() {
        X86Assembler a = new X86Assembler();
        assertThrows(IllegalArgumentException.class, () -> a.imulw(RAX, RCX, 70000),
                "expected 70000 rejected for imulw");
        assertThrows(IllegalArgumentException.class, () -> a.imul(OperandSize.QWORD, RAX, RCX, 1L << 35),
                "expected 2^35 rejected for a 64-bit IMUL immediate");
        assertThrows(IllegalArgumentException.class, () -> a.imul(OperandSize.BYTE, RAX, RCX),
                "expected two-operand byte IMUL rejected");
        assertThrows(IllegalArgumentException.class, () -> a.doubleShift(true, OperandSize.BYTE, RAX, RCX, 1),
                "expected byte SHLD rejected");
    }
}
