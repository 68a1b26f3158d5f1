package org.hotlink.backend.x86.lower;

import static org.hotlink.backend.x86.lower.LoweringContext.imm;
import static org.hotlink.backend.x86.lower.LoweringContext.r;

import org.hotlink.backend.x86.mir.Cond;
import org.hotlink.backend.x86.mir.MachineBlock;
import org.hotlink.backend.x86.mir.Op;
import org.hotlink.backend.x86.mir.Operand;
import org.hotlink.backend.x86.mir.Regs;
import org.hotlink.backend.x86.mir.Width;
import org.hotlink.diagnostic.UnsupportedConstructException;
import org.hotlink.ir.CallInstruction;
import org.hotlink.ir.Type;
import org.hotlink.ir.VaArgInstruction;

/**
 * Variadic definitions (SysV psABI 3.5.7): va_list is {i32 gp_offset, i32 fp_offset,
 * ptr overflow_arg_area, ptr reg_save_area}. va_start fills it from the register save area the
 * prologue wrote; va_arg takes the next register slot while one is left, else the next 8 bytes
 * of the overflow area.
 */
final class VarArgsLowering {
    private VarArgsLowering() {
    }

    static void vaStart(LoweringContext cx, CallInstruction c) throws UnsupportedConstructException {
        if (cx.registerSaveArea == null) {
            throw cx.unsupported("llvm.va_start in a function that is not variadic");
        }
        int list = cx.use(c.argument(0));
        cx.emit(Op.STORE_IMM, Width.L, Operand.Mem.of(list, 0), imm(8L * cx.namedGprCount));
        cx.emit(Op.STORE_IMM, Width.L, Operand.Mem.of(list, 4), imm(48 + 16L * cx.namedXmmCount));
        int overflow = cx.gpr();
        cx.emit(Op.LEA, Width.Q, r(overflow), Operand.Mem.of(Regs.RBP, 16 + cx.namedStackBytes));
        cx.emit(Op.STORE, Width.Q, Operand.Mem.of(list, 8), r(overflow));
        int save = cx.gpr();
        cx.emit(Op.LEA, Width.Q, r(save), Operand.Mem.slot(cx.registerSaveArea, 0));
        cx.emit(Op.STORE, Width.Q, Operand.Mem.of(list, 16), r(save));
    }

    static void vaArg(LoweringContext cx, VaArgInstruction v) throws UnsupportedConstructException {
        Type t = v.type();
        boolean xmm = ValueKinds.isXmmScalar(t) && !ValueKinds.isFloatPair(t);
        if (!(ValueKinds.isGprScalar(t) || xmm)) {
            throw cx.unsupported("va_arg of " + t);
        }
        int list = cx.use(v.list());
        int d = cx.result(v);
        int offsetField = xmm ? 4 : 0;
        long limit = xmm ? 48 + 8 * 16 : 48;
        int step = xmm ? 16 : 8;
        MachineBlock fromRegisters = cx.newBlock("va.reg");
        MachineBlock fromStack = cx.newBlock("va.stack");
        MachineBlock done = cx.newBlock("va.done");
        int offset = cx.gpr();
        int address = cx.gpr();
        cx.emit(Op.LOAD, Width.L, r(offset), Operand.Mem.of(list, offsetField));
        cx.emit(Op.CMP, Width.L, r(offset), imm(limit - step));
        cx.emit(Op.JCC, null, new Operand.Block(fromStack)).cond(Cond.A);
        cx.emit(Op.JMP, null, new Operand.Block(fromRegisters));

        cx.switchTo(fromRegisters);
        cx.emit(Op.LOAD, Width.Q, r(address), Operand.Mem.of(list, 16));
        cx.emit(Op.ADD, Width.Q, r(address), r(offset));
        cx.emit(Op.ADD, Width.L, r(offset), imm(step));
        cx.emit(Op.STORE, Width.L, Operand.Mem.of(list, offsetField), r(offset));
        cx.emit(Op.JMP, null, new Operand.Block(done));

        cx.switchTo(fromStack);
        cx.emit(Op.LOAD, Width.Q, r(address), Operand.Mem.of(list, 8));
        int next = cx.copy(address);
        cx.emit(Op.ADD, Width.Q, r(next), imm(8));
        cx.emit(Op.STORE, Width.Q, Operand.Mem.of(list, 8), r(next));
        cx.emit(Op.JMP, null, new Operand.Block(done));

        cx.switchTo(done);
        MemoryLowering.loadScalar(cx, t, d, Operand.Mem.of(address, 0));
    }
}
