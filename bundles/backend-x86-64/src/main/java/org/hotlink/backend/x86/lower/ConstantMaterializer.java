package org.hotlink.backend.x86.lower;

import java.util.ArrayList;
import java.util.List;

import org.hotlink.backend.x86.mir.Op;
import org.hotlink.backend.x86.mir.Operand;
import org.hotlink.backend.x86.mir.Width;
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
            ConstantAddress a = ConstantAddress.evaluate((Constant) v, cx.layout, cx.location());
            return new int[]{address(cx, a)};
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

    /** A register holding the address {@code a} (LEA of a symbol, or a GOT load plus offset). */
    static int address(LoweringContext cx, ConstantAddress a) throws UnsupportedConstructException {
        if (a.isInteger()) {
            return cx.constant(a.offset());
        }
        int d = cx.gpr();
        if (a.block() != null) {
            String sym = ModuleSymbols.blockSymbol(a.block().function(), a.block().block());
            cx.emit(Op.LEA, Width.Q, LoweringContext.r(d), Operand.Mem.symbol(sym, a.offset()));
            return d;
        }
        GlobalValue g = a.global();
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
