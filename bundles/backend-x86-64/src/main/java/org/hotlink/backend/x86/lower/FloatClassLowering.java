package org.hotlink.backend.x86.lower;

import static org.hotlink.backend.x86.lower.LoweringContext.imm;
import static org.hotlink.backend.x86.lower.LoweringContext.r;

import org.hotlink.backend.x86.mir.Cond;
import org.hotlink.backend.x86.mir.Op;
import org.hotlink.backend.x86.mir.Width;
import org.hotlink.diagnostic.UnsupportedConstructException;
import org.hotlink.ir.CallInstruction;
import org.hotlink.ir.ConstantInt;
import org.hotlink.ir.Type;

/**
 * {@code llvm.is.fpclass(x, mask)} (what clang -O0 emits for isfinite, isnormal, fpclassify):
 * the bit pattern without its sign is tested against the class boundaries with one unsigned
 * range compare per class ({@code lo <= abs < hi} as {@code abs - lo < hi - lo}), and the sign
 * bit selects the negative or positive half of the mask (LangRef bits 0..9).
 */
final class FloatClassLowering {
    private FloatClassLowering() {
    }

    static void isFpClass(LoweringContext cx, CallInstruction c) throws UnsupportedConstructException {
        Type t = c.argument(0).type();
        if (!ValueKinds.isXmmScalar(t) || ValueKinds.isFloatPair(t) || !(c.argument(1) instanceof ConstantInt maskConstant)) {
            throw cx.unsupported("llvm.is.fpclass on " + t + " with a non-constant mask");
        }
        int mask = (int) maskConstant.longValue();
        boolean single = ValueKinds.floatWidth(t) == Width.SS;
        long inf = single ? 0x7F800000L : 0x7FF0000000000000L;
        long quiet = single ? 0x00400000L : 0x0008000000000000L;
        long minNormal = single ? 0x00800000L : 0x0010000000000000L;
        long top = single ? 0x80000000L : Long.MIN_VALUE;
        int bits = cx.gpr();
        cx.emit(Op.MOVQ_TO_GPR, single ? Width.SS : Width.SD, r(bits), r(cx.use(c.argument(0))));
        int abs = cx.copy(bits);
        if (single) {
            cx.emit(Op.AND, Width.L, r(abs), imm(0x7FFFFFFF));
        } else {
            cx.emit(Op.SHL_IMM, Width.Q, r(abs), imm(1));
            cx.emit(Op.SHR_IMM, Width.Q, r(abs), imm(1));
        }
        int negative = cx.gpr();
        cx.emit(Op.TEST, single ? Width.L : Width.Q, r(bits), r(bits));
        CompareLowering.materialize(cx, FlagTest.of(Cond.S), negative);
        int positive = cx.copy(negative);
        cx.emit(Op.XOR, Width.L, r(positive), imm(1));
        int d = cx.result(c);
        cx.emit(Op.MOV_IMM, Width.Q, r(d), imm(0));
        // {mask bit, low bound, high bound (exclusive), sign: 0 any, 1 negative, 2 positive}
        long[][] classes = {
                {0, inf + 1, inf | quiet, 0}, {1, inf | quiet, top, 0},
                {2, inf, inf + 1, 1}, {3, minNormal, inf, 1}, {4, 1, minNormal, 1}, {5, 0, 1, 1},
                {6, 0, 1, 2}, {7, 1, minNormal, 2}, {8, minNormal, inf, 2}, {9, inf, inf + 1, 2}};
        for (long[] k : classes) {
            if ((mask & (1 << k[0])) == 0) {
                continue;
            }
            int shifted = cx.copy(abs);
            cx.emit(Op.SUB, Width.Q, r(shifted), r(cx.constant(k[1])));
            cx.emit(Op.CMP, Width.Q, r(shifted), r(cx.constant(k[2] - k[1])));
            int in = cx.gpr();
            CompareLowering.materialize(cx, FlagTest.of(Cond.B), in);
            if (k[3] != 0) {
                cx.emit(Op.AND, Width.L, r(in), r(k[3] == 1 ? negative : positive));
            }
            cx.emit(Op.OR, Width.L, r(d), r(in));
        }
    }
}
