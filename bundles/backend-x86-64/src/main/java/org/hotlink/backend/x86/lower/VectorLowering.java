package org.hotlink.backend.x86.lower;

import static org.hotlink.backend.x86.lower.LoweringContext.imm;
import static org.hotlink.backend.x86.lower.LoweringContext.r;

import org.hotlink.backend.x86.mir.Op;
import org.hotlink.backend.x86.mir.Width;
import org.hotlink.diagnostic.UnsupportedConstructException;
import org.hotlink.ir.ConstantInt;
import org.hotlink.ir.ExtractElementInstruction;
import org.hotlink.ir.InsertElementInstruction;
import org.hotlink.ir.ShuffleVectorInstruction;
import org.hotlink.ir.Value;

/**
 * Lane operations on {@code <2 x float>} (what the ABI makes of a struct of two floats): a lane is
 * brought to lane 0 with SHUFPS, and two lane-0 values are paired with UNPCKLPS. Wider vectors
 * belong to a later stage and are reported as unsupported.
 */
final class VectorLowering {
    private VectorLowering() {
    }

    /** A register whose lane 0 holds lane {@code lane} of {@code vector}. */
    private static int lane(LoweringContext cx, int vector, int lane) {
        if (lane == 0) {
            return vector;
        }
        int t = cx.copy(vector);
        cx.emit(Op.SHUFPS_IMM, Width.PS, r(t), r(t), imm(0x55));
        return t;
    }

    /** d = {lo lane 0, hi lane 0}. */
    private static void pair(LoweringContext cx, int d, int lo, int hi) {
        cx.emit(Op.FMOV, Width.SD, r(d), r(lo));
        cx.emit(Op.UNPCKLPS, Width.PS, r(d), r(hi));
    }

    private static int constantLane(LoweringContext cx, Value index) throws UnsupportedConstructException {
        if (!(index instanceof ConstantInt k) || k.longValue() < 0 || k.longValue() > 1) {
            throw cx.unsupported("vector lane index that is not the constant 0 or 1");
        }
        return (int) k.longValue();
    }

    private static void requirePair(LoweringContext cx, Value v) throws UnsupportedConstructException {
        if (!ValueKinds.isFloatPair(v.type())) {
            throw cx.unsupported("vector operation on " + v.type());
        }
    }

    static void extractElement(LoweringContext cx, ExtractElementInstruction e) throws UnsupportedConstructException {
        requirePair(cx, e.vector());
        int v = cx.use(e.vector());
        cx.emit(Op.FMOV, Width.SD, r(cx.result(e)), r(lane(cx, v, constantLane(cx, e.index()))));
    }

    static void insertElement(LoweringContext cx, InsertElementInstruction in) throws UnsupportedConstructException {
        requirePair(cx, in.vector());
        int v = cx.use(in.vector());
        int x = cx.use(in.value());
        int d = cx.result(in);
        if (constantLane(cx, in.index()) == 0) {
            pair(cx, d, x, lane(cx, v, 1));
        } else {
            pair(cx, d, v, x);
        }
    }

    static void shuffle(LoweringContext cx, ShuffleVectorInstruction s) throws UnsupportedConstructException {
        requirePair(cx, s.first());
        requirePair(cx, s);
        int a = cx.use(s.first());
        int b = cx.use(s.second());
        int[] mask = s.mask();
        int[] lanes = new int[2];
        for (int i = 0; i < 2; i++) {
            int m = mask[i] < 0 ? 0 : mask[i];
            lanes[i] = lane(cx, m < 2 ? a : b, m % 2);
        }
        pair(cx, cx.result(s), lanes[0], lanes[1]);
    }
}
