package org.hotlink.x86.asm;

import static org.hotlink.x86.asm.Condition.B;
import static org.hotlink.x86.asm.Condition.E;
import static org.hotlink.x86.asm.Condition.G;
import static org.hotlink.x86.asm.Condition.L;
import static org.hotlink.x86.asm.Condition.NE;
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
 * Encoding table for data movement (MOV, MOVZX/MOVSX, LEA, XCHG, PUSH/POP, CBW..CQO, CMOVcc, SETcc) and
 * the addressing-mode edge cases (RSP/R12 base, RBP/R13 base without displacement, disp8/disp32 limits).
 *
 * <p>Expected bytes are llvm-mc's, from {@code llvm-mc-19 --show-encoding -x86-asm-syntax=intel
 * -output-asm-variant=1}. Regenerate every table with
 * {@code python3 bundles/x86-64-asm/src/test/regenerate-encoding-tables.py} (from /work/main);
 * {@link LlvmMcAgreementTest} checks at test time that the committed bytes still match.
 */
class MoveEncodingTest {
    static final List<EncodingRow> ROWS = List.of(
        row("mov rax, rbx", "4889d8", a -> a.movq(RAX, RBX)),
        row("mov r8, r15", "4d89f8", a -> a.movq(R8, R15)),
        row("mov eax, r9d", "4489c8", a -> a.movl(RAX, R9)),
        row("mov ax, bx", "6689d8", a -> a.movw(RAX, RBX)),
        row("mov r10w, r11w", "664589da", a -> a.movw(R10, R11)),
        row("mov al, bl", "88d8", a -> a.movb(RAX, RBX)),
        row("mov sil, dil", "4088fe", a -> a.movb(RSI, RDI)),
        row("mov spl, al", "4088c4", a -> a.movb(RSP, RAX)),
        row("mov r8b, bpl", "4188e8", a -> a.movb(R8, RBP)),
        row("mov rax, qword ptr [rbx]", "488b03", a -> a.movq(RAX, Address.of(RBX, 0))),
        row("mov rax, qword ptr [rsp]", "488b0424", a -> a.movq(RAX, Address.of(RSP, 0))),
        row("mov rax, qword ptr [r12]", "498b0424", a -> a.movq(RAX, Address.of(R12, 0))),
        row("mov rax, qword ptr [rbp]", "488b4500", a -> a.movq(RAX, Address.of(RBP, 0))),
        row("mov rax, qword ptr [r13]", "498b4500", a -> a.movq(RAX, Address.of(R13, 0))),
        row("mov rax, qword ptr [rbp - 8]", "488b45f8", a -> a.movq(RAX, Address.of(RBP, -8))),
        row("mov rax, qword ptr [rbx + 127]", "488b437f", a -> a.movq(RAX, Address.of(RBX, 127))),
        row("mov rax, qword ptr [rbx + 128]", "488b8380000000", a -> a.movq(RAX, Address.of(RBX, 128))),
        row("mov rax, qword ptr [rbx - 128]", "488b4380", a -> a.movq(RAX, Address.of(RBX, -128))),
        row("mov rax, qword ptr [rbx - 129]", "488b837fffffff", a -> a.movq(RAX, Address.of(RBX, -129))),
        row("mov rcx, qword ptr [rsp + 4096]", "488b8c2400100000", a -> a.movq(RCX, Address.of(RSP, 4096))),
        row("mov r9, qword ptr [r10 + 8*r11 + 16]", "4f8b4cda10", a -> a.movq(R9, Address.of(R10, R11, 8, 16))),
        row("mov ecx, dword ptr [rax + 4*rcx]", "8b0c88", a -> a.movl(RCX, Address.of(RAX, RCX, 4, 0))),
        row("mov edx, dword ptr [rbp + 2*r13]", "428b546d00", a -> a.movl(RDX, Address.of(RBP, R13, 2, 0))),
        row("mov eax, dword ptr [r13 + rax]", "418b440500", a -> a.movl(RAX, Address.of(R13, RAX, 1, 0))),
        row("mov eax, dword ptr [r12 + 8*r9 - 100000]", "438b84cc6079feff", a -> a.movl(RAX, Address.of(R12, R9, 8, -100000))),
        row("mov dword ptr [rsp + 8], eax", "89442408", a -> a.movl(Address.of(RSP, 8), RAX)),
        row("mov word ptr [rdi], si", "668937", a -> a.movw(Address.of(RDI, 0), RSI)),
        row("mov byte ptr [rdi], sil", "408837", a -> a.movb(Address.of(RDI, 0), RSI)),
        row("mov byte ptr [r8 - 1], r9b", "458848ff", a -> a.movb(Address.of(R8, -1), R9)),
        row("mov al, byte ptr [rsi]", "8a06", a -> a.movb(RAX, Address.of(RSI, 0))),
        row("mov dil, byte ptr [rax]", "408a38", a -> a.movb(RDI, Address.of(RAX, 0))),
        row("mov qword ptr [r15 + 8*rax + 8], r14", "4d8974c708", a -> a.movq(Address.of(R15, RAX, 8, 8), R14)),
        row("mov eax, 0", "b800000000", a -> a.movl(RAX, 0)),
        row("mov r10d, -1", "41baffffffff", a -> a.movl(R10, -1)),
        row("mov rax, -1", "48c7c0ffffffff", a -> a.movq(RAX, -1L)),
        row("mov r11, 2147483647", "49c7c3ffffff7f", a -> a.movq(R11, Integer.MAX_VALUE)),
        row("movabs rax, 4294967295", "48b8ffffffff00000000", a -> a.movq(RAX, 0xFFFF_FFFFL)),
        row("movabs rcx, 1", "48b90100000000000000", a -> a.movabsq(RCX, 1)),
        row("movabs r15, -81985529216486896", "49bf1032547698badcfe", a -> a.movabsq(R15, 0xFEDC_BA98_7654_3210L)),
        row("mov cx, -1", "66b9ffff", a -> a.movw(RCX, -1)),
        row("mov r9w, 65535", "6641b9ffff", a -> a.movw(R9, 0xFFFF)),
        row("mov dil, 255", "40b7ff", a -> a.movb(RDI, 255)),
        row("mov r9b, -128", "41b180", a -> a.movb(R9, -128)),
        row("mov byte ptr [rax], 7", "c60007", a -> a.movb(Address.of(RAX, 0), 7)),
        row("mov word ptr [rax + 2], 1000", "66c74002e803", a -> a.movw(Address.of(RAX, 2), 1000)),
        row("mov dword ptr [rbp - 4], 100000", "c745fca0860100", a -> a.movl(Address.of(RBP, -4), 100000)),
        row("mov qword ptr [rsp + 8], -5", "48c7442408fbffffff", a -> a.movq(Address.of(RSP, 8), -5)),
        row("mov qword ptr [r12], 1", "49c7042401000000", a -> a.movq(Address.of(R12, 0), 1)),
        row("movzx eax, bl", "0fb6c3", a -> a.movzbl(RAX, RBX)),
        row("movzx eax, sil", "400fb6c6", a -> a.movzbl(RAX, RSI)),
        row("movzx r8d, r9b", "450fb6c1", a -> a.movzbl(R8, R9)),
        row("movzx rax, bl", "480fb6c3", a -> a.movzbq(RAX, RBX)),
        row("movzx ax, bl", "660fb6c3", a -> a.movzbw(RAX, RBX)),
        row("movzx eax, word ptr [rdi]", "0fb707", a -> a.movzwl(RAX, Address.of(RDI, 0))),
        row("movzx r10, word ptr [r11 + 2]", "4d0fb75302", a -> a.movzwq(R10, Address.of(R11, 2))),
        row("movzx ecx, byte ptr [rsp + 3]", "0fb64c2403", a -> a.movzbl(RCX, Address.of(RSP, 3))),
        row("movsx eax, bl", "0fbec3", a -> a.movsbl(RAX, RBX)),
        row("movsx rax, dil", "480fbec7", a -> a.movsbq(RAX, RDI)),
        row("movsx ax, cl", "660fbec1", a -> a.movsbw(RAX, RCX)),
        row("movsx ecx, dx", "0fbfca", a -> a.movswl(RCX, RDX)),
        row("movsx rcx, word ptr [rax]", "480fbf08", a -> a.movswq(RCX, Address.of(RAX, 0))),
        row("movsxd rax, ecx", "4863c1", a -> a.movslq(RAX, RCX)),
        row("movsxd r8, dword ptr [rsp + 4]", "4c63442404", a -> a.movslq(R8, Address.of(RSP, 4))),
        row("lea rax, [rbx + 8*rcx + 3]", "488d44cb03", a -> a.leaq(RAX, Address.of(RBX, RCX, 8, 3))),
        row("lea eax, [rdi + rsi]", "8d0437", a -> a.leal(RAX, Address.of(RDI, RSI, 1, 0))),
        row("lea r12, [r13]", "4d8d6500", a -> a.leaq(R12, Address.of(R13, 0))),
        row("lea rsp, [rbp - 16]", "488d65f0", a -> a.leaq(RSP, Address.of(RBP, -16))),
        row("xchg rax, rbx", "4893", a -> a.xchgq(RAX, RBX)),
        row("xchg rbx, rax", "4893", a -> a.xchgq(RBX, RAX)),
        row("xchg rcx, rdx", "4887ca", a -> a.xchgq(RCX, RDX)),
        row("xchg r8d, eax", "4190", a -> a.xchgl(R8, RAX)),
        row("xchg al, bl", "86c3", a -> a.xchgb(RAX, RBX)),
        row("xchg qword ptr [rdi], rax", "488707", a -> a.xchgq(Address.of(RDI, 0), RAX)),
        row("xchg byte ptr [rdi], sil", "408637", a -> a.xchgb(Address.of(RDI, 0), RSI)),
        row("push rbp", "55", a -> a.pushq(RBP)),
        row("push r12", "4154", a -> a.pushq(R12)),
        row("pop rbx", "5b", a -> a.popq(RBX)),
        row("pop r15", "415f", a -> a.popq(R15)),
        row("push qword ptr [rax + 8]", "ff7008", a -> a.pushq(Address.of(RAX, 8))),
        row("pop qword ptr [rsp]", "8f0424", a -> a.popq(Address.of(RSP, 0))),
        row("push 1", "6a01", a -> a.pushq(1)),
        row("push 1000", "68e8030000", a -> a.pushq(1000)),
        row("cbw", "6698", a -> a.cbtw()),
        row("cwde", "98", a -> a.cwtl()),
        row("cdqe", "4898", a -> a.cltq()),
        row("cwd", "6699", a -> a.cwtd()),
        row("cdq", "99", a -> a.cltd()),
        row("cqo", "4899", a -> a.cqto()),
        row("cmove rax, rbx", "480f44c3", a -> a.cmovq(E, RAX, RBX)),
        row("cmovl r8d, dword ptr [rbp - 4]", "440f4c45fc", a -> a.cmovl(L, R8, Address.of(RBP, -4))),
        row("cmovne ax, cx", "660f45c1", a -> a.cmovw(NE, RAX, RCX)),
        row("cmovb rax, r15", "490f42c7", a -> a.cmovq(B, RAX, R15)),
        row("sete al", "0f94c0", a -> a.setcc(E, RAX)),
        row("setne sil", "400f95c6", a -> a.setcc(NE, RSI)),
        row("setg r10b", "410f9fc2", a -> a.setcc(G, R10)),
        row("setb byte ptr [rdi]", "0f9207", a -> a.setcc(B, Address.of(RDI, 0)))
    );

    @TestFactory
    Stream<DynamicTest> eachMoveFormEncodesAsLlvmMcDoes() {
        return EncodingRow.tests(ROWS);
    }

    @Test
    void byteImmediateOutOfRangeIsRejected() {
        X86Assembler a = new X86Assembler();
        assertThrows(IllegalArgumentException.class, () -> a.movb(RAX, 256), "expected 256 to be rejected for movb");
        assertThrows(IllegalArgumentException.class, () -> a.movb(RAX, -129), "expected -129 to be rejected for movb");
        assertThrows(IllegalArgumentException.class, () -> a.movb(Address.of(RAX, 0), 300),
                "expected 300 to be rejected for movb to memory");
        assertEquals(0, a.position(), "expected nothing emitted for rejected instructions");
    }

    @Test
    void wordImmediateOutOfRangeIsRejected() {
        X86Assembler a = new X86Assembler();
        assertThrows(IllegalArgumentException.class, () -> a.movw(RAX, 65536),
                "expected 65536 to be rejected for movw");
        assertThrows(IllegalArgumentException.class, () -> a.movw(Address.of(RAX, 0), -32769),
                "expected -32769 to be rejected for movw to memory");
    }

    @Test
    void quadStoreImmediateMustFitImm32() {
        X86Assembler a = new X86Assembler();
        assertThrows(IllegalArgumentException.class, () -> a.mov(OperandSize.QWORD, Address.of(RAX, 0), 1L << 31),
                "expected 2^31 to be rejected for a 64-bit store immediate (sign-extended imm32)");
        assertThrows(IllegalArgumentException.class, () -> a.mov(OperandSize.DWORD, RAX, 1L << 32),
                "expected 2^32 to be rejected for a 32-bit move immediate");
    }

    @Test
    void invalidExtensionsAreRejected() {
        X86Assembler a = new X86Assembler();
        assertThrows(IllegalArgumentException.class,
                () -> a.extend(false, OperandSize.QWORD, OperandSize.DWORD, RAX, RCX),
                "expected zero-extension from DWORD to be rejected (it is a 32-bit mov)");
        assertThrows(IllegalArgumentException.class,
                () -> a.extend(true, OperandSize.WORD, OperandSize.DWORD, RAX, RCX),
                "expected a narrowing extension to be rejected");
        assertThrows(IllegalArgumentException.class, () -> a.lea(OperandSize.BYTE, RAX, Address.of(RAX, 0)),
                "expected a byte LEA to be rejected");
        assertThrows(IllegalArgumentException.class, () -> a.cmov(E, OperandSize.BYTE, RAX, RCX),
                "expected a byte CMOV to be rejected");
    }
}
