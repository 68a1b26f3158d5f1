package org.hotlink.backend.x86.lower;

import java.util.ArrayList;
import java.util.List;

import org.hotlink.backend.x86.mir.Op;
import org.hotlink.backend.x86.mir.Operand;
import org.hotlink.backend.x86.mir.Width;
import org.hotlink.codegen.common.ConstantValue;
import org.hotlink.codegen.common.IntegerValue;
import org.hotlink.codegen.common.SymbolicAddress;
import org.hotlink.diagnostic.UnsupportedConstructException;
import org.hotlink.ir.BlockAddress;
import org.hotlink.ir.Constant;
import org.hotlink.ir.ConstantAggregate;
import org.hotlink.ir.ConstantExpression;
import org.hotlink.ir.ConstantFloat;
import org.hotlink.ir.ConstantInt;
import org.hotlink.ir.ConstantNull;
import org.hotlink.ir.FloatingType;
import org.hotlink.ir.GlobalValue;
import org.hotlink.ir.Opcode;
import org.hotlink.ir.PoisonValue;
import org.hotlink.ir.Type;
import org.hotlink.ir.UndefValue;
import org.hotlink.ir.Value;
import org.hotlink.ir.ZeroInitializer;

/** Puts constants into fresh virtual registers at the current point (never with XOR: flags must survive). */
final class ConstantMaterializer {
    private ConstantMaterializer() {
    }

    static int[] materialize(LoweringContext cx, Value v) throws UnsupportedConstructException {
        Type t = v.type();
        if (v instanceof ConstantFloat f) {
            FloatingType ft = f.type();
            if (ft.kind() != FloatingType.Kind.FLOAT && ft.kind() != FloatingType.Kind.DOUBLE) {
                throw cx.unsupported("floating-point type " + ft);
            }
            return new int[]{floatBits(cx, f.longBits(), ValueKinds.floatWidth(ft))};
        }
        if (v instanceof ConstantInt i) {
            if (ValueKinds.isI128(t)) {
                return new int[]{cx.constant(i.value().longValue()), cx.constant(i.value().shiftRight(64).longValue())};
            }
            if (i.bits() > 64) {
                int[] words = new int[MultiWordLowering.words(t)];
                for (int w = 0; w < words.length; w++) {
                    words[w] = cx.constant(i.value().shiftRight(64 * w).longValue());
                }
                return words;
            }
            long value = i.bits() == 1 ? (i.isZero() ? 0 : 1) : i.longValue();
            return new int[]{cx.constant(value)};
        }
        if (v instanceof ConstantNull || v instanceof ZeroInitializer || v instanceof UndefValue || v instanceof PoisonValue) {
            return zeros(cx, t);
        }
        if (v instanceof GlobalValue || v instanceof BlockAddress || v instanceof ConstantExpression) {
            if (v instanceof ConstantExpression e && !t.isPointer() && !t.isInteger()) {
                throw cx.unsupported("constant expression of type " + t);
            }
            if (t.isInteger() && ValueKinds.bits(t) > 64) {
                return wideInteger(cx, (Constant) v);
            }
            return new int[]{scalar(cx, (Constant) v)};
        }
        if (v instanceof ConstantAggregate agg && ValueKinds.isFloatPair(t)) {
            long lo = agg.element(0) instanceof ConstantFloat f0 ? f0.longBits() & 0xFFFFFFFFL : 0;
            long hi = agg.element(1) instanceof ConstantFloat f1 ? f1.longBits() & 0xFFFFFFFFL : 0;
            return new int[]{floatBits(cx, hi << 32 | lo, Width.SD)};
        }
        if (v instanceof ConstantAggregate agg) {
            List<Integer> out = new ArrayList<>();
            for (Constant element : agg.elements()) {
                for (int r : materialize(cx, element)) {
                    out.add(r);
                }
            }
            return out.stream().mapToInt(Integer::intValue).toArray();
        }
        throw cx.unsupported("constant " + v.reference());
    }

    private static int[] zeros(LoweringContext cx, Type t) throws UnsupportedConstructException {
        if (ValueKinds.isScalar(t)) {
            return new int[]{zero(cx, t)};
        }
        List<ValueKinds.Leaf> leaves = ValueKinds.leaves(t, cx.layout);
        int[] out = new int[leaves.size()];
        for (int i = 0; i < out.length; i++) {
            Type lt = leaves.get(i).type();
            if (!ValueKinds.isScalar(lt)) {
                throw cx.unsupported("value of type " + lt);
            }
            out[i] = zero(cx, lt);
        }
        return out;
    }

    private static int zero(LoweringContext cx, Type t) {
        if (ValueKinds.isXmmScalar(t)) {
            return floatBits(cx, 0, Width.SD);
        }
        return cx.constant(0);
    }

    static int floatBits(LoweringContext cx, long bits, Width width) {
        int g = cx.constant(width == Width.SS ? bits & 0xFFFFFFFFL : bits);
        int x = cx.xmm();
        cx.emit(Op.MOVQ_TO_XMM, width == Width.SS ? Width.SS : Width.SD, LoweringContext.r(x), LoweringContext.r(g));
        return x;
    }

    /**
     * What {@code c} folds to with codegen-common's evaluator (aliases resolved to their
     * aliasees), or null when it does not fold to a number or one symbol plus an offset.
     */
    static ConstantValue tryEvaluate(LoweringContext cx, Constant c) {
        try {
            return cx.constants.evaluate(c, cx.location());
        } catch (UnsupportedConstructException e) {
            return null;
        }
    }

    /**
     * A register holding the pointer or integer (at most 64 bits) constant {@code c}: a number, an
     * address (LEA or GOT load), or, for a constant expression that does not fold to either (the
     * difference of two symbols' addresses, an address truncated or masked), the instructions
     * that compute it from its operands. Anything else is reported, never guessed.
     */
    static int scalar(LoweringContext cx, Constant c) throws UnsupportedConstructException {
        ConstantValue value;
        try {
            value = cx.constants.evaluate(c, cx.location());
        } catch (UnsupportedConstructException notFoldable) {
            if (c instanceof ConstantExpression e) {
                return expression(cx, e, notFoldable);
            }
            throw notFoldable;
        }
        if (value instanceof IntegerValue i) {
            // i1 as 0 or 1, like a ConstantInt; wider values sign-extended
            return cx.constant(i.width() == 1 ? i.bits().longValue() : i.longValue());
        }
        return address(cx, (SymbolicAddress) value);
    }

    /** The words of an integer constant wider than 64 bits, which must fold to a number. */
    private static int[] wideInteger(LoweringContext cx, Constant c) throws UnsupportedConstructException {
        IntegerValue value = cx.constants.evaluateInteger(c, cx.location());
        int[] words = new int[MultiWordLowering.words(c.type())];
        for (int w = 0; w < words.length; w++) {
            words[w] = cx.constant(value.bits().shiftRight(64 * w).longValue());
        }
        return words;
    }

    /**
     * Computes a constant expression that the evaluator cannot fold, from its operands. Integer
     * registers may hold garbage above a value's width, as everywhere in the lowering, so
     * truncations are free and widenings extend explicitly.
     *
     * @param notFoldable the evaluator's report, rethrown for shapes computed nowhere here
     */
    private static int expression(LoweringContext cx, ConstantExpression e, UnsupportedConstructException notFoldable)
            throws UnsupportedConstructException {
        if (!fitsGpr(e.type()) || e.operands().isEmpty()) {
            throw notFoldable;
        }
        for (Constant operand : e.operands()) {
            if (!fitsGpr(operand.type())) {
                throw notFoldable;
            }
        }
        int bits = widthOf(cx, e.type());
        switch (e.opcode()) {
            case BITCAST, ADDRSPACECAST, PTRTOINT, TRUNC -> {
                return scalar(cx, e.operand(0));
            }
            case INTTOPTR, ZEXT, SEXT -> {
                int from = widthOf(cx, e.operand(0).type());
                return IntegerLowering.extendTo64(cx, scalar(cx, e.operand(0)), from, e.opcode() == Opcode.SEXT);
            }
            case ADD, SUB, AND, OR, XOR, MUL -> {
                Op op = switch (e.opcode()) {
                    case ADD -> bits == 1 ? Op.XOR : Op.ADD;
                    case SUB -> bits == 1 ? Op.XOR : Op.SUB;
                    case AND -> Op.AND;
                    case OR -> Op.OR;
                    case XOR -> Op.XOR;
                    default -> bits == 1 ? Op.AND : Op.IMUL;
                };
                int a = scalar(cx, e.operand(0));
                int b = scalar(cx, e.operand(1));
                int d = cx.copy(a);
                cx.emit(op, Width.Q, LoweringContext.r(d), LoweringContext.r(b));
                return d;
            }
            case SHL, LSHR, ASHR -> {
                ConstantValue count = tryEvaluate(cx, e.operand(1));
                if (!(count instanceof IntegerValue amount)) {
                    throw notFoldable;
                }
                int value = scalar(cx, e.operand(0));
                Op op = Op.SHL_IMM;
                if (e.opcode() != Opcode.SHL) {
                    value = IntegerLowering.extendTo64(cx, value, bits, e.opcode() == Opcode.ASHR);
                    op = e.opcode() == Opcode.ASHR ? Op.SAR_IMM : Op.SHR_IMM;
                }
                int d = cx.copy(value);
                cx.emit(op, Width.Q, LoweringContext.r(d), LoweringContext.imm(amount.bits().longValue() & 63));
                return d;
            }
            default -> throw notFoldable;
        }
    }

    private static boolean fitsGpr(Type t) {
        return t.isPointer() || t.isInteger() && ValueKinds.bits(t) <= 64;
    }

    private static int widthOf(LoweringContext cx, Type t) {
        return t.isPointer() ? 8 * cx.layout.pointerSize() : ValueKinds.bits(t);
    }

    /** A register holding the address {@code a} (LEA of a symbol, or a GOT load plus offset). */
    static int address(LoweringContext cx, SymbolicAddress a) throws UnsupportedConstructException {
        int d = cx.gpr();
        if (a.isBlockAddress()) {
            cx.emit(Op.LEA, Width.Q, LoweringContext.r(d), Operand.Mem.symbol(a.symbolName(), a.offset()));
            return d;
        }
        GlobalValue g = a.target();
        if (g.isThreadLocal()) {
            throw cx.unsupported("thread_local global @" + g.name());
        }
        if (cx.symbols.isDirect(g) && LoweringContext.fitsImm32(a.offset())) {
            cx.emit(Op.LEA, Width.Q, LoweringContext.r(d), Operand.Mem.symbol(cx.symbols.symbolOf(g), a.offset()));
            return d;
        }
        cx.emit(Op.LOAD, Width.Q, LoweringContext.r(d), Operand.Mem.gotSlot(cx.symbols.symbolOf(g)));
        if (a.offset() != 0) {
            addConstant(cx, d, a.offset());
        }
        return d;
    }

    static void addConstant(LoweringContext cx, int reg, long value) {
        if (LoweringContext.fitsImm32(value)) {
            cx.emit(Op.ADD, Width.Q, LoweringContext.r(reg), LoweringContext.imm(value));
        } else {
            cx.emit(Op.ADD, Width.Q, LoweringContext.r(reg), LoweringContext.r(cx.constant(value)));
        }
    }
}
