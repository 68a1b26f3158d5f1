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
 * Encoding table for ADD/OR/ADC/SBB/AND/SUB/XOR/CMP, TEST, INC and DEC in every operand kind, with the
 * imm8/imm32 choice and the accumulator short forms.
 *
 * <p>Expected bytes are llvm-mc's, from {@code llvm-mc-19 --show-encoding -x86-asm-syntax=intel
 * -output-asm-variant=1}. Regenerate every table with
 * {@code python3 bundles/x86-64-asm/src/test/regenerate-encoding-tables.py} (from /work/main).
 */
class AluEncodingTest {
    static final List<EncodingRow> ROWS = List.of(
        row("add rax, rbx", "4801d8", a -> a.addq(RAX, RBX)),
        row("add r8d, r9d", "4501c8", a -> a.addl(R8, R9)),
        row("add ax, bx", "6601d8", a -> a.addw(RAX, RBX)),
        row("add al, bl", "00d8", a -> a.addb(RAX, RBX)),
        row("add sil, dil", "4000fe", a -> a.addb(RSI, RDI)),
        row("add rax, qword ptr [rbp - 8]", "480345f8", a -> a.addq(RAX, Address.of(RBP, -8))),
        row("add qword ptr [rsp + 16], r11", "4c015c2410", a -> a.addq(Address.of(RSP, 16), R11)),
        row("add rax, 1", "4883c001", a -> a.addq(RAX, 1)),
        row("add rax, 1000", "4805e8030000", a -> a.addq(RAX, 1000)),
        row("add rcx, 1000", "4881c1e8030000", a -> a.addq(RCX, 1000)),
        row("add rcx, -128", "4883c180", a -> a.addq(RCX, -128)),
        row("add rcx, 127", "4883c17f", a -> a.addq(RCX, 127)),
        row("add rcx, 128", "4881c180000000", a -> a.addq(RCX, 128)),
        row("add rsp, -2147483648", "4881c400000080", a -> a.addq(RSP, Integer.MIN_VALUE)),
        row("add eax, 1000", "05e8030000", a -> a.addl(RAX, 1000)),
        row("add r15d, -1", "4183c7ff", a -> a.addl(R15, -1)),
        row("add al, 1", "0401", a -> a.addb(RAX, 1)),
        row("add cl, 200", "80c1c8", a -> a.addb(RCX, 200)),
        row("add r9b, -1", "4180c1ff", a -> a.addb(R9, -1)),
        row("add dil, 3", "4080c703", a -> a.addb(RDI, 3)),
        row("add ax, 1000", "6605e803", a -> a.addw(RAX, 1000)),
        row("add cx, 65535", "6683c1ff", a -> a.addw(RCX, 0xFFFF)),
        row("add word ptr [rax], 1000", "668100e803", a -> a.addw(Address.of(RAX, 0), 1000)),
        row("add qword ptr [rsp], 8", "4883042408", a -> a.addq(Address.of(RSP, 0), 8)),
        row("add dword ptr [rbp - 4], 100000", "8145fca0860100", a -> a.addl(Address.of(RBP, -4), 100000)),
        row("add byte ptr [rdi + rsi], 1", "80043701", a -> a.addb(Address.of(RDI, RSI, 1, 0), 1)),
        row("or rax, rbx", "4809d8", a -> a.orq(RAX, RBX)),
        row("or ecx, dword ptr [rdi]", "0b0f", a -> a.orl(RCX, Address.of(RDI, 0))),
        row("or byte ptr [rax], cl", "0808", a -> a.orb(Address.of(RAX, 0), RCX)),
        row("or r10, 255", "4981caff000000", a -> a.orq(R10, 255)),
        row("or eax, 65536", "0d00000100", a -> a.orl(RAX, 65536)),
        row("adc rdx, rcx", "4811ca", a -> a.adcq(RDX, RCX)),
        row("adc r8, 0", "4983d000", a -> a.adcq(R8, 0)),
        row("adc eax, dword ptr [rsi + 4]", "134604", a -> a.adcl(RAX, Address.of(RSI, 4))),
        row("sbb rdx, rcx", "4819ca", a -> a.sbbq(RDX, RCX)),
        row("sbb eax, eax", "19c0", a -> a.sbbl(RAX, RAX)),
        row("sbb qword ptr [rdi], 1", "48831f01", a -> a.sbbq(Address.of(RDI, 0), 1)),
        row("and rax, rbx", "4821d8", a -> a.andq(RAX, RBX)),
        row("and eax, 255", "25ff000000", a -> a.andl(RAX, 255)),
        row("and rsp, -16", "4883e4f0", a -> a.andq(RSP, -16)),
        row("and r12w, word ptr [r13]", "6645236500", a -> a.andw(R12, Address.of(R13, 0))),
        row("and byte ptr [rsp + 1], 127", "806424017f", a -> a.andb(Address.of(RSP, 1), 127)),
        row("sub rsp, 40", "4883ec28", a -> a.subq(RSP, 40)),
        row("sub rsp, 4096", "4881ec00100000", a -> a.subq(RSP, 4096)),
        row("sub r11d, r12d", "4529e3", a -> a.subl(R11, R12)),
        row("sub rax, qword ptr [r8 + 8*r9]", "4b2b04c8", a -> a.subq(RAX, Address.of(R8, R9, 8, 0))),
        row("sub word ptr [rbx + 2], ax", "66294302", a -> a.subw(Address.of(RBX, 2), RAX)),
        row("xor eax, eax", "31c0", a -> a.xorl(RAX, RAX)),
        row("xor r8, r8", "4d31c0", a -> a.xorq(R8, R8)),
        row("xor al, -128", "3480", a -> a.xorb(RAX, -128)),
        row("xor spl, bpl", "4030ec", a -> a.xorb(RSP, RBP)),
        row("xor rcx, -1", "4883f1ff", a -> a.xorq(RCX, -1)),
        row("cmp rax, rbx", "4839d8", a -> a.cmpq(RAX, RBX)),
        row("cmp edi, 10", "83ff0a", a -> a.cmpl(RDI, 10)),
        row("cmp rax, 2147483647", "483dffffff7f", a -> a.cmpq(RAX, Integer.MAX_VALUE)),
        row("cmp r9, 1000000", "4981f940420f00", a -> a.cmpq(R9, 1000000)),
        row("cmp dword ptr [rbp - 12], 0", "837df400", a -> a.cmpl(Address.of(RBP, -12), 0)),
        row("cmp byte ptr [rdi + rcx], 0", "803c0f00", a -> a.cmpb(Address.of(RDI, RCX, 1, 0), 0)),
        row("cmp cl, byte ptr [rsi]", "3a0e", a -> a.cmpb(RCX, Address.of(RSI, 0))),
        row("cmp qword ptr [rsp + 8], rax", "4839442408", a -> a.cmpq(Address.of(RSP, 8), RAX)),
        row("cmp ax, 300", "663d2c01", a -> a.cmpw(RAX, 300)),
        row("cmp r8w, -5", "664183f8fb", a -> a.cmpw(R8, -5)),
        row("test rax, rbx", "4885d8", a -> a.testq(RAX, RBX)),
        row("test al, al", "84c0", a -> a.testb(RAX, RAX)),
        row("test sil, sil", "4084f6", a -> a.testb(RSI, RSI)),
        row("test eax, 1000", "a9e8030000", a -> a.testl(RAX, 1000)),
        row("test al, 1", "a801", a -> a.testb(RAX, 1)),
        row("test rax, 1", "48a901000000", a -> a.testq(RAX, 1)),
        row("test rcx, 1", "48f7c101000000", a -> a.testq(RCX, 1)),
        row("test ecx, 255", "f7c1ff000000", a -> a.testl(RCX, 255)),
        row("test r8w, 1", "6641f7c00100", a -> a.testw(R8, 1)),
        row("test byte ptr [rdi], 1", "f60701", a -> a.testb(Address.of(RDI, 0), 1)),
        row("test qword ptr [rax], rcx", "488508", a -> a.testq(Address.of(RAX, 0), RCX)),
        row("test dword ptr [r12 + 4], 65536", "41f744240400000100", a -> a.testl(Address.of(R12, 4), 65536)),
        row("inc rax", "48ffc0", a -> a.incq(RAX)),
        row("inc sil", "40fec6", a -> a.incb(RSI)),
        row("inc byte ptr [rdi]", "fe07", a -> a.incb(Address.of(RDI, 0))),
        row("inc r13w", "6641ffc5", a -> a.incw(R13)),
        row("dec r11d", "41ffcb", a -> a.decl(R11)),
        row("dec word ptr [rax]", "66ff08", a -> a.decw(Address.of(RAX, 0))),
        row("dec qword ptr [rbp + 16]", "48ff4d10", a -> a.decq(Address.of(RBP, 16)))
    );

    @TestFactory
    Stream<DynamicTest> eachAluFormEncodesAsLlvmMcDoes() {
        return EncodingRow.tests(ROWS);
    }

    @Test
    void immediatesThatDoNotFitAreRejected() {
        X86Assembler a = new X86Assembler();
        assertThrows(IllegalArgumentException.class, () -> a.addb(RAX, 256), "expected 256 rejected for addb");
        assertThrows(IllegalArgumentException.class, () -> a.addw(RCX, 70000), "expected 70000 rejected for addw");
        assertThrows(IllegalArgumentException.class, () -> a.cmpb(Address.of(RAX, 0), -129),
                "expected -129 rejected for cmpb to memory");
        assertThrows(IllegalArgumentException.class, () -> a.alu(AluOperation.ADD, OperandSize.QWORD, RAX, 1L << 31),
                "expected 2^31 rejected for a 64-bit ALU immediate (sign-extended imm32)");
        assertThrows(IllegalArgumentException.class,
                () -> a.alu(AluOperation.AND, OperandSize.QWORD, Address.of(RAX, 0), 0xFFFF_FFFFL),
                "expected 0xFFFFFFFF rejected for a 64-bit AND to memory");
        assertThrows(IllegalArgumentException.class, () -> a.testw(RAX, 65536), "expected 65536 rejected for testw");
        assertThrows(IllegalArgumentException.class, () -> a.test(OperandSize.QWORD, RAX, 1L << 40),
                "expected 2^40 rejected for a 64-bit TEST immediate");
        assertEquals(0, a.position(), "expected nothing emitted for rejected instructions");
    }
}
