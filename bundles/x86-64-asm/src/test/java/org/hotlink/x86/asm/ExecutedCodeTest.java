package org.hotlink.x86.asm;

import static org.hotlink.x86.asm.Gpr.*;
import static org.hotlink.x86.asm.Xmm.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.jna.Memory;
import org.junit.jupiter.api.Test;

/**
 * Tests that run assembled System V functions natively (through JNA) and check what they compute, so
 * labels, fix-ups, jump tables and instruction semantics are checked beyond their bytes.
 */
class ExecutedCodeTest {
    @Test
    void loopWithForwardAndBackwardJumpsSumsOneToN() {
        try (NativeCode code = NativeCode.assemble(a -> {
            Label loop = new Label("loop");
            Label done = new Label("done");
            a.xorl(RAX, RAX);                 // sum = 0
            a.testq(RDI, RDI);
            a.jcc(Condition.LE, done);
            a.bind(loop);
            a.addq(RAX, RDI);                 // sum += n
            a.decq(RDI);
            a.jcc(Condition.NE, loop);
            a.bind(done);
            a.ret();
        })) {
            assertEquals(5050L, code.callLong(100L), "expected sum 1..100 = 5050");
            assertEquals(0L, code.callLong(-3L), "expected 0 for a negative n");
        }
    }

    @Test
    void signedDivisionGivesQuotientAndRemainder() {
        try (NativeCode code = NativeCode.assemble(a -> {
            a.movq(RAX, RDI);
            a.cqto();
            a.idivq(RSI);                     // rax = a / b, rdx = a % b
            a.imulq(RAX, RAX, 1000);
            a.addq(RAX, RDX);
            a.ret();
        })) {
            assertEquals(-14 * 1000 + -2L, code.callLong(-100L, 7L), "expected -100/7 = -14 rem -2");
        }
    }

    @Test
    void scalarDoubleArithmeticComputesHypotenuse() {
        try (NativeCode code = NativeCode.assemble(a -> {
            a.mulsd(XMM0, XMM0);
            a.movapd(XMM9, XMM1);             // exercise an extended register
            a.mulsd(XMM9, XMM9);
            a.addsd(XMM0, XMM9);
            a.sqrtsd(XMM0, XMM0);
            a.ret();
        })) {
            assertEquals(5.0, code.callDouble(3.0, 4.0), "expected sqrt(3*3 + 4*4) = 5");
        }
    }

    @Test
    void integerFloatConversionsTruncateTowardZero() {
        try (NativeCode code = NativeCode.assemble(a -> {
            a.cvtsi2sdq(XMM1, RDI);           // (double) a
            a.divsd(XMM1, XMM0);              // / x
            a.cvttsd2siq(RAX, XMM1);          // (long) truncates
            a.ret();
        })) {
            assertEquals(-3L, code.callLong(-7L, 2.0), "expected (long) (-7 / 2.0) = -3");
        }
    }

    @Test
    void jumpTableOfLabelDifferencesDispatchesEachCase() {
        try (NativeCode code = NativeCode.assemble(a -> {
            Label table = new Label("table");
            Label[] cases = {new Label("case0"), new Label("case1"), new Label("case2")};
            Label exit = new Label("exit");
            a.leaq(RCX, Address.rip(table, 0));
            a.movslq(RAX, Address.of(RCX, RDI, 4, 0));
            a.addq(RAX, RCX);
            a.jmp(RAX);
            a.buffer().align(4, true);
            a.bind(table);
            for (Label c : cases) {
                a.buffer().emitLabelAddressDifference(c, table);
            }
            for (int i = 0; i < cases.length; i++) {
                a.bind(cases[i]);
                a.movl(RAX, 10 * (i + 1));
                a.jmp(exit);
            }
            a.bind(exit);
            a.ret();
        })) {
            assertEquals(10L, code.callLong(0L), "expected case 0 to return 10");
            assertEquals(20L, code.callLong(1L), "expected case 1 to return 20");
            assertEquals(30L, code.callLong(2L), "expected case 2 to return 30");
        }
    }

    @Test
    void callToLocalLabelAndCalleeSavedExtendedRegisters() {
        try (NativeCode code = NativeCode.assemble(a -> {
            Label square = new Label("square");
            a.pushq(R12);
            a.pushq(R13);
            a.pushq(RBX);                     // keeps RSP 16-byte aligned at the call
            a.movq(R12, RDI);
            a.call(square);                   // rax = rdi * rdi
            a.movq(R13, RAX);
            a.leaq(RAX, Address.of(R13, R12, 2, 1));  // square + 2*a + 1 = (a+1)^2
            a.popq(RBX);
            a.popq(R13);
            a.popq(R12);
            a.ret();
            a.bind(square);
            a.movq(RAX, RDI);
            a.imulq(RAX, RDI);
            a.ret();
        })) {
            assertEquals(144L, code.callLong(11L), "expected (11 + 1)^2 = 144");
        }
    }

    @Test
    void byteRegistersNeedingRexAndSetccGiveComparisonResult() {
        try (NativeCode code = NativeCode.assemble(a -> {
            a.movl(RSI, 0x1234_5600);         // upper bytes must survive SETcc on SIL
            a.cmpq(RDI, 42);
            a.setcc(Condition.E, RSI);        // needs REX: without it this would be DH
            a.movzbl(RAX, RSI);
            a.shrl(RSI, 8);
            a.shll(RSI, 8);
            a.orl(RAX, RSI);
            a.ret();
        })) {
            assertEquals(0x1234_5601L, code.callLong(42L), "expected SIL = 1 and the other bytes kept");
            assertEquals(0x1234_5600L, code.callLong(41L), "expected SIL = 0 and the other bytes kept");
        }
    }

    @Test
    void lockedExchangeAddAndCompareExchangeUpdateMemory() {
        try (NativeCode code = NativeCode.assemble(a -> {
            a.movl(RAX, 5);
            a.lockXaddq(Address.of(RDI, 0), RAX);   // rax = old, [rdi] += 5
            a.movq(RCX, RAX);
            a.movl(RDX, 100);
            a.lockCmpxchgq(Address.of(RDI, 8), RDX); // if [rdi+8] == rax then [rdi+8] = 100
            a.movq(RAX, RCX);
            a.ret();
        })) {
            Memory cells = new Memory(16);
            cells.setLong(0, 37);
            cells.setLong(8, 37);
            assertEquals(37L, code.callLong(cells), "expected XADD to return the old value");
            assertEquals(42L, cells.getLong(0), "expected XADD to add 5");
            assertEquals(100L, cells.getLong(8), "expected CMPXCHG to store 100 when the old value matched");
        }
    }

    @Test
    void shiftsRotatesAndBitCountsMatchJava() {
        long x = 0x0123_4567_89AB_CDEFL;
        try (NativeCode code = NativeCode.assemble(a -> {
            a.movq(RAX, RDI);
            a.rolq(RAX, 13);
            a.bswapq(RAX);
            a.movq(RCX, RSI);
            a.sarqByCl(RAX);
            a.bsrq(RDX, RDI);                 // index of the highest set bit
            a.xorq(RAX, RDX);
            a.ret();
        })) {
            long expected = (Long.reverseBytes(Long.rotateLeft(x, 13)) >> 7) ^ (63 - Long.numberOfLeadingZeros(x));
            assertEquals(expected, code.callLong(x, 7L),
                    "expected rol, bswap, sar by CL and bsr as Java computes them");
        }
    }
}
