package org.hotlink.backend.x86.regalloc;

import java.util.Arrays;
import java.util.List;

import org.hotlink.backend.x86.mir.MachineBlock;
import org.hotlink.backend.x86.mir.MachineFunction;
import org.hotlink.backend.x86.mir.MachineInstruction;
import org.hotlink.backend.x86.mir.Op;

/**
 * The registers every instruction reads and writes, decoded once into flat arrays so that the
 * allocator's passes (liveness, fixed ranges, intervals) do not decode operands again. For
 * instruction number i (see {@link InstructionNumbering}), its reads are
 * {@code regs[useStart(i) .. defStart(i))} and its writes {@code regs[defStart(i) .. useStart(i+1))}.
 */
final class RegisterAccesses {
    /** For instruction i: start[2i] is the first read, start[2i+1] the first write, start[2i+2] the end. */
    private final int[] start;
    private int[] regs;
    /** Use positions of the returns_twice calls (setjmp), in increasing order. */
    final int[] returnsTwicePositions;
    /** Register-to-register moves (MOV, FMOV) in instruction order: destination at 2m, source at 2m+1. */
    final int[] moves;
    final int moveCount;

    RegisterAccesses(MachineFunction function, int instructionCount) {
        start = new int[2 * instructionCount + 1];
        regs = new int[4 * instructionCount + 16];
        int[] twice = new int[0];
        int[] moveList = new int[16];
        int moves = 0;
        int size = 0;
        int index = 0;
        for (MachineBlock block : function.blocks()) {
            List<MachineInstruction> list = block.instructions();
            for (int k = 0, n = list.size(); k < n; k++) {
                MachineInstruction in = list.get(k);
                start[2 * index] = size;
                regs = OperandVisitor.ensure(regs, size, OperandVisitor.maxUses(in) + OperandVisitor.maxDefs(in));
                size = OperandVisitor.writeUses(in, regs, size);
                start[2 * index + 1] = size;
                size = OperandVisitor.writeDefs(in, regs, size);
                Op op = in.op();
                if (op == Op.MOV || op == Op.FMOV) {
                    if (2 * moves + 2 > moveList.length) {
                        moveList = Arrays.copyOf(moveList, 2 * moveList.length);
                    }
                    moveList[2 * moves] = in.reg(0);
                    moveList[2 * moves + 1] = in.reg(1);
                    moves++;
                }
                if (in.returnsTwice()) {
                    twice = Arrays.copyOf(twice, twice.length + 1);
                    twice[twice.length - 1] = InstructionNumbering.usePosition(index);
                }
                index++;
            }
        }
        start[2 * index] = size;
        this.returnsTwicePositions = twice;
        this.moves = moveList;
        this.moveCount = moves;
    }

    /** The register array the start indices refer to. */
    int[] regs() {
        return regs;
    }

    /** Index in {@link #regs()} of the first register instruction {@code i} reads. */
    int useStart(int i) {
        return start[2 * i];
    }

    /** Index of the first register instruction {@code i} writes (also the end of its reads). */
    int defStart(int i) {
        return start[2 * i + 1];
    }

    /** End of the registers instruction {@code i} writes. */
    int defEnd(int i) {
        return start[2 * i + 2];
    }
}
