package org.hotlink.verifier.impl;

import static org.hotlink.ir.IntegerType.I32;
import static org.hotlink.verifier.impl.RejectionAssertions.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.hotlink.diagnostic.IrVerificationException;
import org.hotlink.ir.BasicBlock;
import org.hotlink.ir.BinaryInstruction;
import org.hotlink.ir.BranchInstruction;
import org.hotlink.ir.ConstantInt;
import org.hotlink.ir.Function;
import org.hotlink.ir.Opcode;
import org.hotlink.ir.PhiInstruction;
import org.hotlink.ir.ReturnInstruction;
import org.hotlink.ir.VoidType;
import org.junit.jupiter.api.Test;

/** Block structure: terminators, empty blocks, phi placement and the entry block. */
class StructureRulesTest {

    @Test
    void blockWithoutATerminatorIsRejected() throws Exception {
        TestModule t = new TestModule("""
                define void @f(i32 %a) {
                entry:
                  %x = add i32 %a, 1
                }
                """);
        Function f = t.function("define", "f", VoidType.VOID, List.of(I32), "a");
        BasicBlock entry = t.block(f, "entry");
        t.put(entry, "%x = add", new BinaryInstruction(Opcode.ADD, f.argument(0), ConstantInt.of(I32, 1)));
        assertRejected(t, "basic block %entry does not end with a terminator", 3, 3);
    }

    @Test
    void emptyBlockIsRejectedAtItsFunction() throws Exception {
        TestModule t = new TestModule("""
                define void @f() {
                entry:
                  br label %next
                next:
                }
                """);
        Function f = t.function("define", "f", VoidType.VOID, List.of());
        BasicBlock entry = t.block(f, "entry");
        BasicBlock next = t.block(f, "next");
        t.put(entry, "br", new BranchInstruction(next));
        assertRejected(t, "basic block %next is empty", 1, 1);
    }

    /**
     * In LLVM's text form an instruction after a terminator starts a new unnamed block, so this
     * model has no textual equivalent for LLVM to judge; the rule is LLVM's "Terminator found in
     * the middle of a basic block!".
     */
    @Test
    void terminatorInTheMiddleOfABlockIsRejected() throws Exception {
        TestModule t = new TestModule("""
                define void @f() {
                entry:
                  ret void
                  ret void
                }
                """);
        Function f = t.function("define", "f", VoidType.VOID, List.of());
        BasicBlock entry = t.block(f, "entry");
        t.put(entry, "ret void", new ReturnInstruction(null));
        entry.append(new ReturnInstruction(null));
        IrVerificationException error = assertThrows(IrVerificationException.class, () -> new ModuleVerifier().verify(t.module),
                "expected a terminator before the end of the block to be rejected");
        assertTrue(error.getMessage().contains("terminator found in the middle of basic block %entry"),
                "expected the middle-terminator message, got: " + error.getMessage());
        assertEquals(3, error.location().line(), "expected the first ret's line: " + error.render());
        assertEquals(3, error.location().column(), "expected the first ret's column: " + error.render());
    }

    @Test
    void phiAfterAnotherInstructionIsRejected() throws Exception {
        TestModule t = new TestModule("""
                define i32 @f(i32 %a) {
                entry:
                  br label %next
                next:
                  %x = add i32 %a, 1
                  %p = phi i32 [ %a, %entry ]
                  ret i32 %p
                }
                """);
        Function f = t.function("define", "f", I32, List.of(I32), "a");
        BasicBlock entry = t.block(f, "entry");
        BasicBlock next = t.block(f, "next");
        t.put(entry, "br", new BranchInstruction(next));
        t.put(next, "%x = add", new BinaryInstruction(Opcode.ADD, f.argument(0), ConstantInt.of(I32, 1)));
        PhiInstruction p = new PhiInstruction(I32);
        p.addIncoming(f.argument(0), entry);
        t.put(next, "%p = phi", p);
        t.put(next, "ret i32 %p", new ReturnInstruction(p));
        assertRejected(t, "phi nodes not grouped at top of basic block %next", 6, 3);
    }

    @Test
    void branchBackToTheEntryBlockIsRejected() throws Exception {
        TestModule t = new TestModule("""
                define void @f() {
                entry:
                  br label %loop
                loop:
                  br label %entry
                }
                """);
        Function f = t.function("define", "f", VoidType.VOID, List.of());
        BasicBlock entry = t.block(f, "entry");
        BasicBlock loop = t.block(f, "loop");
        t.put(entry, "br label %loop", new BranchInstruction(loop));
        t.put(loop, "br label %entry", new BranchInstruction(entry));
        assertRejected(t, "entry block %entry must not have predecessors", 5, 3);
    }
}
