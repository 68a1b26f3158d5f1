package org.hotlink.x86.asm;

/**
 * SSE2 packed-integer instructions beyond the basic logic in {@link X86SseInstructions}: lane-wise add,
 * subtract, multiply and compare of bytes and words, shifts by an immediate, sign-mask extraction,
 * interleaves, and word insert/extract (Intel SDM Vol. 2B). All are 66-prefixed legacy encodings.
 */
public abstract class X86PackedIntegerInstructions extends X86SseInstructions {
    X86PackedIntegerInstructions(CodeBuffer buffer) {
        super(buffer);
    }

    /** A lane-wise operation xmm, xmm with opcode 66 0F xx /r. */
    private void packed(int opcode, Xmm dst, Xmm src) {
        emitRegisterForm(OPERAND_SIZE_PREFIX, false, opcode, dst.encoding(), src.encoding(), false);
    }

    /** A shift by immediate: 66 0F 71/72/73 /digit ib, the register in ModRM.rm. */
    private void shiftImmediate(int opcode, int extension, Xmm operand, int count, int maxCount, String mnemonic) {
        Immediates.checkRange(count, 0, maxCount, mnemonic + " count");
        emitRegisterForm(OPERAND_SIZE_PREFIX, false, opcode, extension, operand.encoding(), false);
        emitImmediate(1, count);
    }

    /** PADDB xmm, xmm: add packed bytes, wrapping (Vol. 2B PADDB, 66 0F FC /r). */
    public final void paddb(Xmm dst, Xmm src) {
        packed(0x0FFC, dst, src);
    }

    /** PADDW xmm, xmm: add packed words, wrapping (Vol. 2B PADDW, 66 0F FD /r). */
    public final void paddw(Xmm dst, Xmm src) {
        packed(0x0FFD, dst, src);
    }

    /** PSUBB xmm, xmm: subtract packed bytes (Vol. 2B PSUBB, 66 0F F8 /r). */
    public final void psubb(Xmm dst, Xmm src) {
        packed(0x0FF8, dst, src);
    }

    /** PSUBW xmm, xmm: subtract packed words (Vol. 2B PSUBW, 66 0F F9 /r). */
    public final void psubw(Xmm dst, Xmm src) {
        packed(0x0FF9, dst, src);
    }

    /** PMULLW xmm, xmm: low 16 bits of packed word products (Vol. 2B PMULLW, 66 0F D5 /r). */
    public final void pmullw(Xmm dst, Xmm src) {
        packed(0x0FD5, dst, src);
    }

    /** PCMPEQB xmm, xmm: all-ones bytes where equal (Vol. 2B PCMPEQB, 66 0F 74 /r). */
    public final void pcmpeqb(Xmm dst, Xmm src) {
        packed(0x0F74, dst, src);
    }

    /** PCMPEQW xmm, xmm: all-ones words where equal (Vol. 2B PCMPEQW, 66 0F 75 /r). */
    public final void pcmpeqw(Xmm dst, Xmm src) {
        packed(0x0F75, dst, src);
    }

    /** PCMPGTB xmm, xmm: all-ones bytes where dst > src, signed (Vol. 2B PCMPGTB, 66 0F 64 /r). */
    public final void pcmpgtb(Xmm dst, Xmm src) {
        packed(0x0F64, dst, src);
    }

    /** PCMPGTW xmm, xmm: all-ones words where dst > src, signed (Vol. 2B PCMPGTW, 66 0F 65 /r). */
    public final void pcmpgtw(Xmm dst, Xmm src) {
        packed(0x0F65, dst, src);
    }

    /** PCMPGTD xmm, xmm: all-ones dwords where dst > src, signed (Vol. 2B PCMPGTD, 66 0F 66 /r). */
    public final void pcmpgtd(Xmm dst, Xmm src) {
        packed(0x0F66, dst, src);
    }

    /** PUNPCKLBW xmm, xmm: interleave the low bytes (Vol. 2B PUNPCKLBW, 66 0F 60 /r). */
    public final void punpcklbw(Xmm dst, Xmm src) {
        packed(0x0F60, dst, src);
    }

    /** PUNPCKLWD xmm, xmm: interleave the low words (Vol. 2B PUNPCKLWD, 66 0F 61 /r). */
    public final void punpcklwd(Xmm dst, Xmm src) {
        packed(0x0F61, dst, src);
    }

    /** PUNPCKHDQ xmm, xmm: interleave the high dwords (Vol. 2B PUNPCKHDQ, 66 0F 6A /r). */
    public final void punpckhdq(Xmm dst, Xmm src) {
        packed(0x0F6A, dst, src);
    }

    /** PUNPCKHQDQ xmm, xmm: interleave the high qwords (Vol. 2B PUNPCKHQDQ, 66 0F 6D /r). */
    public final void punpckhqdq(Xmm dst, Xmm src) {
        packed(0x0F6D, dst, src);
    }

    /** PSLLW xmm, imm8: shift words left; counts above 15 give zero (Vol. 2B PSLLW, 66 0F 71 /6 ib). */
    public final void psllw(Xmm operand, int count) {
        shiftImmediate(0x0F71, 6, operand, count, 255, "PSLLW");
    }

    /** PSRLW xmm, imm8: shift words right logically (Vol. 2B PSRLW, 66 0F 71 /2 ib). */
    public final void psrlw(Xmm operand, int count) {
        shiftImmediate(0x0F71, 2, operand, count, 255, "PSRLW");
    }

    /** PSRAW xmm, imm8: shift words right arithmetically (Vol. 2B PSRAW, 66 0F 71 /4 ib). */
    public final void psraw(Xmm operand, int count) {
        shiftImmediate(0x0F71, 4, operand, count, 255, "PSRAW");
    }

    /** PSLLD xmm, imm8: shift dwords left (Vol. 2B PSLLD, 66 0F 72 /6 ib). */
    public final void pslld(Xmm operand, int count) {
        shiftImmediate(0x0F72, 6, operand, count, 255, "PSLLD");
    }

    /** PSRLD xmm, imm8: shift dwords right logically (Vol. 2B PSRLD, 66 0F 72 /2 ib). */
    public final void psrld(Xmm operand, int count) {
        shiftImmediate(0x0F72, 2, operand, count, 255, "PSRLD");
    }

    /** PSRAD xmm, imm8: shift dwords right arithmetically (Vol. 2B PSRAD, 66 0F 72 /4 ib). */
    public final void psrad(Xmm operand, int count) {
        shiftImmediate(0x0F72, 4, operand, count, 255, "PSRAD");
    }

    /** PSLLQ xmm, imm8: shift qwords left (Vol. 2B PSLLQ, 66 0F 73 /6 ib). */
    public final void psllq(Xmm operand, int count) {
        shiftImmediate(0x0F73, 6, operand, count, 255, "PSLLQ");
    }

    /** PSRLQ xmm, imm8: shift qwords right logically (Vol. 2B PSRLQ, 66 0F 73 /2 ib). */
    public final void psrlq(Xmm operand, int count) {
        shiftImmediate(0x0F73, 2, operand, count, 255, "PSRLQ");
    }

    /** PSLLDQ xmm, imm8: shift the whole register left by bytes (Vol. 2B PSLLDQ, 66 0F 73 /7 ib). */
    public final void pslldq(Xmm operand, int bytes) {
        shiftImmediate(0x0F73, 7, operand, bytes, 255, "PSLLDQ");
    }

    /** PSRLDQ xmm, imm8: shift the whole register right by bytes (Vol. 2B PSRLDQ, 66 0F 73 /3 ib). */
    public final void psrldq(Xmm operand, int bytes) {
        shiftImmediate(0x0F73, 3, operand, bytes, 255, "PSRLDQ");
    }

    /** PMOVMSKB r32, xmm: the sign bit of each byte into bits 0..15 (Vol. 2B PMOVMSKB, 66 0F D7 /r). */
    public final void pmovmskb(Gpr dst, Xmm src) {
        emitRegisterForm(OPERAND_SIZE_PREFIX, false, 0x0FD7, dst.encoding(), src.encoding(), false);
    }

    /** MOVMSKPS r32, xmm: the sign bits of the four singles (Vol. 2B MOVMSKPS, 0F 50 /r). */
    public final void movmskps(Gpr dst, Xmm src) {
        emitRegisterForm(0, false, 0x0F50, dst.encoding(), src.encoding(), false);
    }

    /** MOVMSKPD r32, xmm: the sign bits of the two doubles (Vol. 2B MOVMSKPD, 66 0F 50 /r). */
    public final void movmskpd(Gpr dst, Xmm src) {
        emitRegisterForm(OPERAND_SIZE_PREFIX, false, 0x0F50, dst.encoding(), src.encoding(), false);
    }

    /**
     * PINSRW xmm, r32, imm8: word lane {@code lane} = low 16 bits of src (Vol. 2B PINSRW, 66 0F C4 /r ib).
     *
     * @throws IllegalArgumentException unless lane is in 0..7
     */
    public final void pinsrw(Xmm dst, Gpr src, int lane) {
        Immediates.checkRange(lane, 0, 7, "PINSRW lane");
        emitRegisterForm(OPERAND_SIZE_PREFIX, false, 0x0FC4, dst.encoding(), src.encoding(), false);
        emitImmediate(1, lane);
    }

    /**
     * PEXTRW r32, xmm, imm8: dst = word lane {@code lane}, zero-extended (Vol. 2B PEXTRW, 66 0F C5 /r ib).
     *
     * @throws IllegalArgumentException unless lane is in 0..7
     */
    public final void pextrw(Gpr dst, Xmm src, int lane) {
        Immediates.checkRange(lane, 0, 7, "PEXTRW lane");
        emitRegisterForm(OPERAND_SIZE_PREFIX, false, 0x0FC5, dst.encoding(), src.encoding(), false);
        emitImmediate(1, lane);
    }
}
