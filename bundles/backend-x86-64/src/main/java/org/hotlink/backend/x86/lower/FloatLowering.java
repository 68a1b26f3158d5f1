package org.hotlink.backend.x86.lower;

import static org.hotlink.backend.x86.lower.LoweringContext.r;

import java.util.List;

import org.hotlink.backend.x86.mir.Op;
import org.hotlink.backend.x86.mir.Width;
import org.hotlink.diagnostic.UnsupportedConstructException;
import org.hotlink.ir.BinaryInstruction;
import org.hotlink.ir.Type;
import org.hotlink.ir.UnaryInstruction;

/** Scalar float and double arithmetic in XMM registers (SSE2); frem calls libm's fmod/fmodf. */
final class FloatLowering {
    private FloatLowering() {
    }

    static void binary(LoweringContext cx, BinaryInstruction b) throws UnsupportedConstructException {
        Type t = b.type();
        if (!ValueKinds.isXmmScalar(t) || (ValueKinds.isFloatPair(t) && b.opcode() == org.hotlink.ir.Opcode.FREM)) {
            throw cx.unsupported(b.opcode().name().toLowerCase() + " on " + t);
        }
        Width w = ValueKinds.isFloatPair(t) ? Width.PS : ValueKinds.floatWidth(t);
        if (b.opcode() == org.hotlink.ir.Opcode.FREM) {
            int d = cx.result(b);
            int[] res = CallLowering.callLibrary(cx, w == Width.SS ? "fmodf" : "fmod", List.of(t, t),
                    new int[]{cx.use(b.lhs()), cx.use(b.rhs())}, t);
            cx.move(d, res[0]);
            return;
        }
        Op op = switch (b.opcode()) {
            case FADD -> Op.FADD;
            case FSUB -> Op.FSUB;
            case FMUL -> Op.FMUL;
            case FDIV -> Op.FDIV;
            default -> throw cx.unsupported("float operation " + b.opcode().name().toLowerCase());
        };
        int d = cx.result(b);
        arithmetic(cx, op, w, d, cx.use(b.lhs()), cx.use(b.rhs()));
    }

    static void arithmetic(LoweringContext cx, Op op, Width w, int d, int a, int b) {
        cx.emit(Op.FMOV, Width.SD, r(d), r(a));
        cx.emit(op, w, r(d), r(b));
    }

    static void negate(LoweringContext cx, UnaryInstruction u) throws UnsupportedConstructException {
        Type t = u.type();
        if (!ValueKinds.isXmmScalar(t)) {
            throw cx.unsupported("fneg on " + t);
        }
        Width w = ValueKinds.floatWidth(t);
        long sign = ValueKinds.isFloatPair(t) ? 0x8000000080000000L : w == Width.SS ? 0x80000000L : Long.MIN_VALUE;
        int d = cx.result(u);
        int mask = ConstantMaterializer.floatBits(cx, sign, Width.SD);
        cx.emit(Op.FMOV, Width.SD, r(d), r(cx.use(u.operand())));
        cx.emit(Op.FXOR, Width.SD, r(d), r(mask));
    }

    /** d = a with its sign bits cleared (fabs). */
    static void absolute(LoweringContext cx, Type t, int d, int a) {
        Width w = ValueKinds.floatWidth(t);
        long keep = ValueKinds.isFloatPair(t) ? 0x7FFFFFFF7FFFFFFFL : w == Width.SS ? 0x7FFFFFFFL : Long.MAX_VALUE;
        int mask = ConstantMaterializer.floatBits(cx, keep, Width.SD);
        cx.emit(Op.FMOV, Width.SD, r(d), r(a));
        cx.emit(Op.FAND, Width.SD, r(d), r(mask));
    }

    /** d = magnitude of a with the sign of b (copysign). */
    static void copySign(LoweringContext cx, Type t, int d, int a, int b) {
        Width w = ValueKinds.floatWidth(t);
        long sign = w == Width.SS ? 0x80000000L : Long.MIN_VALUE;
        int signMask = ConstantMaterializer.floatBits(cx, sign, Width.SD);
        int signOfB = cx.xmm();
        cx.emit(Op.FMOV, Width.SD, r(signOfB), r(b));
        cx.emit(Op.FAND, Width.SD, r(signOfB), r(signMask));
        absolute(cx, t, d, a);
        cx.emit(Op.FOR, Width.SD, r(d), r(signOfB));
    }
}
