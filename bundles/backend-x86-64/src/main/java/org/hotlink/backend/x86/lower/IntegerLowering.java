package org.hotlink.backend.x86.lower;

import static org.hotlink.backend.x86.lower.LoweringContext.imm;
import static org.hotlink.backend.x86.lower.LoweringContext.r;

import org.hotlink.backend.x86.mir.Op;
import org.hotlink.backend.x86.mir.Regs;
import org.hotlink.backend.x86.mir.Width;
import org.hotlink.diagnostic.UnsupportedConstructException;
import org.hotlink.ir.BinaryInstruction;
import org.hotlink.ir.ConstantInt;
import org.hotlink.ir.Type;
import org.hotlink.ir.Value;

/**
 * Integer binary operations. Values narrower than 32 bits are computed in 32-bit registers with
 * undefined upper bits; operations whose result depends on those bits (right shifts, division)
 * extend their operands first. i1 arithmetic is done modulo 2 (add and sub become xor).
 */
final class IntegerLowering {
    private IntegerLowering() {
    }

    static void binary(LoweringContext cx, BinaryInstruction b) throws UnsupportedConstructException {
        Type t = b.type();
        if (ValueKinds.isI128(t)) {
            WideIntegerLowering.binary(cx, b);
            return;
        }
        if (MultiWordLowering.isMultiWord(t)) {
            MultiWordLowering.binary(cx, b);
            return;
        }
        if (!ValueKinds.isGprScalar(t)) {
            throw cx.unsupported(b.opcode().name().toLowerCase() + " on " + t);
        }
        int bits = ValueKinds.bits(t);
        Width w = ValueKinds.aluWidth(t);
        int d = cx.result(b);
        switch (b.opcode()) {
            case ADD, SUB -> {
                if (bits == 1) {
                    twoAddress(cx, Op.XOR, w, d, b.lhs(), b.rhs());
                } else {
                    twoAddress(cx, b.opcode() == org.hotlink.ir.Opcode.ADD ? Op.ADD : Op.SUB, w, d, b.lhs(), b.rhs());
                }
            }
            case AND -> twoAddress(cx, Op.AND, w, d, b.lhs(), b.rhs());
            case OR -> twoAddress(cx, Op.OR, w, d, b.lhs(), b.rhs());
            case XOR -> twoAddress(cx, Op.XOR, w, d, b.lhs(), b.rhs());
            case MUL -> twoAddress(cx, bits == 1 ? Op.AND : Op.IMUL, w, d, b.lhs(), b.rhs());
            case SHL -> shift(cx, Op.SHL, Op.SHL_IMM, w, d, cx.use(b.lhs()), b.rhs(), bits);
            case LSHR -> shift(cx, Op.SHR, Op.SHR_IMM, w, d, extend(cx, cx.use(b.lhs()), bits, false), b.rhs(), bits);
            case ASHR -> shift(cx, Op.SAR, Op.SAR_IMM, w, d, extend(cx, cx.use(b.lhs()), bits, true), b.rhs(), bits);
            case UDIV, UREM, SDIV, SREM -> divide(cx, b, d, bits, w);
            default -> throw cx.unsupported("integer operation " + b.opcode().name().toLowerCase());
        }
    }

    /** d = a OP b, with b as an immediate when it fits. */
    static void twoAddress(LoweringContext cx, Op op, Width w, int d, Value a, Value b) throws UnsupportedConstructException {
        int ra = cx.use(a);
        if (b instanceof ConstantInt c && c.bits() <= 64 && LoweringContext.fitsImm32(ValueKinds.immediate(c))) {
            cx.emit(Op.MOV, Width.Q, r(d), r(ra));
            cx.emit(op, w, r(d), imm(ValueKinds.immediate(c)));
            return;
        }
        int rb = cx.use(b);
        cx.emit(Op.MOV, Width.Q, r(d), r(ra));
        cx.emit(op, w, r(d), r(rb));
    }

    private static void shift(LoweringContext cx, Op byCl, Op byImm, Width w, int d, int value, Value count, int bits)
            throws UnsupportedConstructException {
        if (count instanceof ConstantInt c) {
            cx.emit(Op.MOV, Width.Q, r(d), r(value));
            cx.emit(byImm, w, r(d), imm(c.longValue() & (w == Width.Q ? 63 : 31)));
            return;
        }
        int rc = cx.use(count);
        cx.emit(Op.MOV, Width.Q, r(d), r(value));
        cx.emit(Op.MOV, Width.Q, r(Regs.RCX), r(rc));
        cx.emit(byCl, w, r(d)).implicitUses(Regs.RCX);
    }

    /** A register holding {@code reg}'s low {@code bits} bits extended to its ALU width (32 or 64 bits). */
    static int extend(LoweringContext cx, int reg, int bits, boolean signed) {
        if (bits > 32) {
            return extendTo64(cx, reg, bits, signed);
        }
        if (bits == 32 || bits == 0) {
            return reg;
        }
        int d = cx.gpr();
        if (bits == 8 || bits == 16) {
            cx.emit(signed ? Op.MOVSX : Op.MOVZX, Width.L, r(d), r(reg)).sourceWidth(bits == 8 ? Width.B : Width.W);
            return d;
        }
        // odd widths (i1, i3, ...): shift up and back down
        cx.emit(Op.MOV, Width.Q, r(d), r(reg));
        cx.emit(Op.SHL_IMM, Width.L, r(d), imm(32 - bits));
        cx.emit(signed ? Op.SAR_IMM : Op.SHR_IMM, Width.L, r(d), imm(32 - bits));
        return d;
    }

    /** Extends to a full 64-bit register (for addresses and 64-bit conversions). */
    static int extendTo64(LoweringContext cx, int reg, int bits, boolean signed) {
        if (bits >= 64) {
            return reg;
        }
        int d = cx.gpr();
        if (bits == 8 || bits == 16 || bits == 32) {
            Width from = bits == 8 ? Width.B : bits == 16 ? Width.W : Width.L;
            cx.emit(signed ? Op.MOVSX : Op.MOVZX, Width.Q, r(d), r(reg)).sourceWidth(from);
            return d;
        }
        cx.emit(Op.MOV, Width.Q, r(d), r(reg));
        cx.emit(Op.SHL_IMM, Width.Q, r(d), imm(64 - bits));
        cx.emit(signed ? Op.SAR_IMM : Op.SHR_IMM, Width.Q, r(d), imm(64 - bits));
        return d;
    }

    private static void divide(LoweringContext cx, BinaryInstruction b, int d, int bits, Width w)
            throws UnsupportedConstructException {
        boolean signed = b.opcode() == org.hotlink.ir.Opcode.SDIV || b.opcode() == org.hotlink.ir.Opcode.SREM;
        boolean remainder = b.opcode() == org.hotlink.ir.Opcode.UREM || b.opcode() == org.hotlink.ir.Opcode.SREM;
        int a = extend(cx, cx.use(b.lhs()), bits, signed);
        int divisor = extend(cx, cx.use(b.rhs()), bits, signed);
        cx.emit(Op.MOV, Width.Q, r(Regs.RAX), r(a));
        if (signed) {
            cx.emit(Op.SIGN_EXTEND_AX, w).implicitUses(Regs.RAX).implicitDefs(Regs.RDX);
        } else {
            cx.emit(Op.MOV_IMM, Width.Q, r(Regs.RDX), imm(0));
        }
        cx.emit(signed ? Op.IDIV : Op.DIV, w, r(divisor)).implicitUses(Regs.RAX, Regs.RDX).implicitDefs(Regs.RAX, Regs.RDX);
        cx.emit(Op.MOV, Width.Q, r(d), r(remainder ? Regs.RDX : Regs.RAX));
    }
}
