package org.hotlink.verifier.impl;

import java.util.ArrayList;
import java.util.List;

import org.hotlink.ir.Argument;
import org.hotlink.ir.AttributeSet;
import org.hotlink.ir.BasicBlock;
import org.hotlink.ir.BranchInstruction;
import org.hotlink.ir.ConstantInt;
import org.hotlink.ir.Function;
import org.hotlink.ir.FunctionType;
import org.hotlink.ir.IntegerType;
import org.hotlink.ir.ReturnInstruction;
import org.hotlink.ir.SwitchInstruction;
import org.hotlink.ir.VoidType;

/**
 * Functions of a given control-flow shape, built through the model API: block {@code i} is named
 * {@code b<i>} and ends in {@code ret void} (no successors), {@code br} (one), {@code br i1 %c}
 * (two) or a {@code switch i32 %s} (more). Used for dominator and performance tests.
 */
final class GeneratedFunctions {
    private GeneratedFunctions() {
    }

    /** Appends the instructions of block {@code index} before its terminator; blocks are written in order. */
    interface BodyWriter {
        void write(int index, BasicBlock block, List<BasicBlock> blocks);
    }

    /** A function {@code void @g(i1 %c, i32 %s)} whose block {@code i} branches to {@code successors[i]}. */
    static Function withShape(int[][] successors) {
        return withShape(successors, (index, block, blocks) -> {
        });
    }

    /** Same, with {@code body} writing each block's instructions before its terminator. */
    static Function withShape(int[][] successors, BodyWriter body) {
        Function function = new Function("g",
                new FunctionType(VoidType.VOID, List.of(IntegerType.I1, IntegerType.I32), false), 0);
        function.addArgument(new Argument(IntegerType.I1, "c", 0, function, AttributeSet.EMPTY));
        function.addArgument(new Argument(IntegerType.I32, "s", 1, function, AttributeSet.EMPTY));
        List<BasicBlock> blocks = new ArrayList<>(successors.length);
        for (int i = 0; i < successors.length; i++) {
            BasicBlock block = new BasicBlock("b" + i);
            function.appendBlock(block);
            blocks.add(block);
        }
        for (int i = 0; i < successors.length; i++) {
            body.write(i, blocks.get(i), blocks);
            blocks.get(i).append(terminator(function, blocks, successors[i]));
        }
        return function;
    }

    private static org.hotlink.ir.Instruction terminator(Function function, List<BasicBlock> blocks, int[] targets) {
        switch (targets.length) {
            case 0:
                return new ReturnInstruction(null);
            case 1:
                return new BranchInstruction(blocks.get(targets[0]));
            case 2:
                return new BranchInstruction(function.argument(0), blocks.get(targets[0]), blocks.get(targets[1]));
            default:
                SwitchInstruction sw = new SwitchInstruction(function.argument(1), blocks.get(targets[0]));
                for (int i = 1; i < targets.length; i++) {
                    sw.addCase(ConstantInt.of(IntegerType.I32, i), blocks.get(targets[i]));
                }
                return sw;
        }
    }
}
