package org.hotlink.x86.asm;

import static org.hotlink.x86.asm.OperandSize.QWORD;

/**
 * One-operand NOT/NEG/MUL/IMUL/DIV/IDIV, two- and three-operand IMUL, shifts and rotates by an immediate
 * or by CL, and the double shifts SHLD/SHRD.
 */
public abstract class X86MultiplyShiftInstructions extends X86AluInstructions {
    X86MultiplyShiftInstructions(CodeBuffer buffer) {
        super(buffer);
    }

    /** NOT/NEG/MUL/IMUL/DIV/IDIV r (Vol. 2A/2B, F6/F7 /digit). */
    public final void unary(UnaryOperation op, OperandSize size, Gpr operand) {
        sizedRegisterForm(size, 0xF6, 0xF7, op.extension(), null, operand);
    }

    /** NOT/NEG/MUL/IMUL/DIV/IDIV m (Vol. 2A/2B, F6/F7 /digit). */
    public final void unary(UnaryOperation op, OperandSize size, Address operand) {
        sizedMemoryForm(size, 0xF6, 0xF7, op.extension(), null, operand, 0);
    }

    /**
     * IMUL r, r: dst = dst * src, low half (Vol. 2A IMUL, 0F AF /r).
     *
     * @throws IllegalArgumentException for a BYTE size
     */
    public final void imul(OperandSize size, Gpr dst, Gpr src) {
        checkNotByte(size, "two-operand IMUL");
        sizedRegisterForm(size, 0, 0x0FAF, dst.encoding(), dst, src);
    }

    /** IMUL r, m (Vol. 2A IMUL, 0F AF /r). */
    public final void imul(OperandSize size, Gpr dst, Address src) {
        checkNotByte(size, "two-operand IMUL");
        sizedMemoryForm(size, 0, 0x0FAF, dst.encoding(), dst, src, 0);
    }

    /**
     * IMUL r, r, imm: dst = src * imm (Vol. 2A IMUL, 6B /r ib or 69 /r iw/id).
     *
     * @throws IllegalArgumentException for a BYTE size or an imm that does not fit (QWORD: signed imm32)
     */
    public final void imul(OperandSize size, Gpr dst, Gpr src, long imm) {
        checkNotByte(size, "three-operand IMUL");
        long value = checkAluImmediate(size, imm);
        boolean short8 = Immediates.fitsInt8(value);
        sizedRegisterForm(size, 0, short8 ? 0x6B : 0x69, dst.encoding(), dst, src);
        emitImmediate(short8 ? 1 : Math.min(size.bytes(), 4), value);
    }

    /** IMUL r, m, imm (Vol. 2A IMUL, 6B /r ib or 69 /r iw/id). */
    public final void imul(OperandSize size, Gpr dst, Address src, long imm) {
        checkNotByte(size, "three-operand IMUL");
        long value = checkAluImmediate(size, imm);
        boolean short8 = Immediates.fitsInt8(value);
        int immBytes = short8 ? 1 : Math.min(size.bytes(), 4);
        sizedMemoryForm(size, 0, short8 ? 0x6B : 0x69, dst.encoding(), dst, src, immBytes);
        emitImmediate(immBytes, value);
    }

    /**
     * Shift or rotate r by an immediate count (Vol. 2B SAL/SAR/SHL/SHR, D0/D1 for a count of 1, else
     * C0/C1 /digit ib).
     *
     * @throws IllegalArgumentException unless count is in 0..31 (0..63 for QWORD), the range the CPU honours
     */
    public final void shift(ShiftOperation op, OperandSize size, Gpr operand, int count) {
        checkShiftCount(size, count);
        if (count == 1) {
            sizedRegisterForm(size, 0xD0, 0xD1, op.extension(), null, operand);
        } else {
            sizedRegisterForm(size, 0xC0, 0xC1, op.extension(), null, operand);
            emitImmediate(1, count);
        }
    }

    /** Shift or rotate m by an immediate count; see {@link #shift(ShiftOperation, OperandSize, Gpr, int)}. */
    public final void shift(ShiftOperation op, OperandSize size, Address operand, int count) {
        checkShiftCount(size, count);
        if (count == 1) {
            sizedMemoryForm(size, 0xD0, 0xD1, op.extension(), null, operand, 0);
        } else {
            sizedMemoryForm(size, 0xC0, 0xC1, op.extension(), null, operand, 1);
            emitImmediate(1, count);
        }
    }

    /** Shift or rotate r by CL (Vol. 2B SAL/SAR/SHL/SHR, D2/D3 /digit). */
    public final void shiftByCl(ShiftOperation op, OperandSize size, Gpr operand) {
        sizedRegisterForm(size, 0xD2, 0xD3, op.extension(), null, operand);
    }

    /** Shift or rotate m by CL (Vol. 2B SAL/SAR/SHL/SHR, D2/D3 /digit). */
    public final void shiftByCl(ShiftOperation op, OperandSize size, Address operand) {
        sizedMemoryForm(size, 0xD2, 0xD3, op.extension(), null, operand, 0);
    }

    private static void checkShiftCount(OperandSize size, int count) {
        Immediates.checkRange(count, 0, size == QWORD ? 63 : 31, "shift count");
    }

    /**
     * SHLD/SHRD r, r, imm: double-precision shift of dst, filling from src (Vol. 2B SHLD 0F A4, SHRD 0F AC).
     *
     * @throws IllegalArgumentException for a BYTE size or a count outside 0..31 (0..63 for QWORD)
     */
    public final void doubleShift(boolean left, OperandSize size, Gpr dst, Gpr src, int count) {
        checkNotByte(size, left ? "SHLD" : "SHRD");
        checkShiftCount(size, count);
        sizedRegisterForm(size, 0, left ? 0x0FA4 : 0x0FAC, src.encoding(), src, dst);
        emitImmediate(1, count);
    }

    /** SHLD/SHRD r, r, CL (Vol. 2B SHLD 0F A5, SHRD 0F AD). */
    public final void doubleShiftByCl(boolean left, OperandSize size, Gpr dst, Gpr src) {
        checkNotByte(size, left ? "SHLD" : "SHRD");
        sizedRegisterForm(size, 0, left ? 0x0FA5 : 0x0FAD, src.encoding(), src, dst);
    }

    // ---- AT&T-suffixed forms (generated by src/build/generate-suffixed-methods.py: edit the script)

    /** NOT r8: operand = ~operand (Vol. 2B NOT). */
    public final void notb(Gpr operand) {
        unary(UnaryOperation.NOT, OperandSize.BYTE, operand);
    }

    /** NOT m8 (Vol. 2B NOT). */
    public final void notb(Address operand) {
        unary(UnaryOperation.NOT, OperandSize.BYTE, operand);
    }

    /** NOT r16: operand = ~operand (Vol. 2B NOT). */
    public final void notw(Gpr operand) {
        unary(UnaryOperation.NOT, OperandSize.WORD, operand);
    }

    /** NOT m16 (Vol. 2B NOT). */
    public final void notw(Address operand) {
        unary(UnaryOperation.NOT, OperandSize.WORD, operand);
    }

    /** NOT r32: operand = ~operand (Vol. 2B NOT). */
    public final void notl(Gpr operand) {
        unary(UnaryOperation.NOT, OperandSize.DWORD, operand);
    }

    /** NOT m32 (Vol. 2B NOT). */
    public final void notl(Address operand) {
        unary(UnaryOperation.NOT, OperandSize.DWORD, operand);
    }

    /** NOT r64: operand = ~operand (Vol. 2B NOT). */
    public final void notq(Gpr operand) {
        unary(UnaryOperation.NOT, OperandSize.QWORD, operand);
    }

    /** NOT m64 (Vol. 2B NOT). */
    public final void notq(Address operand) {
        unary(UnaryOperation.NOT, OperandSize.QWORD, operand);
    }

    /** NEG r8: operand = -operand (Vol. 2B NEG). */
    public final void negb(Gpr operand) {
        unary(UnaryOperation.NEG, OperandSize.BYTE, operand);
    }

    /** NEG m8 (Vol. 2B NEG). */
    public final void negb(Address operand) {
        unary(UnaryOperation.NEG, OperandSize.BYTE, operand);
    }

    /** NEG r16: operand = -operand (Vol. 2B NEG). */
    public final void negw(Gpr operand) {
        unary(UnaryOperation.NEG, OperandSize.WORD, operand);
    }

    /** NEG m16 (Vol. 2B NEG). */
    public final void negw(Address operand) {
        unary(UnaryOperation.NEG, OperandSize.WORD, operand);
    }

    /** NEG r32: operand = -operand (Vol. 2B NEG). */
    public final void negl(Gpr operand) {
        unary(UnaryOperation.NEG, OperandSize.DWORD, operand);
    }

    /** NEG m32 (Vol. 2B NEG). */
    public final void negl(Address operand) {
        unary(UnaryOperation.NEG, OperandSize.DWORD, operand);
    }

    /** NEG r64: operand = -operand (Vol. 2B NEG). */
    public final void negq(Gpr operand) {
        unary(UnaryOperation.NEG, OperandSize.QWORD, operand);
    }

    /** NEG m64 (Vol. 2B NEG). */
    public final void negq(Address operand) {
        unary(UnaryOperation.NEG, OperandSize.QWORD, operand);
    }

    /** MUL r8: unsigned RDX:RAX = RAX * operand (AX = AL * operand for bytes) (Vol. 2B MUL). */
    public final void mulb(Gpr operand) {
        unary(UnaryOperation.MUL, OperandSize.BYTE, operand);
    }

    /** MUL m8 (Vol. 2B MUL). */
    public final void mulb(Address operand) {
        unary(UnaryOperation.MUL, OperandSize.BYTE, operand);
    }

    /** MUL r16: unsigned RDX:RAX = RAX * operand (AX = AL * operand for bytes) (Vol. 2B MUL). */
    public final void mulw(Gpr operand) {
        unary(UnaryOperation.MUL, OperandSize.WORD, operand);
    }

    /** MUL m16 (Vol. 2B MUL). */
    public final void mulw(Address operand) {
        unary(UnaryOperation.MUL, OperandSize.WORD, operand);
    }

    /** MUL r32: unsigned RDX:RAX = RAX * operand (AX = AL * operand for bytes) (Vol. 2B MUL). */
    public final void mull(Gpr operand) {
        unary(UnaryOperation.MUL, OperandSize.DWORD, operand);
    }

    /** MUL m32 (Vol. 2B MUL). */
    public final void mull(Address operand) {
        unary(UnaryOperation.MUL, OperandSize.DWORD, operand);
    }

    /** MUL r64: unsigned RDX:RAX = RAX * operand (AX = AL * operand for bytes) (Vol. 2B MUL). */
    public final void mulq(Gpr operand) {
        unary(UnaryOperation.MUL, OperandSize.QWORD, operand);
    }

    /** MUL m64 (Vol. 2B MUL). */
    public final void mulq(Address operand) {
        unary(UnaryOperation.MUL, OperandSize.QWORD, operand);
    }

    /** IMUL r8: signed RDX:RAX = RAX * operand (AX = AL * operand for bytes) (Vol. 2A IMUL). */
    public final void imulb(Gpr operand) {
        unary(UnaryOperation.IMUL, OperandSize.BYTE, operand);
    }

    /** IMUL m8 (Vol. 2A IMUL). */
    public final void imulb(Address operand) {
        unary(UnaryOperation.IMUL, OperandSize.BYTE, operand);
    }

    /** IMUL r16: signed RDX:RAX = RAX * operand (AX = AL * operand for bytes) (Vol. 2A IMUL). */
    public final void imulw(Gpr operand) {
        unary(UnaryOperation.IMUL, OperandSize.WORD, operand);
    }

    /** IMUL m16 (Vol. 2A IMUL). */
    public final void imulw(Address operand) {
        unary(UnaryOperation.IMUL, OperandSize.WORD, operand);
    }

    /** IMUL r32: signed RDX:RAX = RAX * operand (AX = AL * operand for bytes) (Vol. 2A IMUL). */
    public final void imull(Gpr operand) {
        unary(UnaryOperation.IMUL, OperandSize.DWORD, operand);
    }

    /** IMUL m32 (Vol. 2A IMUL). */
    public final void imull(Address operand) {
        unary(UnaryOperation.IMUL, OperandSize.DWORD, operand);
    }

    /** IMUL r64: signed RDX:RAX = RAX * operand (AX = AL * operand for bytes) (Vol. 2A IMUL). */
    public final void imulq(Gpr operand) {
        unary(UnaryOperation.IMUL, OperandSize.QWORD, operand);
    }

    /** IMUL m64 (Vol. 2A IMUL). */
    public final void imulq(Address operand) {
        unary(UnaryOperation.IMUL, OperandSize.QWORD, operand);
    }

    /** DIV r8: unsigned RAX = RDX:RAX / operand, RDX = remainder (AL, AH for bytes) (Vol. 2A DIV). */
    public final void divb(Gpr operand) {
        unary(UnaryOperation.DIV, OperandSize.BYTE, operand);
    }

    /** DIV m8 (Vol. 2A DIV). */
    public final void divb(Address operand) {
        unary(UnaryOperation.DIV, OperandSize.BYTE, operand);
    }

    /** DIV r16: unsigned RAX = RDX:RAX / operand, RDX = remainder (AL, AH for bytes) (Vol. 2A DIV). */
    public final void divw(Gpr operand) {
        unary(UnaryOperation.DIV, OperandSize.WORD, operand);
    }

    /** DIV m16 (Vol. 2A DIV). */
    public final void divw(Address operand) {
        unary(UnaryOperation.DIV, OperandSize.WORD, operand);
    }

    /** DIV r32: unsigned RAX = RDX:RAX / operand, RDX = remainder (AL, AH for bytes) (Vol. 2A DIV). */
    public final void divl(Gpr operand) {
        unary(UnaryOperation.DIV, OperandSize.DWORD, operand);
    }

    /** DIV m32 (Vol. 2A DIV). */
    public final void divl(Address operand) {
        unary(UnaryOperation.DIV, OperandSize.DWORD, operand);
    }

    /** DIV r64: unsigned RAX = RDX:RAX / operand, RDX = remainder (AL, AH for bytes) (Vol. 2A DIV). */
    public final void divq(Gpr operand) {
        unary(UnaryOperation.DIV, OperandSize.QWORD, operand);
    }

    /** DIV m64 (Vol. 2A DIV). */
    public final void divq(Address operand) {
        unary(UnaryOperation.DIV, OperandSize.QWORD, operand);
    }

    /** IDIV r8: signed RAX = RDX:RAX / operand, RDX = remainder (AL, AH for bytes) (Vol. 2A IDIV). */
    public final void idivb(Gpr operand) {
        unary(UnaryOperation.IDIV, OperandSize.BYTE, operand);
    }

    /** IDIV m8 (Vol. 2A IDIV). */
    public final void idivb(Address operand) {
        unary(UnaryOperation.IDIV, OperandSize.BYTE, operand);
    }

    /** IDIV r16: signed RAX = RDX:RAX / operand, RDX = remainder (AL, AH for bytes) (Vol. 2A IDIV). */
    public final void idivw(Gpr operand) {
        unary(UnaryOperation.IDIV, OperandSize.WORD, operand);
    }

    /** IDIV m16 (Vol. 2A IDIV). */
    public final void idivw(Address operand) {
        unary(UnaryOperation.IDIV, OperandSize.WORD, operand);
    }

    /** IDIV r32: signed RAX = RDX:RAX / operand, RDX = remainder (AL, AH for bytes) (Vol. 2A IDIV). */
    public final void idivl(Gpr operand) {
        unary(UnaryOperation.IDIV, OperandSize.DWORD, operand);
    }

    /** IDIV m32 (Vol. 2A IDIV). */
    public final void idivl(Address operand) {
        unary(UnaryOperation.IDIV, OperandSize.DWORD, operand);
    }

    /** IDIV r64: signed RAX = RDX:RAX / operand, RDX = remainder (AL, AH for bytes) (Vol. 2A IDIV). */
    public final void idivq(Gpr operand) {
        unary(UnaryOperation.IDIV, OperandSize.QWORD, operand);
    }

    /** IDIV m64 (Vol. 2A IDIV). */
    public final void idivq(Address operand) {
        unary(UnaryOperation.IDIV, OperandSize.QWORD, operand);
    }

    /** IMUL r16, r16 (Vol. 2A IMUL). */
    public final void imulw(Gpr dst, Gpr src) {
        imul(OperandSize.WORD, dst, src);
    }

    /** IMUL r16, m16 (Vol. 2A IMUL). */
    public final void imulw(Gpr dst, Address src) {
        imul(OperandSize.WORD, dst, src);
    }

    /** IMUL r16, r16, imm (Vol. 2A IMUL); imm in -32768..65535. */
    public final void imulw(Gpr dst, Gpr src, int imm) {
        imul(OperandSize.WORD, dst, src, imm);
    }

    /** IMUL r16, m16, imm (Vol. 2A IMUL); imm in -32768..65535. */
    public final void imulw(Gpr dst, Address src, int imm) {
        imul(OperandSize.WORD, dst, src, imm);
    }

    /** IMUL r32, r32 (Vol. 2A IMUL). */
    public final void imull(Gpr dst, Gpr src) {
        imul(OperandSize.DWORD, dst, src);
    }

    /** IMUL r32, m32 (Vol. 2A IMUL). */
    public final void imull(Gpr dst, Address src) {
        imul(OperandSize.DWORD, dst, src);
    }

    /** IMUL r32, r32, imm (Vol. 2A IMUL); any int. */
    public final void imull(Gpr dst, Gpr src, int imm) {
        imul(OperandSize.DWORD, dst, src, imm);
    }

    /** IMUL r32, m32, imm (Vol. 2A IMUL); any int. */
    public final void imull(Gpr dst, Address src, int imm) {
        imul(OperandSize.DWORD, dst, src, imm);
    }

    /** IMUL r64, r64 (Vol. 2A IMUL). */
    public final void imulq(Gpr dst, Gpr src) {
        imul(OperandSize.QWORD, dst, src);
    }

    /** IMUL r64, m64 (Vol. 2A IMUL). */
    public final void imulq(Gpr dst, Address src) {
        imul(OperandSize.QWORD, dst, src);
    }

    /** IMUL r64, r64, imm (Vol. 2A IMUL); imm32 sign-extended. */
    public final void imulq(Gpr dst, Gpr src, int imm) {
        imul(OperandSize.QWORD, dst, src, imm);
    }

    /** IMUL r64, m64, imm (Vol. 2A IMUL); imm32 sign-extended. */
    public final void imulq(Gpr dst, Address src, int imm) {
        imul(OperandSize.QWORD, dst, src, imm);
    }

    /** SHL r8, imm8 (Vol. 2B SAL/SAR/SHL/SHR); count in 0..31. */
    public final void shlb(Gpr operand, int count) {
        shift(ShiftOperation.SHL, OperandSize.BYTE, operand, count);
    }

    /** SHL m8, imm8 (Vol. 2B SAL/SAR/SHL/SHR); count in 0..31. */
    public final void shlb(Address operand, int count) {
        shift(ShiftOperation.SHL, OperandSize.BYTE, operand, count);
    }

    /** SHL r8, CL (Vol. 2B SAL/SAR/SHL/SHR). */
    public final void shlbByCl(Gpr operand) {
        shiftByCl(ShiftOperation.SHL, OperandSize.BYTE, operand);
    }

    /** SHL m8, CL (Vol. 2B SAL/SAR/SHL/SHR). */
    public final void shlbByCl(Address operand) {
        shiftByCl(ShiftOperation.SHL, OperandSize.BYTE, operand);
    }

    /** SHL r16, imm8 (Vol. 2B SAL/SAR/SHL/SHR); count in 0..31. */
    public final void shlw(Gpr operand, int count) {
        shift(ShiftOperation.SHL, OperandSize.WORD, operand, count);
    }

    /** SHL m16, imm8 (Vol. 2B SAL/SAR/SHL/SHR); count in 0..31. */
    public final void shlw(Address operand, int count) {
        shift(ShiftOperation.SHL, OperandSize.WORD, operand, count);
    }

    /** SHL r16, CL (Vol. 2B SAL/SAR/SHL/SHR). */
    public final void shlwByCl(Gpr operand) {
        shiftByCl(ShiftOperation.SHL, OperandSize.WORD, operand);
    }

    /** SHL m16, CL (Vol. 2B SAL/SAR/SHL/SHR). */
    public final void shlwByCl(Address operand) {
        shiftByCl(ShiftOperation.SHL, OperandSize.WORD, operand);
    }

    /** SHL r32, imm8 (Vol. 2B SAL/SAR/SHL/SHR); count in 0..31. */
    public final void shll(Gpr operand, int count) {
        shift(ShiftOperation.SHL, OperandSize.DWORD, operand, count);
    }

    /** SHL m32, imm8 (Vol. 2B SAL/SAR/SHL/SHR); count in 0..31. */
    public final void shll(Address operand, int count) {
        shift(ShiftOperation.SHL, OperandSize.DWORD, operand, count);
    }

    /** SHL r32, CL (Vol. 2B SAL/SAR/SHL/SHR). */
    public final void shllByCl(Gpr operand) {
        shiftByCl(ShiftOperation.SHL, OperandSize.DWORD, operand);
    }

    /** SHL m32, CL (Vol. 2B SAL/SAR/SHL/SHR). */
    public final void shllByCl(Address operand) {
        shiftByCl(ShiftOperation.SHL, OperandSize.DWORD, operand);
    }

    /** SHL r64, imm8 (Vol. 2B SAL/SAR/SHL/SHR); count in 0..63. */
    public final void shlq(Gpr operand, int count) {
        shift(ShiftOperation.SHL, OperandSize.QWORD, operand, count);
    }

    /** SHL m64, imm8 (Vol. 2B SAL/SAR/SHL/SHR); count in 0..63. */
    public final void shlq(Address operand, int count) {
        shift(ShiftOperation.SHL, OperandSize.QWORD, operand, count);
    }

    /** SHL r64, CL (Vol. 2B SAL/SAR/SHL/SHR). */
    public final void shlqByCl(Gpr operand) {
        shiftByCl(ShiftOperation.SHL, OperandSize.QWORD, operand);
    }

    /** SHL m64, CL (Vol. 2B SAL/SAR/SHL/SHR). */
    public final void shlqByCl(Address operand) {
        shiftByCl(ShiftOperation.SHL, OperandSize.QWORD, operand);
    }

    /** SHR r8, imm8 (Vol. 2B SAL/SAR/SHL/SHR); count in 0..31. */
    public final void shrb(Gpr operand, int count) {
        shift(ShiftOperation.SHR, OperandSize.BYTE, operand, count);
    }

    /** SHR m8, imm8 (Vol. 2B SAL/SAR/SHL/SHR); count in 0..31. */
    public final void shrb(Address operand, int count) {
        shift(ShiftOperation.SHR, OperandSize.BYTE, operand, count);
    }

    /** SHR r8, CL (Vol. 2B SAL/SAR/SHL/SHR). */
    public final void shrbByCl(Gpr operand) {
        shiftByCl(ShiftOperation.SHR, OperandSize.BYTE, operand);
    }

    /** SHR m8, CL (Vol. 2B SAL/SAR/SHL/SHR). */
    public final void shrbByCl(Address operand) {
        shiftByCl(ShiftOperation.SHR, OperandSize.BYTE, operand);
    }

    /** SHR r16, imm8 (Vol. 2B SAL/SAR/SHL/SHR); count in 0..31. */
    public final void shrw(Gpr operand, int count) {
        shift(ShiftOperation.SHR, OperandSize.WORD, operand, count);
    }

    /** SHR m16, imm8 (Vol. 2B SAL/SAR/SHL/SHR); count in 0..31. */
    public final void shrw(Address operand, int count) {
        shift(ShiftOperation.SHR, OperandSize.WORD, operand, count);
    }

    /** SHR r16, CL (Vol. 2B SAL/SAR/SHL/SHR). */
    public final void shrwByCl(Gpr operand) {
        shiftByCl(ShiftOperation.SHR, OperandSize.WORD, operand);
    }

    /** SHR m16, CL (Vol. 2B SAL/SAR/SHL/SHR). */
    public final void shrwByCl(Address operand) {
        shiftByCl(ShiftOperation.SHR, OperandSize.WORD, operand);
    }

    /** SHR r32, imm8 (Vol. 2B SAL/SAR/SHL/SHR); count in 0..31. */
    public final void shrl(Gpr operand, int count) {
        shift(ShiftOperation.SHR, OperandSize.DWORD, operand, count);
    }

    /** SHR m32, imm8 (Vol. 2B SAL/SAR/SHL/SHR); count in 0..31. */
    public final void shrl(Address operand, int count) {
        shift(ShiftOperation.SHR, OperandSize.DWORD, operand, count);
    }

    /** SHR r32, CL (Vol. 2B SAL/SAR/SHL/SHR). */
    public final void shrlByCl(Gpr operand) {
        shiftByCl(ShiftOperation.SHR, OperandSize.DWORD, operand);
    }

    /** SHR m32, CL (Vol. 2B SAL/SAR/SHL/SHR). */
    public final void shrlByCl(Address operand) {
        shiftByCl(ShiftOperation.SHR, OperandSize.DWORD, operand);
    }

    /** SHR r64, imm8 (Vol. 2B SAL/SAR/SHL/SHR); count in 0..63. */
    public final void shrq(Gpr operand, int count) {
        shift(ShiftOperation.SHR, OperandSize.QWORD, operand, count);
    }

    /** SHR m64, imm8 (Vol. 2B SAL/SAR/SHL/SHR); count in 0..63. */
    public final void shrq(Address operand, int count) {
        shift(ShiftOperation.SHR, OperandSize.QWORD, operand, count);
    }

    /** SHR r64, CL (Vol. 2B SAL/SAR/SHL/SHR). */
    public final void shrqByCl(Gpr operand) {
        shiftByCl(ShiftOperation.SHR, OperandSize.QWORD, operand);
    }

    /** SHR m64, CL (Vol. 2B SAL/SAR/SHL/SHR). */
    public final void shrqByCl(Address operand) {
        shiftByCl(ShiftOperation.SHR, OperandSize.QWORD, operand);
    }

    /** SAR r8, imm8 (Vol. 2B SAL/SAR/SHL/SHR); count in 0..31. */
    public final void sarb(Gpr operand, int count) {
        shift(ShiftOperation.SAR, OperandSize.BYTE, operand, count);
    }

    /** SAR m8, imm8 (Vol. 2B SAL/SAR/SHL/SHR); count in 0..31. */
    public final void sarb(Address operand, int count) {
        shift(ShiftOperation.SAR, OperandSize.BYTE, operand, count);
    }

    /** SAR r8, CL (Vol. 2B SAL/SAR/SHL/SHR). */
    public final void sarbByCl(Gpr operand) {
        shiftByCl(ShiftOperation.SAR, OperandSize.BYTE, operand);
    }

    /** SAR m8, CL (Vol. 2B SAL/SAR/SHL/SHR). */
    public final void sarbByCl(Address operand) {
        shiftByCl(ShiftOperation.SAR, OperandSize.BYTE, operand);
    }

    /** SAR r16, imm8 (Vol. 2B SAL/SAR/SHL/SHR); count in 0..31. */
    public final void sarw(Gpr operand, int count) {
        shift(ShiftOperation.SAR, OperandSize.WORD, operand, count);
    }

    /** SAR m16, imm8 (Vol. 2B SAL/SAR/SHL/SHR); count in 0..31. */
    public final void sarw(Address operand, int count) {
        shift(ShiftOperation.SAR, OperandSize.WORD, operand, count);
    }

    /** SAR r16, CL (Vol. 2B SAL/SAR/SHL/SHR). */
    public final void sarwByCl(Gpr operand) {
        shiftByCl(ShiftOperation.SAR, OperandSize.WORD, operand);
    }

    /** SAR m16, CL (Vol. 2B SAL/SAR/SHL/SHR). */
    public final void sarwByCl(Address operand) {
        shiftByCl(ShiftOperation.SAR, OperandSize.WORD, operand);
    }

    /** SAR r32, imm8 (Vol. 2B SAL/SAR/SHL/SHR); count in 0..31. */
    public final void sarl(Gpr operand, int count) {
        shift(ShiftOperation.SAR, OperandSize.DWORD, operand, count);
    }

    /** SAR m32, imm8 (Vol. 2B SAL/SAR/SHL/SHR); count in 0..31. */
    public final void sarl(Address operand, int count) {
        shift(ShiftOperation.SAR, OperandSize.DWORD, operand, count);
    }

    /** SAR r32, CL (Vol. 2B SAL/SAR/SHL/SHR). */
    public final void sarlByCl(Gpr operand) {
        shiftByCl(ShiftOperation.SAR, OperandSize.DWORD, operand);
    }

    /** SAR m32, CL (Vol. 2B SAL/SAR/SHL/SHR). */
    public final void sarlByCl(Address operand) {
        shiftByCl(ShiftOperation.SAR, OperandSize.DWORD, operand);
    }

    /** SAR r64, imm8 (Vol. 2B SAL/SAR/SHL/SHR); count in 0..63. */
    public final void sarq(Gpr operand, int count) {
        shift(ShiftOperation.SAR, OperandSize.QWORD, operand, count);
    }

    /** SAR m64, imm8 (Vol. 2B SAL/SAR/SHL/SHR); count in 0..63. */
    public final void sarq(Address operand, int count) {
        shift(ShiftOperation.SAR, OperandSize.QWORD, operand, count);
    }

    /** SAR r64, CL (Vol. 2B SAL/SAR/SHL/SHR). */
    public final void sarqByCl(Gpr operand) {
        shiftByCl(ShiftOperation.SAR, OperandSize.QWORD, operand);
    }

    /** SAR m64, CL (Vol. 2B SAL/SAR/SHL/SHR). */
    public final void sarqByCl(Address operand) {
        shiftByCl(ShiftOperation.SAR, OperandSize.QWORD, operand);
    }

    /** ROL r8, imm8 (Vol. 2B RCL/RCR/ROL/ROR); count in 0..31. */
    public final void rolb(Gpr operand, int count) {
        shift(ShiftOperation.ROL, OperandSize.BYTE, operand, count);
    }

    /** ROL m8, imm8 (Vol. 2B RCL/RCR/ROL/ROR); count in 0..31. */
    public final void rolb(Address operand, int count) {
        shift(ShiftOperation.ROL, OperandSize.BYTE, operand, count);
    }

    /** ROL r8, CL (Vol. 2B RCL/RCR/ROL/ROR). */
    public final void rolbByCl(Gpr operand) {
        shiftByCl(ShiftOperation.ROL, OperandSize.BYTE, operand);
    }

    /** ROL m8, CL (Vol. 2B RCL/RCR/ROL/ROR). */
    public final void rolbByCl(Address operand) {
        shiftByCl(ShiftOperation.ROL, OperandSize.BYTE, operand);
    }

    /** ROL r16, imm8 (Vol. 2B RCL/RCR/ROL/ROR); count in 0..31. */
    public final void rolw(Gpr operand, int count) {
        shift(ShiftOperation.ROL, OperandSize.WORD, operand, count);
    }

    /** ROL m16, imm8 (Vol. 2B RCL/RCR/ROL/ROR); count in 0..31. */
    public final void rolw(Address operand, int count) {
        shift(ShiftOperation.ROL, OperandSize.WORD, operand, count);
    }

    /** ROL r16, CL (Vol. 2B RCL/RCR/ROL/ROR). */
    public final void rolwByCl(Gpr operand) {
        shiftByCl(ShiftOperation.ROL, OperandSize.WORD, operand);
    }

    /** ROL m16, CL (Vol. 2B RCL/RCR/ROL/ROR). */
    public final void rolwByCl(Address operand) {
        shiftByCl(ShiftOperation.ROL, OperandSize.WORD, operand);
    }

    /** ROL r32, imm8 (Vol. 2B RCL/RCR/ROL/ROR); count in 0..31. */
    public final void roll(Gpr operand, int count) {
        shift(ShiftOperation.ROL, OperandSize.DWORD, operand, count);
    }

    /** ROL m32, imm8 (Vol. 2B RCL/RCR/ROL/ROR); count in 0..31. */
    public final void roll(Address operand, int count) {
        shift(ShiftOperation.ROL, OperandSize.DWORD, operand, count);
    }

    /** ROL r32, CL (Vol. 2B RCL/RCR/ROL/ROR). */
    public final void rollByCl(Gpr operand) {
        shiftByCl(ShiftOperation.ROL, OperandSize.DWORD, operand);
    }

    /** ROL m32, CL (Vol. 2B RCL/RCR/ROL/ROR). */
    public final void rollByCl(Address operand) {
        shiftByCl(ShiftOperation.ROL, OperandSize.DWORD, operand);
    }

    /** ROL r64, imm8 (Vol. 2B RCL/RCR/ROL/ROR); count in 0..63. */
    public final void rolq(Gpr operand, int count) {
        shift(ShiftOperation.ROL, OperandSize.QWORD, operand, count);
    }

    /** ROL m64, imm8 (Vol. 2B RCL/RCR/ROL/ROR); count in 0..63. */
    public final void rolq(Address operand, int count) {
        shift(ShiftOperation.ROL, OperandSize.QWORD, operand, count);
    }

    /** ROL r64, CL (Vol. 2B RCL/RCR/ROL/ROR). */
    public final void rolqByCl(Gpr operand) {
        shiftByCl(ShiftOperation.ROL, OperandSize.QWORD, operand);
    }

    /** ROL m64, CL (Vol. 2B RCL/RCR/ROL/ROR). */
    public final void rolqByCl(Address operand) {
        shiftByCl(ShiftOperation.ROL, OperandSize.QWORD, operand);
    }

    /** ROR r8, imm8 (Vol. 2B RCL/RCR/ROL/ROR); count in 0..31. */
    public final void rorb(Gpr operand, int count) {
        shift(ShiftOperation.ROR, OperandSize.BYTE, operand, count);
    }

    /** ROR m8, imm8 (Vol. 2B RCL/RCR/ROL/ROR); count in 0..31. */
    public final void rorb(Address operand, int count) {
        shift(ShiftOperation.ROR, OperandSize.BYTE, operand, count);
    }

    /** ROR r8, CL (Vol. 2B RCL/RCR/ROL/ROR). */
    public final void rorbByCl(Gpr operand) {
        shiftByCl(ShiftOperation.ROR, OperandSize.BYTE, operand);
    }

    /** ROR m8, CL (Vol. 2B RCL/RCR/ROL/ROR). */
    public final void rorbByCl(Address operand) {
        shiftByCl(ShiftOperation.ROR, OperandSize.BYTE, operand);
    }

    /** ROR r16, imm8 (Vol. 2B RCL/RCR/ROL/ROR); count in 0..31. */
    public final void rorw(Gpr operand, int count) {
        shift(ShiftOperation.ROR, OperandSize.WORD, operand, count);
    }

    /** ROR m16, imm8 (Vol. 2B RCL/RCR/ROL/ROR); count in 0..31. */
    public final void rorw(Address operand, int count) {
        shift(ShiftOperation.ROR, OperandSize.WORD, operand, count);
    }

    /** ROR r16, CL (Vol. 2B RCL/RCR/ROL/ROR). */
    public final void rorwByCl(Gpr operand) {
        shiftByCl(ShiftOperation.ROR, OperandSize.WORD, operand);
    }

    /** ROR m16, CL (Vol. 2B RCL/RCR/ROL/ROR). */
    public final void rorwByCl(Address operand) {
        shiftByCl(ShiftOperation.ROR, OperandSize.WORD, operand);
    }

    /** ROR r32, imm8 (Vol. 2B RCL/RCR/ROL/ROR); count in 0..31. */
    public final void rorl(Gpr operand, int count) {
        shift(ShiftOperation.ROR, OperandSize.DWORD, operand, count);
    }

    /** ROR m32, imm8 (Vol. 2B RCL/RCR/ROL/ROR); count in 0..31. */
    public final void rorl(Address operand, int count) {
        shift(ShiftOperation.ROR, OperandSize.DWORD, operand, count);
    }

    /** ROR r32, CL (Vol. 2B RCL/RCR/ROL/ROR). */
    public final void rorlByCl(Gpr operand) {
        shiftByCl(ShiftOperation.ROR, OperandSize.DWORD, operand);
    }

    /** ROR m32, CL (Vol. 2B RCL/RCR/ROL/ROR). */
    public final void rorlByCl(Address operand) {
        shiftByCl(ShiftOperation.ROR, OperandSize.DWORD, operand);
    }

    /** ROR r64, imm8 (Vol. 2B RCL/RCR/ROL/ROR); count in 0..63. */
    public final void rorq(Gpr operand, int count) {
        shift(ShiftOperation.ROR, OperandSize.QWORD, operand, count);
    }

    /** ROR m64, imm8 (Vol. 2B RCL/RCR/ROL/ROR); count in 0..63. */
    public final void rorq(Address operand, int count) {
        shift(ShiftOperation.ROR, OperandSize.QWORD, operand, count);
    }

    /** ROR r64, CL (Vol. 2B RCL/RCR/ROL/ROR). */
    public final void rorqByCl(Gpr operand) {
        shiftByCl(ShiftOperation.ROR, OperandSize.QWORD, operand);
    }

    /** ROR m64, CL (Vol. 2B RCL/RCR/ROL/ROR). */
    public final void rorqByCl(Address operand) {
        shiftByCl(ShiftOperation.ROR, OperandSize.QWORD, operand);
    }

    /** RCL r8, imm8 (Vol. 2B RCL/RCR/ROL/ROR); count in 0..31. */
    public final void rclb(Gpr operand, int count) {
        shift(ShiftOperation.RCL, OperandSize.BYTE, operand, count);
    }

    /** RCL m8, imm8 (Vol. 2B RCL/RCR/ROL/ROR); count in 0..31. */
    public final void rclb(Address operand, int count) {
        shift(ShiftOperation.RCL, OperandSize.BYTE, operand, count);
    }

    /** RCL r8, CL (Vol. 2B RCL/RCR/ROL/ROR). */
    public final void rclbByCl(Gpr operand) {
        shiftByCl(ShiftOperation.RCL, OperandSize.BYTE, operand);
    }

    /** RCL m8, CL (Vol. 2B RCL/RCR/ROL/ROR). */
    public final void rclbByCl(Address operand) {
        shiftByCl(ShiftOperation.RCL, OperandSize.BYTE, operand);
    }

    /** RCL r16, imm8 (Vol. 2B RCL/RCR/ROL/ROR); count in 0..31. */
    public final void rclw(Gpr operand, int count) {
        shift(ShiftOperation.RCL, OperandSize.WORD, operand, count);
    }

    /** RCL m16, imm8 (Vol. 2B RCL/RCR/ROL/ROR); count in 0..31. */
    public final void rclw(Address operand, int count) {
        shift(ShiftOperation.RCL, OperandSize.WORD, operand, count);
    }

    /** RCL r16, CL (Vol. 2B RCL/RCR/ROL/ROR). */
    public final void rclwByCl(Gpr operand) {
        shiftByCl(ShiftOperation.RCL, OperandSize.WORD, operand);
    }

    /** RCL m16, CL (Vol. 2B RCL/RCR/ROL/ROR). */
    public final void rclwByCl(Address operand) {
        shiftByCl(ShiftOperation.RCL, OperandSize.WORD, operand);
    }

    /** RCL r32, imm8 (Vol. 2B RCL/RCR/ROL/ROR); count in 0..31. */
    public final void rcll(Gpr operand, int count) {
        shift(ShiftOperation.RCL, OperandSize.DWORD, operand, count);
    }

    /** RCL m32, imm8 (Vol. 2B RCL/RCR/ROL/ROR); count in 0..31. */
    public final void rcll(Address operand, int count) {
        shift(ShiftOperation.RCL, OperandSize.DWORD, operand, count);
    }

    /** RCL r32, CL (Vol. 2B RCL/RCR/ROL/ROR). */
    public final void rcllByCl(Gpr operand) {
        shiftByCl(ShiftOperation.RCL, OperandSize.DWORD, operand);
    }

    /** RCL m32, CL (Vol. 2B RCL/RCR/ROL/ROR). */
    public final void rcllByCl(Address operand) {
        shiftByCl(ShiftOperation.RCL, OperandSize.DWORD, operand);
    }

    /** RCL r64, imm8 (Vol. 2B RCL/RCR/ROL/ROR); count in 0..63. */
    public final void rclq(Gpr operand, int count) {
        shift(ShiftOperation.RCL, OperandSize.QWORD, operand, count);
    }

    /** RCL m64, imm8 (Vol. 2B RCL/RCR/ROL/ROR); count in 0..63. */
    public final void rclq(Address operand, int count) {
        shift(ShiftOperation.RCL, OperandSize.QWORD, operand, count);
    }

    /** RCL r64, CL (Vol. 2B RCL/RCR/ROL/ROR). */
    public final void rclqByCl(Gpr operand) {
        shiftByCl(ShiftOperation.RCL, OperandSize.QWORD, operand);
    }

    /** RCL m64, CL (Vol. 2B RCL/RCR/ROL/ROR). */
    public final void rclqByCl(Address operand) {
        shiftByCl(ShiftOperation.RCL, OperandSize.QWORD, operand);
    }

    /** RCR r8, imm8 (Vol. 2B RCL/RCR/ROL/ROR); count in 0..31. */
    public final void rcrb(Gpr operand, int count) {
        shift(ShiftOperation.RCR, OperandSize.BYTE, operand, count);
    }

    /** RCR m8, imm8 (Vol. 2B RCL/RCR/ROL/ROR); count in 0..31. */
    public final void rcrb(Address operand, int count) {
        shift(ShiftOperation.RCR, OperandSize.BYTE, operand, count);
    }

    /** RCR r8, CL (Vol. 2B RCL/RCR/ROL/ROR). */
    public final void rcrbByCl(Gpr operand) {
        shiftByCl(ShiftOperation.RCR, OperandSize.BYTE, operand);
    }

    /** RCR m8, CL (Vol. 2B RCL/RCR/ROL/ROR). */
    public final void rcrbByCl(Address operand) {
        shiftByCl(ShiftOperation.RCR, OperandSize.BYTE, operand);
    }

    /** RCR r16, imm8 (Vol. 2B RCL/RCR/ROL/ROR); count in 0..31. */
    public final void rcrw(Gpr operand, int count) {
        shift(ShiftOperation.RCR, OperandSize.WORD, operand, count);
    }

    /** RCR m16, imm8 (Vol. 2B RCL/RCR/ROL/ROR); count in 0..31. */
    public final void rcrw(Address operand, int count) {
        shift(ShiftOperation.RCR, OperandSize.WORD, operand, count);
    }

    /** RCR r16, CL (Vol. 2B RCL/RCR/ROL/ROR). */
    public final void rcrwByCl(Gpr operand) {
        shiftByCl(ShiftOperation.RCR, OperandSize.WORD, operand);
    }

    /** RCR m16, CL (Vol. 2B RCL/RCR/ROL/ROR). */
    public final void rcrwByCl(Address operand) {
        shiftByCl(ShiftOperation.RCR, OperandSize.WORD, operand);
    }

    /** RCR r32, imm8 (Vol. 2B RCL/RCR/ROL/ROR); count in 0..31. */
    public final void rcrl(Gpr operand, int count) {
        shift(ShiftOperation.RCR, OperandSize.DWORD, operand, count);
    }

    /** RCR m32, imm8 (Vol. 2B RCL/RCR/ROL/ROR); count in 0..31. */
    public final void rcrl(Address operand, int count) {
        shift(ShiftOperation.RCR, OperandSize.DWORD, operand, count);
    }

    /** RCR r32, CL (Vol. 2B RCL/RCR/ROL/ROR). */
    public final void rcrlByCl(Gpr operand) {
        shiftByCl(ShiftOperation.RCR, OperandSize.DWORD, operand);
    }

    /** RCR m32, CL (Vol. 2B RCL/RCR/ROL/ROR). */
    public final void rcrlByCl(Address operand) {
        shiftByCl(ShiftOperation.RCR, OperandSize.DWORD, operand);
    }

    /** RCR r64, imm8 (Vol. 2B RCL/RCR/ROL/ROR); count in 0..63. */
    public final void rcrq(Gpr operand, int count) {
        shift(ShiftOperation.RCR, OperandSize.QWORD, operand, count);
    }

    /** RCR m64, imm8 (Vol. 2B RCL/RCR/ROL/ROR); count in 0..63. */
    public final void rcrq(Address operand, int count) {
        shift(ShiftOperation.RCR, OperandSize.QWORD, operand, count);
    }

    /** RCR r64, CL (Vol. 2B RCL/RCR/ROL/ROR). */
    public final void rcrqByCl(Gpr operand) {
        shiftByCl(ShiftOperation.RCR, OperandSize.QWORD, operand);
    }

    /** RCR m64, CL (Vol. 2B RCL/RCR/ROL/ROR). */
    public final void rcrqByCl(Address operand) {
        shiftByCl(ShiftOperation.RCR, OperandSize.QWORD, operand);
    }

    /** SHLD r16, r16, imm8 (Vol. 2B SHLD); count in 0..31. */
    public final void shldw(Gpr dst, Gpr src, int count) {
        doubleShift(true, OperandSize.WORD, dst, src, count);
    }

    /** SHLD r16, r16, CL (Vol. 2B SHLD). */
    public final void shldwByCl(Gpr dst, Gpr src) {
        doubleShiftByCl(true, OperandSize.WORD, dst, src);
    }

    /** SHLD r32, r32, imm8 (Vol. 2B SHLD); count in 0..31. */
    public final void shldl(Gpr dst, Gpr src, int count) {
        doubleShift(true, OperandSize.DWORD, dst, src, count);
    }

    /** SHLD r32, r32, CL (Vol. 2B SHLD). */
    public final void shldlByCl(Gpr dst, Gpr src) {
        doubleShiftByCl(true, OperandSize.DWORD, dst, src);
    }

    /** SHLD r64, r64, imm8 (Vol. 2B SHLD); count in 0..63. */
    public final void shldq(Gpr dst, Gpr src, int count) {
        doubleShift(true, OperandSize.QWORD, dst, src, count);
    }

    /** SHLD r64, r64, CL (Vol. 2B SHLD). */
    public final void shldqByCl(Gpr dst, Gpr src) {
        doubleShiftByCl(true, OperandSize.QWORD, dst, src);
    }

    /** SHRD r16, r16, imm8 (Vol. 2B SHRD); count in 0..31. */
    public final void shrdw(Gpr dst, Gpr src, int count) {
        doubleShift(false, OperandSize.WORD, dst, src, count);
    }

    /** SHRD r16, r16, CL (Vol. 2B SHRD). */
    public final void shrdwByCl(Gpr dst, Gpr src) {
        doubleShiftByCl(false, OperandSize.WORD, dst, src);
    }

    /** SHRD r32, r32, imm8 (Vol. 2B SHRD); count in 0..31. */
    public final void shrdl(Gpr dst, Gpr src, int count) {
        doubleShift(false, OperandSize.DWORD, dst, src, count);
    }

    /** SHRD r32, r32, CL (Vol. 2B SHRD). */
    public final void shrdlByCl(Gpr dst, Gpr src) {
        doubleShiftByCl(false, OperandSize.DWORD, dst, src);
    }

    /** SHRD r64, r64, imm8 (Vol. 2B SHRD); count in 0..63. */
    public final void shrdq(Gpr dst, Gpr src, int count) {
        doubleShift(false, OperandSize.QWORD, dst, src, count);
    }

    /** SHRD r64, r64, CL (Vol. 2B SHRD). */
    public final void shrdqByCl(Gpr dst, Gpr src) {
        doubleShiftByCl(false, OperandSize.QWORD, dst, src);
    }
}
