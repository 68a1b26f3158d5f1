package org.hotlink.x86.asm;

import static org.hotlink.x86.asm.EncodingRow.row;
import static org.hotlink.x86.asm.Gpr.*;
import static org.hotlink.x86.asm.Xmm.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Encoding table for the SSE2 packed-integer group: byte and word arithmetic and compares, shifts by an
 * immediate, sign masks, interleaves and PINSRW/PEXTRW.
 *
 * <p>Expected bytes are llvm-mc's, from {@code llvm-mc-19 --show-encoding -x86-asm-syntax=intel
 * -output-asm-variant=1}. Regenerate every table with
 * {@code python3 bundles/x86-64-asm/src/test/regenerate-encoding-tables.py} (from /work/main).
 */
class PackedIntegerEncodingTest {
    static final List<EncodingRow> ROWS = List.of(
        row("paddb xmm0, xmm1", "660ffcc1", a -> a.paddb(XMM0, XMM1)),
        row("paddw xmm8, xmm1", "66440ffdc1", a -> a.paddw(XMM8, XMM1)),
        row("psubb xmm0, xmm9", "66410ff8c1", a -> a.psubb(XMM0, XMM9)),
        row("psubw xmm0, xmm1", "660ff9c1", a -> a.psubw(XMM0, XMM1)),
        row("pmullw xmm2, xmm3", "660fd5d3", a -> a.pmullw(XMM2, XMM3)),
        row("pcmpeqb xmm0, xmm1", "660f74c1", a -> a.pcmpeqb(XMM0, XMM1)),
        row("pcmpeqw xmm0, xmm1", "660f75c1", a -> a.pcmpeqw(XMM0, XMM1)),
        row("pcmpgtb xmm0, xmm1", "660f64c1", a -> a.pcmpgtb(XMM0, XMM1)),
        row("pcmpgtw xmm0, xmm1", "660f65c1", a -> a.pcmpgtw(XMM0, XMM1)),
        row("pcmpgtd xmm10, xmm11", "66450f66d3", a -> a.pcmpgtd(XMM10, XMM11)),
        row("punpcklbw xmm0, xmm1", "660f60c1", a -> a.punpcklbw(XMM0, XMM1)),
        row("punpcklwd xmm0, xmm1", "660f61c1", a -> a.punpcklwd(XMM0, XMM1)),
        row("punpckhdq xmm0, xmm1", "660f6ac1", a -> a.punpckhdq(XMM0, XMM1)),
        row("punpckhqdq xmm0, xmm1", "660f6dc1", a -> a.punpckhqdq(XMM0, XMM1)),
        row("psllw xmm1, 3", "660f71f103", a -> a.psllw(XMM1, 3)),
        row("psrlw xmm1, 15", "660f71d10f", a -> a.psrlw(XMM1, 15)),
        row("psraw xmm9, 1", "66410f71e101", a -> a.psraw(XMM9, 1)),
        row("pslld xmm2, 31", "660f72f21f", a -> a.pslld(XMM2, 31)),
        row("psrld xmm2, 8", "660f72d208", a -> a.psrld(XMM2, 8)),
        row("psrad xmm2, 31", "660f72e21f", a -> a.psrad(XMM2, 31)),
        row("psllq xmm3, 32", "660f73f320", a -> a.psllq(XMM3, 32)),
        row("psrlq xmm15, 63", "66410f73d73f", a -> a.psrlq(XMM15, 63)),
        row("pslldq xmm0, 8", "660f73f808", a -> a.pslldq(XMM0, 8)),
        row("psrldq xmm0, 4", "660f73d804", a -> a.psrldq(XMM0, 4)),
        row("pmovmskb eax, xmm0", "660fd7c0", a -> a.pmovmskb(RAX, XMM0)),
        row("pmovmskb r9d, xmm12", "66450fd7cc", a -> a.pmovmskb(R9, XMM12)),
        row("movmskps ecx, xmm1", "0f50c9", a -> a.movmskps(RCX, XMM1)),
        row("movmskpd eax, xmm8", "66410f50c0", a -> a.movmskpd(RAX, XMM8)),
        row("pinsrw xmm0, eax, 3", "660fc4c003", a -> a.pinsrw(XMM0, RAX, 3)),
        row("pinsrw xmm9, r10d, 7", "66450fc4ca07", a -> a.pinsrw(XMM9, R10, 7)),
        row("pextrw eax, xmm1, 0", "660fc5c100", a -> a.pextrw(RAX, XMM1, 0)),
        row("pextrw r11d, xmm14, 5", "66450fc5de05", a -> a.pextrw(R11, XMM14, 5))
    );

    @TestFactory
    Stream<DynamicTest> eachPackedIntegerFormEncodesAsLlvmMcDoes() {
        return EncodingRow.tests(ROWS);
    }

    @Test
    void laneAndShiftImmediatesOutOfRangeAreRejected() {
        X86Assembler a = new X86Assembler();
        assertThrows(IllegalArgumentException.class, () -> a.pinsrw(XMM0, RAX, 8), "expected lane 8 rejected");
        assertThrows(IllegalArgumentException.class, () -> a.pextrw(RAX, XMM0, -1), "expected lane -1 rejected");
        assertThrows(IllegalArgumentException.class, () -> a.psllq(XMM0, 256), "expected count 256 rejected");
        assertEquals(0, a.position(), "expected nothing emitted for rejected instructions");
    }
}
