package org.hotlink.backend.x86.lower;

import static org.hotlink.backend.x86.lower.LoweringContext.imm;
import static org.hotlink.backend.x86.lower.LoweringContext.r;

import java.util.List;

import org.hotlink.backend.x86.mir.Cond;
import org.hotlink.backend.x86.mir.Op;
import org.hotlink.backend.x86.mir.RegClass;
import org.hotlink.backend.x86.mir.Width;
import org.hotlink.diagnostic.UnsupportedConstructException;
import org.hotlink.ir.BranchInstruction;
import org.hotlink.ir.CompareInstruction;
import org.hotlink.ir.ConstantInt;
import org.hotlink.ir.Instruction;
import org.hotlink.ir.Opcode;
import org.hotlink.ir.Predicate;
import org.hotlink.ir.SelectInstruction;
import org.hotlink.ir.Type;
import org.hotlink.ir.Value;

/** icmp, fcmp and select: compares set flags that a SETcc, Jcc or CMOVcc reads. */
final class CompareLowering {
    private CompareLowering() {
    }

    static void compare(LoweringContext cx, CompareInstruction c) throws UnsupportedConstructException {
        if (c.lhs().type().isVector()) {
            throw cx.unsupported(c.opcode().name().toLowerCase() + " on vectors");
        }
        if (canFold(cx, c)) {
            cx.foldedCompares.add(c);
            return;
        }
        int d = cx.result(c);
        if (c.predicate() == Predicate.TRUE || c.predicate() == Predicate.FALSE) {
            cx.emit(Op.MOV_IMM, Width.Q, r(d), imm(c.predicate() == Predicate.TRUE ? 1 : 0));
            return;
        }
        FlagTest test = emitFlags(cx, c);
        materialize(cx, test, d);
    }

    /** A compare is folded when its only user is the next branch or a select of the same block. */
    private static boolean canFold(LoweringContext cx, CompareInstruction c) {
        if (cx.useCount(c) != 1 || c.predicate() == Predicate.TRUE || c.predicate() == Predicate.FALSE) {
            return false;
        }
        List<Instruction> list = c.parent().instructions();
        for (int i = positionOf(list, c) + 1; i < list.size(); i++) {
            Instruction user = list.get(i);
            if (user instanceof BranchInstruction b && b.isConditional() && b.condition() == c) {
                return true;
            }
            if (user instanceof SelectInstruction s && s.condition() == c && s.trueValue() != c && s.falseValue() != c) {
                return true;
            }
        }
        return false;
    }

    /** Index of {@code c} in its block's {@code list}: its recorded index, checked, else a search. */
    private static int positionOf(List<Instruction> list, CompareInstruction c) {
        int i = c.indexInBlock();
        return i >= 0 && i < list.size() && list.get(i) == c ? i : list.indexOf(c);
    }

    static void materialize(LoweringContext cx, FlagTest test, int d) {
        int t = cx.gpr();
        cx.emit(Op.SETCC, Width.B, r(t)).cond(test.first());
        if (!test.isSingle()) {
            int u = cx.gpr();
            cx.emit(Op.SETCC, Width.B, r(u)).cond(test.second());
            cx.emit(test.both() ? Op.AND : Op.OR, Width.L, r(t), r(u));
        }
        cx.emit(Op.MOVZX, Width.L, r(d), r(t)).sourceWidth(Width.B);
    }

    /** The flag test for boolean {@code condition}: re-emits a folded compare, else tests the value. */
    static FlagTest conditionFlags(LoweringContext cx, Value condition) throws UnsupportedConstructException {
        if (condition instanceof CompareInstruction c && cx.foldedCompares.contains(c)) {
            return emitFlags(cx, c);
        }
        if (condition instanceof ConstantInt k) {
            int t = cx.constant(k.isZero() ? 0 : 1);
            cx.emit(Op.TEST, Width.L, r(t), r(t));
            return FlagTest.of(Cond.NE);
        }
        int v = cx.use(condition);
        cx.emit(Op.TEST, Width.B, r(v), imm(1));
        return FlagTest.of(Cond.NE);
    }

    static FlagTest emitFlags(LoweringContext cx, CompareInstruction c) throws UnsupportedConstructException {
        if (c.opcode() == Opcode.FCMP) {
            return floatFlags(cx, c);
        }
        Type t = c.lhs().type();
        if (ValueKinds.isI128(t)) {
            return wideFlags(cx, c);
        }
        if (MultiWordLowering.isMultiWord(t) && (c.predicate() == Predicate.EQ || c.predicate() == Predicate.NE)) {
            // equal when every word (the top one with its undefined bits cleared) matches
            int[] x = cx.parts(c.lhs());
            int[] y = cx.parts(c.rhs());
            int last = x.length - 1;
            int topBits = ValueKinds.bits(t) - 64 * last;
            int acc = cx.copy(IntegerLowering.extendTo64(cx, x[last], topBits, false));
            cx.emit(Op.XOR, Width.Q, r(acc), r(IntegerLowering.extendTo64(cx, y[last], topBits, false)));
            for (int i = 0; i < last; i++) {
                int diff = cx.copy(x[i]);
                cx.emit(Op.XOR, Width.Q, r(diff), r(y[i]));
                cx.emit(Op.OR, Width.Q, r(acc), r(diff));
            }
            return FlagTest.of(c.predicate() == Predicate.EQ ? Cond.E : Cond.NE);
        }
        if (!ValueKinds.isGprScalar(t)) {
            throw cx.unsupported("icmp on " + t);
        }
        Cond cond = integerCond(c.predicate());
        if (t.isInteger() && !ValueKinds.isStandardInteger(t)) {
            // odd widths (bit-field units like i40): compare the values extended to 64 bits
            boolean signed = cond == Cond.L || cond == Cond.LE || cond == Cond.G || cond == Cond.GE;
            int bits = ValueKinds.bits(t);
            int x = IntegerLowering.extendTo64(cx, cx.use(c.lhs()), bits, signed);
            int y = IntegerLowering.extendTo64(cx, cx.use(c.rhs()), bits, signed);
            cx.emit(Op.CMP, Width.Q, r(x), r(y));
            return FlagTest.of(cond);
        }
        Width w = ValueKinds.exactWidth(t);
        Value a = c.lhs();
        Value b = c.rhs();
        if (a instanceof ConstantInt && !(b instanceof ConstantInt)) {
            Value tmp = a;
            a = b;
            b = tmp;
            cond = cond.swapOperands();
        }
        int ra = cx.use(a);
        if (b instanceof ConstantInt k && k.bits() <= 64 && LoweringContext.fitsImm32(ValueKinds.immediate(k))) {
            if (k.isZero() && (cond == Cond.E || cond == Cond.NE)) {
                cx.emit(Op.TEST, w, r(ra), r(ra));
            } else {
                cx.emit(Op.CMP, w, r(ra), imm(ValueKinds.immediate(k)));
            }
        } else {
            cx.emit(Op.CMP, w, r(ra), r(cx.use(b)));
        }
        return FlagTest.of(cond);
    }

    private static Cond integerCond(Predicate p) {
        return switch (p) {
            case EQ -> Cond.E;
            case NE -> Cond.NE;
            case UGT -> Cond.A;
            case UGE -> Cond.AE;
            case ULT -> Cond.B;
            case ULE -> Cond.BE;
            case SGT -> Cond.G;
            case SGE -> Cond.GE;
            case SLT -> Cond.L;
            case SLE -> Cond.LE;
            default -> throw new IllegalStateException("not an integer predicate: " + p);
        };
    }

    private static FlagTest wideFlags(LoweringContext cx, CompareInstruction c) throws UnsupportedConstructException {
        int[] a = cx.parts(c.lhs());
        int[] b = cx.parts(c.rhs());
        Predicate p = c.predicate();
        int bits = ValueKinds.bits(c.lhs().type());
        if (bits < 128) {
            boolean signed = p == Predicate.SLT || p == Predicate.SLE || p == Predicate.SGT || p == Predicate.SGE;
            a = new int[]{a[0], WideIntegerLowering.normalizedHigh(cx, a[1], bits, signed)};
            b = new int[]{b[0], WideIntegerLowering.normalizedHigh(cx, b[1], bits, signed)};
        }
        if (p == Predicate.EQ || p == Predicate.NE) {
            int lo = cx.copy(a[0]);
            cx.emit(Op.XOR, Width.Q, r(lo), r(b[0]));
            int hi = cx.copy(a[1]);
            cx.emit(Op.XOR, Width.Q, r(hi), r(b[1]));
            cx.emit(Op.OR, Width.Q, r(lo), r(hi));
            return FlagTest.of(p == Predicate.EQ ? Cond.E : Cond.NE);
        }
        boolean swap = p == Predicate.UGT || p == Predicate.ULE || p == Predicate.SGT || p == Predicate.SLE;
        int[] x = swap ? b : a;
        int[] y = swap ? a : b;
        // x - y over 128 bits: CF (unsigned) and SF^OF (signed) then tell x < y
        int lo = cx.copy(x[0]);
        int hi = cx.copy(x[1]);
        cx.emit(Op.CMP, Width.Q, r(lo), r(y[0]));
        cx.emit(Op.SBB, Width.Q, r(hi), r(y[1]));
        return FlagTest.of(switch (p) {
            case ULT, UGT -> Cond.B;
            case UGE, ULE -> Cond.AE;
            case SLT, SGT -> Cond.L;
            default -> Cond.GE;
        });
    }

    private static FlagTest floatFlags(LoweringContext cx, CompareInstruction c) throws UnsupportedConstructException {
        Type t = c.lhs().type();
        if (!ValueKinds.isXmmScalar(t) || ValueKinds.isFloatPair(t)) {
            throw cx.unsupported("fcmp on " + t);
        }
        Width w = ValueKinds.floatWidth(t);
        int a = cx.use(c.lhs());
        int b = cx.use(c.rhs());
        Predicate p = c.predicate();
        boolean swap = p == Predicate.OLT || p == Predicate.OLE || p == Predicate.FUGT || p == Predicate.FUGE;
        if (p == Predicate.TRUE || p == Predicate.FALSE) {
            int k = cx.constant(p == Predicate.TRUE ? 1 : 0);
            cx.emit(Op.TEST, Width.L, r(k), r(k));
            return FlagTest.of(Cond.NE);
        }
        cx.emit(Op.UCOMI, w, r(swap ? b : a), r(swap ? a : b));
        return switch (p) {
            case OGT, OLT -> FlagTest.of(Cond.A);
            case OGE, OLE -> FlagTest.of(Cond.AE);
            case ONE -> FlagTest.of(Cond.NE);
            case ORD -> FlagTest.of(Cond.NP);
            case UNO -> FlagTest.of(Cond.P);
            case UEQ -> FlagTest.of(Cond.E);
            case FUGT, FULT -> FlagTest.of(Cond.B);
            case FUGE, FULE -> FlagTest.of(Cond.BE);
            case OEQ -> FlagTest.allOf(Cond.E, Cond.NP);
            case UNE -> FlagTest.anyOf(Cond.NE, Cond.P);
            default -> throw new IllegalStateException("not a float predicate: " + p);
        };
    }

    static void select(LoweringContext cx, SelectInstruction s) throws UnsupportedConstructException {
        if (s.condition().type().isVector()) {
            throw cx.unsupported("select with a vector condition");
        }
        int[] t = cx.parts(s.trueValue());
        int[] f = cx.parts(s.falseValue());
        int[] d = cx.resultRegs(s);
        // operands as GPR bit patterns, prepared before the flags are set
        int[] tg = new int[t.length];
        int[] fg = new int[f.length];
        for (int i = 0; i < t.length; i++) {
            tg[i] = toGpr(cx, t[i]);
            fg[i] = toGpr(cx, f[i]);
        }
        int[] dg = new int[d.length];
        for (int i = 0; i < d.length; i++) {
            dg[i] = cx.mf.classOf(d[i]) == RegClass.XMM ? cx.gpr() : d[i];
        }
        FlagTest test = conditionFlags(cx, s.condition());
        for (int i = 0; i < d.length; i++) {
            if (test.isSingle()) {
                cx.emit(Op.MOV, Width.Q, r(dg[i]), r(fg[i]));
                cx.emit(Op.CMOV, Width.Q, r(dg[i]), r(tg[i])).cond(test.first());
            } else if (test.both()) {
                cx.emit(Op.MOV, Width.Q, r(dg[i]), r(tg[i]));
                cx.emit(Op.CMOV, Width.Q, r(dg[i]), r(fg[i])).cond(test.first().negate());
                cx.emit(Op.CMOV, Width.Q, r(dg[i]), r(fg[i])).cond(test.second().negate());
            } else {
                cx.emit(Op.MOV, Width.Q, r(dg[i]), r(fg[i]));
                cx.emit(Op.CMOV, Width.Q, r(dg[i]), r(tg[i])).cond(test.first());
                cx.emit(Op.CMOV, Width.Q, r(dg[i]), r(tg[i])).cond(test.second());
            }
        }
        for (int i = 0; i < d.length; i++) {
            if (dg[i] != d[i]) {
                cx.emit(Op.MOVQ_TO_XMM, Width.SD, r(d[i]), r(dg[i]));
            }
        }
    }

    private static int toGpr(LoweringContext cx, int reg) {
        if (cx.mf.classOf(reg) != RegClass.XMM) {
            return reg;
        }
        int g = cx.gpr();
        cx.emit(Op.MOVQ_TO_GPR, Width.SD, r(g), r(reg));
        return g;
    }
}
