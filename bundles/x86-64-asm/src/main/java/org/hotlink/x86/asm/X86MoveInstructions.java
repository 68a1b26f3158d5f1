package org.hotlink.x86.asm;

import static org.hotlink.x86.asm.OperandSize.BYTE;
import static org.hotlink.x86.asm.OperandSize.DWORD;
import static org.hotlink.x86.asm.OperandSize.QWORD;
import static org.hotlink.x86.asm.OperandSize.WORD;

/**
 * Data movement: MOV in every form, MOVABS, MOVZX/MOVSX/MOVSXD, LEA, XCHG, PUSH/POP, the sign-extension
 * instructions CBW..CQO, CMOVcc and SETcc. Size-generic methods take an {@link OperandSize}; the
 * AT&amp;T-suffixed methods ({@code movq}, {@code movzbl}, ...) of {@link X86Assembler} call them.
 * Operand order is Intel's: destination first.
 */
public abstract class X86MoveInstructions extends X86InstructionEmitter {
    X86MoveInstructions(CodeBuffer buffer) {
        super(buffer);
    }

    /** MOV r, r (Vol. 2B MOV, 88/89 /r). */
    public final void mov(OperandSize size, Gpr dst, Gpr src) {
        sizedRegisterForm(size, 0x88, 0x89, src.encoding(), src, dst);
    }

    /** MOV r, m: load (Vol. 2B MOV, 8A/8B /r). */
    public final void mov(OperandSize size, Gpr dst, Address src) {
        sizedMemoryForm(size, 0x8A, 0x8B, dst.encoding(), dst, src, 0);
    }

    /** MOV m, r: store (Vol. 2B MOV, 88/89 /r). */
    public final void mov(OperandSize size, Address dst, Gpr src) {
        sizedMemoryForm(size, 0x88, 0x89, src.encoding(), src, dst, 0);
    }

    /**
     * MOV r, imm (Vol. 2B MOV, B0+r / B8+r / REX.W C7 /0 / REX.W B8+r). For QWORD, an immediate that fits a
     * sign-extended imm32 uses C7 /0 (7 bytes), any other the 10-byte MOVABS.
     *
     * @throws IllegalArgumentException if imm does not fit the operand size (signed or unsigned)
     */
    public final void mov(OperandSize size, Gpr dst, long imm) {
        long value = Immediates.checkFits(size, imm, "MOV immediate");
        switch (size) {
            case BYTE -> {
                emitOpcodeWithRegister(0, false, 0xB0, dst.encoding(), dst.byteFormNeedsRex());
                emitImmediate(1, value);
            }
            case WORD, DWORD -> {
                emitOpcodeWithRegister(sizePrefix(size), false, 0xB8, dst.encoding(), false);
                emitImmediate(size.bytes(), value);
            }
            case QWORD -> {
                if (Immediates.fitsInt32(value)) {
                    emitRegisterForm(0, true, 0xC7, 0, dst.encoding(), false);
                    emitImmediate(4, value);
                } else {
                    movabsq(dst, value);
                }
            }
            default -> throw new IllegalStateException("unknown size " + size);
        }
    }

    /**
     * MOV m, imm (Vol. 2B MOV, C6 /0 ib, C7 /0 iw/id; for QWORD the imm32 is sign-extended).
     *
     * @throws IllegalArgumentException if imm does not fit the operand size (QWORD: a signed imm32)
     */
    public final void mov(OperandSize size, Address dst, long imm) {
        long value = Immediates.checkFits(size == QWORD ? DWORD : size, imm, "MOV immediate");
        if (size == QWORD && !Immediates.fitsInt32(imm)) {
            throw new IllegalArgumentException("MOV immediate " + imm + " does not fit a sign-extended imm32");
        }
        int immBytes = Math.min(size.bytes(), 4);
        sizedMemoryForm(size, 0xC6, 0xC7, 0, null, dst, immBytes);
        emitImmediate(immBytes, value);
    }

    /** MOVABS r64, imm64: always the 10-byte form (Vol. 2B MOV, REX.W B8+r io). */
    public final void movabsq(Gpr dst, long imm) {
        emitOpcodeWithRegister(0, true, 0xB8, dst.encoding(), false);
        emitImmediate(8, imm);
    }

    /** MOVABS r64, symbol+addend: the symbol's absolute address through an ABS64 relocation. */
    public final void movabsq(Gpr dst, String symbol, long addend) {
        emitOpcodeWithRegister(0, true, 0xB8, dst.encoding(), false);
        buffer().emitSymbolAbsolute64(symbol, addend);
    }

    /**
     * MOVZX / MOVSX / MOVSXD from a narrower register (Vol. 2B MOVZX 0F B6/B7, MOVSX 0F BE/BF, MOVSXD 63).
     * Zero-extension from DWORD to QWORD is a plain 32-bit MOV and is rejected here.
     *
     * @throws IllegalArgumentException if the sizes do not form an extension this instruction encodes
     */
    public final void extend(boolean signed, OperandSize dstSize, OperandSize srcSize, Gpr dst, Gpr src) {
        int opcode = extensionOpcode(signed, dstSize, srcSize);
        emitRegisterForm(sizePrefix(dstSize), dstSize == QWORD, opcode, dst.encoding(), src.encoding(),
                srcSize == BYTE && src.byteFormNeedsRex());
    }

    /** MOVZX / MOVSX / MOVSXD from memory; see {@link #extend(boolean, OperandSize, OperandSize, Gpr, Gpr)}. */
    public final void extend(boolean signed, OperandSize dstSize, OperandSize srcSize, Gpr dst, Address src) {
        int opcode = extensionOpcode(signed, dstSize, srcSize);
        emitMemoryForm(sizePrefix(dstSize), dstSize == QWORD, opcode, dst.encoding(), src, false, 0);
    }

    private static int extensionOpcode(boolean signed, OperandSize dstSize, OperandSize srcSize) {
        if (dstSize.bytes() <= srcSize.bytes()) {
            throw new IllegalArgumentException("cannot extend " + srcSize + " to " + dstSize);
        }
        return switch (srcSize) {
            case BYTE -> signed ? 0x0FBE : 0x0FB6;
            case WORD -> signed ? 0x0FBF : 0x0FB7;
            case DWORD -> {
                if (!signed) {
                    throw new IllegalArgumentException("zero-extension from DWORD is a 32-bit MOV, not MOVZX");
                }
                yield 0x63;
            }
            default -> throw new IllegalArgumentException("cannot extend from " + srcSize);
        };
    }

    /**
     * LEA r, m (Vol. 2A LEA, 8D /r).
     *
     * @throws IllegalArgumentException for a BYTE size
     */
    public final void lea(OperandSize size, Gpr dst, Address src) {
        if (size == BYTE) {
            throw new IllegalArgumentException("LEA has no byte form");
        }
        sizedMemoryForm(size, 0, 0x8D, dst.encoding(), dst, src, 0);
    }

    /**
     * XCHG r, r (Vol. 2B XCHG, 86/87 /r; 90+r when one operand is the accumulator, as assemblers pick it).
     */
    public final void xchg(OperandSize size, Gpr a, Gpr b) {
        if (size != BYTE && (a == Gpr.RAX) != (b == Gpr.RAX)) {
            Gpr other = a == Gpr.RAX ? b : a;
            emitOpcodeWithRegister(sizePrefix(size), size == QWORD, 0x90, other.encoding(), false);
        } else {
            sizedRegisterForm(size, 0x86, 0x87, a.encoding(), a, b);
        }
    }

    /** XCHG m, r: atomic exchange, implicitly locked (Vol. 2B XCHG, 86/87 /r). */
    public final void xchg(OperandSize size, Address a, Gpr b) {
        sizedMemoryForm(size, 0x86, 0x87, b.encoding(), b, a, 0);
    }

    /** PUSH r64 (Vol. 2B PUSH, 50+r). */
    public final void pushq(Gpr src) {
        emitOpcodeWithRegister(0, false, 0x50, src.encoding(), false);
    }

    /** PUSH m64 (Vol. 2B PUSH, FF /6). */
    public final void pushq(Address src) {
        emitMemoryForm(0, false, 0xFF, 6, src, false, 0);
    }

    /** PUSH imm, sign-extended to 64 bits (Vol. 2B PUSH, 6A ib / 68 id). */
    public final void pushq(int imm) {
        if (Immediates.fitsInt8(imm)) {
            emitPlain(0, false, 0x6A);
            emitImmediate(1, imm);
        } else {
            emitPlain(0, false, 0x68);
            emitImmediate(4, imm);
        }
    }

    /** POP r64 (Vol. 2B POP, 58+r). */
    public final void popq(Gpr dst) {
        emitOpcodeWithRegister(0, false, 0x58, dst.encoding(), false);
    }

    /** POP m64 (Vol. 2B POP, 8F /0). */
    public final void popq(Address dst) {
        emitMemoryForm(0, false, 0x8F, 0, dst, false, 0);
    }

    /** CBW: AX = sign-extend AL (Vol. 2A CBW, 66 98). */
    public final void cbtw() {
        emitPlain(OPERAND_SIZE_PREFIX, false, 0x98);
    }

    /** CWDE: EAX = sign-extend AX (Vol. 2A CWDE, 98). */
    public final void cwtl() {
        emitPlain(0, false, 0x98);
    }

    /** CDQE: RAX = sign-extend EAX (Vol. 2A CDQE, REX.W 98). */
    public final void cltq() {
        emitPlain(0, true, 0x98);
    }

    /** CWD: DX:AX = sign-extend AX (Vol. 2A CWD, 66 99). */
    public final void cwtd() {
        emitPlain(OPERAND_SIZE_PREFIX, false, 0x99);
    }

    /** CDQ: EDX:EAX = sign-extend EAX (Vol. 2A CDQ, 99). */
    public final void cltd() {
        emitPlain(0, false, 0x99);
    }

    /** CQO: RDX:RAX = sign-extend RAX (Vol. 2A CQO, REX.W 99). */
    public final void cqto() {
        emitPlain(0, true, 0x99);
    }

    /**
     * CMOVcc r, r (Vol. 2A CMOVcc, 0F 40+cc /r).
     *
     * @throws IllegalArgumentException for a BYTE size
     */
    public final void cmov(Condition condition, OperandSize size, Gpr dst, Gpr src) {
        checkNotByte(size, "CMOVcc");
        sizedRegisterForm(size, 0, 0x0F40 + condition.code(), dst.encoding(), dst, src);
    }

    /** CMOVcc r, m (Vol. 2A CMOVcc, 0F 40+cc /r); the load happens even when the condition is false. */
    public final void cmov(Condition condition, OperandSize size, Gpr dst, Address src) {
        checkNotByte(size, "CMOVcc");
        sizedMemoryForm(size, 0, 0x0F40 + condition.code(), dst.encoding(), dst, src, 0);
    }

    /** SETcc r8: dst's low byte = condition ? 1 : 0, upper bytes kept (Vol. 2B SETcc, 0F 90+cc /0). */
    public final void setcc(Condition condition, Gpr dst) {
        emitRegisterForm(0, false, 0x0F90 + condition.code(), 0, dst.encoding(), dst.byteFormNeedsRex());
    }

    /** SETcc m8 (Vol. 2B SETcc, 0F 90+cc /0). */
    public final void setcc(Condition condition, Address dst) {
        emitMemoryForm(0, false, 0x0F90 + condition.code(), 0, dst, false, 0);
    }

    static void checkNotByte(OperandSize size, String mnemonic) {
        if (size == BYTE) {
            throw new IllegalArgumentException(mnemonic + " has no byte form");
        }
    }

    // ---- AT&T-suffixed forms (generated by src/build/generate-suffixed-methods.py: edit the script)

    /** MOV r8, r8 (Vol. 2B MOV). */
    public final void movb(Gpr dst, Gpr src) {
        mov(OperandSize.BYTE, dst, src);
    }

    /** MOV r8, m8: load (Vol. 2B MOV). */
    public final void movb(Gpr dst, Address src) {
        mov(OperandSize.BYTE, dst, src);
    }

    /** MOV m8, r8: store (Vol. 2B MOV). */
    public final void movb(Address dst, Gpr src) {
        mov(OperandSize.BYTE, dst, src);
    }

    /** MOV r8, imm (Vol. 2B MOV); imm in -128..255. */
    public final void movb(Gpr dst, int imm) {
        mov(OperandSize.BYTE, dst, imm);
    }

    /** MOV m8, imm (Vol. 2B MOV); imm in -128..255. */
    public final void movb(Address dst, int imm) {
        mov(OperandSize.BYTE, dst, imm);
    }

    /** MOV r16, r16 (Vol. 2B MOV). */
    public final void movw(Gpr dst, Gpr src) {
        mov(OperandSize.WORD, dst, src);
    }

    /** MOV r16, m16: load (Vol. 2B MOV). */
    public final void movw(Gpr dst, Address src) {
        mov(OperandSize.WORD, dst, src);
    }

    /** MOV m16, r16: store (Vol. 2B MOV). */
    public final void movw(Address dst, Gpr src) {
        mov(OperandSize.WORD, dst, src);
    }

    /** MOV r16, imm (Vol. 2B MOV); imm in -32768..65535. */
    public final void movw(Gpr dst, int imm) {
        mov(OperandSize.WORD, dst, imm);
    }

    /** MOV m16, imm (Vol. 2B MOV); imm in -32768..65535. */
    public final void movw(Address dst, int imm) {
        mov(OperandSize.WORD, dst, imm);
    }

    /** MOV r32, r32 (Vol. 2B MOV). */
    public final void movl(Gpr dst, Gpr src) {
        mov(OperandSize.DWORD, dst, src);
    }

    /** MOV r32, m32: load (Vol. 2B MOV). */
    public final void movl(Gpr dst, Address src) {
        mov(OperandSize.DWORD, dst, src);
    }

    /** MOV m32, r32: store (Vol. 2B MOV). */
    public final void movl(Address dst, Gpr src) {
        mov(OperandSize.DWORD, dst, src);
    }

    /** MOV r32, imm (Vol. 2B MOV); any int. */
    public final void movl(Gpr dst, int imm) {
        mov(OperandSize.DWORD, dst, imm);
    }

    /** MOV m32, imm (Vol. 2B MOV); any int. */
    public final void movl(Address dst, int imm) {
        mov(OperandSize.DWORD, dst, imm);
    }

    /** MOV r64, r64 (Vol. 2B MOV). */
    public final void movq(Gpr dst, Gpr src) {
        mov(OperandSize.QWORD, dst, src);
    }

    /** MOV r64, m64: load (Vol. 2B MOV). */
    public final void movq(Gpr dst, Address src) {
        mov(OperandSize.QWORD, dst, src);
    }

    /** MOV m64, r64: store (Vol. 2B MOV). */
    public final void movq(Address dst, Gpr src) {
        mov(OperandSize.QWORD, dst, src);
    }

    /** MOV r64, imm (Vol. 2B MOV); any long; imm32 form when it fits, else MOVABS. */
    public final void movq(Gpr dst, long imm) {
        mov(OperandSize.QWORD, dst, imm);
    }

    /** MOV m64, imm (Vol. 2B MOV); imm32 sign-extended. */
    public final void movq(Address dst, int imm) {
        mov(OperandSize.QWORD, dst, imm);
    }

    /** MOVZX r16, r8 (Vol. 2B MOVZX). */
    public final void movzbw(Gpr dst, Gpr src) {
        extend(false, OperandSize.WORD, OperandSize.BYTE, dst, src);
    }

    /** MOVZX r16, m8 (Vol. 2B MOVZX). */
    public final void movzbw(Gpr dst, Address src) {
        extend(false, OperandSize.WORD, OperandSize.BYTE, dst, src);
    }

    /** MOVZX r32, r8 (Vol. 2B MOVZX). */
    public final void movzbl(Gpr dst, Gpr src) {
        extend(false, OperandSize.DWORD, OperandSize.BYTE, dst, src);
    }

    /** MOVZX r32, m8 (Vol. 2B MOVZX). */
    public final void movzbl(Gpr dst, Address src) {
        extend(false, OperandSize.DWORD, OperandSize.BYTE, dst, src);
    }

    /** MOVZX r64, r8 (Vol. 2B MOVZX). */
    public final void movzbq(Gpr dst, Gpr src) {
        extend(false, OperandSize.QWORD, OperandSize.BYTE, dst, src);
    }

    /** MOVZX r64, m8 (Vol. 2B MOVZX). */
    public final void movzbq(Gpr dst, Address src) {
        extend(false, OperandSize.QWORD, OperandSize.BYTE, dst, src);
    }

    /** MOVZX r32, r16 (Vol. 2B MOVZX). */
    public final void movzwl(Gpr dst, Gpr src) {
        extend(false, OperandSize.DWORD, OperandSize.WORD, dst, src);
    }

    /** MOVZX r32, m16 (Vol. 2B MOVZX). */
    public final void movzwl(Gpr dst, Address src) {
        extend(false, OperandSize.DWORD, OperandSize.WORD, dst, src);
    }

    /** MOVZX r64, r16 (Vol. 2B MOVZX). */
    public final void movzwq(Gpr dst, Gpr src) {
        extend(false, OperandSize.QWORD, OperandSize.WORD, dst, src);
    }

    /** MOVZX r64, m16 (Vol. 2B MOVZX). */
    public final void movzwq(Gpr dst, Address src) {
        extend(false, OperandSize.QWORD, OperandSize.WORD, dst, src);
    }

    /** MOVSX r16, r8 (Vol. 2B MOVSX/MOVSXD). */
    public final void movsbw(Gpr dst, Gpr src) {
        extend(true, OperandSize.WORD, OperandSize.BYTE, dst, src);
    }

    /** MOVSX r16, m8 (Vol. 2B MOVSX/MOVSXD). */
    public final void movsbw(Gpr dst, Address src) {
        extend(true, OperandSize.WORD, OperandSize.BYTE, dst, src);
    }

    /** MOVSX r32, r8 (Vol. 2B MOVSX/MOVSXD). */
    public final void movsbl(Gpr dst, Gpr src) {
        extend(true, OperandSize.DWORD, OperandSize.BYTE, dst, src);
    }

    /** MOVSX r32, m8 (Vol. 2B MOVSX/MOVSXD). */
    public final void movsbl(Gpr dst, Address src) {
        extend(true, OperandSize.DWORD, OperandSize.BYTE, dst, src);
    }

    /** MOVSX r64, r8 (Vol. 2B MOVSX/MOVSXD). */
    public final void movsbq(Gpr dst, Gpr src) {
        extend(true, OperandSize.QWORD, OperandSize.BYTE, dst, src);
    }

    /** MOVSX r64, m8 (Vol. 2B MOVSX/MOVSXD). */
    public final void movsbq(Gpr dst, Address src) {
        extend(true, OperandSize.QWORD, OperandSize.BYTE, dst, src);
    }

    /** MOVSX r32, r16 (Vol. 2B MOVSX/MOVSXD). */
    public final void movswl(Gpr dst, Gpr src) {
        extend(true, OperandSize.DWORD, OperandSize.WORD, dst, src);
    }

    /** MOVSX r32, m16 (Vol. 2B MOVSX/MOVSXD). */
    public final void movswl(Gpr dst, Address src) {
        extend(true, OperandSize.DWORD, OperandSize.WORD, dst, src);
    }

    /** MOVSX r64, r16 (Vol. 2B MOVSX/MOVSXD). */
    public final void movswq(Gpr dst, Gpr src) {
        extend(true, OperandSize.QWORD, OperandSize.WORD, dst, src);
    }

    /** MOVSX r64, m16 (Vol. 2B MOVSX/MOVSXD). */
    public final void movswq(Gpr dst, Address src) {
        extend(true, OperandSize.QWORD, OperandSize.WORD, dst, src);
    }

    /** MOVSXD r64, r32 (Vol. 2B MOVSX/MOVSXD). */
    public final void movslq(Gpr dst, Gpr src) {
        extend(true, OperandSize.QWORD, OperandSize.DWORD, dst, src);
    }

    /** MOVSXD r64, m32 (Vol. 2B MOVSX/MOVSXD). */
    public final void movslq(Gpr dst, Address src) {
        extend(true, OperandSize.QWORD, OperandSize.DWORD, dst, src);
    }

    /** LEA r16, m (Vol. 2A LEA). */
    public final void leaw(Gpr dst, Address src) {
        lea(OperandSize.WORD, dst, src);
    }

    /** LEA r32, m (Vol. 2A LEA). */
    public final void leal(Gpr dst, Address src) {
        lea(OperandSize.DWORD, dst, src);
    }

    /** LEA r64, m (Vol. 2A LEA). */
    public final void leaq(Gpr dst, Address src) {
        lea(OperandSize.QWORD, dst, src);
    }

    /** XCHG r8, r8 (Vol. 2B XCHG). */
    public final void xchgb(Gpr a, Gpr b) {
        xchg(OperandSize.BYTE, a, b);
    }

    /** XCHG m8, r8: atomic exchange (Vol. 2B XCHG). */
    public final void xchgb(Address a, Gpr b) {
        xchg(OperandSize.BYTE, a, b);
    }

    /** XCHG r16, r16 (Vol. 2B XCHG). */
    public final void xchgw(Gpr a, Gpr b) {
        xchg(OperandSize.WORD, a, b);
    }

    /** XCHG m16, r16: atomic exchange (Vol. 2B XCHG). */
    public final void xchgw(Address a, Gpr b) {
        xchg(OperandSize.WORD, a, b);
    }

    /** XCHG r32, r32 (Vol. 2B XCHG). */
    public final void xchgl(Gpr a, Gpr b) {
        xchg(OperandSize.DWORD, a, b);
    }

    /** XCHG m32, r32: atomic exchange (Vol. 2B XCHG). */
    public final void xchgl(Address a, Gpr b) {
        xchg(OperandSize.DWORD, a, b);
    }

    /** XCHG r64, r64 (Vol. 2B XCHG). */
    public final void xchgq(Gpr a, Gpr b) {
        xchg(OperandSize.QWORD, a, b);
    }

    /** XCHG m64, r64: atomic exchange (Vol. 2B XCHG). */
    public final void xchgq(Address a, Gpr b) {
        xchg(OperandSize.QWORD, a, b);
    }

    /** CMOVcc r16, r16 (Vol. 2A CMOVcc). */
    public final void cmovw(Condition condition, Gpr dst, Gpr src) {
        cmov(condition, OperandSize.WORD, dst, src);
    }

    /** CMOVcc r16, m16 (Vol. 2A CMOVcc). */
    public final void cmovw(Condition condition, Gpr dst, Address src) {
        cmov(condition, OperandSize.WORD, dst, src);
    }

    /** CMOVcc r32, r32 (Vol. 2A CMOVcc). */
    public final void cmovl(Condition condition, Gpr dst, Gpr src) {
        cmov(condition, OperandSize.DWORD, dst, src);
    }

    /** CMOVcc r32, m32 (Vol. 2A CMOVcc). */
    public final void cmovl(Condition condition, Gpr dst, Address src) {
        cmov(condition, OperandSize.DWORD, dst, src);
    }

    /** CMOVcc r64, r64 (Vol. 2A CMOVcc). */
    public final void cmovq(Condition condition, Gpr dst, Gpr src) {
        cmov(condition, OperandSize.QWORD, dst, src);
    }

    /** CMOVcc r64, m64 (Vol. 2A CMOVcc). */
    public final void cmovq(Condition condition, Gpr dst, Address src) {
        cmov(condition, OperandSize.QWORD, dst, src);
    }
}
