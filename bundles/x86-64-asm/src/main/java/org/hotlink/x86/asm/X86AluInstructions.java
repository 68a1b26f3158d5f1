package org.hotlink.x86.asm;

import static org.hotlink.x86.asm.OperandSize.BYTE;
import static org.hotlink.x86.asm.OperandSize.QWORD;

/**
 * Two-operand integer arithmetic: ADD/OR/ADC/SBB/AND/SUB/XOR/CMP, TEST, INC/DEC. Immediate forms pick the
 * sign-extended imm8 encoding where the value fits, and the accumulator short forms where assemblers do
 * (so the output matches llvm-mc byte for byte).
 */
public abstract class X86AluInstructions extends X86MoveInstructions {
    X86AluInstructions(CodeBuffer buffer) {
        super(buffer);
    }

    /** op r, r: dst = dst op src (Vol. 2A ADD etc., op*8 + 0/1, MR form). */
    public final void alu(AluOperation op, OperandSize size, Gpr dst, Gpr src) {
        int base = op.extension() * 8;
        sizedRegisterForm(size, base, base + 1, src.encoding(), src, dst);
    }

    /** op r, m (Vol. 2A ADD etc., op*8 + 2/3, RM form). */
    public final void alu(AluOperation op, OperandSize size, Gpr dst, Address src) {
        int base = op.extension() * 8;
        sizedMemoryForm(size, base + 2, base + 3, dst.encoding(), dst, src, 0);
    }

    /** op m, r (Vol. 2A ADD etc., op*8 + 0/1, MR form); with {@code lock()} before it, atomic. */
    public final void alu(AluOperation op, OperandSize size, Address dst, Gpr src) {
        int base = op.extension() * 8;
        sizedMemoryForm(size, base, base + 1, src.encoding(), src, dst, 0);
    }

    /**
     * op r, imm (Vol. 2A ADD etc.: 83 /op ib when the value fits a sign-extended imm8; otherwise the
     * accumulator form op*8 + 4/5 for AL/AX/EAX/RAX, else 80/81 /op).
     *
     * @throws IllegalArgumentException if imm does not fit the operand size; for QWORD, a signed imm32
     */
    public final void alu(AluOperation op, OperandSize size, Gpr dst, long imm) {
        long value = checkAluImmediate(size, imm);
        int immBytes = Math.min(size.bytes(), 4);
        if (size != BYTE && Immediates.fitsInt8(value)) {
            sizedRegisterForm(size, 0, 0x83, op.extension(), null, dst);
            immBytes = 1;
        } else if (dst == Gpr.RAX) {
            emitPlain(sizePrefix(size), size == QWORD, op.extension() * 8 + (size == BYTE ? 4 : 5));
        } else {
            sizedRegisterForm(size, 0x80, 0x81, op.extension(), null, dst);
        }
        emitImmediate(immBytes, value);
    }

    /** op m, imm (Vol. 2A ADD etc.: 83 /op ib when it fits a sign-extended imm8, else 80/81 /op). */
    public final void alu(AluOperation op, OperandSize size, Address dst, long imm) {
        long value = checkAluImmediate(size, imm);
        int immBytes = size != BYTE && Immediates.fitsInt8(value) ? 1 : Math.min(size.bytes(), 4);
        int opcode = immBytes == 1 && size != BYTE ? 0x83 : 0x81;
        sizedMemoryForm(size, 0x80, opcode, op.extension(), null, dst, immBytes);
        emitImmediate(immBytes, value);
    }

    static long checkAluImmediate(OperandSize size, long imm) {
        if (size == QWORD) {
            if (!Immediates.fitsInt32(imm)) {
                throw new IllegalArgumentException("immediate " + imm + " does not fit a sign-extended imm32");
            }
            return imm;
        }
        return Immediates.checkFits(size, imm, "immediate");
    }

    /** TEST r, r: flags of a AND b (Vol. 2B TEST, 84/85 /r). */
    public final void test(OperandSize size, Gpr a, Gpr b) {
        sizedRegisterForm(size, 0x84, 0x85, b.encoding(), b, a);
    }

    /** TEST m, r (Vol. 2B TEST, 84/85 /r). */
    public final void test(OperandSize size, Address a, Gpr b) {
        sizedMemoryForm(size, 0x84, 0x85, b.encoding(), b, a, 0);
    }

    /**
     * TEST r, imm (Vol. 2B TEST, A8/A9 for the accumulator, else F6/F7 /0; there is no imm8 form).
     *
     * @throws IllegalArgumentException if imm does not fit the operand size; for QWORD, a signed imm32
     */
    public final void test(OperandSize size, Gpr a, long imm) {
        long value = checkAluImmediate(size, imm);
        if (a == Gpr.RAX) {
            emitPlain(sizePrefix(size), size == QWORD, size == BYTE ? 0xA8 : 0xA9);
        } else {
            sizedRegisterForm(size, 0xF6, 0xF7, 0, null, a);
        }
        emitImmediate(Math.min(size.bytes(), 4), value);
    }

    /** TEST m, imm (Vol. 2B TEST, F6/F7 /0). */
    public final void test(OperandSize size, Address a, long imm) {
        long value = checkAluImmediate(size, imm);
        int immBytes = Math.min(size.bytes(), 4);
        sizedMemoryForm(size, 0xF6, 0xF7, 0, null, a, immBytes);
        emitImmediate(immBytes, value);
    }

    /** INC r (Vol. 2A INC, FE/FF /0). */
    public final void inc(OperandSize size, Gpr operand) {
        sizedRegisterForm(size, 0xFE, 0xFF, 0, null, operand);
    }

    /** INC m (Vol. 2A INC, FE/FF /0). */
    public final void inc(OperandSize size, Address operand) {
        sizedMemoryForm(size, 0xFE, 0xFF, 0, null, operand, 0);
    }

    /** DEC r (Vol. 2A DEC, FE/FF /1). */
    public final void dec(OperandSize size, Gpr operand) {
        sizedRegisterForm(size, 0xFE, 0xFF, 1, null, operand);
    }

    /** DEC m (Vol. 2A DEC, FE/FF /1). */
    public final void dec(OperandSize size, Address operand) {
        sizedMemoryForm(size, 0xFE, 0xFF, 1, null, operand, 0);
    }

    // ---- AT&T-suffixed forms (generated by src/build/generate-suffixed-methods.py: edit the script)

    /** ADD r8, r8 (Vol. 2A ADD). */
    public final void addb(Gpr dst, Gpr src) {
        alu(AluOperation.ADD, OperandSize.BYTE, dst, src);
    }

    /** ADD r8, m8 (Vol. 2A ADD). */
    public final void addb(Gpr dst, Address src) {
        alu(AluOperation.ADD, OperandSize.BYTE, dst, src);
    }

    /** ADD m8, r8 (Vol. 2A ADD). */
    public final void addb(Address dst, Gpr src) {
        alu(AluOperation.ADD, OperandSize.BYTE, dst, src);
    }

    /** ADD r8, imm (Vol. 2A ADD); imm in -128..255. */
    public final void addb(Gpr dst, int imm) {
        alu(AluOperation.ADD, OperandSize.BYTE, dst, imm);
    }

    /** ADD m8, imm (Vol. 2A ADD); imm in -128..255. */
    public final void addb(Address dst, int imm) {
        alu(AluOperation.ADD, OperandSize.BYTE, dst, imm);
    }

    /** ADD r16, r16 (Vol. 2A ADD). */
    public final void addw(Gpr dst, Gpr src) {
        alu(AluOperation.ADD, OperandSize.WORD, dst, src);
    }

    /** ADD r16, m16 (Vol. 2A ADD). */
    public final void addw(Gpr dst, Address src) {
        alu(AluOperation.ADD, OperandSize.WORD, dst, src);
    }

    /** ADD m16, r16 (Vol. 2A ADD). */
    public final void addw(Address dst, Gpr src) {
        alu(AluOperation.ADD, OperandSize.WORD, dst, src);
    }

    /** ADD r16, imm (Vol. 2A ADD); imm in -32768..65535. */
    public final void addw(Gpr dst, int imm) {
        alu(AluOperation.ADD, OperandSize.WORD, dst, imm);
    }

    /** ADD m16, imm (Vol. 2A ADD); imm in -32768..65535. */
    public final void addw(Address dst, int imm) {
        alu(AluOperation.ADD, OperandSize.WORD, dst, imm);
    }

    /** ADD r32, r32 (Vol. 2A ADD). */
    public final void addl(Gpr dst, Gpr src) {
        alu(AluOperation.ADD, OperandSize.DWORD, dst, src);
    }

    /** ADD r32, m32 (Vol. 2A ADD). */
    public final void addl(Gpr dst, Address src) {
        alu(AluOperation.ADD, OperandSize.DWORD, dst, src);
    }

    /** ADD m32, r32 (Vol. 2A ADD). */
    public final void addl(Address dst, Gpr src) {
        alu(AluOperation.ADD, OperandSize.DWORD, dst, src);
    }

    /** ADD r32, imm (Vol. 2A ADD); any int. */
    public final void addl(Gpr dst, int imm) {
        alu(AluOperation.ADD, OperandSize.DWORD, dst, imm);
    }

    /** ADD m32, imm (Vol. 2A ADD); any int. */
    public final void addl(Address dst, int imm) {
        alu(AluOperation.ADD, OperandSize.DWORD, dst, imm);
    }

    /** ADD r64, r64 (Vol. 2A ADD). */
    public final void addq(Gpr dst, Gpr src) {
        alu(AluOperation.ADD, OperandSize.QWORD, dst, src);
    }

    /** ADD r64, m64 (Vol. 2A ADD). */
    public final void addq(Gpr dst, Address src) {
        alu(AluOperation.ADD, OperandSize.QWORD, dst, src);
    }

    /** ADD m64, r64 (Vol. 2A ADD). */
    public final void addq(Address dst, Gpr src) {
        alu(AluOperation.ADD, OperandSize.QWORD, dst, src);
    }

    /** ADD r64, imm (Vol. 2A ADD); imm32 sign-extended. */
    public final void addq(Gpr dst, int imm) {
        alu(AluOperation.ADD, OperandSize.QWORD, dst, imm);
    }

    /** ADD m64, imm (Vol. 2A ADD); imm32 sign-extended. */
    public final void addq(Address dst, int imm) {
        alu(AluOperation.ADD, OperandSize.QWORD, dst, imm);
    }

    /** OR r8, r8 (Vol. 2B OR). */
    public final void orb(Gpr dst, Gpr src) {
        alu(AluOperation.OR, OperandSize.BYTE, dst, src);
    }

    /** OR r8, m8 (Vol. 2B OR). */
    public final void orb(Gpr dst, Address src) {
        alu(AluOperation.OR, OperandSize.BYTE, dst, src);
    }

    /** OR m8, r8 (Vol. 2B OR). */
    public final void orb(Address dst, Gpr src) {
        alu(AluOperation.OR, OperandSize.BYTE, dst, src);
    }

    /** OR r8, imm (Vol. 2B OR); imm in -128..255. */
    public final void orb(Gpr dst, int imm) {
        alu(AluOperation.OR, OperandSize.BYTE, dst, imm);
    }

    /** OR m8, imm (Vol. 2B OR); imm in -128..255. */
    public final void orb(Address dst, int imm) {
        alu(AluOperation.OR, OperandSize.BYTE, dst, imm);
    }

    /** OR r16, r16 (Vol. 2B OR). */
    public final void orw(Gpr dst, Gpr src) {
        alu(AluOperation.OR, OperandSize.WORD, dst, src);
    }

    /** OR r16, m16 (Vol. 2B OR). */
    public final void orw(Gpr dst, Address src) {
        alu(AluOperation.OR, OperandSize.WORD, dst, src);
    }

    /** OR m16, r16 (Vol. 2B OR). */
    public final void orw(Address dst, Gpr src) {
        alu(AluOperation.OR, OperandSize.WORD, dst, src);
    }

    /** OR r16, imm (Vol. 2B OR); imm in -32768..65535. */
    public final void orw(Gpr dst, int imm) {
        alu(AluOperation.OR, OperandSize.WORD, dst, imm);
    }

    /** OR m16, imm (Vol. 2B OR); imm in -32768..65535. */
    public final void orw(Address dst, int imm) {
        alu(AluOperation.OR, OperandSize.WORD, dst, imm);
    }

    /** OR r32, r32 (Vol. 2B OR). */
    public final void orl(Gpr dst, Gpr src) {
        alu(AluOperation.OR, OperandSize.DWORD, dst, src);
    }

    /** OR r32, m32 (Vol. 2B OR). */
    public final void orl(Gpr dst, Address src) {
        alu(AluOperation.OR, OperandSize.DWORD, dst, src);
    }

    /** OR m32, r32 (Vol. 2B OR). */
    public final void orl(Address dst, Gpr src) {
        alu(AluOperation.OR, OperandSize.DWORD, dst, src);
    }

    /** OR r32, imm (Vol. 2B OR); any int. */
    public final void orl(Gpr dst, int imm) {
        alu(AluOperation.OR, OperandSize.DWORD, dst, imm);
    }

    /** OR m32, imm (Vol. 2B OR); any int. */
    public final void orl(Address dst, int imm) {
        alu(AluOperation.OR, OperandSize.DWORD, dst, imm);
    }

    /** OR r64, r64 (Vol. 2B OR). */
    public final void orq(Gpr dst, Gpr src) {
        alu(AluOperation.OR, OperandSize.QWORD, dst, src);
    }

    /** OR r64, m64 (Vol. 2B OR). */
    public final void orq(Gpr dst, Address src) {
        alu(AluOperation.OR, OperandSize.QWORD, dst, src);
    }

    /** OR m64, r64 (Vol. 2B OR). */
    public final void orq(Address dst, Gpr src) {
        alu(AluOperation.OR, OperandSize.QWORD, dst, src);
    }

    /** OR r64, imm (Vol. 2B OR); imm32 sign-extended. */
    public final void orq(Gpr dst, int imm) {
        alu(AluOperation.OR, OperandSize.QWORD, dst, imm);
    }

    /** OR m64, imm (Vol. 2B OR); imm32 sign-extended. */
    public final void orq(Address dst, int imm) {
        alu(AluOperation.OR, OperandSize.QWORD, dst, imm);
    }

    /** ADC r8, r8 (Vol. 2A ADC). */
    public final void adcb(Gpr dst, Gpr src) {
        alu(AluOperation.ADC, OperandSize.BYTE, dst, src);
    }

    /** ADC r8, m8 (Vol. 2A ADC). */
    public final void adcb(Gpr dst, Address src) {
        alu(AluOperation.ADC, OperandSize.BYTE, dst, src);
    }

    /** ADC m8, r8 (Vol. 2A ADC). */
    public final void adcb(Address dst, Gpr src) {
        alu(AluOperation.ADC, OperandSize.BYTE, dst, src);
    }

    /** ADC r8, imm (Vol. 2A ADC); imm in -128..255. */
    public final void adcb(Gpr dst, int imm) {
        alu(AluOperation.ADC, OperandSize.BYTE, dst, imm);
    }

    /** ADC m8, imm (Vol. 2A ADC); imm in -128..255. */
    public final void adcb(Address dst, int imm) {
        alu(AluOperation.ADC, OperandSize.BYTE, dst, imm);
    }

    /** ADC r16, r16 (Vol. 2A ADC). */
    public final void adcw(Gpr dst, Gpr src) {
        alu(AluOperation.ADC, OperandSize.WORD, dst, src);
    }

    /** ADC r16, m16 (Vol. 2A ADC). */
    public final void adcw(Gpr dst, Address src) {
        alu(AluOperation.ADC, OperandSize.WORD, dst, src);
    }

    /** ADC m16, r16 (Vol. 2A ADC). */
    public final void adcw(Address dst, Gpr src) {
        alu(AluOperation.ADC, OperandSize.WORD, dst, src);
    }

    /** ADC r16, imm (Vol. 2A ADC); imm in -32768..65535. */
    public final void adcw(Gpr dst, int imm) {
        alu(AluOperation.ADC, OperandSize.WORD, dst, imm);
    }

    /** ADC m16, imm (Vol. 2A ADC); imm in -32768..65535. */
    public final void adcw(Address dst, int imm) {
        alu(AluOperation.ADC, OperandSize.WORD, dst, imm);
    }

    /** ADC r32, r32 (Vol. 2A ADC). */
    public final void adcl(Gpr dst, Gpr src) {
        alu(AluOperation.ADC, OperandSize.DWORD, dst, src);
    }

    /** ADC r32, m32 (Vol. 2A ADC). */
    public final void adcl(Gpr dst, Address src) {
        alu(AluOperation.ADC, OperandSize.DWORD, dst, src);
    }

    /** ADC m32, r32 (Vol. 2A ADC). */
    public final void adcl(Address dst, Gpr src) {
        alu(AluOperation.ADC, OperandSize.DWORD, dst, src);
    }

    /** ADC r32, imm (Vol. 2A ADC); any int. */
    public final void adcl(Gpr dst, int imm) {
        alu(AluOperation.ADC, OperandSize.DWORD, dst, imm);
    }

    /** ADC m32, imm (Vol. 2A ADC); any int. */
    public final void adcl(Address dst, int imm) {
        alu(AluOperation.ADC, OperandSize.DWORD, dst, imm);
    }

    /** ADC r64, r64 (Vol. 2A ADC). */
    public final void adcq(Gpr dst, Gpr src) {
        alu(AluOperation.ADC, OperandSize.QWORD, dst, src);
    }

    /** ADC r64, m64 (Vol. 2A ADC). */
    public final void adcq(Gpr dst, Address src) {
        alu(AluOperation.ADC, OperandSize.QWORD, dst, src);
    }

    /** ADC m64, r64 (Vol. 2A ADC). */
    public final void adcq(Address dst, Gpr src) {
        alu(AluOperation.ADC, OperandSize.QWORD, dst, src);
    }

    /** ADC r64, imm (Vol. 2A ADC); imm32 sign-extended. */
    public final void adcq(Gpr dst, int imm) {
        alu(AluOperation.ADC, OperandSize.QWORD, dst, imm);
    }

    /** ADC m64, imm (Vol. 2A ADC); imm32 sign-extended. */
    public final void adcq(Address dst, int imm) {
        alu(AluOperation.ADC, OperandSize.QWORD, dst, imm);
    }

    /** SBB r8, r8 (Vol. 2B SBB). */
    public final void sbbb(Gpr dst, Gpr src) {
        alu(AluOperation.SBB, OperandSize.BYTE, dst, src);
    }

    /** SBB r8, m8 (Vol. 2B SBB). */
    public final void sbbb(Gpr dst, Address src) {
        alu(AluOperation.SBB, OperandSize.BYTE, dst, src);
    }

    /** SBB m8, r8 (Vol. 2B SBB). */
    public final void sbbb(Address dst, Gpr src) {
        alu(AluOperation.SBB, OperandSize.BYTE, dst, src);
    }

    /** SBB r8, imm (Vol. 2B SBB); imm in -128..255. */
    public final void sbbb(Gpr dst, int imm) {
        alu(AluOperation.SBB, OperandSize.BYTE, dst, imm);
    }

    /** SBB m8, imm (Vol. 2B SBB); imm in -128..255. */
    public final void sbbb(Address dst, int imm) {
        alu(AluOperation.SBB, OperandSize.BYTE, dst, imm);
    }

    /** SBB r16, r16 (Vol. 2B SBB). */
    public final void sbbw(Gpr dst, Gpr src) {
        alu(AluOperation.SBB, OperandSize.WORD, dst, src);
    }

    /** SBB r16, m16 (Vol. 2B SBB). */
    public final void sbbw(Gpr dst, Address src) {
        alu(AluOperation.SBB, OperandSize.WORD, dst, src);
    }

    /** SBB m16, r16 (Vol. 2B SBB). */
    public final void sbbw(Address dst, Gpr src) {
        alu(AluOperation.SBB, OperandSize.WORD, dst, src);
    }

    /** SBB r16, imm (Vol. 2B SBB); imm in -32768..65535. */
    public final void sbbw(Gpr dst, int imm) {
        alu(AluOperation.SBB, OperandSize.WORD, dst, imm);
    }

    /** SBB m16, imm (Vol. 2B SBB); imm in -32768..65535. */
    public final void sbbw(Address dst, int imm) {
        alu(AluOperation.SBB, OperandSize.WORD, dst, imm);
    }

    /** SBB r32, r32 (Vol. 2B SBB). */
    public final void sbbl(Gpr dst, Gpr src) {
        alu(AluOperation.SBB, OperandSize.DWORD, dst, src);
    }

    /** SBB r32, m32 (Vol. 2B SBB). */
    public final void sbbl(Gpr dst, Address src) {
        alu(AluOperation.SBB, OperandSize.DWORD, dst, src);
    }

    /** SBB m32, r32 (Vol. 2B SBB). */
    public final void sbbl(Address dst, Gpr src) {
        alu(AluOperation.SBB, OperandSize.DWORD, dst, src);
    }

    /** SBB r32, imm (Vol. 2B SBB); any int. */
    public final void sbbl(Gpr dst, int imm) {
        alu(AluOperation.SBB, OperandSize.DWORD, dst, imm);
    }

    /** SBB m32, imm (Vol. 2B SBB); any int. */
    public final void sbbl(Address dst, int imm) {
        alu(AluOperation.SBB, OperandSize.DWORD, dst, imm);
    }

    /** SBB r64, r64 (Vol. 2B SBB). */
    public final void sbbq(Gpr dst, Gpr src) {
        alu(AluOperation.SBB, OperandSize.QWORD, dst, src);
    }

    /** SBB r64, m64 (Vol. 2B SBB). */
    public final void sbbq(Gpr dst, Address src) {
        alu(AluOperation.SBB, OperandSize.QWORD, dst, src);
    }

    /** SBB m64, r64 (Vol. 2B SBB). */
    public final void sbbq(Address dst, Gpr src) {
        alu(AluOperation.SBB, OperandSize.QWORD, dst, src);
    }

    /** SBB r64, imm (Vol. 2B SBB); imm32 sign-extended. */
    public final void sbbq(Gpr dst, int imm) {
        alu(AluOperation.SBB, OperandSize.QWORD, dst, imm);
    }

    /** SBB m64, imm (Vol. 2B SBB); imm32 sign-extended. */
    public final void sbbq(Address dst, int imm) {
        alu(AluOperation.SBB, OperandSize.QWORD, dst, imm);
    }

    /** AND r8, r8 (Vol. 2A AND). */
    public final void andb(Gpr dst, Gpr src) {
        alu(AluOperation.AND, OperandSize.BYTE, dst, src);
    }

    /** AND r8, m8 (Vol. 2A AND). */
    public final void andb(Gpr dst, Address src) {
        alu(AluOperation.AND, OperandSize.BYTE, dst, src);
    }

    /** AND m8, r8 (Vol. 2A AND). */
    public final void andb(Address dst, Gpr src) {
        alu(AluOperation.AND, OperandSize.BYTE, dst, src);
    }

    /** AND r8, imm (Vol. 2A AND); imm in -128..255. */
    public final void andb(Gpr dst, int imm) {
        alu(AluOperation.AND, OperandSize.BYTE, dst, imm);
    }

    /** AND m8, imm (Vol. 2A AND); imm in -128..255. */
    public final void andb(Address dst, int imm) {
        alu(AluOperation.AND, OperandSize.BYTE, dst, imm);
    }

    /** AND r16, r16 (Vol. 2A AND). */
    public final void andw(Gpr dst, Gpr src) {
        alu(AluOperation.AND, OperandSize.WORD, dst, src);
    }

    /** AND r16, m16 (Vol. 2A AND). */
    public final void andw(Gpr dst, Address src) {
        alu(AluOperation.AND, OperandSize.WORD, dst, src);
    }

    /** AND m16, r16 (Vol. 2A AND). */
    public final void andw(Address dst, Gpr src) {
        alu(AluOperation.AND, OperandSize.WORD, dst, src);
    }

    /** AND r16, imm (Vol. 2A AND); imm in -32768..65535. */
    public final void andw(Gpr dst, int imm) {
        alu(AluOperation.AND, OperandSize.WORD, dst, imm);
    }

    /** AND m16, imm (Vol. 2A AND); imm in -32768..65535. */
    public final void andw(Address dst, int imm) {
        alu(AluOperation.AND, OperandSize.WORD, dst, imm);
    }

    /** AND r32, r32 (Vol. 2A AND). */
    public final void andl(Gpr dst, Gpr src) {
        alu(AluOperation.AND, OperandSize.DWORD, dst, src);
    }

    /** AND r32, m32 (Vol. 2A AND). */
    public final void andl(Gpr dst, Address src) {
        alu(AluOperation.AND, OperandSize.DWORD, dst, src);
    }

    /** AND m32, r32 (Vol. 2A AND). */
    public final void andl(Address dst, Gpr src) {
        alu(AluOperation.AND, OperandSize.DWORD, dst, src);
    }

    /** AND r32, imm (Vol. 2A AND); any int. */
    public final void andl(Gpr dst, int imm) {
        alu(AluOperation.AND, OperandSize.DWORD, dst, imm);
    }

    /** AND m32, imm (Vol. 2A AND); any int. */
    public final void andl(Address dst, int imm) {
        alu(AluOperation.AND, OperandSize.DWORD, dst, imm);
    }

    /** AND r64, r64 (Vol. 2A AND). */
    public final void andq(Gpr dst, Gpr src) {
        alu(AluOperation.AND, OperandSize.QWORD, dst, src);
    }

    /** AND r64, m64 (Vol. 2A AND). */
    public final void andq(Gpr dst, Address src) {
        alu(AluOperation.AND, OperandSize.QWORD, dst, src);
    }

    /** AND m64, r64 (Vol. 2A AND). */
    public final void andq(Address dst, Gpr src) {
        alu(AluOperation.AND, OperandSize.QWORD, dst, src);
    }

    /** AND r64, imm (Vol. 2A AND); imm32 sign-extended. */
    public final void andq(Gpr dst, int imm) {
        alu(AluOperation.AND, OperandSize.QWORD, dst, imm);
    }

    /** AND m64, imm (Vol. 2A AND); imm32 sign-extended. */
    public final void andq(Address dst, int imm) {
        alu(AluOperation.AND, OperandSize.QWORD, dst, imm);
    }

    /** SUB r8, r8 (Vol. 2B SUB). */
    public final void subb(Gpr dst, Gpr src) {
        alu(AluOperation.SUB, OperandSize.BYTE, dst, src);
    }

    /** SUB r8, m8 (Vol. 2B SUB). */
    public final void subb(Gpr dst, Address src) {
        alu(AluOperation.SUB, OperandSize.BYTE, dst, src);
    }

    /** SUB m8, r8 (Vol. 2B SUB). */
    public final void subb(Address dst, Gpr src) {
        alu(AluOperation.SUB, OperandSize.BYTE, dst, src);
    }

    /** SUB r8, imm (Vol. 2B SUB); imm in -128..255. */
    public final void subb(Gpr dst, int imm) {
        alu(AluOperation.SUB, OperandSize.BYTE, dst, imm);
    }

    /** SUB m8, imm (Vol. 2B SUB); imm in -128..255. */
    public final void subb(Address dst, int imm) {
        alu(AluOperation.SUB, OperandSize.BYTE, dst, imm);
    }

    /** SUB r16, r16 (Vol. 2B SUB). */
    public final void subw(Gpr dst, Gpr src) {
        alu(AluOperation.SUB, OperandSize.WORD, dst, src);
    }

    /** SUB r16, m16 (Vol. 2B SUB). */
    public final void subw(Gpr dst, Address src) {
        alu(AluOperation.SUB, OperandSize.WORD, dst, src);
    }

    /** SUB m16, r16 (Vol. 2B SUB). */
    public final void subw(Address dst, Gpr src) {
        alu(AluOperation.SUB, OperandSize.WORD, dst, src);
    }

    /** SUB r16, imm (Vol. 2B SUB); imm in -32768..65535. */
    public final void subw(Gpr dst, int imm) {
        alu(AluOperation.SUB, OperandSize.WORD, dst, imm);
    }

    /** SUB m16, imm (Vol. 2B SUB); imm in -32768..65535. */
    public final void subw(Address dst, int imm) {
        alu(AluOperation.SUB, OperandSize.WORD, dst, imm);
    }

    /** SUB r32, r32 (Vol. 2B SUB). */
    public final void subl(Gpr dst, Gpr src) {
        alu(AluOperation.SUB, OperandSize.DWORD, dst, src);
    }

    /** SUB r32, m32 (Vol. 2B SUB). */
    public final void subl(Gpr dst, Address src) {
        alu(AluOperation.SUB, OperandSize.DWORD, dst, src);
    }

    /** SUB m32, r32 (Vol. 2B SUB). */
    public final void subl(Address dst, Gpr src) {
        alu(AluOperation.SUB, OperandSize.DWORD, dst, src);
    }

    /** SUB r32, imm (Vol. 2B SUB); any int. */
    public final void subl(Gpr dst, int imm) {
        alu(AluOperation.SUB, OperandSize.DWORD, dst, imm);
    }

    /** SUB m32, imm (Vol. 2B SUB); any int. */
    public final void subl(Address dst, int imm) {
        alu(AluOperation.SUB, OperandSize.DWORD, dst, imm);
    }

    /** SUB r64, r64 (Vol. 2B SUB). */
    public final void subq(Gpr dst, Gpr src) {
        alu(AluOperation.SUB, OperandSize.QWORD, dst, src);
    }

    /** SUB r64, m64 (Vol. 2B SUB). */
    public final void subq(Gpr dst, Address src) {
        alu(AluOperation.SUB, OperandSize.QWORD, dst, src);
    }

    /** SUB m64, r64 (Vol. 2B SUB). */
    public final void subq(Address dst, Gpr src) {
        alu(AluOperation.SUB, OperandSize.QWORD, dst, src);
    }

    /** SUB r64, imm (Vol. 2B SUB); imm32 sign-extended. */
    public final void subq(Gpr dst, int imm) {
        alu(AluOperation.SUB, OperandSize.QWORD, dst, imm);
    }

    /** SUB m64, imm (Vol. 2B SUB); imm32 sign-extended. */
    public final void subq(Address dst, int imm) {
        alu(AluOperation.SUB, OperandSize.QWORD, dst, imm);
    }

    /** XOR r8, r8 (Vol. 2B XOR). */
    public final void xorb(Gpr dst, Gpr src) {
        alu(AluOperation.XOR, OperandSize.BYTE, dst, src);
    }

    /** XOR r8, m8 (Vol. 2B XOR). */
    public final void xorb(Gpr dst, Address src) {
        alu(AluOperation.XOR, OperandSize.BYTE, dst, src);
    }

    /** XOR m8, r8 (Vol. 2B XOR). */
    public final void xorb(Address dst, Gpr src) {
        alu(AluOperation.XOR, OperandSize.BYTE, dst, src);
    }

    /** XOR r8, imm (Vol. 2B XOR); imm in -128..255. */
    public final void xorb(Gpr dst, int imm) {
        alu(AluOperation.XOR, OperandSize.BYTE, dst, imm);
    }

    /** XOR m8, imm (Vol. 2B XOR); imm in -128..255. */
    public final void xorb(Address dst, int imm) {
        alu(AluOperation.XOR, OperandSize.BYTE, dst, imm);
    }

    /** XOR r16, r16 (Vol. 2B XOR). */
    public final void xorw(Gpr dst, Gpr src) {
        alu(AluOperation.XOR, OperandSize.WORD, dst, src);
    }

    /** XOR r16, m16 (Vol. 2B XOR). */
    public final void xorw(Gpr dst, Address src) {
        alu(AluOperation.XOR, OperandSize.WORD, dst, src);
    }

    /** XOR m16, r16 (Vol. 2B XOR). */
    public final void xorw(Address dst, Gpr src) {
        alu(AluOperation.XOR, OperandSize.WORD, dst, src);
    }

    /** XOR r16, imm (Vol. 2B XOR); imm in -32768..65535. */
    public final void xorw(Gpr dst, int imm) {
        alu(AluOperation.XOR, OperandSize.WORD, dst, imm);
    }

    /** XOR m16, imm (Vol. 2B XOR); imm in -32768..65535. */
    public final void xorw(Address dst, int imm) {
        alu(AluOperation.XOR, OperandSize.WORD, dst, imm);
    }

    /** XOR r32, r32 (Vol. 2B XOR). */
    public final void xorl(Gpr dst, Gpr src) {
        alu(AluOperation.XOR, OperandSize.DWORD, dst, src);
    }

    /** XOR r32, m32 (Vol. 2B XOR). */
    public final void xorl(Gpr dst, Address src) {
        alu(AluOperation.XOR, OperandSize.DWORD, dst, src);
    }

    /** XOR m32, r32 (Vol. 2B XOR). */
    public final void xorl(Address dst, Gpr src) {
        alu(AluOperation.XOR, OperandSize.DWORD, dst, src);
    }

    /** XOR r32, imm (Vol. 2B XOR); any int. */
    public final void xorl(Gpr dst, int imm) {
        alu(AluOperation.XOR, OperandSize.DWORD, dst, imm);
    }

    /** XOR m32, imm (Vol. 2B XOR); any int. */
    public final void xorl(Address dst, int imm) {
        alu(AluOperation.XOR, OperandSize.DWORD, dst, imm);
    }

    /** XOR r64, r64 (Vol. 2B XOR). */
    public final void xorq(Gpr dst, Gpr src) {
        alu(AluOperation.XOR, OperandSize.QWORD, dst, src);
    }

    /** XOR r64, m64 (Vol. 2B XOR). */
    public final void xorq(Gpr dst, Address src) {
        alu(AluOperation.XOR, OperandSize.QWORD, dst, src);
    }

    /** XOR m64, r64 (Vol. 2B XOR). */
    public final void xorq(Address dst, Gpr src) {
        alu(AluOperation.XOR, OperandSize.QWORD, dst, src);
    }

    /** XOR r64, imm (Vol. 2B XOR); imm32 sign-extended. */
    public final void xorq(Gpr dst, int imm) {
        alu(AluOperation.XOR, OperandSize.QWORD, dst, imm);
    }

    /** XOR m64, imm (Vol. 2B XOR); imm32 sign-extended. */
    public final void xorq(Address dst, int imm) {
        alu(AluOperation.XOR, OperandSize.QWORD, dst, imm);
    }

    /** CMP r8, r8 (Vol. 2A CMP). */
    public final void cmpb(Gpr dst, Gpr src) {
        alu(AluOperation.CMP, OperandSize.BYTE, dst, src);
    }

    /** CMP r8, m8 (Vol. 2A CMP). */
    public final void cmpb(Gpr dst, Address src) {
        alu(AluOperation.CMP, OperandSize.BYTE, dst, src);
    }

    /** CMP m8, r8 (Vol. 2A CMP). */
    public final void cmpb(Address dst, Gpr src) {
        alu(AluOperation.CMP, OperandSize.BYTE, dst, src);
    }

    /** CMP r8, imm (Vol. 2A CMP); imm in -128..255. */
    public final void cmpb(Gpr dst, int imm) {
        alu(AluOperation.CMP, OperandSize.BYTE, dst, imm);
    }

    /** CMP m8, imm (Vol. 2A CMP); imm in -128..255. */
    public final void cmpb(Address dst, int imm) {
        alu(AluOperation.CMP, OperandSize.BYTE, dst, imm);
    }

    /** CMP r16, r16 (Vol. 2A CMP). */
    public final void cmpw(Gpr dst, Gpr src) {
        alu(AluOperation.CMP, OperandSize.WORD, dst, src);
    }

    /** CMP r16, m16 (Vol. 2A CMP). */
    public final void cmpw(Gpr dst, Address src) {
        alu(AluOperation.CMP, OperandSize.WORD, dst, src);
    }

    /** CMP m16, r16 (Vol. 2A CMP). */
    public final void cmpw(Address dst, Gpr src) {
        alu(AluOperation.CMP, OperandSize.WORD, dst, src);
    }

    /** CMP r16, imm (Vol. 2A CMP); imm in -32768..65535. */
    public final void cmpw(Gpr dst, int imm) {
        alu(AluOperation.CMP, OperandSize.WORD, dst, imm);
    }

    /** CMP m16, imm (Vol. 2A CMP); imm in -32768..65535. */
    public final void cmpw(Address dst, int imm) {
        alu(AluOperation.CMP, OperandSize.WORD, dst, imm);
    }

    /** CMP r32, r32 (Vol. 2A CMP). */
    public final void cmpl(Gpr dst, Gpr src) {
        alu(AluOperation.CMP, OperandSize.DWORD, dst, src);
    }

    /** CMP r32, m32 (Vol. 2A CMP). */
    public final void cmpl(Gpr dst, Address src) {
        alu(AluOperation.CMP, OperandSize.DWORD, dst, src);
    }

    /** CMP m32, r32 (Vol. 2A CMP). */
    public final void cmpl(Address dst, Gpr src) {
        alu(AluOperation.CMP, OperandSize.DWORD, dst, src);
    }

    /** CMP r32, imm (Vol. 2A CMP); any int. */
    public final void cmpl(Gpr dst, int imm) {
        alu(AluOperation.CMP, OperandSize.DWORD, dst, imm);
    }

    /** CMP m32, imm (Vol. 2A CMP); any int. */
    public final void cmpl(Address dst, int imm) {
        alu(AluOperation.CMP, OperandSize.DWORD, dst, imm);
    }

    /** CMP r64, r64 (Vol. 2A CMP). */
    public final void cmpq(Gpr dst, Gpr src) {
        alu(AluOperation.CMP, OperandSize.QWORD, dst, src);
    }

    /** CMP r64, m64 (Vol. 2A CMP). */
    public final void cmpq(Gpr dst, Address src) {
        alu(AluOperation.CMP, OperandSize.QWORD, dst, src);
    }

    /** CMP m64, r64 (Vol. 2A CMP). */
    public final void cmpq(Address dst, Gpr src) {
        alu(AluOperation.CMP, OperandSize.QWORD, dst, src);
    }

    /** CMP r64, imm (Vol. 2A CMP); imm32 sign-extended. */
    public final void cmpq(Gpr dst, int imm) {
        alu(AluOperation.CMP, OperandSize.QWORD, dst, imm);
    }

    /** CMP m64, imm (Vol. 2A CMP); imm32 sign-extended. */
    public final void cmpq(Address dst, int imm) {
        alu(AluOperation.CMP, OperandSize.QWORD, dst, imm);
    }

    /** TEST r8, r8 (Vol. 2B TEST). */
    public final void testb(Gpr a, Gpr b) {
        test(OperandSize.BYTE, a, b);
    }

    /** TEST m8, r8 (Vol. 2B TEST). */
    public final void testb(Address a, Gpr b) {
        test(OperandSize.BYTE, a, b);
    }

    /** TEST r8, imm (Vol. 2B TEST); imm in -128..255. */
    public final void testb(Gpr a, int imm) {
        test(OperandSize.BYTE, a, imm);
    }

    /** TEST m8, imm (Vol. 2B TEST); imm in -128..255. */
    public final void testb(Address a, int imm) {
        test(OperandSize.BYTE, a, imm);
    }

    /** TEST r16, r16 (Vol. 2B TEST). */
    public final void testw(Gpr a, Gpr b) {
        test(OperandSize.WORD, a, b);
    }

    /** TEST m16, r16 (Vol. 2B TEST). */
    public final void testw(Address a, Gpr b) {
        test(OperandSize.WORD, a, b);
    }

    /** TEST r16, imm (Vol. 2B TEST); imm in -32768..65535. */
    public final void testw(Gpr a, int imm) {
        test(OperandSize.WORD, a, imm);
    }

    /** TEST m16, imm (Vol. 2B TEST); imm in -32768..65535. */
    public final void testw(Address a, int imm) {
        test(OperandSize.WORD, a, imm);
    }

    /** TEST r32, r32 (Vol. 2B TEST). */
    public final void testl(Gpr a, Gpr b) {
        test(OperandSize.DWORD, a, b);
    }

    /** TEST m32, r32 (Vol. 2B TEST). */
    public final void testl(Address a, Gpr b) {
        test(OperandSize.DWORD, a, b);
    }

    /** TEST r32, imm (Vol. 2B TEST); any int. */
    public final void testl(Gpr a, int imm) {
        test(OperandSize.DWORD, a, imm);
    }

    /** TEST m32, imm (Vol. 2B TEST); any int. */
    public final void testl(Address a, int imm) {
        test(OperandSize.DWORD, a, imm);
    }

    /** TEST r64, r64 (Vol. 2B TEST). */
    public final void testq(Gpr a, Gpr b) {
        test(OperandSize.QWORD, a, b);
    }

    /** TEST m64, r64 (Vol. 2B TEST). */
    public final void testq(Address a, Gpr b) {
        test(OperandSize.QWORD, a, b);
    }

    /** TEST r64, imm (Vol. 2B TEST); imm32 sign-extended. */
    public final void testq(Gpr a, int imm) {
        test(OperandSize.QWORD, a, imm);
    }

    /** TEST m64, imm (Vol. 2B TEST); imm32 sign-extended. */
    public final void testq(Address a, int imm) {
        test(OperandSize.QWORD, a, imm);
    }

    /** INC r8 (Vol. 2A INC). */
    public final void incb(Gpr operand) {
        inc(OperandSize.BYTE, operand);
    }

    /** INC m8 (Vol. 2A INC). */
    public final void incb(Address operand) {
        inc(OperandSize.BYTE, operand);
    }

    /** INC r16 (Vol. 2A INC). */
    public final void incw(Gpr operand) {
        inc(OperandSize.WORD, operand);
    }

    /** INC m16 (Vol. 2A INC). */
    public final void incw(Address operand) {
        inc(OperandSize.WORD, operand);
    }

    /** INC r32 (Vol. 2A INC). */
    public final void incl(Gpr operand) {
        inc(OperandSize.DWORD, operand);
    }

    /** INC m32 (Vol. 2A INC). */
    public final void incl(Address operand) {
        inc(OperandSize.DWORD, operand);
    }

    /** INC r64 (Vol. 2A INC). */
    public final void incq(Gpr operand) {
        inc(OperandSize.QWORD, operand);
    }

    /** INC m64 (Vol. 2A INC). */
    public final void incq(Address operand) {
        inc(OperandSize.QWORD, operand);
    }

    /** DEC r8 (Vol. 2A DEC). */
    public final void decb(Gpr operand) {
        dec(OperandSize.BYTE, operand);
    }

    /** DEC m8 (Vol. 2A DEC). */
    public final void decb(Address operand) {
        dec(OperandSize.BYTE, operand);
    }

    /** DEC r16 (Vol. 2A DEC). */
    public final void decw(Gpr operand) {
        dec(OperandSize.WORD, operand);
    }

    /** DEC m16 (Vol. 2A DEC). */
    public final void decw(Address operand) {
        dec(OperandSize.WORD, operand);
    }

    /** DEC r32 (Vol. 2A DEC). */
    public final void decl(Gpr operand) {
        dec(OperandSize.DWORD, operand);
    }

    /** DEC m32 (Vol. 2A DEC). */
    public final void decl(Address operand) {
        dec(OperandSize.DWORD, operand);
    }

    /** DEC r64 (Vol. 2A DEC). */
    public final void decq(Gpr operand) {
        dec(OperandSize.QWORD, operand);
    }

    /** DEC m64 (Vol. 2A DEC). */
    public final void decq(Address operand) {
        dec(OperandSize.QWORD, operand);
    }
}
