package org.hotlink.backend.x86.lower;

import static org.hotlink.backend.x86.lower.LoweringContext.imm;
import static org.hotlink.backend.x86.lower.LoweringContext.r;

import java.util.List;

import org.hotlink.backend.x86.mir.Cond;
import org.hotlink.backend.x86.mir.Op;
import org.hotlink.backend.x86.mir.Operand;
import org.hotlink.backend.x86.mir.Regs;
import org.hotlink.backend.x86.mir.Width;
import org.hotlink.diagnostic.UnsupportedConstructException;
import org.hotlink.ir.CallInstruction;
import org.hotlink.ir.ConstantInt;
import org.hotlink.ir.IntegerType;
import org.hotlink.ir.PointerType;
import org.hotlink.ir.Type;

/**
 * The {@code llvm.*} intrinsics clang emits for C: no-ops (lifetime, assume, dbg, ...), memory
 * intrinsics through libc, integer bit operations inline, float operations inline (fabs,
 * copysign, sqrt, fmuladd as a separate multiply and add — never fused) or through libm.
 */
final class IntrinsicLowering {
    private IntrinsicLowering() {
    }

    private static final String[] NO_CODE = {"llvm.dbg.", "llvm.lifetime.", "llvm.assume", "llvm.experimental.noalias.scope.decl",
            "llvm.invariant.", "llvm.sideeffect", "llvm.var.annotation", "llvm.donothing", "llvm.pseudoprobe",
            "llvm.prefetch", "llvm.va_end", "llvm.codeview.annotation"};

    /** libm functions by intrinsic base name; the float variant adds "f". */
    private static final String[] LIBM = {"floor", "ceil", "trunc", "round", "rint", "nearbyint", "pow", "exp", "exp2", "log",
            "log2", "log10", "sin", "cos", "tan", "asin", "acos", "atan", "atan2", "sinh", "cosh", "tanh", "fma", "minnum:fmin",
            "maxnum:fmax", "minimumnum:fmin", "maximumnum:fmax", "roundeven", "lround", "llround", "lrint", "llrint", "ldexp"};

    static void lower(LoweringContext cx, CallInstruction c, String name) throws UnsupportedConstructException {
        for (String prefix : NO_CODE) {
            if (name.startsWith(prefix)) {
                return;
            }
        }
        String base = name.substring("llvm.".length());
        if (base.startsWith("expect")) {
            AggregateLowering.copyValue(cx, c, c.argument(0));
        } else if (base.startsWith("memcpy") || base.startsWith("memmove")) {
            String fn = base.startsWith("memcpy") ? "memcpy" : "memmove";
            int len = IntegerLowering.extendTo64(cx, cx.use(c.argument(2)), ValueKinds.bits(c.argument(2).type()), false);
            CallLowering.callLibrary(cx, fn, List.of(PointerType.PTR, PointerType.PTR, IntegerType.I64),
                    new int[]{cx.use(c.argument(0)), cx.use(c.argument(1)), len}, org.hotlink.ir.VoidType.VOID);
        } else if (base.startsWith("memset")) {
            int value = IntegerLowering.extend(cx, cx.use(c.argument(1)), 8, false);
            int len = IntegerLowering.extendTo64(cx, cx.use(c.argument(2)), ValueKinds.bits(c.argument(2).type()), false);
            CallLowering.callLibrary(cx, "memset", List.of(PointerType.PTR, IntegerType.I32, IntegerType.I64),
                    new int[]{cx.use(c.argument(0)), value, len}, org.hotlink.ir.VoidType.VOID);
        } else if (base.startsWith("fmuladd")) {
            Width w = ValueKinds.floatWidth(c.type());
            requireScalarFloat(cx, c.type());
            int product = cx.xmm();
            FloatLowering.arithmetic(cx, Op.FMUL, w, product, cx.use(c.argument(0)), cx.use(c.argument(1)));
            FloatLowering.arithmetic(cx, Op.FADD, w, cx.result(c), product, cx.use(c.argument(2)));
        } else if (base.startsWith("fabs")) {
            requireScalarFloat(cx, c.type());
            FloatLowering.absolute(cx, c.type(), cx.result(c), cx.use(c.argument(0)));
        } else if (base.startsWith("copysign")) {
            requireScalarFloat(cx, c.type());
            FloatLowering.copySign(cx, c.type(), cx.result(c), cx.use(c.argument(0)), cx.use(c.argument(1)));
        } else if (base.startsWith("sqrt")) {
            requireScalarFloat(cx, c.type());
            cx.emit(Op.FSQRT, ValueKinds.floatWidth(c.type()), r(cx.result(c)), r(cx.use(c.argument(0))));
        } else if (base.startsWith("smax") || base.startsWith("smin") || base.startsWith("umax") || base.startsWith("umin")) {
            minMax(cx, c, base.substring(0, 4));
        } else if (base.startsWith("abs.")) {
            absolute(cx, c);
        } else if (base.startsWith("ctpop") || base.startsWith("ctlz") || base.startsWith("cttz")
                || base.startsWith("bswap") || base.startsWith("bitreverse") || base.startsWith("fshl")
                || base.startsWith("fshr")) {
            BitLowering.lower(cx, c, base);
        } else if (base.startsWith("uadd.sat") || base.startsWith("usub.sat") || base.startsWith("sadd.sat")
                || base.startsWith("ssub.sat")) {
            BitLowering.saturating(cx, c, base.substring(0, 4));
        } else if (base.contains(".with.overflow.")) {
            BitLowering.withOverflow(cx, c, base.substring(0, base.indexOf('.')));
        } else if (base.equals("trap") || base.equals("ubsantrap") || base.equals("debugtrap")) {
            cx.emit(Op.UD2, null);
        } else if (base.startsWith("frameaddress") || base.startsWith("returnaddress")) {
            frameOrReturnAddress(cx, c, base.startsWith("frameaddress"));
        } else if (base.startsWith("stacksave")) {
            cx.emit(Op.MOV, Width.Q, r(cx.result(c)), r(Regs.RSP));
        } else if (base.startsWith("stackrestore")) {
            cx.emit(Op.MOV, Width.Q, r(Regs.RSP), r(cx.use(c.argument(0))));
            cx.mf.markDynamicStack();
        } else if (base.startsWith("va_start")) {
            VarArgsLowering.vaStart(cx, c);
        } else if (base.startsWith("va_copy")) {
            CallLowering.copyBytes(cx, Operand.Mem.of(cx.use(c.argument(1)), 0), Operand.Mem.of(cx.use(c.argument(0)), 0), 24);
        } else if (base.startsWith("load.relative")) {
            // ptr + sext(load i32 (ptr + offset)): clang's relative lookup tables for switches
            int pointer = cx.use(c.argument(0));
            int offset = IntegerLowering.extendTo64(cx, cx.use(c.argument(1)), ValueKinds.bits(c.argument(1).type()), true);
            int entry = cx.gpr();
            cx.emit(Op.LOAD_SX, Width.Q, r(entry), Operand.Mem.indexed(pointer, offset, 1, 0)).sourceWidth(Width.L);
            int d = cx.result(c);
            cx.emit(Op.MOV, Width.Q, r(d), r(pointer));
            cx.emit(Op.ADD, Width.Q, r(d), r(entry));
        } else if (base.startsWith("is.fpclass")) {
            FloatClassLowering.isFpClass(cx, c);
        } else if (base.startsWith("is.constant")) {
            cx.emit(Op.MOV_IMM, Width.Q, r(cx.result(c)), imm(0));
        } else if (!libm(cx, c, base)) {
            throw cx.unsupported("intrinsic @" + name);
        }
    }

    private static void requireScalarFloat(LoweringContext cx, Type t) throws UnsupportedConstructException {
        if (!ValueKinds.isXmmScalar(t) || ValueKinds.isFloatPair(t)) {
            throw cx.unsupported("intrinsic on " + t);
        }
    }

    private static boolean libm(LoweringContext cx, CallInstruction c, String base) throws UnsupportedConstructException {
        for (String entry : LIBM) {
            String intrinsic = entry.contains(":") ? entry.substring(0, entry.indexOf(':')) : entry;
            String function = entry.contains(":") ? entry.substring(entry.indexOf(':') + 1) : entry;
            if (base.startsWith(intrinsic + ".")) {
                Type t = c.type();
                Type argType = c.argument(0).type();
                if (!ValueKinds.isScalar(t) || !ValueKinds.isXmmScalar(argType) || ValueKinds.isFloatPair(argType)) {
                    throw cx.unsupported("intrinsic @llvm." + base + " on " + argType);
                }
                String symbol = function + (ValueKinds.floatWidth(argType) == Width.SS ? "f" : "");
                List<Type> types = c.arguments().stream().map(org.hotlink.ir.Value::type).toList();
                int[] args = new int[c.argumentCount()];
                for (int i = 0; i < args.length; i++) {
                    args[i] = cx.use(c.argument(i));
                }
                int[] res = CallLowering.callLibrary(cx, symbol, types, args, t);
                cx.move(cx.result(c), res[0]);
                return true;
            }
        }
        return false;
    }

    private static void minMax(LoweringContext cx, CallInstruction c, String kind) throws UnsupportedConstructException {
        Type t = c.type();
        if (!ValueKinds.isGprScalar(t)) {
            throw cx.unsupported("llvm." + kind + " on " + t);
        }
        boolean signed = kind.charAt(0) == 's';
        int bits = ValueKinds.bits(t);
        int a = IntegerLowering.extend(cx, cx.use(c.argument(0)), bits, signed);
        int b = IntegerLowering.extend(cx, cx.use(c.argument(1)), bits, signed);
        Width w = ValueKinds.aluWidth(t);
        int d = cx.result(c);
        cx.emit(Op.MOV, Width.Q, r(d), r(a));
        cx.emit(Op.CMP, w, r(a), r(b));
        Cond takeB = switch (kind) {
            case "smax" -> Cond.L;
            case "smin" -> Cond.G;
            case "umax" -> Cond.B;
            default -> Cond.A;
        };
        cx.emit(Op.CMOV, Width.Q, r(d), r(b)).cond(takeB);
    }

    private static void absolute(LoweringContext cx, CallInstruction c) throws UnsupportedConstructException {
        Type t = c.type();
        if (!ValueKinds.isGprScalar(t)) {
            throw cx.unsupported("llvm.abs on " + t);
        }
        int bits = ValueKinds.bits(t);
        int a = IntegerLowering.extend(cx, cx.use(c.argument(0)), bits, true);
        Width w = ValueKinds.aluWidth(t);
        int d = cx.result(c);
        cx.emit(Op.MOV, Width.Q, r(d), r(a));
        cx.emit(Op.NEG, w, r(d));
        cx.emit(Op.CMOV, Width.Q, r(d), r(a)).cond(Cond.S);
    }

    /**
     * {@code llvm.frameaddress(i32 0)} and {@code llvm.returnaddress(i32 0)}: every function keeps RBP
     * as its frame pointer, so they are RBP and [RBP+8]. Deeper levels would walk foreign frames and
     * are refused rather than guessed.
     */
    private static void frameOrReturnAddress(LoweringContext cx, CallInstruction c, boolean frame)
            throws UnsupportedConstructException {
        if (!(c.argument(0) instanceof ConstantInt level) || level.longValue() != 0) {
            throw cx.unsupported("@" + c.calledFunction().name() + " with a level other than the constant 0");
        }
        if (frame) {
            cx.emit(Op.MOV, Width.Q, r(cx.result(c)), r(Regs.RBP));
        } else {
            cx.emit(Op.LOAD, Width.Q, r(cx.result(c)), Operand.Mem.of(Regs.RBP, 8));
        }
    }
}
