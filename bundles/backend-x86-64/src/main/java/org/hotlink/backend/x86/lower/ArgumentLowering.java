package org.hotlink.backend.x86.lower;

import static org.hotlink.backend.x86.lower.LoweringContext.r;

import java.util.ArrayList;
import java.util.List;

import org.hotlink.backend.x86.abi.ArgumentLocation;
import org.hotlink.backend.x86.abi.CallAssignment;
import org.hotlink.backend.x86.abi.SysVCallingConvention;
import org.hotlink.backend.x86.mir.FrameSlot;
import org.hotlink.backend.x86.mir.Op;
import org.hotlink.backend.x86.mir.Operand;
import org.hotlink.backend.x86.mir.RegClass;
import org.hotlink.backend.x86.mir.Regs;
import org.hotlink.backend.x86.mir.Width;
import org.hotlink.diagnostic.UnsupportedConstructException;
import org.hotlink.ir.Argument;
import org.hotlink.ir.AttributeSet;
import org.hotlink.ir.Type;

/**
 * Incoming parameters: register arguments are copied into virtual registers first thing in the
 * entry block, stack arguments are loaded from {@code [rbp+16+offset]}, byval arguments are used
 * in place. A variadic function first stores all argument registers into the 176-byte register
 * save area that {@code va_start} points its va_list at.
 */
final class ArgumentLowering {
    /** Size of the SysV register save area: 6 GPRs then 8 XMM registers of 16 bytes. */
    static final int REGISTER_SAVE_AREA_BYTES = 6 * 8 + 8 * 16;

    private ArgumentLowering() {
    }

    static void lowerIncoming(LoweringContext cx) throws UnsupportedConstructException {
        List<Type> types = new ArrayList<>();
        List<AttributeSet> attrs = new ArrayList<>();
        for (Argument a : cx.function.arguments()) {
            types.add(a.type());
            attrs.add(a.attributes() == null ? AttributeSet.EMPTY : a.attributes());
        }
        CallAssignment as = SysVCallingConvention.assign(types, attrs, cx.layout);
        if (as == null) {
            throw new UnsupportedConstructException("unsupported: parameter types " + types + " of @" + cx.function.name(),
                    cx.function.location());
        }
        if (cx.function.functionType().isVarArgs()) {
            saveArgumentRegisters(cx, as);
        }
        for (Argument a : cx.function.arguments()) {
            ArgumentLocation loc = as.arguments().get(a.index());
            int[] d = cx.resultRegs(a);
            if (loc.isByval()) {
                cx.emit(Op.LEA, Width.Q, r(d[0]), Operand.Mem.of(Regs.RBP, 16 + loc.stackOffset()));
            } else if (loc.inRegisters()) {
                for (int k = 0; k < d.length; k++) {
                    cx.move(d[k], loc.registers()[k]);
                }
            } else {
                for (int k = 0; k < d.length; k++) {
                    boolean xmm = cx.mf.classOf(d[k]) == RegClass.XMM;
                    cx.emit(xmm ? Op.FLOAD : Op.LOAD, xmm ? (ValueKinds.floatWidth(a.type()) == Width.SS
                                    && !ValueKinds.isFloatPair(a.type()) ? Width.SS : Width.SD) : Width.Q,
                            r(d[k]), Operand.Mem.of(Regs.RBP, 16 + loc.stackOffset() + 8L * k));
                }
            }
        }
    }

    private static void saveArgumentRegisters(LoweringContext cx, CallAssignment as) {
        FrameSlot area = cx.mf.newSlot(REGISTER_SAVE_AREA_BYTES, 16);
        cx.registerSaveArea = area;
        cx.namedGprCount = as.gprCount();
        cx.namedXmmCount = as.xmmCount();
        long named = 0;
        for (ArgumentLocation loc : as.arguments()) {
            if (!loc.inRegisters()) {
                long size = loc.isByval() ? loc.byvalSize() : 8;
                named = Math.max(named, loc.stackOffset() + (size + 7) / 8 * 8);
            }
        }
        cx.namedStackBytes = named;
        for (int i = 0; i < 6; i++) {
            cx.emit(Op.STORE, Width.Q, Operand.Mem.slot(area, 8L * i), r(Regs.GPR_ARGUMENTS[i]));
        }
        for (int i = 0; i < 8; i++) {
            cx.emit(Op.FSTORE, Width.SD, Operand.Mem.slot(area, 48 + 16L * i), r(Regs.xmm(i)));
        }
    }
}
