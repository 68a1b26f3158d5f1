package org.hotlink.backend.x86.lower;

import static org.hotlink.backend.x86.lower.LoweringContext.imm;
import static org.hotlink.backend.x86.lower.LoweringContext.r;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.hotlink.backend.x86.abi.SysVCallingConvention;
import org.hotlink.backend.x86.mir.Cond;
import org.hotlink.backend.x86.mir.MachineBlock;
import org.hotlink.backend.x86.mir.MachineFunction;
import org.hotlink.backend.x86.mir.Op;
import org.hotlink.backend.x86.mir.Operand;
import org.hotlink.backend.x86.mir.Width;
import org.hotlink.diagnostic.UnsupportedConstructException;
import org.hotlink.ir.BasicBlock;
import org.hotlink.ir.BranchInstruction;
import org.hotlink.ir.IndirectBranchInstruction;
import org.hotlink.ir.Instruction;
import org.hotlink.ir.ReturnInstruction;
import org.hotlink.ir.SwitchInstruction;
import org.hotlink.ir.Type;

/**
 * Terminators: br, switch (a jump table when dense, else a compare chain), ret (values into the
 * SysV return registers; the epilogue is the emitter's), indirectbr and unreachable (UD2).
 */
final class ControlFlowLowering {
    /** A switch becomes a jump table when it has this many cases and fills at least 40% of its range. */
    private static final int JUMP_TABLE_MIN_CASES = 4;

    private ControlFlowLowering() {
    }

    static void terminator(LoweringContext cx, Instruction in) throws UnsupportedConstructException {
        if (in instanceof BranchInstruction b) {
            branch(cx, b);
        } else if (in instanceof SwitchInstruction s) {
            switchTable(cx, s);
        } else if (in instanceof ReturnInstruction ret) {
            ret(cx, ret);
        } else if (in instanceof IndirectBranchInstruction ib) {
            indirect(cx, ib);
        } else {
            cx.emit(Op.UD2, null);
        }
    }

    private static Operand.Block to(MachineBlock b) {
        return new Operand.Block(b);
    }

    private static void branch(LoweringContext cx, BranchInstruction b) throws UnsupportedConstructException {
        if (!b.isConditional()) {
            if (PhiCopies.hasPhis(b.target())) {
                PhiCopies.emitEdge(cx, cx.currentIrBlock, b.target());
            }
            cx.emit(Op.JMP, null, to(cx.blocks.first(b.target())));
            return;
        }
        MachineBlock t = PhiCopies.edgeTarget(cx, b.trueTarget());
        MachineBlock f = PhiCopies.edgeTarget(cx, b.falseTarget());
        FlagTest test = CompareLowering.conditionFlags(cx, b.condition());
        jumpOn(cx, test, t, f);
    }

    /** Jumps to {@code t} when the flag test holds, else to {@code f}. */
    static void jumpOn(LoweringContext cx, FlagTest test, MachineBlock t, MachineBlock f) {
        if (test.isSingle()) {
            cx.emit(Op.JCC, null, to(t)).cond(test.first());
        } else if (test.both()) {
            cx.emit(Op.JCC, null, to(f)).cond(test.second().negate());
            cx.emit(Op.JCC, null, to(t)).cond(test.first());
        } else {
            cx.emit(Op.JCC, null, to(t)).cond(test.first());
            cx.emit(Op.JCC, null, to(t)).cond(test.second());
        }
        cx.emit(Op.JMP, null, to(f));
    }

    private static void switchTable(LoweringContext cx, SwitchInstruction s) throws UnsupportedConstructException {
        Type t = s.condition().type();
        if (!ValueKinds.isGprScalar(t)) {
            throw cx.unsupported("switch on " + t);
        }
        int n = s.caseCount();
        MachineBlock defaultBlock = PhiCopies.edgeTarget(cx, s.defaultTarget());
        MachineBlock[] targets = new MachineBlock[n];
        long[] values = new long[n];
        for (int i = 0; i < n; i++) {
            targets[i] = PhiCopies.edgeTarget(cx, s.caseTarget(i));
            values[i] = s.caseValue(i).longValue();
        }
        int value = IntegerLowering.extendTo64(cx, cx.use(s.condition()), ValueKinds.bits(t), true);
        if (n >= JUMP_TABLE_MIN_CASES) {
            long min = Arrays.stream(values).min().getAsLong();
            long max = Arrays.stream(values).max().getAsLong();
            long range = max - min + 1;
            if (range > 0 && range <= 4096 && n * 10L >= range * 4 && LoweringContext.fitsImm32(min)
                    && LoweringContext.fitsImm32(-min)) {
                jumpTable(cx, value, min, range, values, targets, defaultBlock);
                return;
            }
        }
        Width w = Width.Q;
        for (int i = 0; i < n; i++) {
            if (LoweringContext.fitsImm32(values[i])) {
                cx.emit(Op.CMP, w, r(value), imm(values[i]));
            } else {
                cx.emit(Op.CMP, w, r(value), r(cx.constant(values[i])));
            }
            MachineBlock next = cx.newBlock("case");
            cx.emit(Op.JCC, null, to(targets[i])).cond(Cond.E);
            cx.emit(Op.JMP, null, to(next));
            cx.switchTo(next);
        }
        cx.emit(Op.JMP, null, to(defaultBlock));
    }

    private static void jumpTable(LoweringContext cx, int value, long min, long range, long[] values,
                                  MachineBlock[] targets, MachineBlock defaultBlock) {
        MachineBlock[] entries = new MachineBlock[(int) range];
        Arrays.fill(entries, defaultBlock);
        for (int i = values.length - 1; i >= 0; i--) {
            entries[(int) (values[i] - min)] = targets[i];
        }
        int index = cx.copy(value);
        if (min != 0) {
            cx.emit(Op.SUB, Width.Q, r(index), imm(min));
        }
        MachineBlock inRange = cx.newBlock("table");
        cx.emit(Op.CMP, Width.Q, r(index), imm(range - 1));
        cx.emit(Op.JCC, null, to(defaultBlock)).cond(Cond.A);
        cx.emit(Op.JMP, null, to(inRange));
        cx.switchTo(inRange);
        MachineFunction.JumpTable table = cx.mf.newJumpTable(List.of(entries));
        int base = cx.gpr();
        cx.emit(Op.LEA, Width.Q, r(base), Operand.Mem.symbol(table.symbol(), 0));
        cx.emit(Op.JMP_TABLE, Width.Q, r(index), r(base));
        Set<MachineBlock> distinct = new LinkedHashSet<>(List.of(entries));
        for (MachineBlock b : distinct) {
            cx.current.addExtraSuccessor(b);
        }
    }

    private static void ret(LoweringContext cx, ReturnInstruction ret) throws UnsupportedConstructException {
        List<Integer> uses = new ArrayList<>();
        if (ret.value() != null) {
            Type t = ret.value().type();
            List<Type> leafTypes = leafTypes(cx, t);
            int[] regs = SysVCallingConvention.returnRegisters(leafTypes);
            if (regs == null) {
                throw cx.unsupported("return of " + t + " in registers");
            }
            int[] parts = cx.parts(ret.value());
            int[] values = parts.clone();
            if (leafTypes.size() == 1 && t.isInteger() && ValueKinds.bits(t) < 32) {
                boolean signed = cx.function.returnAttributes().has("signext");
                boolean zero = cx.function.returnAttributes().has("zeroext");
                if (signed || zero) {
                    values[0] = IntegerLowering.extend(cx, parts[0], ValueKinds.bits(t), signed);
                }
            }
            for (int i = 0; i < regs.length; i++) {
                cx.move(regs[i], values[i]);
                uses.add(regs[i]);
            }
        }
        cx.emit(Op.RET, null).implicitUses(uses.stream().mapToInt(Integer::intValue).toArray());
    }

    static List<Type> leafTypes(LoweringContext cx, Type t) {
        if (ValueKinds.isScalar(t)) {
            return List.of(t);
        }
        return ValueKinds.leaves(t, cx.layout).stream().map(ValueKinds.Leaf::type).toList();
    }

    private static void indirect(LoweringContext cx, IndirectBranchInstruction ib) throws UnsupportedConstructException {
        int address = cx.use(ib.address());
        Set<BasicBlock> destinations = new LinkedHashSet<>(ib.destinations());
        // one parallel copy for all destinations: the edges cannot be split
        List<int[]> copies = new ArrayList<>();
        for (BasicBlock d : destinations) {
            copies.addAll(PhiCopies.collectEdge(cx, cx.currentIrBlock, d));
        }
        PhiCopies.sequence(cx, copies);
        cx.emit(Op.JMP_REG, Width.Q, r(address));
        for (BasicBlock d : destinations) {
            cx.current.addExtraSuccessor(cx.blocks.first(d));
        }
    }
}
