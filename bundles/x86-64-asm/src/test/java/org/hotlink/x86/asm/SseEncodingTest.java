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
 * Encoding table for the SSE/SSE2 instructions, with XMM8..XMM15 and extended base registers in both
 * operand positions and the mandatory prefix placed before REX.
 *
 * <p>Expected bytes are llvm-mc's, from {@code llvm-mc-19 --show-encoding -x86-asm-syntax=intel
 * -output-asm-variant=1}. Regenerate every table with
 * {@code python3 bundles/x86-64-asm/src/test/regenerate-encoding-tables.py} (from /work/main).
 */
class SseEncodingTest {
    static final List<EncodingRow> ROWS = List.of(
        row("movss xmm0, xmm1", "f30f10c1", a -> a.movss(XMM0, XMM1)),
        row("movss xmm8, dword ptr [rax]", "f3440f1000", a -> a.movss(XMM8, Address.of(RAX, 0))),
        row("movss dword ptr [rsp + 4], xmm15", "f3440f117c2404", a -> a.movss(Address.of(RSP, 4), XMM15)),
        row("movsd xmm1, xmm9", "f2410f10c9", a -> a.movsd(XMM1, XMM9)),
        row("movsd xmm2, qword ptr [rbp - 8]", "f20f1055f8", a -> a.movsd(XMM2, Address.of(RBP, -8))),
        row("movsd qword ptr [r13], xmm3", "f2410f115d00", a -> a.movsd(Address.of(R13, 0), XMM3)),
        row("movaps xmm0, xmm8", "410f28c0", a -> a.movaps(XMM0, XMM8)),
        row("movaps xmmword ptr [rsp + 16], xmm6", "0f29742410", a -> a.movaps(Address.of(RSP, 16), XMM6)),
        row("movapd xmm10, xmmword ptr [r8 + 8*r9]", "66470f2814c8", a -> a.movapd(XMM10, Address.of(R8, R9, 8, 0))),
        row("movups xmm1, xmmword ptr [rdi]", "0f100f", a -> a.movups(XMM1, Address.of(RDI, 0))),
        row("movups xmmword ptr [rdi + 16], xmm1", "0f114f10", a -> a.movups(Address.of(RDI, 16), XMM1)),
        row("movupd xmm4, xmm5", "660f10e5", a -> a.movupd(XMM4, XMM5)),
        row("movdqu xmm0, xmmword ptr [rsi]", "f30f6f06", a -> a.movdqu(XMM0, Address.of(RSI, 0))),
        row("movdqu xmmword ptr [rdi], xmm12", "f3440f7f27", a -> a.movdqu(Address.of(RDI, 0), XMM12)),
        row("movdqa xmm3, xmm11", "66410f6fdb", a -> a.movdqa(XMM3, XMM11)),
        row("movd xmm0, eax", "660f6ec0", a -> a.movd(XMM0, RAX)),
        row("movd xmm9, r10d", "66450f6eca", a -> a.movd(XMM9, R10)),
        row("movd ecx, xmm1", "660f7ec9", a -> a.movd(RCX, XMM1)),
        row("movd r11d, xmm12", "66450f7ee3", a -> a.movd(R11, XMM12)),
        row("movd xmm2, dword ptr [rdi]", "660f6e17", a -> a.movd(XMM2, Address.of(RDI, 0))),
        row("movd dword ptr [rsp], xmm2", "660f7e1424", a -> a.movd(Address.of(RSP, 0), XMM2)),
        row("movq xmm0, rax", "66480f6ec0", a -> a.movq(XMM0, RAX)),
        row("movq xmm13, r14", "664d0f6eee", a -> a.movq(XMM13, R14)),
        row("movq rax, xmm1", "66480f7ec8", a -> a.movq(RAX, XMM1)),
        row("movq r9, xmm15", "664d0f7ef9", a -> a.movq(R9, XMM15)),
        row("movq xmm1, xmm2", "f30f7eca", a -> a.movq(XMM1, XMM2)),
        row("movq xmm1, qword ptr [rax]", "f30f7e08", a -> a.movq(XMM1, Address.of(RAX, 0))),
        row("movq qword ptr [rbx + 8], xmm10", "66440fd65308", a -> a.movq(Address.of(RBX, 8), XMM10)),
        row("addss xmm0, xmm1", "f30f58c1", a -> a.addss(XMM0, XMM1)),
        row("addsd xmm8, xmm9", "f2450f58c1", a -> a.addsd(XMM8, XMM9)),
        row("addsd xmm0, qword ptr [rbp - 16]", "f20f5845f0", a -> a.addsd(XMM0, Address.of(RBP, -16))),
        row("addps xmm2, xmm3", "0f58d3", a -> a.addps(XMM2, XMM3)),
        row("addpd xmm2, xmm3", "660f58d3", a -> a.addpd(XMM2, XMM3)),
        row("subss xmm3, dword ptr [rdi + 4]", "f30f5c5f04", a -> a.subss(XMM3, Address.of(RDI, 4))),
        row("subsd xmm0, xmm14", "f2410f5cc6", a -> a.subsd(XMM0, XMM14)),
        row("subps xmm1, xmm2", "0f5cca", a -> a.subps(XMM1, XMM2)),
        row("subpd xmm11, xmm2", "66440f5cda", a -> a.subpd(XMM11, XMM2)),
        row("mulss xmm1, xmm2", "f30f59ca", a -> a.mulss(XMM1, XMM2)),
        row("mulsd xmm7, qword ptr [r12]", "f2410f593c24", a -> a.mulsd(XMM7, Address.of(R12, 0))),
        row("mulps xmm0, xmm1", "0f59c1", a -> a.mulps(XMM0, XMM1)),
        row("mulpd xmm0, xmm1", "660f59c1", a -> a.mulpd(XMM0, XMM1)),
        row("divss xmm0, xmm1", "f30f5ec1", a -> a.divss(XMM0, XMM1)),
        row("divsd xmm12, xmm13", "f2450f5ee5", a -> a.divsd(XMM12, XMM13)),
        row("divps xmm0, xmm1", "0f5ec1", a -> a.divps(XMM0, XMM1)),
        row("divpd xmm0, xmmword ptr [rax]", "660f5e00", a -> a.divpd(XMM0, Address.of(RAX, 0))),
        row("sqrtss xmm0, xmm0", "f30f51c0", a -> a.sqrtss(XMM0, XMM0)),
        row("sqrtsd xmm1, xmm8", "f2410f51c8", a -> a.sqrtsd(XMM1, XMM8)),
        row("minss xmm0, xmm1", "f30f5dc1", a -> a.minss(XMM0, XMM1)),
        row("minsd xmm0, xmm1", "f20f5dc1", a -> a.minsd(XMM0, XMM1)),
        row("maxss xmm0, xmm1", "f30f5fc1", a -> a.maxss(XMM0, XMM1)),
        row("maxsd xmm9, qword ptr [rsp + 8]", "f2440f5f4c2408", a -> a.maxsd(XMM9, Address.of(RSP, 8))),
        row("ucomiss xmm0, xmm1", "0f2ec1", a -> a.ucomiss(XMM0, XMM1)),
        row("ucomisd xmm0, xmm15", "66410f2ec7", a -> a.ucomisd(XMM0, XMM15)),
        row("ucomisd xmm2, qword ptr [rdi]", "660f2e17", a -> a.ucomisd(XMM2, Address.of(RDI, 0))),
        row("comiss xmm3, xmm4", "0f2fdc", a -> a.comiss(XMM3, XMM4)),
        row("comisd xmm3, xmm4", "660f2fdc", a -> a.comisd(XMM3, XMM4)),
        row("cvtsi2ss xmm0, eax", "f30f2ac0", a -> a.cvtsi2ssl(XMM0, RAX)),
        row("cvtsi2ss xmm1, rcx", "f3480f2ac9", a -> a.cvtsi2ssq(XMM1, RCX)),
        row("cvtsi2sd xmm8, r9d", "f2450f2ac1", a -> a.cvtsi2sdl(XMM8, R9)),
        row("cvtsi2sd xmm0, rax", "f2480f2ac0", a -> a.cvtsi2sdq(XMM0, RAX)),
        row("cvtsi2sd xmm15, r15", "f24d0f2aff", a -> a.cvtsi2sdq(XMM15, R15)),
        row("cvtsi2sd xmm0, dword ptr [rbp - 4]", "f20f2a45fc", a -> a.cvtsi2sdl(XMM0, Address.of(RBP, -4))),
        row("cvtsi2ss xmm2, qword ptr [rsp]", "f3480f2a1424", a -> a.cvtsi2ssq(XMM2, Address.of(RSP, 0))),
        row("cvttss2si eax, xmm0", "f30f2cc0", a -> a.cvttss2sil(RAX, XMM0)),
        row("cvttss2si r8, xmm9", "f34d0f2cc1", a -> a.cvttss2siq(R8, XMM9)),
        row("cvttsd2si ecx, xmm1", "f20f2cc9", a -> a.cvttsd2sil(RCX, XMM1)),
        row("cvttsd2si rax, xmm12", "f2490f2cc4", a -> a.cvttsd2siq(RAX, XMM12)),
        row("cvttsd2si rdx, qword ptr [rdi]", "f2480f2c17", a -> a.cvttsd2si(OperandSize.QWORD, RDX, Address.of(RDI, 0))),
        row("cvttss2si r10d, dword ptr [r11]", "f3450f2c13", a -> a.cvttss2si(OperandSize.DWORD, R10, Address.of(R11, 0))),
        row("cvtss2si eax, xmm1", "f30f2dc1", a -> a.cvtss2si(OperandSize.DWORD, RAX, XMM1)),
        row("cvtsd2si r12, xmm13", "f24d0f2de5", a -> a.cvtsd2si(OperandSize.QWORD, R12, XMM13)),
        row("cvttsd2si eax, qword ptr [rsp + 8]", "f20f2c442408", a -> a.cvttsd2sil(RAX, Address.of(RSP, 8))),
        row("cvttss2si r9, dword ptr [rax]", "f34c0f2c08", a -> a.cvttss2siq(R9, Address.of(RAX, 0))),
        row("cvtss2si rcx, xmm2", "f3480f2dca", a -> a.cvtss2siq(RCX, XMM2)),
        row("cvtsd2si r8d, xmm0", "f2440f2dc0", a -> a.cvtsd2sil(R8, XMM0)),
        row("cvtss2sd xmm0, xmm1", "f30f5ac1", a -> a.cvtss2sd(XMM0, XMM1)),
        row("cvtss2sd xmm0, dword ptr [rax]", "f30f5a00", a -> a.cvtss2sd(XMM0, Address.of(RAX, 0))),
        row("cvtsd2ss xmm10, xmm2", "f2440f5ad2", a -> a.cvtsd2ss(XMM10, XMM2)),
        row("cvtps2pd xmm0, xmm1", "0f5ac1", a -> a.cvtps2pd(XMM0, XMM1)),
        row("cvtpd2ps xmm0, xmm1", "660f5ac1", a -> a.cvtpd2ps(XMM0, XMM1)),
        row("cvtdq2ps xmm0, xmm1", "0f5bc1", a -> a.cvtdq2ps(XMM0, XMM1)),
        row("cvttps2dq xmm0, xmm1", "f30f5bc1", a -> a.cvttps2dq(XMM0, XMM1)),
        row("cvtdq2pd xmm0, xmm1", "f30fe6c1", a -> a.cvtdq2pd(XMM0, XMM1)),
        row("xorps xmm0, xmm0", "0f57c0", a -> a.xorps(XMM0, XMM0)),
        row("xorpd xmm8, xmmword ptr [rax]", "66440f5700", a -> a.xorpd(XMM8, Address.of(RAX, 0))),
        row("andps xmm1, xmm2", "0f54ca", a -> a.andps(XMM1, XMM2)),
        row("andpd xmm1, xmm2", "660f54ca", a -> a.andpd(XMM1, XMM2)),
        row("andnps xmm1, xmm2", "0f55ca", a -> a.andnps(XMM1, XMM2)),
        row("andnpd xmm1, xmm10", "66410f55ca", a -> a.andnpd(XMM1, XMM10)),
        row("orps xmm1, xmm2", "0f56ca", a -> a.orps(XMM1, XMM2)),
        row("orpd xmm1, xmm2", "660f56ca", a -> a.orpd(XMM1, XMM2)),
        row("pxor xmm0, xmm0", "660fefc0", a -> a.pxor(XMM0, XMM0)),
        row("pxor xmm14, xmm15", "66450feff7", a -> a.pxor(XMM14, XMM15)),
        row("pand xmm1, xmmword ptr [rdi]", "660fdb0f", a -> a.pand(XMM1, Address.of(RDI, 0))),
        row("pandn xmm1, xmm2", "660fdfca", a -> a.pandn(XMM1, XMM2)),
        row("por xmm1, xmm2", "660febca", a -> a.por(XMM1, XMM2)),
        row("paddd xmm1, xmm2", "660ffeca", a -> a.paddd(XMM1, XMM2)),
        row("paddq xmm1, xmm2", "660fd4ca", a -> a.paddq(XMM1, XMM2)),
        row("psubd xmm1, xmm2", "660ffaca", a -> a.psubd(XMM1, XMM2)),
        row("psubq xmm1, xmm2", "660ffbca", a -> a.psubq(XMM1, XMM2)),
        row("pmuludq xmm1, xmm2", "660ff4ca", a -> a.pmuludq(XMM1, XMM2)),
        row("pcmpeqd xmm1, xmm2", "660f76ca", a -> a.pcmpeqd(XMM1, XMM2)),
        row("unpcklps xmm0, xmm1", "0f14c1", a -> a.unpcklps(XMM0, XMM1)),
        row("unpcklpd xmm0, xmm9", "66410f14c1", a -> a.unpcklpd(XMM0, XMM9)),
        row("unpckhps xmm0, xmm1", "0f15c1", a -> a.unpckhps(XMM0, XMM1)),
        row("unpckhpd xmm0, xmm1", "660f15c1", a -> a.unpckhpd(XMM0, XMM1)),
        row("punpckldq xmm0, xmm1", "660f62c1", a -> a.punpckldq(XMM0, XMM1)),
        row("punpcklqdq xmm0, xmm1", "660f6cc1", a -> a.punpcklqdq(XMM0, XMM1)),
        row("movlhps xmm0, xmm1", "0f16c1", a -> a.movlhps(XMM0, XMM1)),
        row("movhlps xmm8, xmm1", "440f12c1", a -> a.movhlps(XMM8, XMM1)),
        row("cmpss xmm0, xmm1, 1", "f30fc2c101", a -> a.cmpss(XMM0, XMM1, 1)),
        row("cmpsd xmm0, xmm1, 7", "f20fc2c107", a -> a.cmpsd(XMM0, XMM1, 7)),
        row("cmpsd xmm0, qword ptr [rax], 0", "f20fc20000", a -> a.cmpsd(XMM0, Address.of(RAX, 0), 0)),
        row("cmpps xmm9, xmm1, 4", "440fc2c904", a -> a.cmpps(XMM9, XMM1, 4)),
        row("cmppd xmm0, xmm1, 3", "660fc2c103", a -> a.cmppd(XMM0, XMM1, 3)),
        row("shufps xmm0, xmm1, 27", "0fc6c11b", a -> a.shufps(XMM0, XMM1, 27)),
        row("shufps xmm0, xmmword ptr [rsp + 16], 255", "0fc6442410ff", a -> a.shufps(XMM0, Address.of(RSP, 16), 255)),
        row("shufpd xmm0, xmm1, 1", "660fc6c101", a -> a.shufpd(XMM0, XMM1, 1)),
        row("pshufd xmm0, xmm1, 68", "660f70c144", a -> a.pshufd(XMM0, XMM1, 68)),
        row("pshufd xmm12, xmm13, 0", "66450f70e500", a -> a.pshufd(XMM12, XMM13, 0))
    );

    @TestFactory
    Stream<DynamicTest> eachSseFormEncodesAsLlvmMcDoes() {
        return EncodingRow.tests(ROWS);
    }

    @Test
    void immediatesOutOfRangeAreRejectedBeforeEmitting() {
        X86Assembler a = new X86Assembler();
        assertThrows(IllegalArgumentException.class, () -> a.cmpss(XMM0, XMM1, 8), "expected predicate 8 rejected");
        assertThrows(IllegalArgumentException.class, () -> a.shufps(XMM0, XMM1, 256), "expected shufps 256 rejected");
        assertThrows(IllegalArgumentException.class, () -> a.pshufd(XMM0, Address.of(RAX, 0), -1),
                "expected pshufd -1 rejected");
        assertThrows(IllegalArgumentException.class, () -> a.shufpd(XMM0, XMM1, 4), "expected shufpd 4 rejected");
        assertThrows(IllegalArgumentException.class, () -> a.cvttsd2si(OperandSize.WORD, RAX, Address.of(RAX, 0)),
                "expected a 16-bit conversion result rejected");
        assertEquals(0, a.position(), "expected nothing emitted for rejected instructions");
    }
}
