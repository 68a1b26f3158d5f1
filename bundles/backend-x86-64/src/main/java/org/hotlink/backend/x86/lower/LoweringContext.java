package org.hotlink.backend.x86.lower;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hotlink.backend.x86.mir.FrameSlot;
import org.hotlink.backend.x86.mir.MachineBlock;
import org.hotlink.backend.x86.mir.MachineFunction;
import org.hotlink.backend.x86.mir.MachineInstruction;
import org.hotlink.backend.x86.mir.Op;
import org.hotlink.backend.x86.mir.Operand;
import org.hotlink.backend.x86.mir.RegClass;
import org.hotlink.backend.x86.mir.Width;
import org.hotlink.codegen.common.ConstantEvaluator;
import org.hotlink.diagnostic.SourceLocation;
import org.hotlink.diagnostic.UnsupportedConstructException;
import org.hotlink.ir.AllocaInstruction;
import org.hotlink.ir.Argument;
import org.hotlink.ir.BasicBlock;
import org.hotlink.ir.DataLayout;
import org.hotlink.ir.Function;
import org.hotlink.ir.Instruction;
import org.hotlink.ir.Type;
import org.hotlink.ir.Value;

/**
 * The state of lowering one function: the machine function being built, the block being filled,
 * the virtual registers holding each IR value, static allocas' frame slots, and the compares
 * folded into their only user. Each lowering concern (integers, floats, memory, control flow,
 * calls) works on it.
 */
final class LoweringContext {
    final MachineFunction mf;
    final Function function;
    final DataLayout layout;
    final ModuleSymbols symbols;
    /** Folds constants and constant expressions (aliases resolved to their aliasees). */
    final ConstantEvaluator constants;
    final Map<Value, int[]> values = new IdentityHashMap<>();
    final Map<AllocaInstruction, FrameSlot> staticAllocas = new IdentityHashMap<>();
    final Map<BasicBlock, MachineBlock> firstBlock = new IdentityHashMap<>();
    final Map<BasicBlock, List<MachineBlock>> chains = new LinkedHashMap<>();
    final Map<Instruction, Integer> useCounts = new IdentityHashMap<>();
    /** Compares not materialized because their only user (a branch or select) reads the flags. */
    final Set<Instruction> foldedCompares = new HashSet<>();
    /** Names of the LOCAL data symbols for block addresses this function defines, by block. */
    final Map<MachineBlock, String> blockSymbols = new LinkedHashMap<>();
    /** C library functions the lowering calls on its own (fmod, memcpy, ...): undefined FUNCTION symbols. */
    final Set<String> libraryCalls = new java.util.LinkedHashSet<>();
    /** The va_list register save area and the offset of the first variadic stack argument. */
    FrameSlot registerSaveArea;
    int namedGprCount;
    int namedXmmCount;
    long namedStackBytes;

    BasicBlock currentIrBlock;
    MachineBlock current;
    Instruction currentInstruction;

    LoweringContext(MachineFunction mf, Function function, DataLayout layout, ModuleSymbols symbols) {
        this.mf = mf;
        this.function = function;
        this.layout = layout;
        this.symbols = symbols;
        this.constants = new ConstantEvaluator(layout);
    }

    // ---- blocks ---------------------------------------------------------------------------------

    /** A new machine block placed after the current IR block's blocks; does not switch to it. */
    MachineBlock newBlock(String hint) {
        MachineBlock b = mf.newBlock(function.name() + "." + hint);
        chains.get(currentIrBlock).add(b);
        return b;
    }

    void switchTo(MachineBlock block) {
        current = block;
    }

    // ---- registers and instructions -------------------------------------------------------------

    int newReg(RegClass regClass) {
        return mf.newVirtual(regClass);
    }

    int gpr() {
        return mf.newVirtual(RegClass.GPR);
    }

    int xmm() {
        return mf.newVirtual(RegClass.XMM);
    }

    MachineInstruction emit(Op op, Width width, Operand... operands) {
        MachineInstruction in = new MachineInstruction(op, width, operands);
        current.add(in);
        return in;
    }

    static Operand.Reg r(int reg) {
        return new Operand.Reg(reg);
    }

    static Operand.Imm imm(long value) {
        return new Operand.Imm(value);
    }

    static boolean fitsImm32(long v) {
        return v == (int) v;
    }

    void move(int dst, int src) {
        emit(mf.classOf(dst) == RegClass.XMM ? Op.FMOV : Op.MOV, mf.classOf(dst) == RegClass.XMM ? Width.SD : Width.Q,
                r(dst), r(src));
    }

    int copy(int src) {
        int d = newReg(mf.classOf(src));
        move(d, src);
        return d;
    }

    int constant(long value) {
        int d = gpr();
        emit(Op.MOV_IMM, Width.Q, r(d), imm(value));
        return d;
    }

    // ---- values ---------------------------------------------------------------------------------

    /** The registers that hold (or will hold) the result of an instruction or an argument. */
    int[] resultRegs(Value v) {
        int[] regs = values.get(v);
        if (regs == null) {
            Type t = v.type();
            if (ValueKinds.isScalar(t)) {
                regs = new int[]{newReg(ValueKinds.regClass(t))};
            } else {
                List<ValueKinds.Leaf> leaves = ValueKinds.leaves(t, layout);
                regs = new int[leaves.size()];
                for (int i = 0; i < regs.length; i++) {
                    regs[i] = newReg(ValueKinds.regClass(leaves.get(i).type()));
                }
            }
            values.put(v, regs);
        }
        return regs;
    }

    int result(Value v) {
        int[] regs = resultRegs(v);
        org.hotlink.backend.x86.mir.Check.state(regs.length == 1, "value " + v.reference() + " is not a scalar");
        return regs[0];
    }

    /** A register holding scalar value {@code v} (constants are materialized here). */
    int use(Value v) throws UnsupportedConstructException {
        int[] regs = parts(v);
        if (regs.length != 1) {
            throw unsupported("value of type " + v.type() + " where a scalar was expected");
        }
        return regs[0];
    }

    /** The registers holding value {@code v}: one for scalars, the leaves for i128 and aggregates. */
    int[] parts(Value v) throws UnsupportedConstructException {
        if (v instanceof Instruction || v instanceof Argument) {
            if (v instanceof Instruction i && foldedCompares.contains(i)) {
                throw new IllegalStateException("folded compare " + v.reference() + " used as a value");
            }
            return resultRegs(v);
        }
        return ConstantMaterializer.materialize(this, v);
    }

    int useCount(Instruction in) {
        return useCounts.getOrDefault(in, 0);
    }

    void countUses() {
        for (BasicBlock b : function.blocks()) {
            for (Instruction in : b.instructions()) {
                for (Value op : in.operands()) {
                    if (op instanceof Instruction def) {
                        useCounts.merge(def, 1, Integer::sum);
                    }
                }
            }
        }
    }

    // ---- diagnostics ----------------------------------------------------------------------------

    SourceLocation location() {
        return currentInstruction != null ? currentInstruction.location() : function.location();
    }

    UnsupportedConstructException unsupported(String what) {
        return new UnsupportedConstructException("unsupported: " + what, location());
    }

    List<MachineBlock> orderedBlocks() {
        List<MachineBlock> out = new ArrayList<>();
        for (List<MachineBlock> chain : chains.values()) {
            out.addAll(chain);
        }
        return out;
    }

    static Map<String, Object> noAttributes() {
        return new HashMap<>();
    }
}
