package org.hotlink.backend.x86.lower;

import static org.hotlink.backend.x86.lower.LoweringContext.imm;
import static org.hotlink.backend.x86.lower.LoweringContext.r;

import java.util.ArrayList;
import java.util.List;

import org.hotlink.backend.x86.abi.ArgumentLocation;
import org.hotlink.backend.x86.abi.CallAssignment;
import org.hotlink.backend.x86.abi.SysVCallingConvention;
import org.hotlink.backend.x86.mir.MachineInstruction;
import org.hotlink.backend.x86.mir.Op;
import org.hotlink.backend.x86.mir.Operand;
import org.hotlink.backend.x86.mir.RegClass;
import org.hotlink.backend.x86.mir.Regs;
import org.hotlink.backend.x86.mir.Width;
import org.hotlink.codegen.common.SymbolicAddress;
import org.hotlink.diagnostic.UnsupportedConstructException;
import org.hotlink.ir.AttributeSet;
import org.hotlink.ir.CallInstruction;
import org.hotlink.ir.Constant;
import org.hotlink.ir.Function;
import org.hotlink.ir.Type;
import org.hotlink.ir.Value;

/**
 * Calls under the SysV convention: argument values are computed first, then stack arguments and
 * byval copies are written below RSP (kept 16-byte aligned), then register arguments are moved
 * into their fixed registers, AL gets the XMM count for variadic callees, and the call clobbers
 * every caller-saved register (which the allocator sees as fixed ranges).
 */
final class CallLowering {
    private static final int[] CLOBBERED;

    static {
        int[] c = new int[Regs.GPR_CALLER_SAVED.length + 16];
        System.arraycopy(Regs.GPR_CALLER_SAVED, 0, c, 0, Regs.GPR_CALLER_SAVED.length);
        for (int i = 0; i < 16; i++) {
            c[Regs.GPR_CALLER_SAVED.length + i] = Regs.xmm(i);
        }
        CLOBBERED = c;
    }

    private CallLowering() {
    }

    static void call(LoweringContext cx, CallInstruction c) throws UnsupportedConstructException {
        if (c.isInlineAsm()) {
            throw cx.unsupported("inline assembly");
        }
        Function callee = directCallee(cx, c.callee());
        if (callee != null && callee.isIntrinsic()) {
            IntrinsicLowering.lower(cx, c, callee.name());
            return;
        }
        List<Type> types = new ArrayList<>();
        List<AttributeSet> attrs = new ArrayList<>();
        int[][] parts = new int[c.argumentCount()][];
        for (int i = 0; i < c.argumentCount(); i++) {
            Value arg = c.argument(i);
            types.add(arg.type());
            AttributeSet a = c.argumentAttributes(i);
            attrs.add(a == null ? AttributeSet.EMPTY : a);
            parts[i] = cx.parts(arg);
            if (arg.type().isInteger() && ValueKinds.bits(arg.type()) < 32 && a != null
                    && (a.has("signext") || a.has("zeroext"))) {
                parts[i] = new int[]{IntegerLowering.extend(cx, parts[i][0], ValueKinds.bits(arg.type()), a.has("signext"))};
            }
        }
        Operand target;
        if (callee != null) {
            target = new Operand.Symbol(cx.symbols.symbolOf(callee));
        } else {
            target = r(cx.use(c.callee()));
        }
        boolean returnsTwice = c.functionAttributes() != null && c.functionAttributes().has("returns_twice")
                || callee != null && callee.attributes() != null && callee.attributes().has("returns_twice");
        int[] results = emitCall(cx, target, types, attrs, parts, c.functionType().isVarArgs(), returnsTwice,
                c.type());
        if (!c.type().isVoid()) {
            int[] d = cx.resultRegs(c);
            for (int i = 0; i < d.length; i++) {
                cx.move(d[i], results[i]);
            }
        }
    }

    /** The function a callee operand names directly (possibly through a constant cast), or null. */
    static Function directCallee(LoweringContext cx, Value callee) throws UnsupportedConstructException {
        if (callee instanceof Function f) {
            return f;
        }
        if (callee instanceof Constant k && ConstantMaterializer.tryEvaluate(cx, k) instanceof SymbolicAddress a
                && !a.isBlockAddress() && a.target() instanceof Function f && a.offset() == 0) {
            return f;
        }
        return null;
    }

    /** Calls a C library function with register arguments; returns the physical result registers. */
    static int[] callLibrary(LoweringContext cx, String symbol, List<Type> types, int[] args, Type returnType)
            throws UnsupportedConstructException {
        int[][] parts = new int[args.length][];
        List<AttributeSet> attrs = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            parts[i] = new int[]{args[i]};
            attrs.add(AttributeSet.EMPTY);
        }
        cx.libraryCalls.add(symbol);
        return emitCall(cx, new Operand.Symbol(symbol), types, attrs, parts, false, false, returnType);
    }

    static int[] emitCall(LoweringContext cx, Operand target, List<Type> types, List<AttributeSet> attrs, int[][] parts,
                          boolean variadic, boolean returnsTwice, Type returnType) throws UnsupportedConstructException {
        CallAssignment as = SysVCallingConvention.assign(types, attrs, cx.layout);
        if (as == null) {
            throw cx.unsupported("call with an argument of a type the SysV convention here does not pass: " + types);
        }
        int[] returnRegs = new int[0];
        if (!returnType.isVoid()) {
            returnRegs = SysVCallingConvention.returnRegisters(ControlFlowLowering.leafTypes(cx, returnType));
            if (returnRegs == null) {
                throw cx.unsupported("call returning " + returnType + " in registers");
            }
        }
        long stack = as.stackBytes();
        if (stack > 0) {
            cx.emit(Op.SUB, Width.Q, r(Regs.RSP), imm(stack));
        }
        for (int i = 0; i < types.size(); i++) {
            ArgumentLocation loc = as.arguments().get(i);
            if (loc.inRegisters()) {
                continue;
            }
            if (loc.isByval()) {
                copyBytes(cx, Operand.Mem.of(parts[i][0], 0), Operand.Mem.of(Regs.RSP, loc.stackOffset()), loc.byvalSize());
                continue;
            }
            for (int k = 0; k < parts[i].length; k++) {
                int v = parts[i][k];
                Operand.Mem slot = Operand.Mem.of(Regs.RSP, loc.stackOffset() + 8L * k);
                if (cx.mf.classOf(v) == RegClass.XMM) {
                    cx.emit(Op.FSTORE, Width.SD, slot, r(v));
                } else {
                    cx.emit(Op.STORE, Width.Q, slot, r(v));
                }
            }
        }
        int useCount = variadic ? 1 : 0;
        for (int i = 0; i < types.size(); i++) {
            useCount += as.arguments().get(i).registers().length;
        }
        // the argument registers (and AL), which the call reads; the target register is an explicit operand
        int[] uses = new int[useCount];
        int u = 0;
        for (int i = 0; i < types.size(); i++) {
            ArgumentLocation loc = as.arguments().get(i);
            for (int k = 0; k < loc.registers().length; k++) {
                cx.move(loc.registers()[k], parts[i][k]);
                uses[u++] = loc.registers()[k];
            }
        }
        if (variadic) {
            cx.emit(Op.MOV_IMM, Width.Q, r(Regs.RAX), imm(as.xmmCount()));
            uses[u++] = Regs.RAX;
        }
        MachineInstruction call = target instanceof Operand.Symbol
                ? cx.emit(Op.CALL, null, target)
                : cx.emit(Op.CALL_REG, Width.Q, target);
        call.implicitUses(uses).implicitDefs(CLOBBERED);
        if (returnsTwice) {
            call.markReturnsTwice();
        }
        if (stack > 0) {
            cx.emit(Op.ADD, Width.Q, r(Regs.RSP), imm(stack));
        }
        return returnRegs;
    }

    /** Copies {@code size} bytes between two memory operands through a temporary register. */
    static void copyBytes(LoweringContext cx, Operand.Mem from, Operand.Mem to, long size) {
        long done = 0;
        int[] chunks = {8, 4, 2, 1};
        for (int chunk : chunks) {
            while (size - done >= chunk) {
                int t = cx.gpr();
                Width w = Width.ofIntegerBytes(chunk);
                if (chunk < 4) {
                    cx.emit(Op.LOAD_ZX, Width.L, r(t), from.withDisp(from.disp() + done)).sourceWidth(w);
                } else {
                    cx.emit(Op.LOAD, w, r(t), from.withDisp(from.disp() + done));
                }
                cx.emit(Op.STORE, w, to.withDisp(to.disp() + done), r(t));
                done += chunk;
            }
        }
    }
}
