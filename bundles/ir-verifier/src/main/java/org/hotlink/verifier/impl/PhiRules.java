package org.hotlink.verifier.impl;

import java.util.Arrays;

import org.hotlink.diagnostic.IrVerificationException;
import org.hotlink.ir.Constant;
import org.hotlink.ir.GlobalValue;
import org.hotlink.ir.PhiInstruction;
import org.hotlink.ir.Value;

/**
 * Phi nodes against the control-flow graph, as LLVM's verifier: one entry per incoming edge
 * (with multiplicity, so a block that branches twice to the same successor appears twice),
 * entries for the same block carry the same value, and every incoming value has the phi's type.
 */
final class PhiRules {
    private PhiRules() {
    }

    /**
     * @param sortedPredecessors the predecessor numbers of the phi's block, one per edge, sorted
     */
    static void check(PhiInstruction phi, ControlFlowGraph graph, int[] sortedPredecessors)
            throws IrVerificationException {
        if (!TypeRules.isValueType(phi.type())) {
            throw Failures.at(phi, "phi node has invalid type " + phi.type());
        }
        int count = phi.incomingCount();
        long[] entries = new long[count]; // block number in the high half, entry index in the low half
        for (int i = 0; i < count; i++) {
            Value value = phi.incomingValue(i);
            if (!value.type().equals(phi.type())) {
                throw Failures.at(phi, "phi node operand " + Failures.wrongType(value, phi.type()));
            }
            int block = graph.numberOf(phi.incomingBlock(i));
            if (block < 0) {
                throw Failures.at(phi, "phi node names block " + phi.incomingBlock(i).reference()
                        + " that is not in its function");
            }
            entries[i] = ((long) block << 32) | i;
        }
        if (count != sortedPredecessors.length) {
            throw Failures.at(phi, "phi node should have one entry for each predecessor of its parent basic block: "
                    + sortedPredecessors.length + " predecessor edges, " + count + " entries");
        }
        Arrays.sort(entries);
        for (int i = 0; i < count; i++) {
            int block = (int) (entries[i] >>> 32);
            if (i > 0 && block == (int) (entries[i - 1] >>> 32)
                    && !sameValue(phi.incomingValue((int) entries[i]), phi.incomingValue((int) entries[i - 1]))) {
                throw Failures.at(phi, "phi node has multiple entries for the same basic block "
                        + graph.block(block).reference() + " with different incoming values");
            }
            if (block != sortedPredecessors[i]) {
                throw Failures.at(phi, "phi node entries do not match predecessors");
            }
        }
    }

    /** LLVM compares uniqued constants by identity; the model's constants compare by value. */
    private static boolean sameValue(Value a, Value b) {
        return a == b || (a instanceof Constant && !(a instanceof GlobalValue) && a.equals(b));
    }
}
