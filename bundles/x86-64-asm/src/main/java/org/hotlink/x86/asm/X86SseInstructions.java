package org.hotlink.x86.asm;

import static org.hotlink.x86.asm.OperandSize.QWORD;

/**
 * SSE and SSE2 instructions (the x86-64 baseline): scalar and packed float/double arithmetic, moves,
 * conversions, logic, compares and shuffles, and the moves between general-purpose and XMM registers.
 * Legacy (non-VEX) encodings: the mandatory prefix (66, F2 or F3) precedes REX, then 0F and the opcode
 * (Intel SDM Vol. 2A, 2.1.1 and 2.2.1). Operand order is Intel's: destination first.
 */
public abstract class X86SseInstructions extends X86ControlInstructions {
    X86SseInstructions(CodeBuffer buffer) {
        super(buffer);
    }

    private void sseRegister(int prefix, int opcode, Xmm dst, Xmm src) {
        emitRegisterForm(prefix, false, opcode, dst.encoding(), src.encoding(), false);
    }

    private void sseMemory(int prefix, int opcode, int reg, Address address, int immediateBytes) {
        emitMemoryForm(prefix, false, opcode, reg, address, false, immediateBytes);
    }

    // ---- moves between general-purpose and XMM registers --------------------------------------------

    /** MOVD xmm, r32: low lane = src, others zeroed (Vol. 2B MOVD/MOVQ, 66 0F 6E /r). */
    public final void movd(Xmm dst, Gpr src) {
        emitRegisterForm(0x66, false, 0x0F6E, dst.encoding(), src.encoding(), false);
    }

    /** MOVD r32, xmm: the low 32 bits (Vol. 2B MOVD/MOVQ, 66 0F 7E /r). */
    public final void movd(Gpr dst, Xmm src) {
        emitRegisterForm(0x66, false, 0x0F7E, src.encoding(), dst.encoding(), false);
    }

    /** MOVD xmm, m32: load 32 bits, upper lanes zeroed (Vol. 2B MOVD/MOVQ, 66 0F 6E /r). */
    public final void movd(Xmm dst, Address src) {
        sseMemory(0x66, 0x0F6E, dst.encoding(), src, 0);
    }

    /** MOVD m32, xmm: store the low 32 bits (Vol. 2B MOVD/MOVQ, 66 0F 7E /r). */
    public final void movd(Address dst, Xmm src) {
        sseMemory(0x66, 0x0F7E, src.encoding(), dst, 0);
    }

    /** MOVQ xmm, r64: low lane = src, upper zeroed (Vol. 2B MOVD/MOVQ, 66 REX.W 0F 6E /r). */
    public final void movq(Xmm dst, Gpr src) {
        emitRegisterForm(0x66, true, 0x0F6E, dst.encoding(), src.encoding(), false);
    }

    /** MOVQ r64, xmm: the low 64 bits (Vol. 2B MOVD/MOVQ, 66 REX.W 0F 7E /r). */
    public final void movq(Gpr dst, Xmm src) {
        emitRegisterForm(0x66, true, 0x0F7E, src.encoding(), dst.encoding(), false);
    }

    /** MOVQ xmm, xmm: copy the low 64 bits, zero the upper (Vol. 2B MOVQ, F3 0F 7E /r). */
    public final void movq(Xmm dst, Xmm src) {
        sseRegister(0xF3, 0x0F7E, dst, src);
    }

    /** MOVQ xmm, m64: load 64 bits, upper zeroed (Vol. 2B MOVQ, F3 0F 7E /r). */
    public final void movq(Xmm dst, Address src) {
        sseMemory(0xF3, 0x0F7E, dst.encoding(), src, 0);
    }

    /** MOVQ m64, xmm: store the low 64 bits (Vol. 2B MOVQ, 66 0F D6 /r). */
    public final void movq(Address dst, Xmm src) {
        sseMemory(0x66, 0x0FD6, src.encoding(), dst, 0);
    }

    // ---- integer <-> floating-point conversions ------------------------------------------------------

    /** CVTSI2SS/CVTSI2SD xmm, r32/r64 (Vol. 2A CVTSI2SS F3 0F 2A, CVTSI2SD F2 0F 2A; REX.W for r64). */
    private void convertFromInteger(int prefix, boolean quad, Xmm dst, Gpr src) {
        emitRegisterForm(prefix, quad, 0x0F2A, dst.encoding(), src.encoding(), false);
    }

    private void convertFromInteger(int prefix, boolean quad, Xmm dst, Address src) {
        emitMemoryForm(prefix, quad, 0x0F2A, dst.encoding(), src, false, 0);
    }

    /** CVTSI2SS xmm, r32: int32 to single (Vol. 2A CVTSI2SS, F3 0F 2A /r). */
    public final void cvtsi2ssl(Xmm dst, Gpr src) {
        convertFromInteger(0xF3, false, dst, src);
    }

    /** CVTSI2SS xmm, m32 (Vol. 2A CVTSI2SS, F3 0F 2A /r). */
    public final void cvtsi2ssl(Xmm dst, Address src) {
        convertFromInteger(0xF3, false, dst, src);
    }

    /** CVTSI2SS xmm, r64: int64 to single (Vol. 2A CVTSI2SS, F3 REX.W 0F 2A /r). */
    public final void cvtsi2ssq(Xmm dst, Gpr src) {
        convertFromInteger(0xF3, true, dst, src);
    }

    /** CVTSI2SS xmm, m64 (Vol. 2A CVTSI2SS, F3 REX.W 0F 2A /r). */
    public final void cvtsi2ssq(Xmm dst, Address src) {
        convertFromInteger(0xF3, true, dst, src);
    }

    /** CVTSI2SD xmm, r32: int32 to double (Vol. 2A CVTSI2SD, F2 0F 2A /r). */
    public final void cvtsi2sdl(Xmm dst, Gpr src) {
        convertFromInteger(0xF2, false, dst, src);
    }

    /** CVTSI2SD xmm, m32 (Vol. 2A CVTSI2SD, F2 0F 2A /r). */
    public final void cvtsi2sdl(Xmm dst, Address src) {
        convertFromInteger(0xF2, false, dst, src);
    }

    /** CVTSI2SD xmm, r64: int64 to double (Vol. 2A CVTSI2SD, F2 REX.W 0F 2A /r). */
    public final void cvtsi2sdq(Xmm dst, Gpr src) {
        convertFromInteger(0xF2, true, dst, src);
    }

    /** CVTSI2SD xmm, m64 (Vol. 2A CVTSI2SD, F2 REX.W 0F 2A /r). */
    public final void cvtsi2sdq(Xmm dst, Address src) {
        convertFromInteger(0xF2, true, dst, src);
    }

    /**
     * CVTTSS2SI r32, xmm: single to int32, truncating; out of range gives 0x80000000
     * (Vol. 2A CVTTSS2SI, F3 0F 2C /r).
     */
    public final void cvttss2sil(Gpr dst, Xmm src) {
        emitRegisterForm(0xF3, false, 0x0F2C, dst.encoding(), src.encoding(), false);
    }

    /** CVTTSS2SI r64, xmm: single to int64, truncating (Vol. 2A CVTTSS2SI, F3 REX.W 0F 2C /r). */
    public final void cvttss2siq(Gpr dst, Xmm src) {
        emitRegisterForm(0xF3, true, 0x0F2C, dst.encoding(), src.encoding(), false);
    }

    /**
     * CVTTSD2SI r32, xmm: double to int32, truncating; out of range gives 0x80000000
     * (Vol. 2A CVTTSD2SI, F2 0F 2C /r).
     */
    public final void cvttsd2sil(Gpr dst, Xmm src) {
        emitRegisterForm(0xF2, false, 0x0F2C, dst.encoding(), src.encoding(), false);
    }

    /** CVTTSD2SI r64, xmm: double to int64, truncating (Vol. 2A CVTTSD2SI, F2 REX.W 0F 2C /r). */
    public final void cvttsd2siq(Gpr dst, Xmm src) {
        emitRegisterForm(0xF2, true, 0x0F2C, dst.encoding(), src.encoding(), false);
    }

    /**
     * CVTSS2SI r32/r64, xmm: single to integer, rounding by MXCSR (round to nearest even by default), as
     * llvm.lrint needs (Vol. 2A CVTSS2SI, F3 [REX.W] 0F 2D /r).
     */
    public final void cvtss2si(OperandSize size, Gpr dst, Xmm src) {
        checkConversionSize(size);
        emitRegisterForm(0xF3, size == QWORD, 0x0F2D, dst.encoding(), src.encoding(), false);
    }

    /**
     * CVTSD2SI r32/r64, xmm: double to integer, rounding by MXCSR (Vol. 2A CVTSD2SI, F2 [REX.W] 0F 2D /r).
     */
    public final void cvtsd2si(OperandSize size, Gpr dst, Xmm src) {
        checkConversionSize(size);
        emitRegisterForm(0xF2, size == QWORD, 0x0F2D, dst.encoding(), src.encoding(), false);
    }

    /** CVTTSS2SI r32/r64, m32 (Vol. 2A CVTTSS2SI, F3 [REX.W] 0F 2C /r). */
    public final void cvttss2si(OperandSize size, Gpr dst, Address src) {
        checkConversionSize(size);
        emitMemoryForm(0xF3, size == QWORD, 0x0F2C, dst.encoding(), src, false, 0);
    }

    /** CVTTSD2SI r32/r64, m64 (Vol. 2A CVTTSD2SI, F2 [REX.W] 0F 2C /r). */
    public final void cvttsd2si(OperandSize size, Gpr dst, Address src) {
        checkConversionSize(size);
        emitMemoryForm(0xF2, size == QWORD, 0x0F2C, dst.encoding(), src, false, 0);
    }

    /** CVTTSS2SI r32, m32 (Vol. 2A CVTTSS2SI, F3 0F 2C /r). */
    public final void cvttss2sil(Gpr dst, Address src) {
        cvttss2si(OperandSize.DWORD, dst, src);
    }

    /** CVTTSS2SI r64, m32 (Vol. 2A CVTTSS2SI, F3 REX.W 0F 2C /r). */
    public final void cvttss2siq(Gpr dst, Address src) {
        cvttss2si(QWORD, dst, src);
    }

    /** CVTTSD2SI r32, m64 (Vol. 2A CVTTSD2SI, F2 0F 2C /r). */
    public final void cvttsd2sil(Gpr dst, Address src) {
        cvttsd2si(OperandSize.DWORD, dst, src);
    }

    /** CVTTSD2SI r64, m64 (Vol. 2A CVTTSD2SI, F2 REX.W 0F 2C /r). */
    public final void cvttsd2siq(Gpr dst, Address src) {
        cvttsd2si(QWORD, dst, src);
    }

    /** CVTSS2SI r32, xmm: rounding by MXCSR (Vol. 2A CVTSS2SI, F3 0F 2D /r). */
    public final void cvtss2sil(Gpr dst, Xmm src) {
        cvtss2si(OperandSize.DWORD, dst, src);
    }

    /** CVTSS2SI r64, xmm: rounding by MXCSR (Vol. 2A CVTSS2SI, F3 REX.W 0F 2D /r). */
    public final void cvtss2siq(Gpr dst, Xmm src) {
        cvtss2si(QWORD, dst, src);
    }

    /** CVTSD2SI r32, xmm: rounding by MXCSR (Vol. 2A CVTSD2SI, F2 0F 2D /r). */
    public final void cvtsd2sil(Gpr dst, Xmm src) {
        cvtsd2si(OperandSize.DWORD, dst, src);
    }

    /** CVTSD2SI r64, xmm: rounding by MXCSR (Vol. 2A CVTSD2SI, F2 REX.W 0F 2D /r). */
    public final void cvtsd2siq(Gpr dst, Xmm src) {
        cvtsd2si(QWORD, dst, src);
    }

    private static void checkConversionSize(OperandSize size) {
        if (size != OperandSize.DWORD && size != QWORD) {
            throw new IllegalArgumentException("conversion to an integer needs DWORD or QWORD, not " + size);
        }
    }

    // ---- arithmetic, logic, compares, shuffles (one method per form) ---------------------------------

    /**
     * MOVSS xmm, xmm: move scalar single; xmm to xmm keeps the upper lanes, a load zeroes them (Vol. 2B MOVSS, F3 0F
     * 10 /r).
     */
    public final void movss(Xmm dst, Xmm src) {
        sseRegister(0xF3, 0x0F10, dst, src);
    }

    /**
     * MOVSS xmm, m: move scalar single; xmm to xmm keeps the upper lanes, a load zeroes them (Vol. 2B MOVSS, F3 0F 10
     * /r).
     */
    public final void movss(Xmm dst, Address src) {
        sseMemory(0xF3, 0x0F10, dst.encoding(), src, 0);
    }

    /**
     * MOVSS m, xmm: move scalar single; xmm to xmm keeps the upper lanes, a load zeroes them (Vol. 2B MOVSS, F3 0F 11
     * /r).
     */
    public final void movss(Address dst, Xmm src) {
        sseMemory(0xF3, 0x0F11, src.encoding(), dst, 0);
    }

    /**
     * MOVSD xmm, xmm: move scalar double; xmm to xmm keeps the upper lane, a load zeroes it (Vol. 2B MOVSD, F2 0F 10
     * /r).
     */
    public final void movsd(Xmm dst, Xmm src) {
        sseRegister(0xF2, 0x0F10, dst, src);
    }

    /**
     * MOVSD xmm, m: move scalar double; xmm to xmm keeps the upper lane, a load zeroes it (Vol. 2B MOVSD, F2 0F 10
     * /r).
     */
    public final void movsd(Xmm dst, Address src) {
        sseMemory(0xF2, 0x0F10, dst.encoding(), src, 0);
    }

    /**
     * MOVSD m, xmm: move scalar double; xmm to xmm keeps the upper lane, a load zeroes it (Vol. 2B MOVSD, F2 0F 11
     * /r).
     */
    public final void movsd(Address dst, Xmm src) {
        sseMemory(0xF2, 0x0F11, src.encoding(), dst, 0);
    }

    /** MOVAPS xmm, xmm: move aligned packed single (memory must be 16-byte aligned) (Vol. 2B MOVAPS, 0F 28 /r). */
    public final void movaps(Xmm dst, Xmm src) {
        sseRegister(0, 0x0F28, dst, src);
    }

    /** MOVAPS xmm, m: move aligned packed single (memory must be 16-byte aligned) (Vol. 2B MOVAPS, 0F 28 /r). */
    public final void movaps(Xmm dst, Address src) {
        sseMemory(0, 0x0F28, dst.encoding(), src, 0);
    }

    /** MOVAPS m, xmm: move aligned packed single (memory must be 16-byte aligned) (Vol. 2B MOVAPS, 0F 29 /r). */
    public final void movaps(Address dst, Xmm src) {
        sseMemory(0, 0x0F29, src.encoding(), dst, 0);
    }

    /**
     * MOVAPD xmm, xmm: move aligned packed double (memory must be 16-byte aligned) (Vol. 2B MOVAPD, 66 0F 28 /r).
     */
    public final void movapd(Xmm dst, Xmm src) {
        sseRegister(0x66, 0x0F28, dst, src);
    }

    /**
     * MOVAPD xmm, m: move aligned packed double (memory must be 16-byte aligned) (Vol. 2B MOVAPD, 66 0F 28 /r).
     */
    public final void movapd(Xmm dst, Address src) {
        sseMemory(0x66, 0x0F28, dst.encoding(), src, 0);
    }

    /**
     * MOVAPD m, xmm: move aligned packed double (memory must be 16-byte aligned) (Vol. 2B MOVAPD, 66 0F 29 /r).
     */
    public final void movapd(Address dst, Xmm src) {
        sseMemory(0x66, 0x0F29, src.encoding(), dst, 0);
    }

    /** MOVUPS xmm, xmm: move unaligned packed single (Vol. 2B MOVUPS, 0F 10 /r). */
    public final void movups(Xmm dst, Xmm src) {
        sseRegister(0, 0x0F10, dst, src);
    }

    /** MOVUPS xmm, m: move unaligned packed single (Vol. 2B MOVUPS, 0F 10 /r). */
    public final void movups(Xmm dst, Address src) {
        sseMemory(0, 0x0F10, dst.encoding(), src, 0);
    }

    /** MOVUPS m, xmm: move unaligned packed single (Vol. 2B MOVUPS, 0F 11 /r). */
    public final void movups(Address dst, Xmm src) {
        sseMemory(0, 0x0F11, src.encoding(), dst, 0);
    }

    /** MOVUPD xmm, xmm: move unaligned packed double (Vol. 2B MOVUPD, 66 0F 10 /r). */
    public final void movupd(Xmm dst, Xmm src) {
        sseRegister(0x66, 0x0F10, dst, src);
    }

    /** MOVUPD xmm, m: move unaligned packed double (Vol. 2B MOVUPD, 66 0F 10 /r). */
    public final void movupd(Xmm dst, Address src) {
        sseMemory(0x66, 0x0F10, dst.encoding(), src, 0);
    }

    /** MOVUPD m, xmm: move unaligned packed double (Vol. 2B MOVUPD, 66 0F 11 /r). */
    public final void movupd(Address dst, Xmm src) {
        sseMemory(0x66, 0x0F11, src.encoding(), dst, 0);
    }

    /** MOVDQU xmm, xmm: move unaligned 128-bit integer (Vol. 2B MOVDQU, F3 0F 6F /r). */
    public final void movdqu(Xmm dst, Xmm src) {
        sseRegister(0xF3, 0x0F6F, dst, src);
    }

    /** MOVDQU xmm, m: move unaligned 128-bit integer (Vol. 2B MOVDQU, F3 0F 6F /r). */
    public final void movdqu(Xmm dst, Address src) {
        sseMemory(0xF3, 0x0F6F, dst.encoding(), src, 0);
    }

    /** MOVDQU m, xmm: move unaligned 128-bit integer (Vol. 2B MOVDQU, F3 0F 7F /r). */
    public final void movdqu(Address dst, Xmm src) {
        sseMemory(0xF3, 0x0F7F, src.encoding(), dst, 0);
    }

    /**
     * MOVDQA xmm, xmm: move aligned 128-bit integer (memory must be 16-byte aligned) (Vol. 2B MOVDQA, 66 0F 6F
     * /r).
     */
    public final void movdqa(Xmm dst, Xmm src) {
        sseRegister(0x66, 0x0F6F, dst, src);
    }

    /**
     * MOVDQA xmm, m: move aligned 128-bit integer (memory must be 16-byte aligned) (Vol. 2B MOVDQA, 66 0F 6F /r).
     */
    public final void movdqa(Xmm dst, Address src) {
        sseMemory(0x66, 0x0F6F, dst.encoding(), src, 0);
    }

    /**
     * MOVDQA m, xmm: move aligned 128-bit integer (memory must be 16-byte aligned) (Vol. 2B MOVDQA, 66 0F 7F /r).
     */
    public final void movdqa(Address dst, Xmm src) {
        sseMemory(0x66, 0x0F7F, src.encoding(), dst, 0);
    }

    /** ADDSS xmm, xmm: add scalar single (Vol. 2A ADDSS, F3 0F 58 /r). */
    public final void addss(Xmm dst, Xmm src) {
        sseRegister(0xF3, 0x0F58, dst, src);
    }

    /** ADDSS xmm, m: add scalar single (Vol. 2A ADDSS, F3 0F 58 /r). */
    public final void addss(Xmm dst, Address src) {
        sseMemory(0xF3, 0x0F58, dst.encoding(), src, 0);
    }

    /** ADDSD xmm, xmm: add scalar double (Vol. 2A ADDSD, F2 0F 58 /r). */
    public final void addsd(Xmm dst, Xmm src) {
        sseRegister(0xF2, 0x0F58, dst, src);
    }

    /** ADDSD xmm, m: add scalar double (Vol. 2A ADDSD, F2 0F 58 /r). */
    public final void addsd(Xmm dst, Address src) {
        sseMemory(0xF2, 0x0F58, dst.encoding(), src, 0);
    }

    /** ADDPS xmm, xmm: add packed single (Vol. 2A ADDPS, 0F 58 /r). */
    public final void addps(Xmm dst, Xmm src) {
        sseRegister(0, 0x0F58, dst, src);
    }

    /** ADDPS xmm, m: add packed single (Vol. 2A ADDPS, 0F 58 /r). */
    public final void addps(Xmm dst, Address src) {
        sseMemory(0, 0x0F58, dst.encoding(), src, 0);
    }

    /** ADDPD xmm, xmm: add packed double (Vol. 2A ADDPD, 66 0F 58 /r). */
    public final void addpd(Xmm dst, Xmm src) {
        sseRegister(0x66, 0x0F58, dst, src);
    }

    /** ADDPD xmm, m: add packed double (Vol. 2A ADDPD, 66 0F 58 /r). */
    public final void addpd(Xmm dst, Address src) {
        sseMemory(0x66, 0x0F58, dst.encoding(), src, 0);
    }

    /** SUBSS xmm, xmm: sub scalar single (Vol. 2B SUBSS, F3 0F 5C /r). */
    public final void subss(Xmm dst, Xmm src) {
        sseRegister(0xF3, 0x0F5C, dst, src);
    }

    /** SUBSS xmm, m: sub scalar single (Vol. 2B SUBSS, F3 0F 5C /r). */
    public final void subss(Xmm dst, Address src) {
        sseMemory(0xF3, 0x0F5C, dst.encoding(), src, 0);
    }

    /** SUBSD xmm, xmm: sub scalar double (Vol. 2B SUBSD, F2 0F 5C /r). */
    public final void subsd(Xmm dst, Xmm src) {
        sseRegister(0xF2, 0x0F5C, dst, src);
    }

    /** SUBSD xmm, m: sub scalar double (Vol. 2B SUBSD, F2 0F 5C /r). */
    public final void subsd(Xmm dst, Address src) {
        sseMemory(0xF2, 0x0F5C, dst.encoding(), src, 0);
    }

    /** SUBPS xmm, xmm: sub packed single (Vol. 2B SUBPS, 0F 5C /r). */
    public final void subps(Xmm dst, Xmm src) {
        sseRegister(0, 0x0F5C, dst, src);
    }

    /** SUBPS xmm, m: sub packed single (Vol. 2B SUBPS, 0F 5C /r). */
    public final void subps(Xmm dst, Address src) {
        sseMemory(0, 0x0F5C, dst.encoding(), src, 0);
    }

    /** SUBPD xmm, xmm: sub packed double (Vol. 2B SUBPD, 66 0F 5C /r). */
    public final void subpd(Xmm dst, Xmm src) {
        sseRegister(0x66, 0x0F5C, dst, src);
    }

    /** SUBPD xmm, m: sub packed double (Vol. 2B SUBPD, 66 0F 5C /r). */
    public final void subpd(Xmm dst, Address src) {
        sseMemory(0x66, 0x0F5C, dst.encoding(), src, 0);
    }

    /** MULSS xmm, xmm: mul scalar single (Vol. 2B MULSS, F3 0F 59 /r). */
    public final void mulss(Xmm dst, Xmm src) {
        sseRegister(0xF3, 0x0F59, dst, src);
    }

    /** MULSS xmm, m: mul scalar single (Vol. 2B MULSS, F3 0F 59 /r). */
    public final void mulss(Xmm dst, Address src) {
        sseMemory(0xF3, 0x0F59, dst.encoding(), src, 0);
    }

    /** MULSD xmm, xmm: mul scalar double (Vol. 2B MULSD, F2 0F 59 /r). */
    public final void mulsd(Xmm dst, Xmm src) {
        sseRegister(0xF2, 0x0F59, dst, src);
    }

    /** MULSD xmm, m: mul scalar double (Vol. 2B MULSD, F2 0F 59 /r). */
    public final void mulsd(Xmm dst, Address src) {
        sseMemory(0xF2, 0x0F59, dst.encoding(), src, 0);
    }

    /** MULPS xmm, xmm: mul packed single (Vol. 2B MULPS, 0F 59 /r). */
    public final void mulps(Xmm dst, Xmm src) {
        sseRegister(0, 0x0F59, dst, src);
    }

    /** MULPS xmm, m: mul packed single (Vol. 2B MULPS, 0F 59 /r). */
    public final void mulps(Xmm dst, Address src) {
        sseMemory(0, 0x0F59, dst.encoding(), src, 0);
    }

    /** MULPD xmm, xmm: mul packed double (Vol. 2B MULPD, 66 0F 59 /r). */
    public final void mulpd(Xmm dst, Xmm src) {
        sseRegister(0x66, 0x0F59, dst, src);
    }

    /** MULPD xmm, m: mul packed double (Vol. 2B MULPD, 66 0F 59 /r). */
    public final void mulpd(Xmm dst, Address src) {
        sseMemory(0x66, 0x0F59, dst.encoding(), src, 0);
    }

    /** DIVSS xmm, xmm: div scalar single (Vol. 2A DIVSS, F3 0F 5E /r). */
    public final void divss(Xmm dst, Xmm src) {
        sseRegister(0xF3, 0x0F5E, dst, src);
    }

    /** DIVSS xmm, m: div scalar single (Vol. 2A DIVSS, F3 0F 5E /r). */
    public final void divss(Xmm dst, Address src) {
        sseMemory(0xF3, 0x0F5E, dst.encoding(), src, 0);
    }

    /** DIVSD xmm, xmm: div scalar double (Vol. 2A DIVSD, F2 0F 5E /r). */
    public final void divsd(Xmm dst, Xmm src) {
        sseRegister(0xF2, 0x0F5E, dst, src);
    }

    /** DIVSD xmm, m: div scalar double (Vol. 2A DIVSD, F2 0F 5E /r). */
    public final void divsd(Xmm dst, Address src) {
        sseMemory(0xF2, 0x0F5E, dst.encoding(), src, 0);
    }

    /** DIVPS xmm, xmm: div packed single (Vol. 2A DIVPS, 0F 5E /r). */
    public final void divps(Xmm dst, Xmm src) {
        sseRegister(0, 0x0F5E, dst, src);
    }

    /** DIVPS xmm, m: div packed single (Vol. 2A DIVPS, 0F 5E /r). */
    public final void divps(Xmm dst, Address src) {
        sseMemory(0, 0x0F5E, dst.encoding(), src, 0);
    }

    /** DIVPD xmm, xmm: div packed double (Vol. 2A DIVPD, 66 0F 5E /r). */
    public final void divpd(Xmm dst, Xmm src) {
        sseRegister(0x66, 0x0F5E, dst, src);
    }

    /** DIVPD xmm, m: div packed double (Vol. 2A DIVPD, 66 0F 5E /r). */
    public final void divpd(Xmm dst, Address src) {
        sseMemory(0x66, 0x0F5E, dst.encoding(), src, 0);
    }

    /** MINSS xmm, xmm: min scalar single (Vol. 2B MINSS, F3 0F 5D /r). */
    public final void minss(Xmm dst, Xmm src) {
        sseRegister(0xF3, 0x0F5D, dst, src);
    }

    /** MINSS xmm, m: min scalar single (Vol. 2B MINSS, F3 0F 5D /r). */
    public final void minss(Xmm dst, Address src) {
        sseMemory(0xF3, 0x0F5D, dst.encoding(), src, 0);
    }

    /** MINSD xmm, xmm: min scalar double (Vol. 2B MINSD, F2 0F 5D /r). */
    public final void minsd(Xmm dst, Xmm src) {
        sseRegister(0xF2, 0x0F5D, dst, src);
    }

    /** MINSD xmm, m: min scalar double (Vol. 2B MINSD, F2 0F 5D /r). */
    public final void minsd(Xmm dst, Address src) {
        sseMemory(0xF2, 0x0F5D, dst.encoding(), src, 0);
    }

    /** MINPS xmm, xmm: min packed single (Vol. 2B MINPS, 0F 5D /r). */
    public final void minps(Xmm dst, Xmm src) {
        sseRegister(0, 0x0F5D, dst, src);
    }

    /** MINPS xmm, m: min packed single (Vol. 2B MINPS, 0F 5D /r). */
    public final void minps(Xmm dst, Address src) {
        sseMemory(0, 0x0F5D, dst.encoding(), src, 0);
    }

    /** MINPD xmm, xmm: min packed double (Vol. 2B MINPD, 66 0F 5D /r). */
    public final void minpd(Xmm dst, Xmm src) {
        sseRegister(0x66, 0x0F5D, dst, src);
    }

    /** MINPD xmm, m: min packed double (Vol. 2B MINPD, 66 0F 5D /r). */
    public final void minpd(Xmm dst, Address src) {
        sseMemory(0x66, 0x0F5D, dst.encoding(), src, 0);
    }

    /** MAXSS xmm, xmm: max scalar single (Vol. 2B MAXSS, F3 0F 5F /r). */
    public final void maxss(Xmm dst, Xmm src) {
        sseRegister(0xF3, 0x0F5F, dst, src);
    }

    /** MAXSS xmm, m: max scalar single (Vol. 2B MAXSS, F3 0F 5F /r). */
    public final void maxss(Xmm dst, Address src) {
        sseMemory(0xF3, 0x0F5F, dst.encoding(), src, 0);
    }

    /** MAXSD xmm, xmm: max scalar double (Vol. 2B MAXSD, F2 0F 5F /r). */
    public final void maxsd(Xmm dst, Xmm src) {
        sseRegister(0xF2, 0x0F5F, dst, src);
    }

    /** MAXSD xmm, m: max scalar double (Vol. 2B MAXSD, F2 0F 5F /r). */
    public final void maxsd(Xmm dst, Address src) {
        sseMemory(0xF2, 0x0F5F, dst.encoding(), src, 0);
    }

    /** MAXPS xmm, xmm: max packed single (Vol. 2B MAXPS, 0F 5F /r). */
    public final void maxps(Xmm dst, Xmm src) {
        sseRegister(0, 0x0F5F, dst, src);
    }

    /** MAXPS xmm, m: max packed single (Vol. 2B MAXPS, 0F 5F /r). */
    public final void maxps(Xmm dst, Address src) {
        sseMemory(0, 0x0F5F, dst.encoding(), src, 0);
    }

    /** MAXPD xmm, xmm: max packed double (Vol. 2B MAXPD, 66 0F 5F /r). */
    public final void maxpd(Xmm dst, Xmm src) {
        sseRegister(0x66, 0x0F5F, dst, src);
    }

    /** MAXPD xmm, m: max packed double (Vol. 2B MAXPD, 66 0F 5F /r). */
    public final void maxpd(Xmm dst, Address src) {
        sseMemory(0x66, 0x0F5F, dst.encoding(), src, 0);
    }

    /** SQRTSS xmm, xmm: sqrt scalar single (Vol. 2B SQRTSS, F3 0F 51 /r). */
    public final void sqrtss(Xmm dst, Xmm src) {
        sseRegister(0xF3, 0x0F51, dst, src);
    }

    /** SQRTSS xmm, m: sqrt scalar single (Vol. 2B SQRTSS, F3 0F 51 /r). */
    public final void sqrtss(Xmm dst, Address src) {
        sseMemory(0xF3, 0x0F51, dst.encoding(), src, 0);
    }

    /** SQRTSD xmm, xmm: sqrt scalar double (Vol. 2B SQRTSD, F2 0F 51 /r). */
    public final void sqrtsd(Xmm dst, Xmm src) {
        sseRegister(0xF2, 0x0F51, dst, src);
    }

    /** SQRTSD xmm, m: sqrt scalar double (Vol. 2B SQRTSD, F2 0F 51 /r). */
    public final void sqrtsd(Xmm dst, Address src) {
        sseMemory(0xF2, 0x0F51, dst.encoding(), src, 0);
    }

    /** SQRTPS xmm, xmm: sqrt packed single (Vol. 2B SQRTPS, 0F 51 /r). */
    public final void sqrtps(Xmm dst, Xmm src) {
        sseRegister(0, 0x0F51, dst, src);
    }

    /** SQRTPS xmm, m: sqrt packed single (Vol. 2B SQRTPS, 0F 51 /r). */
    public final void sqrtps(Xmm dst, Address src) {
        sseMemory(0, 0x0F51, dst.encoding(), src, 0);
    }

    /** SQRTPD xmm, xmm: sqrt packed double (Vol. 2B SQRTPD, 66 0F 51 /r). */
    public final void sqrtpd(Xmm dst, Xmm src) {
        sseRegister(0x66, 0x0F51, dst, src);
    }

    /** SQRTPD xmm, m: sqrt packed double (Vol. 2B SQRTPD, 66 0F 51 /r). */
    public final void sqrtpd(Xmm dst, Address src) {
        sseMemory(0x66, 0x0F51, dst.encoding(), src, 0);
    }

    /**
     * UCOMISS xmm, xmm: unordered compare scalar single, sets ZF/PF/CF (PF=1 if unordered) (Vol. 2B UCOMISS, 0F 2E
     * /r).
     */
    public final void ucomiss(Xmm dst, Xmm src) {
        sseRegister(0, 0x0F2E, dst, src);
    }

    /**
     * UCOMISS xmm, m: unordered compare scalar single, sets ZF/PF/CF (PF=1 if unordered) (Vol. 2B UCOMISS, 0F 2E
     * /r).
     */
    public final void ucomiss(Xmm dst, Address src) {
        sseMemory(0, 0x0F2E, dst.encoding(), src, 0);
    }

    /**
     * UCOMISD xmm, xmm: unordered compare scalar double, sets ZF/PF/CF (PF=1 if unordered) (Vol. 2B UCOMISD, 66 0F
     * 2E /r).
     */
    public final void ucomisd(Xmm dst, Xmm src) {
        sseRegister(0x66, 0x0F2E, dst, src);
    }

    /**
     * UCOMISD xmm, m: unordered compare scalar double, sets ZF/PF/CF (PF=1 if unordered) (Vol. 2B UCOMISD, 66 0F
     * 2E /r).
     */
    public final void ucomisd(Xmm dst, Address src) {
        sseMemory(0x66, 0x0F2E, dst.encoding(), src, 0);
    }

    /**
     * COMISS xmm, xmm: ordered compare scalar single, sets ZF/PF/CF; signals on QNaN (Vol. 2A COMISS, 0F 2F /r).
     */
    public final void comiss(Xmm dst, Xmm src) {
        sseRegister(0, 0x0F2F, dst, src);
    }

    /** COMISS xmm, m: ordered compare scalar single, sets ZF/PF/CF; signals on QNaN (Vol. 2A COMISS, 0F 2F /r). */
    public final void comiss(Xmm dst, Address src) {
        sseMemory(0, 0x0F2F, dst.encoding(), src, 0);
    }

    /**
     * COMISD xmm, xmm: ordered compare scalar double, sets ZF/PF/CF; signals on QNaN (Vol. 2A COMISD, 66 0F 2F
     * /r).
     */
    public final void comisd(Xmm dst, Xmm src) {
        sseRegister(0x66, 0x0F2F, dst, src);
    }

    /**
     * COMISD xmm, m: ordered compare scalar double, sets ZF/PF/CF; signals on QNaN (Vol. 2A COMISD, 66 0F 2F /r).
     */
    public final void comisd(Xmm dst, Address src) {
        sseMemory(0x66, 0x0F2F, dst.encoding(), src, 0);
    }

    /** CVTSS2SD xmm, xmm: convert scalar single to double (Vol. 2A CVTSS2SD, F3 0F 5A /r). */
    public final void cvtss2sd(Xmm dst, Xmm src) {
        sseRegister(0xF3, 0x0F5A, dst, src);
    }

    /** CVTSS2SD xmm, m: convert scalar single to double (Vol. 2A CVTSS2SD, F3 0F 5A /r). */
    public final void cvtss2sd(Xmm dst, Address src) {
        sseMemory(0xF3, 0x0F5A, dst.encoding(), src, 0);
    }

    /** CVTSD2SS xmm, xmm: convert scalar double to single (rounds by MXCSR) (Vol. 2A CVTSD2SS, F2 0F 5A /r). */
    public final void cvtsd2ss(Xmm dst, Xmm src) {
        sseRegister(0xF2, 0x0F5A, dst, src);
    }

    /** CVTSD2SS xmm, m: convert scalar double to single (rounds by MXCSR) (Vol. 2A CVTSD2SS, F2 0F 5A /r). */
    public final void cvtsd2ss(Xmm dst, Address src) {
        sseMemory(0xF2, 0x0F5A, dst.encoding(), src, 0);
    }

    /** CVTPS2PD xmm, xmm: convert the two low singles to two doubles (Vol. 2A CVTPS2PD, 0F 5A /r). */
    public final void cvtps2pd(Xmm dst, Xmm src) {
        sseRegister(0, 0x0F5A, dst, src);
    }

    /** CVTPS2PD xmm, m: convert the two low singles to two doubles (Vol. 2A CVTPS2PD, 0F 5A /r). */
    public final void cvtps2pd(Xmm dst, Address src) {
        sseMemory(0, 0x0F5A, dst.encoding(), src, 0);
    }

    /**
     * CVTPD2PS xmm, xmm: convert two doubles to two singles, upper half zeroed (Vol. 2A CVTPD2PS, 66 0F 5A /r).
     */
    public final void cvtpd2ps(Xmm dst, Xmm src) {
        sseRegister(0x66, 0x0F5A, dst, src);
    }

    /** CVTPD2PS xmm, m: convert two doubles to two singles, upper half zeroed (Vol. 2A CVTPD2PS, 66 0F 5A /r). */
    public final void cvtpd2ps(Xmm dst, Address src) {
        sseMemory(0x66, 0x0F5A, dst.encoding(), src, 0);
    }

    /** CVTDQ2PS xmm, xmm: convert four int32 to four singles (Vol. 2A CVTDQ2PS, 0F 5B /r). */
    public final void cvtdq2ps(Xmm dst, Xmm src) {
        sseRegister(0, 0x0F5B, dst, src);
    }

    /** CVTDQ2PS xmm, m: convert four int32 to four singles (Vol. 2A CVTDQ2PS, 0F 5B /r). */
    public final void cvtdq2ps(Xmm dst, Address src) {
        sseMemory(0, 0x0F5B, dst.encoding(), src, 0);
    }

    /** CVTTPS2DQ xmm, xmm: convert four singles to int32, truncating (Vol. 2A CVTTPS2DQ, F3 0F 5B /r). */
    public final void cvttps2dq(Xmm dst, Xmm src) {
        sseRegister(0xF3, 0x0F5B, dst, src);
    }

    /** CVTTPS2DQ xmm, m: convert four singles to int32, truncating (Vol. 2A CVTTPS2DQ, F3 0F 5B /r). */
    public final void cvttps2dq(Xmm dst, Address src) {
        sseMemory(0xF3, 0x0F5B, dst.encoding(), src, 0);
    }

    /** CVTDQ2PD xmm, xmm: convert the two low int32 to doubles (Vol. 2A CVTDQ2PD, F3 0F E6 /r). */
    public final void cvtdq2pd(Xmm dst, Xmm src) {
        sseRegister(0xF3, 0x0FE6, dst, src);
    }

    /** CVTDQ2PD xmm, m: convert the two low int32 to doubles (Vol. 2A CVTDQ2PD, F3 0F E6 /r). */
    public final void cvtdq2pd(Xmm dst, Address src) {
        sseMemory(0xF3, 0x0FE6, dst.encoding(), src, 0);
    }

    /** XORPS xmm, xmm: bitwise xor (packed single domain) (Vol. 2B XORPS, 0F 57 /r). */
    public final void xorps(Xmm dst, Xmm src) {
        sseRegister(0, 0x0F57, dst, src);
    }

    /** XORPS xmm, m: bitwise xor (packed single domain) (Vol. 2B XORPS, 0F 57 /r). */
    public final void xorps(Xmm dst, Address src) {
        sseMemory(0, 0x0F57, dst.encoding(), src, 0);
    }

    /** XORPD xmm, xmm: bitwise xor (packed double domain) (Vol. 2B XORPD, 66 0F 57 /r). */
    public final void xorpd(Xmm dst, Xmm src) {
        sseRegister(0x66, 0x0F57, dst, src);
    }

    /** XORPD xmm, m: bitwise xor (packed double domain) (Vol. 2B XORPD, 66 0F 57 /r). */
    public final void xorpd(Xmm dst, Address src) {
        sseMemory(0x66, 0x0F57, dst.encoding(), src, 0);
    }

    /** ANDPS xmm, xmm: bitwise and (packed single domain) (Vol. 2A ANDPS, 0F 54 /r). */
    public final void andps(Xmm dst, Xmm src) {
        sseRegister(0, 0x0F54, dst, src);
    }

    /** ANDPS xmm, m: bitwise and (packed single domain) (Vol. 2A ANDPS, 0F 54 /r). */
    public final void andps(Xmm dst, Address src) {
        sseMemory(0, 0x0F54, dst.encoding(), src, 0);
    }

    /** ANDPD xmm, xmm: bitwise and (packed double domain) (Vol. 2A ANDPD, 66 0F 54 /r). */
    public final void andpd(Xmm dst, Xmm src) {
        sseRegister(0x66, 0x0F54, dst, src);
    }

    /** ANDPD xmm, m: bitwise and (packed double domain) (Vol. 2A ANDPD, 66 0F 54 /r). */
    public final void andpd(Xmm dst, Address src) {
        sseMemory(0x66, 0x0F54, dst.encoding(), src, 0);
    }

    /** ANDNPS xmm, xmm: dst = {@code ~dst & src} (packed single domain) (Vol. 2A ANDNPS, 0F 55 /r). */
    public final void andnps(Xmm dst, Xmm src) {
        sseRegister(0, 0x0F55, dst, src);
    }

    /** ANDNPS xmm, m: dst = {@code ~dst & src} (packed single domain) (Vol. 2A ANDNPS, 0F 55 /r). */
    public final void andnps(Xmm dst, Address src) {
        sseMemory(0, 0x0F55, dst.encoding(), src, 0);
    }

    /** ANDNPD xmm, xmm: dst = {@code ~dst & src} (packed double domain) (Vol. 2A ANDNPD, 66 0F 55 /r). */
    public final void andnpd(Xmm dst, Xmm src) {
        sseRegister(0x66, 0x0F55, dst, src);
    }

    /** ANDNPD xmm, m: dst = {@code ~dst & src} (packed double domain) (Vol. 2A ANDNPD, 66 0F 55 /r). */
    public final void andnpd(Xmm dst, Address src) {
        sseMemory(0x66, 0x0F55, dst.encoding(), src, 0);
    }

    /** ORPS xmm, xmm: bitwise or (packed single domain) (Vol. 2B ORPS, 0F 56 /r). */
    public final void orps(Xmm dst, Xmm src) {
        sseRegister(0, 0x0F56, dst, src);
    }

    /** ORPS xmm, m: bitwise or (packed single domain) (Vol. 2B ORPS, 0F 56 /r). */
    public final void orps(Xmm dst, Address src) {
        sseMemory(0, 0x0F56, dst.encoding(), src, 0);
    }

    /** ORPD xmm, xmm: bitwise or (packed double domain) (Vol. 2B ORPD, 66 0F 56 /r). */
    public final void orpd(Xmm dst, Xmm src) {
        sseRegister(0x66, 0x0F56, dst, src);
    }

    /** ORPD xmm, m: bitwise or (packed double domain) (Vol. 2B ORPD, 66 0F 56 /r). */
    public final void orpd(Xmm dst, Address src) {
        sseMemory(0x66, 0x0F56, dst.encoding(), src, 0);
    }

    /** PXOR xmm, xmm: bitwise xor (integer domain) (Vol. 2B PXOR, 66 0F EF /r). */
    public final void pxor(Xmm dst, Xmm src) {
        sseRegister(0x66, 0x0FEF, dst, src);
    }

    /** PXOR xmm, m: bitwise xor (integer domain) (Vol. 2B PXOR, 66 0F EF /r). */
    public final void pxor(Xmm dst, Address src) {
        sseMemory(0x66, 0x0FEF, dst.encoding(), src, 0);
    }

    /** PAND xmm, xmm: bitwise and (integer domain) (Vol. 2B PAND, 66 0F DB /r). */
    public final void pand(Xmm dst, Xmm src) {
        sseRegister(0x66, 0x0FDB, dst, src);
    }

    /** PAND xmm, m: bitwise and (integer domain) (Vol. 2B PAND, 66 0F DB /r). */
    public final void pand(Xmm dst, Address src) {
        sseMemory(0x66, 0x0FDB, dst.encoding(), src, 0);
    }

    /** PANDN xmm, xmm: dst = {@code ~dst & src} (integer domain) (Vol. 2B PANDN, 66 0F DF /r). */
    public final void pandn(Xmm dst, Xmm src) {
        sseRegister(0x66, 0x0FDF, dst, src);
    }

    /** PANDN xmm, m: dst = {@code ~dst & src} (integer domain) (Vol. 2B PANDN, 66 0F DF /r). */
    public final void pandn(Xmm dst, Address src) {
        sseMemory(0x66, 0x0FDF, dst.encoding(), src, 0);
    }

    /** POR xmm, xmm: bitwise or (integer domain) (Vol. 2B POR, 66 0F EB /r). */
    public final void por(Xmm dst, Xmm src) {
        sseRegister(0x66, 0x0FEB, dst, src);
    }

    /** POR xmm, m: bitwise or (integer domain) (Vol. 2B POR, 66 0F EB /r). */
    public final void por(Xmm dst, Address src) {
        sseMemory(0x66, 0x0FEB, dst.encoding(), src, 0);
    }

    /** PADDD xmm, xmm: add packed int32 (Vol. 2B PADDD, 66 0F FE /r). */
    public final void paddd(Xmm dst, Xmm src) {
        sseRegister(0x66, 0x0FFE, dst, src);
    }

    /** PADDD xmm, m: add packed int32 (Vol. 2B PADDD, 66 0F FE /r). */
    public final void paddd(Xmm dst, Address src) {
        sseMemory(0x66, 0x0FFE, dst.encoding(), src, 0);
    }

    /** PADDQ xmm, xmm: add packed int64 (Vol. 2B PADDQ, 66 0F D4 /r). */
    public final void paddq(Xmm dst, Xmm src) {
        sseRegister(0x66, 0x0FD4, dst, src);
    }

    /** PADDQ xmm, m: add packed int64 (Vol. 2B PADDQ, 66 0F D4 /r). */
    public final void paddq(Xmm dst, Address src) {
        sseMemory(0x66, 0x0FD4, dst.encoding(), src, 0);
    }

    /** PSUBD xmm, xmm: subtract packed int32 (Vol. 2B PSUBD, 66 0F FA /r). */
    public final void psubd(Xmm dst, Xmm src) {
        sseRegister(0x66, 0x0FFA, dst, src);
    }

    /** PSUBD xmm, m: subtract packed int32 (Vol. 2B PSUBD, 66 0F FA /r). */
    public final void psubd(Xmm dst, Address src) {
        sseMemory(0x66, 0x0FFA, dst.encoding(), src, 0);
    }

    /** PSUBQ xmm, xmm: subtract packed int64 (Vol. 2B PSUBQ, 66 0F FB /r). */
    public final void psubq(Xmm dst, Xmm src) {
        sseRegister(0x66, 0x0FFB, dst, src);
    }

    /** PSUBQ xmm, m: subtract packed int64 (Vol. 2B PSUBQ, 66 0F FB /r). */
    public final void psubq(Xmm dst, Address src) {
        sseMemory(0x66, 0x0FFB, dst.encoding(), src, 0);
    }

    /** PMULUDQ xmm, xmm: multiply the even unsigned int32 lanes to int64 (Vol. 2B PMULUDQ, 66 0F F4 /r). */
    public final void pmuludq(Xmm dst, Xmm src) {
        sseRegister(0x66, 0x0FF4, dst, src);
    }

    /** PMULUDQ xmm, m: multiply the even unsigned int32 lanes to int64 (Vol. 2B PMULUDQ, 66 0F F4 /r). */
    public final void pmuludq(Xmm dst, Address src) {
        sseMemory(0x66, 0x0FF4, dst.encoding(), src, 0);
    }

    /**
     * PCMPEQD xmm, xmm: compare packed int32 for equality, all-ones lanes where equal (Vol. 2B PCMPEQD, 66 0F 76
     * /r).
     */
    public final void pcmpeqd(Xmm dst, Xmm src) {
        sseRegister(0x66, 0x0F76, dst, src);
    }

    /**
     * PCMPEQD xmm, m: compare packed int32 for equality, all-ones lanes where equal (Vol. 2B PCMPEQD, 66 0F 76
     * /r).
     */
    public final void pcmpeqd(Xmm dst, Address src) {
        sseMemory(0x66, 0x0F76, dst.encoding(), src, 0);
    }

    /**
     * UNPCKLPS xmm, xmm: interleave the low singles: dst = {dst0, src0, dst1, src1} (Vol. 2B UNPCKLPS, 0F 14 /r).
     */
    public final void unpcklps(Xmm dst, Xmm src) {
        sseRegister(0, 0x0F14, dst, src);
    }

    /**
     * UNPCKLPS xmm, m: interleave the low singles: dst = {dst0, src0, dst1, src1} (Vol. 2B UNPCKLPS, 0F 14 /r).
     */
    public final void unpcklps(Xmm dst, Address src) {
        sseMemory(0, 0x0F14, dst.encoding(), src, 0);
    }

    /** UNPCKLPD xmm, xmm: interleave the low doubles: dst = {dst0, src0} (Vol. 2B UNPCKLPD, 66 0F 14 /r). */
    public final void unpcklpd(Xmm dst, Xmm src) {
        sseRegister(0x66, 0x0F14, dst, src);
    }

    /** UNPCKLPD xmm, m: interleave the low doubles: dst = {dst0, src0} (Vol. 2B UNPCKLPD, 66 0F 14 /r). */
    public final void unpcklpd(Xmm dst, Address src) {
        sseMemory(0x66, 0x0F14, dst.encoding(), src, 0);
    }

    /**
     * UNPCKHPS xmm, xmm: interleave the high singles: dst = {dst2, src2, dst3, src3} (Vol. 2B UNPCKHPS, 0F 15 /r).
     */
    public final void unpckhps(Xmm dst, Xmm src) {
        sseRegister(0, 0x0F15, dst, src);
    }

    /**
     * UNPCKHPS xmm, m: interleave the high singles: dst = {dst2, src2, dst3, src3} (Vol. 2B UNPCKHPS, 0F 15 /r).
     */
    public final void unpckhps(Xmm dst, Address src) {
        sseMemory(0, 0x0F15, dst.encoding(), src, 0);
    }

    /** UNPCKHPD xmm, xmm: interleave the high doubles: dst = {dst1, src1} (Vol. 2B UNPCKHPD, 66 0F 15 /r). */
    public final void unpckhpd(Xmm dst, Xmm src) {
        sseRegister(0x66, 0x0F15, dst, src);
    }

    /** UNPCKHPD xmm, m: interleave the high doubles: dst = {dst1, src1} (Vol. 2B UNPCKHPD, 66 0F 15 /r). */
    public final void unpckhpd(Xmm dst, Address src) {
        sseMemory(0x66, 0x0F15, dst.encoding(), src, 0);
    }

    /** PUNPCKLDQ xmm, xmm: interleave the low int32 lanes (Vol. 2B PUNPCKLDQ, 66 0F 62 /r). */
    public final void punpckldq(Xmm dst, Xmm src) {
        sseRegister(0x66, 0x0F62, dst, src);
    }

    /** PUNPCKLDQ xmm, m: interleave the low int32 lanes (Vol. 2B PUNPCKLDQ, 66 0F 62 /r). */
    public final void punpckldq(Xmm dst, Address src) {
        sseMemory(0x66, 0x0F62, dst.encoding(), src, 0);
    }

    /** PUNPCKLQDQ xmm, xmm: interleave the low int64 lanes (Vol. 2B PUNPCKLQDQ, 66 0F 6C /r). */
    public final void punpcklqdq(Xmm dst, Xmm src) {
        sseRegister(0x66, 0x0F6C, dst, src);
    }

    /** PUNPCKLQDQ xmm, m: interleave the low int64 lanes (Vol. 2B PUNPCKLQDQ, 66 0F 6C /r). */
    public final void punpcklqdq(Xmm dst, Address src) {
        sseMemory(0x66, 0x0F6C, dst.encoding(), src, 0);
    }

    /** MOVLHPS xmm, xmm: dst's high two singles = src's low two (Vol. 2B MOVLHPS, 0F 16 /r). */
    public final void movlhps(Xmm dst, Xmm src) {
        sseRegister(0, 0x0F16, dst, src);
    }

    /** MOVHLPS xmm, xmm: dst's low two singles = src's high two (Vol. 2B MOVHLPS, 0F 12 /r). */
    public final void movhlps(Xmm dst, Xmm src) {
        sseRegister(0, 0x0F12, dst, src);
    }

    /**
     * CMPSS xmm, xmm, imm8: compare scalar single with predicate 0..7 (EQ, LT, LE, UNORD, NEQ, NLT, NLE, ORD) to
     * an all-ones/zero mask (Vol. 2A CMPSS, F3 0F C2 /r ib); imm in 0..7, else IllegalArgumentException.
     */
    public final void cmpss(Xmm dst, Xmm src, int imm) {
        int checked = Immediates.checkRange(imm, 0, 7, "CMPSS immediate");
        sseRegister(0xF3, 0x0FC2, dst, src);
        emitImmediate(1, checked);
    }

    /**
     * CMPSS xmm, m, imm8: compare scalar single with predicate 0..7 (EQ, LT, LE, UNORD, NEQ, NLT, NLE, ORD) to an
     * all-ones/zero mask (Vol. 2A CMPSS, F3 0F C2 /r ib); imm in 0..7, else IllegalArgumentException.
     */
    public final void cmpss(Xmm dst, Address src, int imm) {
        int checked = Immediates.checkRange(imm, 0, 7, "CMPSS immediate");
        sseMemory(0xF3, 0x0FC2, dst.encoding(), src, 1);
        emitImmediate(1, checked);
    }

    /**
     * CMPSD xmm, xmm, imm8: compare scalar double with predicate 0..7 (EQ, LT, LE, UNORD, NEQ, NLT, NLE, ORD) to
     * an all-ones/zero mask (Vol. 2A CMPSD, F2 0F C2 /r ib); imm in 0..7, else IllegalArgumentException.
     */
    public final void cmpsd(Xmm dst, Xmm src, int imm) {
        int checked = Immediates.checkRange(imm, 0, 7, "CMPSD immediate");
        sseRegister(0xF2, 0x0FC2, dst, src);
        emitImmediate(1, checked);
    }

    /**
     * CMPSD xmm, m, imm8: compare scalar double with predicate 0..7 (EQ, LT, LE, UNORD, NEQ, NLT, NLE, ORD) to an
     * all-ones/zero mask (Vol. 2A CMPSD, F2 0F C2 /r ib); imm in 0..7, else IllegalArgumentException.
     */
    public final void cmpsd(Xmm dst, Address src, int imm) {
        int checked = Immediates.checkRange(imm, 0, 7, "CMPSD immediate");
        sseMemory(0xF2, 0x0FC2, dst.encoding(), src, 1);
        emitImmediate(1, checked);
    }

    /**
     * CMPPS xmm, xmm, imm8: compare packed singles with predicate 0..7 to lane masks (Vol. 2A CMPPS, 0F C2 /r ib);
     * imm in 0..7, else IllegalArgumentException.
     */
    public final void cmpps(Xmm dst, Xmm src, int imm) {
        int checked = Immediates.checkRange(imm, 0, 7, "CMPPS immediate");
        sseRegister(0, 0x0FC2, dst, src);
        emitImmediate(1, checked);
    }

    /**
     * CMPPS xmm, m, imm8: compare packed singles with predicate 0..7 to lane masks (Vol. 2A CMPPS, 0F C2 /r ib);
     * imm in 0..7, else IllegalArgumentException.
     */
    public final void cmpps(Xmm dst, Address src, int imm) {
        int checked = Immediates.checkRange(imm, 0, 7, "CMPPS immediate");
        sseMemory(0, 0x0FC2, dst.encoding(), src, 1);
        emitImmediate(1, checked);
    }

    /**
     * CMPPD xmm, xmm, imm8: compare packed doubles with predicate 0..7 to lane masks (Vol. 2A CMPPD, 66 0F C2 /r
     * ib); imm in 0..7, else IllegalArgumentException.
     */
    public final void cmppd(Xmm dst, Xmm src, int imm) {
        int checked = Immediates.checkRange(imm, 0, 7, "CMPPD immediate");
        sseRegister(0x66, 0x0FC2, dst, src);
        emitImmediate(1, checked);
    }

    /**
     * CMPPD xmm, m, imm8: compare packed doubles with predicate 0..7 to lane masks (Vol. 2A CMPPD, 66 0F C2 /r
     * ib); imm in 0..7, else IllegalArgumentException.
     */
    public final void cmppd(Xmm dst, Address src, int imm) {
        int checked = Immediates.checkRange(imm, 0, 7, "CMPPD immediate");
        sseMemory(0x66, 0x0FC2, dst.encoding(), src, 1);
        emitImmediate(1, checked);
    }

    /**
     * SHUFPS xmm, xmm, imm8: shuffle: dst lanes 0,1 from dst, lanes 2,3 from src, two bits of imm each (Vol. 2B
     * SHUFPS, 0F C6 /r ib); imm in 0..255, else IllegalArgumentException.
     */
    public final void shufps(Xmm dst, Xmm src, int imm) {
        int checked = Immediates.checkRange(imm, 0, 255, "SHUFPS immediate");
        sseRegister(0, 0x0FC6, dst, src);
        emitImmediate(1, checked);
    }

    /**
     * SHUFPS xmm, m, imm8: shuffle: dst lanes 0,1 from dst, lanes 2,3 from src, two bits of imm each (Vol. 2B
     * SHUFPS, 0F C6 /r ib); imm in 0..255, else IllegalArgumentException.
     */
    public final void shufps(Xmm dst, Address src, int imm) {
        int checked = Immediates.checkRange(imm, 0, 255, "SHUFPS immediate");
        sseMemory(0, 0x0FC6, dst.encoding(), src, 1);
        emitImmediate(1, checked);
    }

    /**
     * SHUFPD xmm, xmm, imm8: shuffle doubles: lane 0 from dst, lane 1 from src, one bit of imm each (Vol. 2B
     * SHUFPD, 66 0F C6 /r ib); imm in 0..3, else IllegalArgumentException.
     */
    public final void shufpd(Xmm dst, Xmm src, int imm) {
        int checked = Immediates.checkRange(imm, 0, 3, "SHUFPD immediate");
        sseRegister(0x66, 0x0FC6, dst, src);
        emitImmediate(1, checked);
    }

    /**
     * SHUFPD xmm, m, imm8: shuffle doubles: lane 0 from dst, lane 1 from src, one bit of imm each (Vol. 2B SHUFPD,
     * 66 0F C6 /r ib); imm in 0..3, else IllegalArgumentException.
     */
    public final void shufpd(Xmm dst, Address src, int imm) {
        int checked = Immediates.checkRange(imm, 0, 3, "SHUFPD immediate");
        sseMemory(0x66, 0x0FC6, dst.encoding(), src, 1);
        emitImmediate(1, checked);
    }

    /**
     * PSHUFD xmm, xmm, imm8: dst lane i = src lane {@code (imm >> 2i) & 3} (Vol. 2B PSHUFD, 66 0F 70 /r ib); imm in
     * 0..255, else IllegalArgumentException.
     */
    public final void pshufd(Xmm dst, Xmm src, int imm) {
        int checked = Immediates.checkRange(imm, 0, 255, "PSHUFD immediate");
        sseRegister(0x66, 0x0F70, dst, src);
        emitImmediate(1, checked);
    }

    /**
     * PSHUFD xmm, m, imm8: dst lane i = src lane {@code (imm >> 2i) & 3} (Vol. 2B PSHUFD, 66 0F 70 /r ib);
     * imm in 0..255,
     * else IllegalArgumentException.
     */
    public final void pshufd(Xmm dst, Address src, int imm) {
        int checked = Immediates.checkRange(imm, 0, 255, "PSHUFD immediate");
        sseMemory(0x66, 0x0F70, dst.encoding(), src, 1);
        emitImmediate(1, checked);
    }
}
