package org.hotlink.verifier.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Immediate dominators and dominance queries on small graphs whose dominators are known by hand. */
class DominatorTreeTest {

    private static DominatorTree treeOf(int[][] successors) {
        return new DominatorTree(new ControlFlowGraph(GeneratedFunctions.withShape(successors)));
    }

    @Test
    void diamondJoinIsDominatedByTheEntryOnly() {
        // 0 -> 1, 2; 1 -> 3; 2 -> 3
        DominatorTree tree = treeOf(new int[][] {{1, 2}, {3}, {3}, {}});
        assertEquals(0, tree.immediateDominator(3), "expected the entry to be the join's immediate dominator");
        assertTrue(tree.dominates(0, 3), "expected the entry to dominate the join");
        assertFalse(tree.dominates(1, 3), "expected one arm of the diamond not to dominate the join");
        assertTrue(tree.dominates(3, 3), "expected a block to dominate itself");
    }

    @Test
    void loopHeaderDominatesItsBodyAndExit() {
        // 0 -> 1; 1 -> 2, 3; 2 -> 1 (back edge); 3 exits
        DominatorTree tree = treeOf(new int[][] {{1}, {2, 3}, {1}, {}});
        assertEquals(1, tree.immediateDominator(2), "expected the header to dominate the body directly");
        assertEquals(1, tree.immediateDominator(3), "expected the header to dominate the exit directly");
        assertFalse(tree.dominates(2, 1), "expected the body not to dominate the header despite the back edge");
    }

    @Test
    void irreducibleLoopEntriesAreDominatedByTheirCommonPredecessor() {
        // 0 -> 1, 2; 1 -> 2, 3; 2 -> 1; 3 exits: two ways into the cycle 1 <-> 2
        DominatorTree tree = treeOf(new int[][] {{1, 2}, {2, 3}, {1}, {}});
        assertEquals(0, tree.immediateDominator(1), "expected the entry as idom of the first cycle block");
        assertEquals(0, tree.immediateDominator(2), "expected the entry as idom of the second cycle block");
        assertEquals(1, tree.immediateDominator(3), "expected the only exit's predecessor as its idom");
    }

    @Test
    void semidominatorDiffersFromImmediateDominator() {
        // Classic case where the semi-dominator of 4 is 1 but its idom is 0:
        // 0 -> 1, 5; 1 -> 2; 2 -> 3, 4; 3 -> 4; 5 -> 3; 4 exits
        DominatorTree tree = treeOf(new int[][] {{1, 5}, {2}, {3, 4}, {4}, {}, {3}});
        assertEquals(0, tree.immediateDominator(3), "expected the entry as idom of a block reached from both arms");
        assertEquals(0, tree.immediateDominator(4), "expected the entry as idom of the block after it");
        assertEquals(1, tree.immediateDominator(2), "expected block 1 as idom of block 2");
    }

    @Test
    void unreachableBlocksDominateNothingAndAreNotReachable() {
        // 0 -> 2; 1 -> 2 (1 is unreachable); 2 exits
        DominatorTree tree = treeOf(new int[][] {{2}, {2}, {}});
        assertFalse(tree.isReachable(1), "expected block 1 to be unreachable");
        assertEquals(0, tree.immediateDominator(2), "expected edges from unreachable blocks to be ignored");
        assertFalse(tree.dominates(1, 2), "expected an unreachable block to dominate nothing");
        assertEquals(-1, tree.immediateDominator(1), "expected no immediate dominator for an unreachable block");
    }
}
