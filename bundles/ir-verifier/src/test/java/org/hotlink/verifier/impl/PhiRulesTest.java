package org.hotlink.verifier.impl;

import static org.hotlink.ir.IntegerType.I1;
import static org.hotlink.ir.IntegerType.I32;
import static org.hotlink.ir.IntegerType.I64;
import static org.hotlink.verifier.impl.RejectionAssertions.assertRejected;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;

import org.hotlink.ir.BasicBlock;
import org.hotlink.ir.BranchInstruction;
import org.hotlink.ir.ConstantInt;
import org.hotlink.ir.Function;
import org.hotlink.ir.PhiInstruction;
import org.hotlink.ir.ReturnInstruction;
import org.hotlink.ir.SwitchInstruction;
import org.junit.jupiter.api.Test;

/** Phi nodes against the predecessors of their block, with LLVM's multiplicity rules. */
class PhiRulesTest {
    private static final String DIAMOND_HEAD = """
            define i32 @f(i1 %c) {
            entry:
              br i1 %c, label %left, label %right
            left:
              br label %join
            right:
              br label %join
            join:
            """;

    /** entry -> left, right -> join; returns the join block. */
    private static BasicBlock diamond(TestModule t) {
        Function f = t.function("define", "f", I32, List.of(I1), "c");
        BasicBlock entry = t.block(f, "entry");
        BasicBlock left = t.block(f, "left");
        BasicBlock right = t.block(f, "right");
        BasicBlock join = t.block(f, "join");
        t.put(entry, "br i1", new BranchInstruction(f.argument(0), left, right));
        left.append(new BranchInstruction(join));
        right.append(new BranchInstruction(join));
        return join;
    }

    @Test
    void phiMissingAPredecessorIsRejected() throws Exception {
        TestModule t = new TestModule(DIAMOND_HEAD + """
                  %p = phi i32 [ 1, %left ]
                  ret i32 %p
                }
                """);
        BasicBlock join = diamond(t);
        Function f = join.parent();
        PhiInstruction p = new PhiInstruction(I32);
        p.addIncoming(ConstantInt.of(I32, 1), f.block("left"));
        t.put(join, "%p = phi", p);
        t.put(join, "ret i32 %p", new ReturnInstruction(p));
        assertRejected(t, "phi node should have one entry for each predecessor of its parent basic block", 9, 3);
    }

    @Test
    void phiNamingANonPredecessorIsRejected() throws Exception {
        TestModule t = new TestModule(DIAMOND_HEAD + """
                  %p = phi i32 [ 1, %left ], [ 2, %entry ]
                  ret i32 %p
                }
                """);
        BasicBlock join = diamond(t);
        Function f = join.parent();
        PhiInstruction p = new PhiInstruction(I32);
        p.addIncoming(ConstantInt.of(I32, 1), f.block("left"));
        p.addIncoming(ConstantInt.of(I32, 2), f.block("entry"));
        t.put(join, "%p = phi", p);
        t.put(join, "ret i32 %p", new ReturnInstruction(p));
        assertRejected(t, "phi node entries do not match predecessors", 9, 3);
    }

    @Test
    void phiIncomingValueOfAnotherTypeIsRejected() throws Exception {
        TestModule t = new TestModule(DIAMOND_HEAD + """
                  %p = phi i32 [ 1, %left ], [ i64 2, %right ]
                  ret i32 %p
                }
                """);
        BasicBlock join = diamond(t);
        Function f = join.parent();
        PhiInstruction p = new PhiInstruction(I32);
        p.addIncoming(ConstantInt.of(I32, 1), f.block("left"));
        p.addIncoming(ConstantInt.of(I64, 2), f.block("right"));
        t.put(join, "%p = phi", p);
        t.put(join, "ret i32 %p", new ReturnInstruction(p));
        assertRejected(t, "phi node operand '2' has type i64 but the operand must be i32", 9, 3);
    }

    private static final String SWITCH_TWICE = """
            define i32 @f(i32 %c) {
            entry:
              switch i32 %c, label %other [ i32 1, label %join
                                            i32 2, label %join ]
            other:
              br label %join
            join:
            """;

    /** entry branches twice to join (two edges), other once. */
    private static BasicBlock switchTwice(TestModule t) {
        Function f = t.function("define", "f", I32, List.of(I32), "c");
        BasicBlock entry = t.block(f, "entry");
        BasicBlock other = t.block(f, "other");
        BasicBlock join = t.block(f, "join");
        SwitchInstruction sw = new SwitchInstruction(f.argument(0), other);
        sw.addCase(ConstantInt.of(I32, 1), join);
        sw.addCase(ConstantInt.of(I32, 2), join);
        t.put(entry, "switch", sw);
        other.append(new BranchInstruction(join));
        return join;
    }

    @Test
    void phiWithOneEntryPerEdgeOfADoubleSuccessorIsAccepted() throws Exception {
        TestModule t = new TestModule(SWITCH_TWICE + """
                  %p = phi i32 [ 5, %entry ], [ 5, %entry ], [ 6, %other ]
                  ret i32 %p
                }
                """);
        BasicBlock join = switchTwice(t);
        Function f = join.parent();
        PhiInstruction p = new PhiInstruction(I32);
        p.addIncoming(ConstantInt.of(I32, 5), f.block("entry"));
        p.addIncoming(ConstantInt.of(I32, 5), f.block("entry"));
        p.addIncoming(ConstantInt.of(I32, 6), f.block("other"));
        t.put(join, "%p = phi", p);
        t.put(join, "ret i32 %p", new ReturnInstruction(p));
        assertDoesNotThrow(() -> new ModuleVerifier().verify(t.module), "expected two entries for the two switch edges to verify");
        assertFalse(LlvmTools.llvmRejects(t.text), "expected LLVM to accept one phi entry per edge");
    }

    @Test
    void phiWithDifferentValuesForTheSameBlockIsRejected() throws Exception {
        TestModule t = new TestModule(SWITCH_TWICE + """
                  %p = phi i32 [ 5, %entry ], [ 7, %entry ], [ 6, %other ]
                  ret i32 %p
                }
                """);
        BasicBlock join = switchTwice(t);
        Function f = join.parent();
        PhiInstruction p = new PhiInstruction(I32);
        p.addIncoming(ConstantInt.of(I32, 5), f.block("entry"));
        p.addIncoming(ConstantInt.of(I32, 7), f.block("entry"));
        p.addIncoming(ConstantInt.of(I32, 6), f.block("other"));
        t.put(join, "%p = phi", p);
        t.put(join, "ret i32 %p", new ReturnInstruction(p));
        assertRejected(t, "phi node has multiple entries for the same basic block %entry with different incoming values", 8, 3);
    }
}
