package org.hotlink.backend.x86.lower;

import java.util.HashMap;
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
import org.hotlink.ir.CompareInstruction;
import org.hotlink.ir.DataLayout;
import org.hotlink.ir.Function;
import org.hotlink.ir.Instruction;
import org.hotlink.ir.IntegerType;
import org.hotlink.ir.PointerType;
import org.hotlink.ir.StructLayout;
import org.hotlink.ir.StructType;
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
    final Map<Value, int[]> values;
    final Map<AllocaInstruction, FrameSlot> staticAllocas = new IdentityHashMap<>();
    /** The machine blocks of each IR block; set by {@link FunctionLowering} before any lowering. */
    BlockChains blocks;
    /** Number of uses of each compare (the only instructions whose uses matter: see {@link #useCount}). */
    final Map<CompareInstruction, int[]> compareUseCounts = new IdentityHashMap<>();
    /** Compares not materialized because their only user (a branch or select) reads the flags. */
    final Set<Instruction> foldedCompares = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
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
        int instructions = function.arguments().size();
        for (BasicBlock b : function.blocks()) {
            instructions += b.instructions().size();
        }
        this.values = new IdentityHashMap<>(instructions);
        mf.expectVirtuals(instructions + instructions / 2);
    }

    // ---- blocks ---------------------------------------------------------------------------------

    /** A new machine block placed after the current IR block's blocks; does not switch to it. */
    MachineBlock newBlock(String hint) {
        MachineBlock b = mf.newBlock(function.name(), hint);
        blocks.append(currentIrBlock, b);
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
        return Operand.Reg.of(reg);
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
        if (regs.length != 1) {
            throw org.hotlink.backend.x86.mir.Check.broken("value " + v.reference() + " is not a scalar");
        }
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
            if (v instanceof CompareInstruction i && !foldedCompares.isEmpty() && foldedCompares.contains(i)) {
                throw new IllegalStateException("folded compare " + v.reference() + " used as a value");
            }
            return resultRegs(v);
        }
        return ConstantMaterializer.materialize(this, v);
    }

    /** Number of operand slots that name compare {@code in} (counted by {@link #countCompareUse}). */
    int useCount(CompareInstruction in) {
        int[] n = compareUseCounts.get(in);
        return n == null ? 0 : n[0];
    }

    /** Counts one use of compare {@code c}. */
    void countCompareUse(CompareInstruction c) {
        int[] n = compareUseCounts.get(c);
        if (n == null) {
            compareUseCounts.put(c, new int[]{1});
        } else {
            n[0]++;
        }
    }

    // ---- type sizes (the data layout recomputes struct layouts on every query) -----------------

    private final Map<Type, Long> allocSizes = new IdentityHashMap<>();
    private final Map<StructType, StructLayout> structLayouts = new IdentityHashMap<>();
    /** Alloc sizes of i1..i128 by bit width (0 = not asked yet); type objects of one width are not shared. */
    private final long[] integerAllocSizes = new long[129];
    /** Alloc size of a pointer in address space 0 (0 = not asked yet). */
    private long pointerAllocSize;

    /** {@link DataLayout#allocSizeOf}, remembered per integer width or else per type object. */
    long allocSizeOf(Type t) {
        if (t instanceof IntegerType it && it.bits() < integerAllocSizes.length) {
            long s = integerAllocSizes[it.bits()];
            if (s == 0) {
                s = layout.allocSizeOf(t);
                integerAllocSizes[it.bits()] = s;
            }
            return s;
        }
        if (t instanceof PointerType p && p.addressSpace() == 0) {
            if (pointerAllocSize == 0) {
                pointerAllocSize = layout.allocSizeOf(t);
            }
            return pointerAllocSize;
        }
        Long size = allocSizes.get(t);
        if (size == null) {
            size = layout.allocSizeOf(t);
            allocSizes.put(t, size);
        }
        return size;
    }

    /** {@link DataLayout#structLayout}, remembered per type object. */
    StructLayout structLayout(StructType t) {
        StructLayout l = structLayouts.get(t);
        if (l == null) {
            l = layout.structLayout(t);
            structLayouts.put(t, l);
        }
        return l;
    }

    // ---- diagnostics ----------------------------------------------------------------------------

    SourceLocation location() {
        return currentInstruction != null ? currentInstruction.location() : function.location();
    }

    UnsupportedConstructException unsupported(String what) {
        return new UnsupportedConstructException("unsupported: " + what, location());
    }

    List<MachineBlock> orderedBlocks() {
        return blocks.ordered();
    }

    static Map<String, Object> noAttributes() {
        return new HashMap<>();
    }
}
