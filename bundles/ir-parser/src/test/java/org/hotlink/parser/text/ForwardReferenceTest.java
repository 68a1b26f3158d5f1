package org.hotlink.parser.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.hotlink.ir.BasicBlock;
import org.hotlink.ir.BranchInstruction;
import org.hotlink.ir.CallInstruction;
import org.hotlink.ir.Function;
import org.hotlink.ir.Instruction;
import org.hotlink.ir.Module;
import org.hotlink.ir.PhiInstruction;
import org.hotlink.ir.StructType;
import org.junit.jupiter.api.Test;

/** Test that values, blocks, globals, types and attribute groups can be used before they are defined, and numbering is implicit as in LLVM. */
class ForwardReferenceTest {
    @Test
    void phiUsesValueDefinedLaterAndBlocksReferencedBeforeDefinition() {
        Module m = IrTestSupport.parse("""
                define i32 @count(i32 %n) {
                entry:
                  br label %loop
                loop:
                  %i = phi i32 [ 0, %entry ], [ %next, %loop ]
                  %next = add nsw i32 %i, 1
                  %done = icmp eq i32 %next, %n
                  br i1 %done, label %exit, label %loop
                exit:
                  ret i32 %next
                }
                """);
        Function f = m.function("count");
        PhiInstruction phi = (PhiInstruction) f.block("loop").instructions().get(0);
        Instruction next = f.block("loop").instructions().get(1);
        assertSame(next, phi.incomingValue(1), "expected the forward reference %next replaced by its definition");
        assertSame(f.block("loop"), phi.incomingBlock(1), "expected the incoming block to be %loop");
        assertEquals(List.of(f.block("entry"), f.block("loop")), f.block("loop").predecessors(),
                "expected %loop's predecessors to be %entry and itself");
    }

    @Test
    void globalsFunctionsTypesAndAttributeGroupsMayComeAfterTheirUse() {
        Module m = IrTestSupport.parse("""
                @p = global ptr @later
                define void @caller() #0 {
                  %1 = alloca %struct.T, align 8
                  call void @callee(ptr %1) #1
                  ret void
                }
                @later = global i32 1
                %struct.T = type { i64, ptr }
                declare void @callee(ptr)
                attributes #0 = { noinline nounwind "frame-pointer"="all" }
                attributes #1 = { nounwind }
                """);
        assertSame(m.global("later"), m.global("p").initializer(), "expected @p to point at @later");
        Function caller = m.function("caller");
        assertTrue(caller.attributes().has("noinline"), "expected group #0 expanded into the function's attributes");
        assertEquals("all", caller.attributes().stringOf("frame-pointer"), "expected the string attribute's value");
        CallInstruction call = (CallInstruction) caller.entryBlock().instructions().get(1);
        assertSame(m.function("callee"), call.calledFunction(), "expected the call bound to @callee declared later");
        assertTrue(call.functionAttributes().has("nounwind"), "expected group #1 on the call");
        StructType t = m.namedTypes().get("struct.T");
        assertFalse(t.isOpaque(), "expected %struct.T to get its body after its use");
        assertEquals(16, m.dataLayout().allocSizeOf(t), "expected { i64, ptr } to take 16 bytes");
    }

    @Test
    void functionReturningALiteralStructCanBeCalledBeforeItsDefinition() {
        Module m = IrTestSupport.parse("""
                define i64 @main() {
                  %1 = call { i64, i16 } @pair()
                  %2 = extractvalue { i64, i16 } %1, 0
                  ret i64 %2
                }
                define internal { i64, i16 } @pair() {
                  ret { i64, i16 } { i64 1, i16 2 }
                }
                """);
        CallInstruction call = (CallInstruction) m.function("main").entryBlock().instructions().get(0);
        assertSame(m.function("pair"), call.calledFunction(), "expected the call bound to @pair defined later");
        assertEquals("{ i64, i16 }", m.function("pair").functionType().returnType().toString(),
                "expected @pair to return the literal struct");
    }

    @Test
    void unnamedArgumentsBlocksAndValuesAreNumberedInOrder() {
        Module m = IrTestSupport.parse("""
                define i32 @f(i32 %0, i32 %1) {
                  %3 = add i32 %0, %1
                  br label %4
                4:
                  %5 = mul i32 %3, 2
                  ret i32 %5
                }
                define i32 @g(i32, i32) {
                  add i32 %0, %1
                  ret i32 %3
                }
                """);
        Function f = m.function("f");
        assertEquals("2", f.entryBlock().name(), "expected the unnamed entry block to take number 2");
        BasicBlock target = ((BranchInstruction) f.entryBlock().terminator()).target();
        assertSame(f.block("4"), target, "expected 'br label %4' to reach block 4");
        Function g = m.function("g");
        assertEquals("3", g.entryBlock().instructions().get(0).name(), "expected the implicit result to be %3");
        assertEquals("0", g.argument(0).name(), "expected the first unnamed argument to be %0");
    }
}
