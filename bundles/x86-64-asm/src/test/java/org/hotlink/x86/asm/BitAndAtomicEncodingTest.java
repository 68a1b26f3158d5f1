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
 * Encoding table for BSWAP, POPCNT, LZCNT, TZCNT, BSF, BSR, the LOCK prefix, CMPXCHG, XADD, fences and
 * PAUSE.
 *
 * <p>Expected bytes are llvm-mc's, from {@code llvm-mc-19 --show-encoding -x86-asm-syntax=intel
 * -output-asm-variant=1}. Regenerate every table with
 * {@code python3 bundles/x86-64-asm/src/test/regenerate-encoding-tables.py} (from /work/main).
 */
class BitAndAtomicEncodingTest {
    static final List<EncodingRow> ROWS = List.of(
        row("bswap eax", "0fc8", a -> a.bswapl(RAX)),
        row("bswap r9d", "410fc9", a -> a.bswapl(R9)),
        row("bswap rax", "480fc8", a -> a.bswapq(RAX)),
        row("bswap r15", "490fcf", a -> a.bswapq(R15)),
        row("popcnt rax, rbx", "f3480fb8c3", a -> a.popcntq(RAX, RBX)),
        row("popcnt ax, cx", "66f30fb8c1", a -> a.popcntw(RAX, RCX)),
        row("popcnt r8d, dword ptr [rdi]", "f3440fb807", a -> a.popcntl(R8, Address.of(RDI, 0))),
        row("lzcnt rcx, r10", "f3490fbdca", a -> a.lzcntq(RCX, R10)),
        row("lzcnt eax, edx", "f30fbdc2", a -> a.lzcntl(RAX, RDX)),
        row("tzcnt r11, qword ptr [rsp]", "f34c0fbc1c24", a -> a.tzcntq(R11, Address.of(RSP, 0))),
        row("tzcnt ecx, ecx", "f30fbcc9", a -> a.tzcntl(RCX, RCX)),
        row("bsf rax, rcx", "480fbcc1", a -> a.bsfq(RAX, RCX)),
        row("bsf r9w, r10w", "66450fbcca", a -> a.bsfw(R9, R10)),
        row("bsr eax, dword ptr [rbp - 4]", "0fbd45fc", a -> a.bsrl(RAX, Address.of(RBP, -4))),
        row("bsr r12, r13", "4d0fbde5", a -> a.bsrq(R12, R13)),
        row("cmpxchg qword ptr [rdi], rsi", "480fb137", a -> a.cmpxchgq(Address.of(RDI, 0), RSI)),
        row("lock cmpxchg qword ptr [rdi], rsi", "f0480fb137", a -> a.lockCmpxchgq(Address.of(RDI, 0), RSI)),
        row("lock cmpxchg dword ptr [r8 + 4], r9d", "f0450fb14804", a -> a.lockCmpxchgl(Address.of(R8, 4), R9)),
        row("lock cmpxchg word ptr [rax], cx", "66f00fb108", a -> a.lockCmpxchgw(Address.of(RAX, 0), RCX)),
        row("lock cmpxchg byte ptr [rdi], sil", "f0400fb037", a -> a.lockCmpxchgb(Address.of(RDI, 0), RSI)),
        row("xadd dword ptr [rax], ecx", "0fc108", a -> a.xaddl(Address.of(RAX, 0), RCX)),
        row("lock xadd qword ptr [rsp + 8], r12", "f04c0fc1642408", a -> a.lockXaddq(Address.of(RSP, 8), R12)),
        row("lock xadd byte ptr [rbx], dl", "f00fc013", a -> a.lockXaddb(Address.of(RBX, 0), RDX)),
        row("lock add qword ptr [rdi], rax", "f0480107", a -> {
            a.lock();
            a.addq(Address.of(RDI, 0), RAX);
        }),
        row("lock or dword ptr [r13], 1", "f041834d0001", a -> {
            a.lock();
            a.orl(Address.of(R13, 0), 1);
        }),
        row("mfence", "0faef0", a -> a.mfence()),
        row("lfence", "0faee8", a -> a.lfence()),
        row("sfence", "0faef8", a -> a.sfence()),
        row("pause", "f390", a -> a.pause()),
        row("bt eax, 31", "0fbae01f", a -> a.btl(RAX, 31)),
        row("bt r9, 40", "490fbae128", a -> a.btq(R9, 40)),
        row("bt cx, 3", "660fbae103", a -> a.btw(RCX, 3)),
        row("bt rax, rcx", "480fa3c8", a -> a.btq(RAX, RCX)),
        row("bt r10d, r11d", "450fa3da", a -> a.btl(R10, R11)),
        row("clc", "f8", a -> a.clc()),
        row("stc", "f9", a -> a.stc()),
        row("cmc", "f5", a -> a.cmc()),
        row("cld", "fc", a -> a.cld()),
        row("cmpxchg16b xmmword ptr [rdi]", "480fc70f", a -> a.cmpxchg16b(Address.of(RDI, 0))),
        row("lock cmpxchg16b xmmword ptr [r8 + 16]", "f0490fc74810", a -> a.lockCmpxchg16b(Address.of(R8, 16)))
    );

    @TestFactory
    Stream<DynamicTest> eachBitAndAtomicFormEncodesAsLlvmMcDoes() {
        return EncodingRow.tests(ROWS);
    }

    @Test
    void formsThatDoNotExistAreRejected() {
        X86Assembler a = new X86Assembler();
        assertThrows(IllegalArgumentException.class, () -> a.bswap(OperandSize.WORD, RAX),
                "expected a 16-bit BSWAP rejected (undefined behaviour)");
        assertThrows(IllegalArgumentException.class,
                () -> a.bitCount(X86BitAndAtomicInstructions.BitCountOperation.POPCNT, OperandSize.BYTE, RAX, RCX),
                "expected a byte POPCNT rejected");
        assertThrows(IllegalArgumentException.class, () -> a.btl(RAX, 32), "expected bit 32 rejected for btl");
        assertThrows(IllegalArgumentException.class, () -> a.bt(OperandSize.BYTE, RAX, 1),
                "expected a byte BT rejected");
    }

    @Test
    void lockGivenTwiceForOneInstructionIsRejected() {
        X86Assembler a = new X86Assembler();
        a.lock();
        assertThrows(IllegalStateException.class, a::lock, "expected a second pending LOCK to be rejected");
    }
}
