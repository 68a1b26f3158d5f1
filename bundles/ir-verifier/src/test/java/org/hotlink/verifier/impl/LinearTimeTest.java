package org.hotlink.verifier.impl;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;

import org.hotlink.ir.BinaryInstruction;
import org.hotlink.ir.ConstantInt;
import org.hotlink.ir.Function;
import org.hotlink.ir.Instruction;
import org.hotlink.ir.IntegerType;
import org.hotlink.ir.Module;
import org.hotlink.ir.Opcode;
import org.hotlink.ir.PhiInstruction;
import org.hotlink.ir.Value;
import org.junit.jupiter.api.Test;

/**
 * The verifier stays near-linear on the shapes that make naive algorithms quadratic: a chain of
 * 20,000 blocks (deep dominator tree) where every block also branches to one exit block (20,000
 * predecessors, one phi entry per edge) and each block uses a value of its predecessor.
 */
class LinearTimeTest {
    private static final int BLOCKS = 20_000;

    private static Module chainWithSharedExit() {
        int[][] successors = new int[BLOCKS + 1][];
        for (int i = 0; i < BLOCKS; i++) {
            successors[i] = i == BLOCKS - 1 ? new int[] {BLOCKS} : new int[] {i + 1, BLOCKS};
        }
        successors[BLOCKS] = new int[0];
        List<Instruction> values = new ArrayList<>(BLOCKS);
        Function function = GeneratedFunctions.withShape(successors, (index, block, blocks) -> {
            if (index < BLOCKS) {
                Value previous = index == 0 ? ConstantInt.of(IntegerType.I32, 0) : values.get(index - 1);
                Instruction value = new BinaryInstruction(Opcode.ADD, previous, ConstantInt.of(IntegerType.I32, 1));
                block.append(value);
                values.add(value);
            } else {
                PhiInstruction phi = new PhiInstruction(IntegerType.I32);
                for (int i = 0; i < BLOCKS; i++) {
                    phi.addIncoming(values.get(i), blocks.get(i));
                }
                block.append(phi);
            }
        });
        Module module = new Module("generated.ll");
        module.addFunction(function);
        return module;
    }

    /**
     * Measures the thread's CPU time rather than wall time: the build machine is shared, and
     * contention must not fail a test about the algorithm's cost. Best of five runs after a warm-up.
     */
    @Test
    void twentyThousandBlocksVerifyWellUnderASecond() {
        Module module = chainWithSharedExit();
        ModuleVerifier verifier = new ModuleVerifier();
        assertDoesNotThrow(() -> verifier.verify(module), "expected the generated chain to verify");
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long best = Long.MAX_VALUE;
        for (int run = 0; run < 5; run++) {
            long start = threads.getCurrentThreadCpuTime();
            assertDoesNotThrow(() -> verifier.verify(module), "expected the generated chain to verify");
            best = Math.min(best, threads.getCurrentThreadCpuTime() - start);
        }
        System.out.printf("LinearTimeTest: %,d blocks verified in %d ms of CPU time%n", BLOCKS, best / 1_000_000);
        assertTrue(best < 300_000_000L, "expected 20,000 blocks to verify in under 0.3 s of CPU time, took "
                + best / 1_000_000 + " ms");
    }
}
