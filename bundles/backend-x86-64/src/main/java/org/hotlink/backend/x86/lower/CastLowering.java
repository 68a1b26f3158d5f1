package org.hotlink.backend.x86.lower;

import static org.hotlink.backend.x86.lower.LoweringContext.imm;
import static org.hotlink.backend.x86.lower.LoweringContext.r;

import org.hotlink.backend.x86.mir.Cond;
import org.hotlink.backend.x86.mir.Op;
import org.hotlink.backend.x86.mir.Width;
import org.hotlink.diagnostic.UnsupportedConstructException;
import org.hotlink.ir.CastInstruction;
import org.hotlink.ir.Type;

/** Casts between integers, pointers and floats. */
final class CastLowering {
    private CastLowering() {
    }

    static void cast(LoweringContext cx, CastInstruction c) throws UnsupportedConstructException {
        Type from = c.operand().type();
        Type to = c.type();
        switch (c.opcode()) {
            case TRUNC, ZEXT, SEXT -> integerResize(cx, c, from, to);
            case PTRTOINT, INTTOPTR, ADDRSPACECAST -> {
                if (!ValueKinds.isGprScalar(from) || !ValueKinds.isGprScalar(to)) {
                    throw cx.unsupported(c.opcode().name().toLowerCase() + " from " + from + " to " + to);
                }
                int d = cx.result(c);
                cx.emit(Op.MOV, Width.Q, r(d), r(cx.use(c.operand())));
                if (to.isInteger() && ValueKinds.bits(to) == 1) {
                    cx.emit(Op.AND, Width.L, r(d), imm(1));
                }
            }
            case BITCAST -> bitcast(cx, c, from, to);
            case FPEXT, FPTRUNC -> {
                requireFloat(cx, from);
                requireFloat(cx, to);
                int d = cx.result(c);
                int s = cx.use(c.operand());
                if (ValueKinds.floatWidth(from) == ValueKinds.floatWidth(to)) {
                    cx.emit(Op.FMOV, Width.SD, r(d), r(s));
                } else {
                    cx.emit(Op.CVT_FLOAT_TO_FLOAT, ValueKinds.floatWidth(to), r(d), r(s)).sourceWidth(ValueKinds.floatWidth(from));
                }
            }
            case SITOFP, UITOFP -> intToFloat(cx, c, from, to);
            case FPTOSI, FPTOUI -> floatToInt(cx, c, from, to);
            default -> throw cx.unsupported("cast " + c.opcode().name().toLowerCase());
        }
    }

    private static void requireFloat(LoweringContext cx, Type t) throws UnsupportedConstructException {
        if (!(t instanceof org.hotlink.ir.FloatingType) || !ValueKinds.isXmmScalar(t)) {
            throw cx.unsupported("floating-point type " + t);
        }
    }

    private static void integerResize(LoweringContext cx, CastInstruction c, Type from, Type to)
            throws UnsupportedConstructException {
        if (MultiWordLowering.isMultiWord(to) || MultiWordLowering.isMultiWord(from)) {
            multiWordResize(cx, c, from, to);
            return;
        }
        if (ValueKinds.isI128(to) || ValueKinds.isI128(from)) {
            wideResize(cx, c, from, to);
            return;
        }
        if (!ValueKinds.isGprScalar(from) || !ValueKinds.isGprScalar(to)) {
            throw cx.unsupported(c.opcode().name().toLowerCase() + " from " + from + " to " + to);
        }
        int s = cx.use(c.operand());
        int d = cx.result(c);
        int fromBits = ValueKinds.bits(from);
        int toBits = ValueKinds.bits(to);
        switch (c.opcode()) {
            case TRUNC -> {
                cx.emit(Op.MOV, Width.Q, r(d), r(s));
                if (toBits == 1) {
                    cx.emit(Op.AND, Width.L, r(d), imm(1));
                }
            }
            case ZEXT -> {
                if (fromBits == 1) {
                    cx.emit(Op.MOV, Width.Q, r(d), r(s));
                } else {
                    cx.emit(Op.MOV, Width.Q, r(d), r(IntegerLowering.extendTo64(cx, s, fromBits, false)));
                }
            }
            default -> {
                if (fromBits == 1) {
                    cx.emit(Op.MOV, Width.Q, r(d), r(s));
                    cx.emit(Op.NEG, Width.Q, r(d));
                } else {
                    cx.emit(Op.MOV, Width.Q, r(d), r(IntegerLowering.extendTo64(cx, s, fromBits, true)));
                }
            }
        }
    }

    /** Casts to and from integers wider than 128 bits, word by word. */
    private static void multiWordResize(LoweringContext cx, CastInstruction c, Type from, Type to)
            throws UnsupportedConstructException {
        int[] s = cx.parts(c.operand());
        int[] d = cx.resultRegs(c);
        int fromBits = ValueKinds.bits(from);
        if (c.opcode() == org.hotlink.ir.Opcode.TRUNC) {
            for (int i = 0; i < d.length; i++) {
                cx.emit(Op.MOV, Width.Q, r(d[i]), r(s[i]));
            }
            if (ValueKinds.bits(to) == 1) {
                cx.emit(Op.AND, Width.L, r(d[0]), imm(1));
            }
            return;
        }
        boolean signed = c.opcode() == org.hotlink.ir.Opcode.SEXT;
        int lastWord = s.length - 1;
        int topBits = fromBits - 64 * lastWord;
        int top = fromBits == 1 ? s[0] : IntegerLowering.extendTo64(cx, s[lastWord], topBits, signed);
        if (fromBits == 1 && signed) {
            top = cx.copy(s[0]);
            cx.emit(Op.NEG, Width.Q, r(top));
        }
        int fill;
        if (signed) {
            fill = cx.copy(top);
            cx.emit(Op.SAR_IMM, Width.Q, r(fill), imm(63));
        } else {
            fill = cx.constant(0);
        }
        for (int i = 0; i < d.length; i++) {
            int v = i < lastWord ? s[i] : i == lastWord ? top : fill;
            cx.emit(Op.MOV, Width.Q, r(d[i]), r(v));
        }
    }

    private static void wideResize(LoweringContext cx, CastInstruction c, Type from, Type to)
            throws UnsupportedConstructException {
        if (ValueKinds.isI128(from) && c.opcode() == org.hotlink.ir.Opcode.TRUNC && ValueKinds.isGprScalar(to)) {
            int[] s = cx.parts(c.operand());
            int d = cx.result(c);
            cx.emit(Op.MOV, Width.Q, r(d), r(s[0]));
            if (ValueKinds.bits(to) == 1) {
                cx.emit(Op.AND, Width.L, r(d), imm(1));
            }
            return;
        }
        if (ValueKinds.isI128(to) && ValueKinds.isGprScalar(from)) {
            int s = cx.use(c.operand());
            int[] d = cx.resultRegs(c);
            int bits = ValueKinds.bits(from);
            boolean signed = c.opcode() == org.hotlink.ir.Opcode.SEXT;
            int low = bits == 1 ? s : IntegerLowering.extendTo64(cx, s, bits, signed);
            if (bits == 1 && signed) {
                low = cx.copy(s);
                cx.emit(Op.NEG, Width.Q, r(low));
            }
            cx.emit(Op.MOV, Width.Q, r(d[0]), r(low));
            cx.emit(Op.MOV, Width.Q, r(d[1]), r(low));
            if (signed) {
                cx.emit(Op.SAR_IMM, Width.Q, r(d[1]), imm(63));
            } else {
                cx.emit(Op.MOV_IMM, Width.Q, r(d[1]), imm(0));
            }
            return;
        }
        if (ValueKinds.isI128(to) && ValueKinds.isI128(from)) {
            int[] s = cx.parts(c.operand());
            int[] d = cx.resultRegs(c);
            int high = c.opcode() == org.hotlink.ir.Opcode.TRUNC ? s[1]
                    : WideIntegerLowering.normalizedHigh(cx, s[1], ValueKinds.bits(from), c.opcode() == org.hotlink.ir.Opcode.SEXT);
            cx.emit(Op.MOV, Width.Q, r(d[0]), r(s[0]));
            cx.emit(Op.MOV, Width.Q, r(d[1]), r(high));
            return;
        }
        throw cx.unsupported(c.opcode().name().toLowerCase() + " from " + from + " to " + to);
    }

    private static void bitcast(LoweringContext cx, CastInstruction c, Type from, Type to) throws UnsupportedConstructException {
        boolean fromXmm = ValueKinds.isXmmScalar(from);
        boolean toXmm = ValueKinds.isXmmScalar(to);
        if (!ValueKinds.isScalar(from) || !ValueKinds.isScalar(to)) {
            if (ValueKinds.isI128(from) && ValueKinds.isI128(to)) {
                AggregateLowering.copyValue(cx, c, c.operand());
                return;
            }
            throw cx.unsupported("bitcast from " + from + " to " + to);
        }
        int s = cx.use(c.operand());
        int d = cx.result(c);
        if (fromXmm == toXmm) {
            cx.move(d, s);
        } else if (toXmm) {
            cx.emit(Op.MOVQ_TO_XMM, ValueKinds.bits(from) == 32 ? Width.SS : Width.SD, r(d), r(s));
        } else {
            cx.emit(Op.MOVQ_TO_GPR, ValueKinds.bits(to) == 32 ? Width.SS : Width.SD, r(d), r(s));
        }
    }

    private static void intToFloat(LoweringContext cx, CastInstruction c, Type from, Type to) throws UnsupportedConstructException {
        requireFloat(cx, to);
        if (!ValueKinds.isGprScalar(from) || from.isPointer()) {
            throw cx.unsupported(c.opcode().name().toLowerCase() + " from " + from);
        }
        boolean signed = c.opcode() == org.hotlink.ir.Opcode.SITOFP;
        int bits = ValueKinds.bits(from);
        Width fw = ValueKinds.floatWidth(to);
        int s = cx.use(c.operand());
        int d = cx.result(c);
        if (signed || bits < 64) {
            int wide = bits == 1 && !signed ? s : IntegerLowering.extendTo64(cx, s, bits, signed);
            if (bits == 1 && signed) {
                wide = cx.copy(s);
                cx.emit(Op.NEG, Width.Q, r(wide));
            }
            cx.emit(Op.CVT_INT_TO_FLOAT, fw, r(d), r(wide)).sourceWidth(Width.Q);
            return;
        }
        // u64: if the top bit is set, convert (x >> 1) | (x & 1) and double it (keeps rounding exact)
        int half = cx.copy(s);
        cx.emit(Op.SHR_IMM, Width.Q, r(half), imm(1));
        int lowBit = cx.copy(s);
        cx.emit(Op.AND, Width.Q, r(lowBit), imm(1));
        cx.emit(Op.OR, Width.Q, r(half), r(lowBit));
        cx.emit(Op.TEST, Width.Q, r(s), r(s));
        cx.emit(Op.CMOV, Width.Q, r(half), r(s)).cond(Cond.NS);
        int converted = cx.xmm();
        cx.emit(Op.CVT_INT_TO_FLOAT, fw, r(converted), r(half)).sourceWidth(Width.Q);
        int doubled = cx.xmm();
        cx.emit(Op.FMOV, Width.SD, r(doubled), r(converted));
        cx.emit(Op.FADD, fw, r(doubled), r(converted));
        int bitsConverted = cx.gpr();
        int bitsDoubled = cx.gpr();
        cx.emit(Op.MOVQ_TO_GPR, Width.SD, r(bitsConverted), r(converted));
        cx.emit(Op.MOVQ_TO_GPR, Width.SD, r(bitsDoubled), r(doubled));
        cx.emit(Op.TEST, Width.Q, r(s), r(s));
        cx.emit(Op.CMOV, Width.Q, r(bitsConverted), r(bitsDoubled)).cond(Cond.S);
        cx.emit(Op.MOVQ_TO_XMM, Width.SD, r(d), r(bitsConverted));
    }

    private static void floatToInt(LoweringContext cx, CastInstruction c, Type from, Type to) throws UnsupportedConstructException {
        requireFloat(cx, from);
        if (!to.isInteger() || ValueKinds.bits(to) > 64) {
            throw cx.unsupported(c.opcode().name().toLowerCase() + " to " + to);
        }
        boolean signed = c.opcode() == org.hotlink.ir.Opcode.FPTOSI;
        int bits = ValueKinds.bits(to);
        Width fw = ValueKinds.floatWidth(from);
        int s = cx.use(c.operand());
        int d = cx.result(c);
        if (signed || bits < 64) {
            cx.emit(Op.CVT_FLOAT_TO_INT, bits <= 32 && signed ? Width.L : Width.Q, r(d), r(s)).sourceWidth(fw);
            return;
        }
        // u64: values at or above 2^63 convert after subtracting 2^63, then get the top bit back
        int limit = ConstantMaterializer.floatBits(cx,
                fw == Width.SS ? Float.floatToRawIntBits(9.223372036854775807E18f) : Double.doubleToRawLongBits(9.223372036854775807E18),
                fw);
        int small = cx.gpr();
        cx.emit(Op.CVT_FLOAT_TO_INT, Width.Q, r(small), r(s)).sourceWidth(fw);
        int reduced = cx.xmm();
        cx.emit(Op.FMOV, Width.SD, r(reduced), r(s));
        cx.emit(Op.FSUB, fw, r(reduced), r(limit));
        int big = cx.gpr();
        cx.emit(Op.CVT_FLOAT_TO_INT, Width.Q, r(big), r(reduced)).sourceWidth(fw);
        int topBit = cx.constant(Long.MIN_VALUE);
        cx.emit(Op.XOR, Width.Q, r(big), r(topBit));
        cx.emit(Op.MOV, Width.Q, r(d), r(small));
        cx.emit(Op.UCOMI, fw, r(s), r(limit));
        cx.emit(Op.CMOV, Width.Q, r(d), r(big)).cond(Cond.AE);
    }
}
