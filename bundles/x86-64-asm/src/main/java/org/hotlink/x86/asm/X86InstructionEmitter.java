package org.hotlink.x86.asm;

import java.util.Objects;

/**
 * The low-level layer every instruction group shares: legacy prefixes, REX, opcode bytes, ModRM, SIB,
 * displacements and immediates (Intel SDM Vol. 2A, chapter 2). Instruction groups extend it and express
 * each form through these few methods.
 *
 * <p>Packed integers: {@code prefixes} holds up to two legacy or mandatory prefix bytes, high byte first
 * (0 for none; 0x66F3 emits 66 then F3); {@code opcode} holds one to three opcode bytes, high byte first
 * (0x0FB6 emits 0F B6). Register numbers are hardware encodings 0..15.
 */
public abstract class X86InstructionEmitter {
    /** The operand-size override prefix (SDM Vol. 2A, 2.1.1, group 3). */
    static final int OPERAND_SIZE_PREFIX = 0x66;

    /** The LOCK prefix (SDM Vol. 2A, 2.1.1, group 1). */
    static final int LOCK_PREFIX = 0xF0;

    private final CodeBuffer buffer;
    /** Offset of the LOCK byte written by {@link #lockNextInstruction()}, or -1. */
    private int lockOffset = -1;

    X86InstructionEmitter(CodeBuffer buffer) {
        this.buffer = Objects.requireNonNull(buffer, "buffer");
    }

    /** The buffer instructions are appended to. */
    public final CodeBuffer buffer() {
        return buffer;
    }

    /** The current offset in the buffer. */
    public final int position() {
        return buffer.position();
    }

    /** Binds {@code label} to the current position (see {@link CodeBuffer#bind(Label)}). */
    public final void bind(Label label) {
        buffer.bind(label);
    }

    // ---- register-direct and memory forms -------------------------------------------------------------

    /** Emits prefixes, REX, opcode and a register-direct ModRM (mod = 11). */
    final void emitRegisterForm(int prefixes, boolean rexW, int opcode, int reg, int rm, boolean forceRex) {
        emitPrefixes(prefixes);
        emitRex(rexW, reg >= 8, false, rm >= 8, forceRex);
        emitOpcode(opcode);
        buffer.emit8(0xC0 | (reg & 7) << 3 | (rm & 7));
    }

    /**
     * Emits prefixes, REX, opcode, ModRM, optional SIB and displacement for a memory operand.
     * {@code immediateBytes} is the size of the immediate the caller emits next (needed to make a
     * RIP-relative field relative to the end of the instruction).
     */
    final void emitMemoryForm(int prefixes, boolean rexW, int opcode, int reg, Address address, boolean forceRex,
            int immediateBytes) {
        Objects.requireNonNull(address, "address");
        emitPrefixes(prefixes);
        boolean x = address.index() != null && address.index().isExtended();
        boolean b = address.base() != null && address.base().isExtended();
        emitRex(rexW, reg >= 8, x, b, forceRex);
        emitOpcode(opcode);
        emitModRmMemory(reg & 7, address, immediateBytes);
    }

    /** Emits prefixes, REX and an opcode whose low three bits name the register (PUSH, BSWAP, MOV r,imm). */
    final void emitOpcodeWithRegister(int prefixes, boolean rexW, int opcode, int reg, boolean forceRex) {
        emitPrefixes(prefixes);
        emitRex(rexW, false, false, reg >= 8, forceRex);
        emitOpcode(opcode + (reg & 7));
    }

    /** Emits prefixes, REX (only if W) and the opcode of an instruction without ModRM. */
    final void emitPlain(int prefixes, boolean rexW, int opcode) {
        emitPrefixes(prefixes);
        emitRex(rexW, false, false, false, false);
        emitOpcode(opcode);
    }

    // ---- sized integer helpers: BYTE uses byteOpcode, other sizes use opcode, 66 for WORD, REX.W for QWORD

    final void sizedRegisterForm(OperandSize size, int byteOpcode, int opcode, int reg, Gpr regOperand, Gpr rm) {
        boolean forceRex = size == OperandSize.BYTE
                && (rm.byteFormNeedsRex() || (regOperand != null && regOperand.byteFormNeedsRex()));
        emitRegisterForm(sizePrefix(size), size == OperandSize.QWORD, size == OperandSize.BYTE ? byteOpcode : opcode,
                reg, rm.encoding(), forceRex);
    }

    final void sizedMemoryForm(OperandSize size, int byteOpcode, int opcode, int reg, Gpr regOperand, Address m,
            int immediateBytes) {
        boolean forceRex = size == OperandSize.BYTE && regOperand != null && regOperand.byteFormNeedsRex();
        emitMemoryForm(sizePrefix(size), size == OperandSize.QWORD, size == OperandSize.BYTE ? byteOpcode : opcode,
                reg, m, forceRex, immediateBytes);
    }

    /** 0x66 for WORD operations, no prefix otherwise. */
    static int sizePrefix(OperandSize size) {
        return size == OperandSize.WORD ? OPERAND_SIZE_PREFIX : 0;
    }

    /** Emits an immediate of {@code bytes} (1, 2, 4 or 8) little-endian bytes. */
    final void emitImmediate(int bytes, long value) {
        switch (bytes) {
            case 1 -> buffer.emit8((int) value);
            case 2 -> buffer.emit16((int) value);
            case 4 -> buffer.emit32((int) value);
            case 8 -> buffer.emit64(value);
            default -> throw new IllegalStateException("immediate width " + bytes + " is not 1, 2, 4 or 8");
        }
    }

    // ---- pieces --------------------------------------------------------------------------------------

    /**
     * Writes a LOCK prefix for the next instruction. If that instruction starts with the operand-size
     * prefix 66, the two are swapped to 66 F0, the order llvm-mc and GNU as use (any order is
     * architecturally valid).
     *
     * @throws IllegalStateException if the previous byte is already a LOCK written by this method
     */
    final void lockNextInstruction() {
        if (lockOffset >= 0 && lockOffset == buffer.position() - 1) {
            throw new IllegalStateException("LOCK prefix given twice for one instruction");
        }
        lockOffset = buffer.position();
        buffer.emit8(LOCK_PREFIX);
    }

    private void emitPrefixes(int prefixes) {
        int first = prefixes > 0xFF ? prefixes >>> 8 : prefixes;
        int second = prefixes > 0xFF ? prefixes & 0xFF : 0;
        boolean lockJustWritten = lockOffset >= 0 && lockOffset == buffer.position() - 1;
        lockOffset = -1;
        if (first == OPERAND_SIZE_PREFIX && lockJustWritten) {
            buffer.patch8(buffer.position() - 1, OPERAND_SIZE_PREFIX);
            buffer.emit8(LOCK_PREFIX);
        } else if (first != 0) {
            buffer.emit8(first);
        }
        if (second != 0) {
            buffer.emit8(second);
        }
    }

    private void emitRex(boolean w, boolean r, boolean x, boolean b, boolean force) {
        if (w || r || x || b || force) {
            buffer.emit8(0x40 | (w ? 8 : 0) | (r ? 4 : 0) | (x ? 2 : 0) | (b ? 1 : 0));
        }
    }

    private void emitOpcode(int opcode) {
        if (opcode > 0xFFFF) {
            buffer.emit8(opcode >>> 16);
        }
        if (opcode > 0xFF) {
            buffer.emit8(opcode >>> 8);
        }
        buffer.emit8(opcode);
    }

    private void emitModRmMemory(int reg3, Address address, int immediateBytes) {
        switch (address.form()) {
            case RIP_LABEL -> {
                buffer.emit8(reg3 << 3 | 0b101);
                buffer.emitLabelRel32(address.label(), address.displacement(), immediateBytes);
            }
            case RIP_SYMBOL -> {
                buffer.emit8(reg3 << 3 | 0b101);
                buffer.emitSymbolRel32(address.relocationKind(), address.symbol(), address.addend(), immediateBytes);
            }
            case BASE -> emitBaseIndexDisplacement(reg3, address);
            default -> throw new IllegalStateException("unknown address form " + address.form());
        }
    }

    private void emitBaseIndexDisplacement(int reg3, Address address) {
        Gpr base = address.base();
        int disp = address.displacement();
        // RBP/R13 as base with mod 00 would mean RIP-relative (or no base): they need an explicit disp8 of 0.
        int mod;
        if (disp == 0 && base.low3() != 0b101) {
            mod = 0;
        } else if (Immediates.fitsInt8(disp)) {
            mod = 1;
        } else {
            mod = 2;
        }
        // RSP/R12 as base in ModRM.rm would mean "SIB follows": they always go through a SIB byte.
        boolean needsSib = address.index() != null || base.low3() == 0b100;
        if (needsSib) {
            buffer.emit8(mod << 6 | reg3 << 3 | 0b100);
            int index3 = address.index() == null ? 0b100 : address.index().low3();
            buffer.emit8(Integer.numberOfTrailingZeros(address.scale()) << 6 | index3 << 3 | base.low3());
        } else {
            buffer.emit8(mod << 6 | reg3 << 3 | base.low3());
        }
        if (mod == 1) {
            buffer.emit8(disp);
        } else if (mod == 2) {
            buffer.emit32(disp);
        }
    }
}
