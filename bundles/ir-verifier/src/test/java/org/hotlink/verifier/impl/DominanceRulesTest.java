package org.hotlink.verifier.impl;

import static org.hotlink.ir.IntegerType.I1;
import static org.hotlink.ir.IntegerType.I32;
import static org.hotlink.verifier.impl.RejectionAssertions.assertRejected;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;

import org.hotlink.ir.BasicBlock;
import org.hotlink.ir.BinaryInstruction;
import org.hotlink.ir.BranchInstruction;
import org.hotlink.ir.ConstantInt;
import org.hotlink.ir.Function;
import org.hotlink.ir.Instruction;
import org.hotlink.ir.Opcode;
import org.hotlink.ir.PhiInstruction;
import org.hotlink.ir.ReturnInstruction;
import org.hotlink.ir.Value;
import org.junit.jupiter.api.Test;

/** SSA dominance of uses by definitions, including phi uses and LLVM's exemption for unreachable blocks. */
class DominanceRulesTest {

    private static Instruction addOne(Value value) {
        return new BinaryInstruction(Opcode.ADD, value, ConstantInt.of(I32, 1));
    }

    @Test
    void useBeforeDefinitionInTheSameBlockIsRejected() throws Exception {
        TestModule t = new TestModule("""
                define i32 @f(i32 %a) {
                entry:
                  %y = add i32 %x, 1
                  %x = add i32 %a, 1
                  ret i32 %y
                }
                """);
        Function f = t.function("define", "f", I32, List.of(I32), "a");
        BasicBlock entry = t.block(f, "entry");
        Instruction x = addOne(f.argument(0));
        Instruction y = t.put(entry, "%y = add", addOne(x));
        t.put(entry, "%x = add", x);
        t.put(entry, "ret i32 %y", new ReturnInstruction(y));
        assertRejected(t, "instruction does not dominate all uses: '%x' is used before it is defined", 3, 3);
    }

    private static final String DIAMOND = """
            define i32 @f(i1 %c, i32 %a) {
            entry:
              br i1 %c, label %left, label %right
            left:
              %l = add i32 %a, 1
              br label %join
            right:
              br label %join
            join:
            """;

    /** entry -> left (defines %l), right -> join; returns join. */
    private static BasicBlock diamond(TestModule t) {
        Function f = t.function("define", "f", I32, List.of(I1, I32), "c", "a");
        BasicBlock entry = t.block(f, "entry");
        BasicBlock left = t.block(f, "left");
        BasicBlock right = t.block(f, "right");
        BasicBlock join = t.block(f, "join");
        t.put(entry, "br i1", new BranchInstruction(f.argument(0), left, right));
        t.put(left, "%l = add", addOne(f.argument(1)));
        left.append(new BranchInstruction(join));
        right.append(new BranchInstruction(join));
        return join;
    }

    @Test
    void useInABlockTheDefinitionDoesNotDominateIsRejected() throws Exception {
        TestModule t = new TestModule(DIAMOND + """
                  %u = add i32 %l, 1
                  ret i32 %u
                }
                """);
        BasicBlock join = diamond(t);
        Instruction l = join.parent().block("left").instructions().get(0);
        Instruction u = t.put(join, "%u = add", addOne(l));
        t.put(join, "ret i32 %u", new ReturnInstruction(u));
        assertRejected(t, "instruction does not dominate all uses: '%l'", 10, 3);
    }

    @Test
    void phiUseNotDominatedAtTheEndOfItsIncomingBlockIsRejected() throws Exception {
        TestModule t = new TestModule(DIAMOND + """
                  %p = phi i32 [ %l, %left ], [ %l, %right ]
                  ret i32 %p
                }
                """);
        BasicBlock join = diamond(t);
        Function f = join.parent();
        Instruction l = f.block("left").instructions().get(0);
        PhiInstruction p = new PhiInstruction(I32);
        p.addIncoming(l, f.block("left"));
        p.addIncoming(l, f.block("right"));
        t.put(join, "%p = phi", p);
        t.put(join, "ret i32 %p", new ReturnInstruction(p));
        assertRejected(t, "instruction does not dominate all uses: '%l'", 10, 3);
    }

    @Test
    void phiUseDominatedAtTheEndOfItsIncomingBlockIsAccepted() throws Exception {
        TestModule t = new TestModule(DIAMOND + """
                  %p = phi i32 [ %l, %left ], [ %a, %right ]
                  ret i32 %p
                }
                """);
        BasicBlock join = diamond(t);
        Function f = join.parent();
        PhiInstruction p = new PhiInstruction(I32);
        p.addIncoming(f.block("left").instructions().get(0), f.block("left"));
        p.addIncoming(f.argument(1), f.block("right"));
        t.put(join, "%p = phi", p);
        t.put(join, "ret i32 %p", new ReturnInstruction(p));
        assertDoesNotThrow(() -> new ModuleVerifier().verify(t.module), "expected a phi fed from each branch to verify");
        assertFalse(LlvmTools.llvmRejects(t.text), "expected LLVM to accept the phi too");
    }

    @Test
    void instructionUsingItselfOutsideAPhiIsRejected() throws Exception {
        TestModule t = new TestModule("""
                define i32 @f() {
                entry:
                  %x = add i32 %x, 1
                  ret i32 %x
                }
                """);
        Function f = t.function("define", "f", I32, List.of());
        BasicBlock entry = t.block(f, "entry");
        BinaryInstruction x = new BinaryInstruction(Opcode.ADD, ConstantInt.of(I32, 0), ConstantInt.of(I32, 1));
        x.setOperand(0, x);
        t.put(entry, "%x = add", x);
        t.put(entry, "ret i32 %x", new ReturnInstruction(x));
        assertRejected(t, "only phi nodes may reference their own value", 3, 3);
    }

    @Test
    void loopPhiUsingItsOwnValueIsAccepted() throws Exception {
        TestModule t = new TestModule("""
                define i32 @f() {
                entry:
                  br label %loop
                loop:
                  %i = phi i32 [ 0, %entry ], [ %next, %loop ]
                  %next = add i32 %i, 1
                  %done = icmp eq i32 %next, 10
                  br i1 %done, label %exit, label %loop
                exit:
                  ret i32 %i
                }
                """);
        Function f = t.function("define", "f", I32, List.of());
        BasicBlock entry = t.block(f, "entry");
        BasicBlock loop = t.block(f, "loop");
        BasicBlock exit = t.block(f, "exit");
        t.put(entry, "br label %loop", new BranchInstruction(loop));
        PhiInstruction i = t.put(loop, "%i = phi", new PhiInstruction(I32));
        Instruction next = t.put(loop, "%next = add", addOne(i));
        i.addIncoming(ConstantInt.of(I32, 0), entry);
        i.addIncoming(next, loop);
        Instruction done = t.put(loop, "%done = icmp", new org.hotlink.ir.CompareInstruction(Opcode.ICMP,
                org.hotlink.ir.Predicate.EQ, next, ConstantInt.of(I32, 10)));
        t.put(loop, "br i1 %done", new BranchInstruction(done, exit, loop));
        t.put(exit, "ret i32 %i", new ReturnInstruction(i));
        assertDoesNotThrow(() -> new ModuleVerifier().verify(t.module), "expected a counted loop to verify");
        assertFalse(LlvmTools.llvmRejects(t.text), "expected LLVM to accept the counted loop");
    }

    @Test
    void useBeforeDefinitionInAnUnreachableBlockIsExempt() throws Exception {
        TestModule t = new TestModule("""
                define i32 @f(i32 %a) {
                entry:
                  ret i32 %a
                dead:
                  %y = add i32 %x, 1
                  %x = add i32 %a, 1
                  ret i32 %y
                }
                """);
        Function f = t.function("define", "f", I32, List.of(I32), "a");
        BasicBlock entry = t.block(f, "entry");
        BasicBlock dead = t.block(f, "dead");
        t.put(entry, "ret i32 %a", new ReturnInstruction(f.argument(0)));
        Instruction x = addOne(f.argument(0));
        Instruction y = t.put(dead, "%y = add", addOne(x));
        t.put(dead, "%x = add", x);
        t.put(dead, "ret i32 %y", new ReturnInstruction(y));
        assertDoesNotThrow(() -> new ModuleVerifier().verify(t.module), "expected uses in unreachable blocks to be exempt");
        assertFalse(LlvmTools.llvmRejects(t.text), "expected LLVM to exempt the unreachable block as well");
    }

    @Test
    void selfReferenceInAnUnreachableBlockIsExempt() throws Exception {
        TestModule t = new TestModule("""
                define i32 @f() {
                entry:
                  ret i32 0
                dead:
                  %x = add i32 %x, 1
                  ret i32 %x
                }
                """);
        Function f = t.function("define", "f", I32, List.of());
        BasicBlock entry = t.block(f, "entry");
        BasicBlock dead = t.block(f, "dead");
        t.put(entry, "ret i32 0", new ReturnInstruction(ConstantInt.of(I32, 0)));
        BinaryInstruction x = new BinaryInstruction(Opcode.ADD, ConstantInt.of(I32, 0), ConstantInt.of(I32, 1));
        x.setOperand(0, x);
        t.put(dead, "%x = add", x);
        t.put(dead, "ret i32 %x", new ReturnInstruction(x));
        assertDoesNotThrow(() -> new ModuleVerifier().verify(t.module), "expected unreachable self references to be exempt");
        assertFalse(LlvmTools.llvmRejects(t.text), "expected LLVM to exempt the unreachable self reference as well");
    }

    @Test
    void definitionInAnUnreachableBlockUsedInAReachableOneIsRejected() throws Exception {
        TestModule t = new TestModule("""
                define i32 @f(i32 %a) {
                entry:
                  br label %exit
                dead:
                  %x = add i32 %a, 1
                  br label %exit
                exit:
                  %y = add i32 %x, 1
                  ret i32 %y
                }
                """);
        Function f = t.function("define", "f", I32, List.of(I32), "a");
        BasicBlock entry = t.block(f, "entry");
        BasicBlock dead = t.block(f, "dead");
        BasicBlock exit = t.block(f, "exit");
        t.put(entry, "br label %exit", new BranchInstruction(exit));
        Instruction x = t.put(dead, "%x = add", addOne(f.argument(0)));
        dead.append(new BranchInstruction(exit));
        Instruction y = t.put(exit, "%y = add", addOne(x));
        t.put(exit, "ret i32 %y", new ReturnInstruction(y));
        assertRejected(t, "instruction does not dominate all uses: '%x'", 8, 3);
    }
}
