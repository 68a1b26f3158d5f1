package org.hotlink.verifier.impl;

import java.util.Arrays;

/**
 * Dominator tree of the blocks of a {@link ControlFlowGraph} that are reachable from the entry,
 * computed with the Lengauer–Tarjan algorithm ("A Fast Algorithm for Finding Dominators in a
 * Flowgraph", 1979) in its simple form: semi-dominators over a depth-first numbering, with path
 * compression, O(E log V). The iterative Cooper–Harvey–Kennedy algorithm was not used because it
 * is quadratic on shapes clang does emit, such as thousands of blocks that all branch to one
 * exit block. Every walk is iterative, so chains of tens of thousands of blocks cannot overflow
 * the Java stack. The tree is then numbered so that {@link #dominates(int, int)} is a
 * constant-time interval test.
 */
final class DominatorTree {
    private static final int NONE = -1;

    private final ControlFlowGraph graph;
    /** Immediate dominator by block number; the entry is its own; NONE for unreachable blocks. */
    private final int[] immediateDominator;
    private final int[] preorder;
    private final int[] postorder;

    DominatorTree(ControlFlowGraph graph) {
        this.graph = graph;
        int n = graph.blockCount();
        immediateDominator = new int[n];
        preorder = new int[n];
        postorder = new int[n];
        Arrays.fill(immediateDominator, NONE);
        Arrays.fill(preorder, NONE);
        Arrays.fill(postorder, NONE);
        if (n > 0) {
            new LengauerTarjan(graph).computeInto(immediateDominator);
            numberTree();
        }
    }

    /** The working state of one Lengauer–Tarjan run, indexed by depth-first number. */
    private static final class LengauerTarjan {
        private final ControlFlowGraph graph;
        private final int[] dfsNumber; // by block; NONE when unreachable
        private final int[] vertex; // block by dfs number
        private final int[] parent;
        private final int[] semi;
        private final int[] idom;
        private final int[] ancestor;
        private final int[] label;
        private final int[] bucketHead;
        private final int[] bucketNext;
        private final int[] compressPath;
        private int count;

        LengauerTarjan(ControlFlowGraph graph) {
            this.graph = graph;
            int n = graph.blockCount();
            dfsNumber = new int[n];
            Arrays.fill(dfsNumber, NONE);
            vertex = new int[n];
            parent = new int[n];
            semi = new int[n];
            idom = new int[n];
            ancestor = new int[n];
            label = new int[n];
            bucketHead = new int[n];
            bucketNext = new int[n];
            compressPath = new int[n];
        }

        void computeInto(int[] immediateDominator) {
            numberDepthFirst();
            Arrays.fill(ancestor, 0, count, NONE);
            Arrays.fill(bucketHead, 0, count, NONE);
            for (int i = 0; i < count; i++) {
                semi[i] = i;
                label[i] = i;
            }
            for (int w = count - 1; w >= 1; w--) {
                for (int p : graph.predecessors(vertex[w])) {
                    int v = dfsNumber[p];
                    if (v == NONE) {
                        continue; // edges from unreachable blocks do not constrain dominance
                    }
                    int u = eval(v);
                    if (semi[u] < semi[w]) {
                        semi[w] = semi[u];
                    }
                }
                bucketNext[w] = bucketHead[semi[w]];
                bucketHead[semi[w]] = w;
                ancestor[w] = parent[w];
                for (int v = bucketHead[parent[w]]; v != NONE; v = bucketNext[v]) {
                    int u = eval(v);
                    idom[v] = semi[u] < semi[v] ? u : parent[w];
                }
                bucketHead[parent[w]] = NONE;
            }
            idom[0] = 0;
            for (int w = 1; w < count; w++) {
                if (idom[w] != semi[w]) {
                    idom[w] = idom[idom[w]];
                }
            }
            for (int w = 0; w < count; w++) {
                immediateDominator[vertex[w]] = vertex[idom[w]];
            }
        }

        /** Preorder numbers from the entry (block 0), with depth-first tree parents; iterative. */
        private void numberDepthFirst() {
            int n = graph.blockCount();
            int[] stack = new int[n];
            int[] nextEdge = new int[n];
            int depth = 0;
            dfsNumber[0] = count;
            vertex[count] = 0;
            parent[count++] = 0;
            stack[depth++] = 0;
            while (depth > 0) {
                int b = stack[depth - 1];
                int[] successors = graph.successors(b);
                if (nextEdge[b] < successors.length) {
                    int s = successors[nextEdge[b]++];
                    if (dfsNumber[s] == NONE) {
                        dfsNumber[s] = count;
                        vertex[count] = s;
                        parent[count++] = dfsNumber[b];
                        stack[depth++] = s;
                    }
                } else {
                    depth--;
                }
            }
        }

        /** The vertex with the least semi-dominator on the forest path above {@code v}. */
        private int eval(int v) {
            if (ancestor[v] == NONE) {
                return v;
            }
            compress(v);
            return label[v];
        }

        /** Path compression, iterative: collect the path, then relabel from the top down. */
        private void compress(int v) {
            int length = 0;
            int u = v;
            while (ancestor[ancestor[u]] != NONE) {
                compressPath[length++] = u;
                u = ancestor[u];
            }
            while (length > 0) {
                int x = compressPath[--length];
                int a = ancestor[x];
                if (semi[label[a]] < semi[label[x]]) {
                    label[x] = label[a];
                }
                ancestor[x] = ancestor[a];
            }
        }
    }

    /** Pre- and post-order numbers of the dominator tree, walked without recursion. */
    private void numberTree() {
        int n = graph.blockCount();
        int[] childCount = new int[n];
        for (int b = 1; b < n; b++) {
            if (immediateDominator[b] != NONE) {
                childCount[immediateDominator[b]]++;
            }
        }
        int[][] children = new int[n][];
        for (int b = 0; b < n; b++) {
            children[b] = new int[childCount[b]];
        }
        int[] filled = new int[n];
        for (int b = 1; b < n; b++) {
            int parent = immediateDominator[b];
            if (parent != NONE) {
                children[parent][filled[parent]++] = b;
            }
        }
        int[] stack = new int[n];
        int[] nextChild = new int[n];
        int depth = 0;
        int pre = 0;
        int post = 0;
        stack[depth++] = 0;
        preorder[0] = pre++;
        while (depth > 0) {
            int b = stack[depth - 1];
            if (nextChild[b] < children[b].length) {
                int c = children[b][nextChild[b]++];
                preorder[c] = pre++;
                stack[depth++] = c;
            } else {
                postorder[b] = post++;
                depth--;
            }
        }
    }

    /** True when the block can be reached from the entry. */
    boolean isReachable(int block) {
        return preorder[block] != NONE;
    }

    /** The immediate dominator's number; the entry's own number for the entry; -1 if unreachable. */
    int immediateDominator(int block) {
        return immediateDominator[block];
    }

    /**
     * True when every path from the entry to {@code b} passes through {@code a} (a block dominates
     * itself). Unreachable blocks dominate nothing and are dominated by nothing here; callers
     * apply LLVM's exemption for uses in unreachable blocks themselves.
     */
    boolean dominates(int a, int b) {
        if (preorder[a] == NONE || preorder[b] == NONE) {
            return false;
        }
        return preorder[a] <= preorder[b] && postorder[b] <= postorder[a];
    }
}
