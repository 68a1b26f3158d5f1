package org.hotlink.backend.x86.lower;

import static org.hotlink.backend.x86.lower.LoweringContext.imm;
import static org.hotlink.backend.x86.lower.LoweringContext.r;

import org.hotlink.backend.x86.mir.Cond;
import org.hotlink.backend.x86.mir.Op;
import org.hotlink.backend.x86.mir.Regs;
import org.hotlink.backend.x86.mir.Width;
import org.hotlink.diagnostic.UnsupportedConstructException;
import org.hotlink.ir.CallInstruction;
import org.hotlink.ir.ConstantInt;
import org.hotlink.ir.Type;

/** Bit-manipulation intrinsics (ctpop, ctlz, cttz, bswap, bitreverse, funnel shifts) and the *.with.overflow family. */
final class BitLowering {
    private BitLowering() {
    }

    static void lower(LoweringContext cx, CallInstruction c, String base) throws UnsupportedConstructException {
        Type t = c.type();
        if (!ValueKinds.isGprScalar(t) || !ValueKinds.isStandardInteger(t) || ValueKinds.bits(t) == 1) {
            throw cx.unsupported("llvm." + base + " on " + t);
        }
        int bits = ValueKinds.bits(t);
        int d = cx.result(c);
        Width w = bits == 64 ? Width.Q : Width.L;
        int a = cx.use(c.argument(0));
        if (base.startsWith("ctpop")) {
            cx.emit(Op.POPCNT, w, r(d), r(IntegerLowering.extend(cx, a, bits, false)));
        } else if (base.startsWith("ctlz")) {
            // BSR gives the index of the top set bit; the count is (width-1) - index; zero input gives width
            int x = IntegerLowering.extend(cx, a, bits, false);
            int opWidth = bits == 64 ? 64 : 32;
            int index = cx.gpr();
            int ifZero = cx.constant(2L * opWidth - 1);
            cx.emit(Op.BSR, w, r(index), r(x));
            cx.emit(Op.CMOV, Width.Q, r(index), r(ifZero)).cond(Cond.E);
            cx.emit(Op.MOV, Width.Q, r(d), r(index));
            cx.emit(Op.XOR, w, r(d), imm(opWidth - 1));
            if (bits < opWidth) {
                cx.emit(Op.SUB, w, r(d), imm(opWidth - bits));
            }
        } else if (base.startsWith("cttz")) {
            int x = IntegerLowering.extend(cx, a, bits, false);
            int ifZero = cx.constant(bits);
            cx.emit(Op.BSF, w, r(d), r(x));
            cx.emit(Op.CMOV, Width.Q, r(d), r(ifZero)).cond(Cond.E);
        } else if (base.startsWith("bswap")) {
            cx.emit(Op.MOV, Width.Q, r(d), r(a));
            if (bits == 16) {
                cx.emit(Op.ROL_IMM, Width.W, r(d), imm(8));
            } else if (bits == 8) {
                throw cx.unsupported("llvm.bswap on i8");
            } else {
                cx.emit(Op.BSWAP, w, r(d));
            }
        } else if (base.startsWith("bitreverse")) {
            bitReverse(cx, d, a, bits);
        } else {
            funnelShift(cx, c, base.startsWith("fshl"), d, bits);
        }
    }

    /** Reverses the low {@code bits} bits: swap halves of ever-larger groups in 64 bits, then shift down. */
    private static void bitReverse(LoweringContext cx, int d, int a, int bits) {
        long[] masks = {0x5555555555555555L, 0x3333333333333333L, 0x0F0F0F0F0F0F0F0FL};
        int[] shifts = {1, 2, 4};
        int x = cx.copy(a);
        for (int i = 0; i < masks.length; i++) {
            int mask = cx.constant(masks[i]);
            int lowPart = cx.copy(x);
            cx.emit(Op.AND, Width.Q, r(lowPart), r(mask));
            cx.emit(Op.SHL_IMM, Width.Q, r(lowPart), imm(shifts[i]));
            int highPart = cx.copy(x);
            cx.emit(Op.SHR_IMM, Width.Q, r(highPart), imm(shifts[i]));
            cx.emit(Op.AND, Width.Q, r(highPart), r(mask));
            x = lowPart;
            cx.emit(Op.OR, Width.Q, r(x), r(highPart));
        }
        cx.emit(Op.BSWAP, Width.Q, r(x));
        cx.emit(Op.MOV, Width.Q, r(d), r(x));
        cx.emit(Op.SHR_IMM, Width.Q, r(d), imm(64 - bits));
    }

    private static void funnelShift(LoweringContext cx, CallInstruction c, boolean left, int d, int bits)
            throws UnsupportedConstructException {
        int hi = cx.use(c.argument(0));
        int lo = cx.use(c.argument(1));
        if (bits < 32) {
            // concatenate hi:lo in one 32-bit register and shift it as a whole
            int both = IntegerLowering.extend(cx, hi, bits, false);
            int combined = cx.copy(both);
            cx.emit(Op.SHL_IMM, Width.L, r(combined), imm(bits));
            cx.emit(Op.OR, Width.L, r(combined), r(IntegerLowering.extend(cx, lo, bits, false)));
            int count = cx.copy(IntegerLowering.extend(cx, cx.use(c.argument(2)), bits, false));
            cx.emit(Op.AND, Width.L, r(count), imm(bits - 1));
            cx.emit(Op.MOV, Width.Q, r(Regs.RCX), r(count));
            cx.emit(left ? Op.SHL : Op.SHR, Width.L, r(combined)).implicitUses(Regs.RCX);
            cx.emit(Op.MOV, Width.Q, r(d), r(combined));
            if (left) {
                cx.emit(Op.SHR_IMM, Width.L, r(d), imm(bits));
            }
            return;
        }
        Width w = bits == 64 ? Width.Q : Width.L;
        // fshl(hi, lo, n) = SHLD hi, lo, n; fshr(hi, lo, n) = SHRD lo, hi, n (counts taken modulo the width)
        int dst = left ? hi : lo;
        int src = left ? lo : hi;
        if (c.argument(2) instanceof ConstantInt k) {
            cx.emit(Op.MOV, Width.Q, r(d), r(dst));
            cx.emit(left ? Op.SHLD_IMM : Op.SHRD_IMM, w, r(d), r(src), imm(k.longValue() & (bits - 1)));
            return;
        }
        int count = cx.use(c.argument(2));
        cx.emit(Op.MOV, Width.Q, r(d), r(dst));
        cx.emit(Op.MOV, Width.Q, r(Regs.RCX), r(count));
        cx.emit(left ? Op.SHLD : Op.SHRD, w, r(d), r(src)).implicitUses(Regs.RCX);
    }

    /** {@code llvm.[su](add|sub|mul).with.overflow}: the result and the overflow flag as an i1. */
    static void withOverflow(LoweringContext cx, CallInstruction c, String kind) throws UnsupportedConstructException {
        Type t = c.argument(0).type();
        if (!ValueKinds.isGprScalar(t) || !ValueKinds.isStandardInteger(t) || ValueKinds.bits(t) == 1) {
            throw cx.unsupported("llvm." + kind + ".with.overflow on " + t);
        }
        Width w = ValueKinds.exactWidth(t);
        int a = cx.use(c.argument(0));
        int b = cx.use(c.argument(1));
        int[] d = cx.resultRegs(c);
        boolean signed = kind.charAt(0) == 's';
        Cond overflow = signed ? Cond.O : Cond.B;
        switch (kind.substring(1)) {
            case "add" -> {
                cx.emit(Op.MOV, Width.Q, r(d[0]), r(a));
                cx.emit(Op.ADD, w, r(d[0]), r(b));
            }
            case "sub" -> {
                cx.emit(Op.MOV, Width.Q, r(d[0]), r(a));
                cx.emit(Op.SUB, w, r(d[0]), r(b));
            }
            case "mul" -> {
                if (signed && w != Width.B) {
                    cx.emit(Op.MOV, Width.Q, r(d[0]), r(a));
                    cx.emit(Op.IMUL, w, r(d[0]), r(b));
                } else {
                    cx.emit(Op.MOV, Width.Q, r(Regs.RAX), r(a));
                    cx.emit(signed ? Op.IMUL_WIDE : Op.MUL_WIDE, w, r(b)).implicitUses(Regs.RAX).implicitDefs(Regs.RAX, Regs.RDX);
                    cx.emit(Op.MOV, Width.Q, r(d[0]), r(Regs.RAX));
                    overflow = Cond.O;
                }
            }
            default -> throw cx.unsupported("llvm." + kind + ".with.overflow");
        }
        CompareLowering.materialize(cx, FlagTest.of(overflow), d[1]);
    }

    /** {@code llvm.[su](add|sub).sat}: the operation at the type's exact width, clamped when it carries or overflows. */
    static void saturating(LoweringContext cx, CallInstruction c, String kind) throws UnsupportedConstructException {
        Type t = c.type();
        if (!ValueKinds.isGprScalar(t) || !ValueKinds.isStandardInteger(t) || ValueKinds.bits(t) == 1) {
            throw cx.unsupported("llvm." + kind + ".sat on " + t);
        }
        int bits = ValueKinds.bits(t);
        Width w = ValueKinds.exactWidth(t);
        boolean signed = kind.charAt(0) == 's';
        boolean add = kind.endsWith("add");
        int a = cx.use(c.argument(0));
        int b = cx.use(c.argument(1));
        int d = cx.result(c);
        int limit;
        if (signed) {
            // on overflow the result takes the sign of a: MAX when a >= 0, MIN when a < 0
            limit = IntegerLowering.extendTo64(cx, a, bits, true);
            limit = cx.copy(limit);
            cx.emit(Op.SAR_IMM, Width.Q, r(limit), imm(63));
            int max = cx.constant(bits == 64 ? Long.MAX_VALUE : (1L << (bits - 1)) - 1);
            cx.emit(Op.XOR, Width.Q, r(limit), r(max));
        } else {
            limit = cx.constant(add ? -1 : 0);
        }
        cx.emit(Op.MOV, Width.Q, r(d), r(a));
        cx.emit(add ? Op.ADD : Op.SUB, w, r(d), r(b));
        cx.emit(Op.CMOV, Width.Q, r(d), r(limit)).cond(signed ? Cond.O : Cond.B);
    }
}
