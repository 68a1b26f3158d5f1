package org.hotlink.x86.asm;

import static org.hotlink.x86.asm.OperandSize.BYTE;
import static org.hotlink.x86.asm.OperandSize.QWORD;
import static org.hotlink.x86.asm.OperandSize.WORD;

/**
 * Bit manipulation (BSWAP, POPCNT, LZCNT, TZCNT, BSF, BSR) and atomics (LOCK prefix, CMPXCHG, XADD,
 * fences, PAUSE). POPCNT, LZCNT and TZCNT need the CPU features of the same names; the caller checks them.
 */
public abstract class X86BitAndAtomicInstructions extends X86MultiplyShiftInstructions {
    X86BitAndAtomicInstructions(CodeBuffer buffer) {
        super(buffer);
    }

    /** Which bit-scan or bit-count instruction {@link #bitCount} encodes. */
    public enum BitCountOperation {
        /** POPCNT (Vol. 2B, F3 0F B8). */
        POPCNT(0xF3, 0x0FB8),
        /** LZCNT (Vol. 2A, F3 0F BD); on CPUs without LZCNT this decodes as BSR. */
        LZCNT(0xF3, 0x0FBD),
        /** TZCNT (Vol. 2B, F3 0F BC); on CPUs without BMI1 this decodes as BSF. */
        TZCNT(0xF3, 0x0FBC),
        /** BSF (Vol. 2A, 0F BC): destination undefined for a zero source. */
        BSF(0, 0x0FBC),
        /** BSR (Vol. 2A, 0F BD): destination undefined for a zero source. */
        BSR(0, 0x0FBD);

        private final int mandatoryPrefix;
        private final int opcode;

        BitCountOperation(int mandatoryPrefix, int opcode) {
            this.mandatoryPrefix = mandatoryPrefix;
            this.opcode = opcode;
        }
    }

    /**
     * BSWAP r32/r64 (Vol. 2A BSWAP, 0F C8+r).
     *
     * @throws IllegalArgumentException for BYTE or WORD (BSWAP r16 is undefined)
     */
    public final void bswap(OperandSize size, Gpr operand) {
        if (size == BYTE || size == WORD) {
            throw new IllegalArgumentException("BSWAP is defined for 32 and 64 bits only, not " + size);
        }
        emitOpcodeWithRegister(0, size == QWORD, 0x0FC8, operand.encoding(), false);
    }

    /**
     * POPCNT/LZCNT/TZCNT/BSF/BSR r, r.
     *
     * @throws IllegalArgumentException for a BYTE size
     */
    public final void bitCount(BitCountOperation op, OperandSize size, Gpr dst, Gpr src) {
        checkNotByte(size, op.name());
        emitRegisterForm(bitCountPrefixes(op, size), size == QWORD, op.opcode, dst.encoding(), src.encoding(), false);
    }

    /** POPCNT/LZCNT/TZCNT/BSF/BSR r, m. */
    public final void bitCount(BitCountOperation op, OperandSize size, Gpr dst, Address src) {
        checkNotByte(size, op.name());
        emitMemoryForm(bitCountPrefixes(op, size), size == QWORD, op.opcode, dst.encoding(), src, false, 0);
    }

    /** The operand-size prefix goes before the mandatory F3 (SDM Vol. 2A, 2.1.1). */
    private static int bitCountPrefixes(BitCountOperation op, OperandSize size) {
        int sizePrefix = sizePrefix(size);
        if (op.mandatoryPrefix == 0) {
            return sizePrefix;
        }
        return sizePrefix == 0 ? op.mandatoryPrefix : sizePrefix << 8 | op.mandatoryPrefix;
    }

    /**
     * BT r, imm8: CF = bit (imm mod width) of operand (Vol. 2A BT, 0F BA /4 ib).
     *
     * @throws IllegalArgumentException for a BYTE size or a bit index outside 0..width-1
     */
    public final void bt(OperandSize size, Gpr operand, int bit) {
        checkNotByte(size, "BT");
        Immediates.checkRange(bit, 0, size.bits() - 1, "BT bit index");
        sizedRegisterForm(size, 0, 0x0FBA, 4, null, operand);
        emitImmediate(1, bit);
    }

    /** BT r, r: CF = bit (bitIndex mod width) of operand (Vol. 2A BT, 0F A3 /r). */
    public final void bt(OperandSize size, Gpr operand, Gpr bitIndex) {
        checkNotByte(size, "BT");
        sizedRegisterForm(size, 0, 0x0FA3, bitIndex.encoding(), bitIndex, operand);
    }

    /** CLC: CF = 0 (Vol. 2A CLC, F8). */
    public final void clc() {
        emitPlain(0, false, 0xF8);
    }

    /** STC: CF = 1 (Vol. 2B STC, F9). */
    public final void stc() {
        emitPlain(0, false, 0xF9);
    }

    /** CMC: CF = !CF (Vol. 2A CMC, F5). */
    public final void cmc() {
        emitPlain(0, false, 0xF5);
    }

    /** CLD: DF = 0, string instructions count up (Vol. 2A CLD, FC). */
    public final void cld() {
        emitPlain(0, false, 0xFC);
    }

    /**
     * CMPXCHG16B m128: if RDX:RAX == m then m = RCX:RBX else RDX:RAX = m (Vol. 2A CMPXCHG8B/CMPXCHG16B,
     * REX.W 0F C7 /1); m must be 16-byte aligned. Atomic only with {@link #lock()}.
     */
    public final void cmpxchg16b(Address dst) {
        emitMemoryForm(0, true, 0x0FC7, 1, dst, false, 0);
    }

    /** LOCK CMPXCHG16B m128: the atomic 128-bit compare-and-swap. */
    public final void lockCmpxchg16b(Address dst) {
        lock();
        cmpxchg16b(dst);
    }

    /**
     * The LOCK prefix (Vol. 2A LOCK, F0): makes the next read-modify-write memory instruction atomic. Call
     * it immediately before that instruction; a following 66 operand-size prefix is moved in front of it,
     * as llvm-mc orders them.
     *
     * @throws IllegalStateException if called twice for one instruction
     */
    public final void lock() {
        lockNextInstruction();
    }

    /**
     * CMPXCHG m, r: if accumulator == m then m = src else accumulator = m (Vol. 2A CMPXCHG, 0F B0/B1 /r).
     * Not atomic without {@link #lock()}; see {@link #lockCmpxchg}.
     */
    public final void cmpxchg(OperandSize size, Address dst, Gpr src) {
        sizedMemoryForm(size, 0x0FB0, 0x0FB1, src.encoding(), src, dst, 0);
    }

    /** LOCK CMPXCHG m, r: the atomic compare-and-swap. */
    public final void lockCmpxchg(OperandSize size, Address dst, Gpr src) {
        lock();
        cmpxchg(size, dst, src);
    }

    /** XADD m, r: exchange and add (Vol. 2B XADD, 0F C0/C1 /r); atomic with {@link #lock()}. */
    public final void xadd(OperandSize size, Address dst, Gpr src) {
        sizedMemoryForm(size, 0x0FC0, 0x0FC1, src.encoding(), src, dst, 0);
    }

    /** LOCK XADD m, r: atomic fetch-and-add; src receives the old value. */
    public final void lockXadd(OperandSize size, Address dst, Gpr src) {
        lock();
        xadd(size, dst, src);
    }

    /** MFENCE (Vol. 2B MFENCE, 0F AE F0): orders all earlier loads and stores before later ones. */
    public final void mfence() {
        emitPlain(0, false, 0x0FAEF0);
    }

    /** LFENCE (Vol. 2A LFENCE, 0F AE E8). */
    public final void lfence() {
        emitPlain(0, false, 0x0FAEE8);
    }

    /** SFENCE (Vol. 2B SFENCE, 0F AE F8). */
    public final void sfence() {
        emitPlain(0, false, 0x0FAEF8);
    }

    /** PAUSE (Vol. 2B PAUSE, F3 90): spin-wait hint. */
    public final void pause() {
        emitPlain(0xF3, false, 0x90);
    }

    // ---- AT&T-suffixed forms (generated by src/build/generate-suffixed-methods.py: edit the script)

    /** BSWAP r32 (Vol. 2A BSWAP). */
    public final void bswapl(Gpr operand) {
        bswap(OperandSize.DWORD, operand);
    }

    /** BSWAP r64 (Vol. 2A BSWAP). */
    public final void bswapq(Gpr operand) {
        bswap(OperandSize.QWORD, operand);
    }

    /** POPCNT r16, r16 (Vol. 2B POPCNT). */
    public final void popcntw(Gpr dst, Gpr src) {
        bitCount(BitCountOperation.POPCNT, OperandSize.WORD, dst, src);
    }

    /** POPCNT r16, m16 (Vol. 2B POPCNT). */
    public final void popcntw(Gpr dst, Address src) {
        bitCount(BitCountOperation.POPCNT, OperandSize.WORD, dst, src);
    }

    /** POPCNT r32, r32 (Vol. 2B POPCNT). */
    public final void popcntl(Gpr dst, Gpr src) {
        bitCount(BitCountOperation.POPCNT, OperandSize.DWORD, dst, src);
    }

    /** POPCNT r32, m32 (Vol. 2B POPCNT). */
    public final void popcntl(Gpr dst, Address src) {
        bitCount(BitCountOperation.POPCNT, OperandSize.DWORD, dst, src);
    }

    /** POPCNT r64, r64 (Vol. 2B POPCNT). */
    public final void popcntq(Gpr dst, Gpr src) {
        bitCount(BitCountOperation.POPCNT, OperandSize.QWORD, dst, src);
    }

    /** POPCNT r64, m64 (Vol. 2B POPCNT). */
    public final void popcntq(Gpr dst, Address src) {
        bitCount(BitCountOperation.POPCNT, OperandSize.QWORD, dst, src);
    }

    /** LZCNT r16, r16 (Vol. 2A LZCNT). */
    public final void lzcntw(Gpr dst, Gpr src) {
        bitCount(BitCountOperation.LZCNT, OperandSize.WORD, dst, src);
    }

    /** LZCNT r16, m16 (Vol. 2A LZCNT). */
    public final void lzcntw(Gpr dst, Address src) {
        bitCount(BitCountOperation.LZCNT, OperandSize.WORD, dst, src);
    }

    /** LZCNT r32, r32 (Vol. 2A LZCNT). */
    public final void lzcntl(Gpr dst, Gpr src) {
        bitCount(BitCountOperation.LZCNT, OperandSize.DWORD, dst, src);
    }

    /** LZCNT r32, m32 (Vol. 2A LZCNT). */
    public final void lzcntl(Gpr dst, Address src) {
        bitCount(BitCountOperation.LZCNT, OperandSize.DWORD, dst, src);
    }

    /** LZCNT r64, r64 (Vol. 2A LZCNT). */
    public final void lzcntq(Gpr dst, Gpr src) {
        bitCount(BitCountOperation.LZCNT, OperandSize.QWORD, dst, src);
    }

    /** LZCNT r64, m64 (Vol. 2A LZCNT). */
    public final void lzcntq(Gpr dst, Address src) {
        bitCount(BitCountOperation.LZCNT, OperandSize.QWORD, dst, src);
    }

    /** TZCNT r16, r16 (Vol. 2B TZCNT). */
    public final void tzcntw(Gpr dst, Gpr src) {
        bitCount(BitCountOperation.TZCNT, OperandSize.WORD, dst, src);
    }

    /** TZCNT r16, m16 (Vol. 2B TZCNT). */
    public final void tzcntw(Gpr dst, Address src) {
        bitCount(BitCountOperation.TZCNT, OperandSize.WORD, dst, src);
    }

    /** TZCNT r32, r32 (Vol. 2B TZCNT). */
    public final void tzcntl(Gpr dst, Gpr src) {
        bitCount(BitCountOperation.TZCNT, OperandSize.DWORD, dst, src);
    }

    /** TZCNT r32, m32 (Vol. 2B TZCNT). */
    public final void tzcntl(Gpr dst, Address src) {
        bitCount(BitCountOperation.TZCNT, OperandSize.DWORD, dst, src);
    }

    /** TZCNT r64, r64 (Vol. 2B TZCNT). */
    public final void tzcntq(Gpr dst, Gpr src) {
        bitCount(BitCountOperation.TZCNT, OperandSize.QWORD, dst, src);
    }

    /** TZCNT r64, m64 (Vol. 2B TZCNT). */
    public final void tzcntq(Gpr dst, Address src) {
        bitCount(BitCountOperation.TZCNT, OperandSize.QWORD, dst, src);
    }

    /** BSF r16, r16 (Vol. 2A BSF). */
    public final void bsfw(Gpr dst, Gpr src) {
        bitCount(BitCountOperation.BSF, OperandSize.WORD, dst, src);
    }

    /** BSF r16, m16 (Vol. 2A BSF). */
    public final void bsfw(Gpr dst, Address src) {
        bitCount(BitCountOperation.BSF, OperandSize.WORD, dst, src);
    }

    /** BSF r32, r32 (Vol. 2A BSF). */
    public final void bsfl(Gpr dst, Gpr src) {
        bitCount(BitCountOperation.BSF, OperandSize.DWORD, dst, src);
    }

    /** BSF r32, m32 (Vol. 2A BSF). */
    public final void bsfl(Gpr dst, Address src) {
        bitCount(BitCountOperation.BSF, OperandSize.DWORD, dst, src);
    }

    /** BSF r64, r64 (Vol. 2A BSF). */
    public final void bsfq(Gpr dst, Gpr src) {
        bitCount(BitCountOperation.BSF, OperandSize.QWORD, dst, src);
    }

    /** BSF r64, m64 (Vol. 2A BSF). */
    public final void bsfq(Gpr dst, Address src) {
        bitCount(BitCountOperation.BSF, OperandSize.QWORD, dst, src);
    }

    /** BSR r16, r16 (Vol. 2A BSR). */
    public final void bsrw(Gpr dst, Gpr src) {
        bitCount(BitCountOperation.BSR, OperandSize.WORD, dst, src);
    }

    /** BSR r16, m16 (Vol. 2A BSR). */
    public final void bsrw(Gpr dst, Address src) {
        bitCount(BitCountOperation.BSR, OperandSize.WORD, dst, src);
    }

    /** BSR r32, r32 (Vol. 2A BSR). */
    public final void bsrl(Gpr dst, Gpr src) {
        bitCount(BitCountOperation.BSR, OperandSize.DWORD, dst, src);
    }

    /** BSR r32, m32 (Vol. 2A BSR). */
    public final void bsrl(Gpr dst, Address src) {
        bitCount(BitCountOperation.BSR, OperandSize.DWORD, dst, src);
    }

    /** BSR r64, r64 (Vol. 2A BSR). */
    public final void bsrq(Gpr dst, Gpr src) {
        bitCount(BitCountOperation.BSR, OperandSize.QWORD, dst, src);
    }

    /** BSR r64, m64 (Vol. 2A BSR). */
    public final void bsrq(Gpr dst, Address src) {
        bitCount(BitCountOperation.BSR, OperandSize.QWORD, dst, src);
    }

    /** CMPXCHG m8, r8, not atomic (Vol. 2A CMPXCHG). */
    public final void cmpxchgb(Address dst, Gpr src) {
        cmpxchg(OperandSize.BYTE, dst, src);
    }

    /** LOCK CMPXCHG m8, r8: atomic compare-and-swap (Vol. 2A CMPXCHG). */
    public final void lockCmpxchgb(Address dst, Gpr src) {
        lockCmpxchg(OperandSize.BYTE, dst, src);
    }

    /** XADD m8, r8, not atomic (Vol. 2B XADD). */
    public final void xaddb(Address dst, Gpr src) {
        xadd(OperandSize.BYTE, dst, src);
    }

    /** LOCK XADD m8, r8: atomic fetch-and-add (Vol. 2B XADD). */
    public final void lockXaddb(Address dst, Gpr src) {
        lockXadd(OperandSize.BYTE, dst, src);
    }

    /** CMPXCHG m16, r16, not atomic (Vol. 2A CMPXCHG). */
    public final void cmpxchgw(Address dst, Gpr src) {
        cmpxchg(OperandSize.WORD, dst, src);
    }

    /** LOCK CMPXCHG m16, r16: atomic compare-and-swap (Vol. 2A CMPXCHG). */
    public final void lockCmpxchgw(Address dst, Gpr src) {
        lockCmpxchg(OperandSize.WORD, dst, src);
    }

    /** XADD m16, r16, not atomic (Vol. 2B XADD). */
    public final void xaddw(Address dst, Gpr src) {
        xadd(OperandSize.WORD, dst, src);
    }

    /** LOCK XADD m16, r16: atomic fetch-and-add (Vol. 2B XADD). */
    public final void lockXaddw(Address dst, Gpr src) {
        lockXadd(OperandSize.WORD, dst, src);
    }

    /** CMPXCHG m32, r32, not atomic (Vol. 2A CMPXCHG). */
    public final void cmpxchgl(Address dst, Gpr src) {
        cmpxchg(OperandSize.DWORD, dst, src);
    }

    /** LOCK CMPXCHG m32, r32: atomic compare-and-swap (Vol. 2A CMPXCHG). */
    public final void lockCmpxchgl(Address dst, Gpr src) {
        lockCmpxchg(OperandSize.DWORD, dst, src);
    }

    /** XADD m32, r32, not atomic (Vol. 2B XADD). */
    public final void xaddl(Address dst, Gpr src) {
        xadd(OperandSize.DWORD, dst, src);
    }

    /** LOCK XADD m32, r32: atomic fetch-and-add (Vol. 2B XADD). */
    public final void lockXaddl(Address dst, Gpr src) {
        lockXadd(OperandSize.DWORD, dst, src);
    }

    /** CMPXCHG m64, r64, not atomic (Vol. 2A CMPXCHG). */
    public final void cmpxchgq(Address dst, Gpr src) {
        cmpxchg(OperandSize.QWORD, dst, src);
    }

    /** LOCK CMPXCHG m64, r64: atomic compare-and-swap (Vol. 2A CMPXCHG). */
    public final void lockCmpxchgq(Address dst, Gpr src) {
        lockCmpxchg(OperandSize.QWORD, dst, src);
    }

    /** XADD m64, r64, not atomic (Vol. 2B XADD). */
    public final void xaddq(Address dst, Gpr src) {
        xadd(OperandSize.QWORD, dst, src);
    }

    /** LOCK XADD m64, r64: atomic fetch-and-add (Vol. 2B XADD). */
    public final void lockXaddq(Address dst, Gpr src) {
        lockXadd(OperandSize.QWORD, dst, src);
    }

    /** BT r16, imm8: CF = bit (Vol. 2A BT); bit in 0..15. */
    public final void btw(Gpr operand, int bit) {
        bt(OperandSize.WORD, operand, bit);
    }

    /** BT r16, r16: CF = bit (index mod 16) (Vol. 2A BT). */
    public final void btw(Gpr operand, Gpr bitIndex) {
        bt(OperandSize.WORD, operand, bitIndex);
    }

    /** BT r32, imm8: CF = bit (Vol. 2A BT); bit in 0..31. */
    public final void btl(Gpr operand, int bit) {
        bt(OperandSize.DWORD, operand, bit);
    }

    /** BT r32, r32: CF = bit (index mod 32) (Vol. 2A BT). */
    public final void btl(Gpr operand, Gpr bitIndex) {
        bt(OperandSize.DWORD, operand, bitIndex);
    }

    /** BT r64, imm8: CF = bit (Vol. 2A BT); bit in 0..63. */
    public final void btq(Gpr operand, int bit) {
        bt(OperandSize.QWORD, operand, bit);
    }

    /** BT r64, r64: CF = bit (index mod 64) (Vol. 2A BT). */
    public final void btq(Gpr operand, Gpr bitIndex) {
        bt(OperandSize.QWORD, operand, bitIndex);
    }
}
