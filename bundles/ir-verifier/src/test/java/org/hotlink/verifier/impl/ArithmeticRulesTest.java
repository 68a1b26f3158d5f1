package org.hotlink.verifier.impl;

import static org.hotlink.ir.FloatingType.DOUBLE;
import static org.hotlink.ir.IntegerType.I1;
import static org.hotlink.ir.IntegerType.I32;
import static org.hotlink.ir.IntegerType.I64;
import static org.hotlink.verifier.impl.RejectionAssertions.assertRejected;

import java.util.List;

import org.hotlink.ir.BasicBlock;
import org.hotlink.ir.BinaryInstruction;
import org.hotlink.ir.CastInstruction;
import org.hotlink.ir.CompareInstruction;
import org.hotlink.ir.Function;
import org.hotlink.ir.Opcode;
import org.hotlink.ir.PointerType;
import org.hotlink.ir.Predicate;
import org.hotlink.ir.ReturnInstruction;
import org.hotlink.ir.SelectInstruction;
import org.hotlink.ir.UnaryInstruction;
import org.junit.jupiter.api.Test;

/** Operand types of binary operations, fneg, comparisons, select and casts; each case is rejected by LLVM too. */
class ArithmeticRulesTest {

    @Test
    void binaryOperandsOfDifferentTypesAreRejected() throws Exception {
        TestModule t = new TestModule("""
                define i32 @f(i32 %a, i64 %b) {
                entry:
                  %r = add i32 %a, %b
                  ret i32 %r
                }
                """);
        Function f = t.function("define", "f", I32, List.of(I32, I64), "a", "b");
        BasicBlock entry = t.block(f, "entry");
        var r = t.put(entry, "%r = add", new BinaryInstruction(Opcode.ADD, f.argument(0), f.argument(1)));
        t.put(entry, "ret i32 %r", new ReturnInstruction(r));
        assertRejected(t, "'%b' has type i64 but the operand must be i32", 3, 3);
    }

    @Test
    void integerOperationOnFloatingPointIsRejected() throws Exception {
        TestModule t = new TestModule("""
                define double @f(double %a) {
                entry:
                  %r = shl double %a, %a
                  ret double %r
                }
                """);
        Function f = t.function("define", "f", DOUBLE, List.of(DOUBLE), "a");
        BasicBlock entry = t.block(f, "entry");
        var r = t.put(entry, "%r = shl", new BinaryInstruction(Opcode.SHL, f.argument(0), f.argument(0)));
        t.put(entry, "ret double %r", new ReturnInstruction(r));
        assertRejected(t, "'%a' has type double but the operand must be an integer or a vector of integers", 3, 3);
    }

    @Test
    void floatingPointOperationOnIntegersIsRejected() throws Exception {
        TestModule t = new TestModule("""
                define i32 @f(i32 %a) {
                entry:
                  %r = fmul i32 %a, %a
                  ret i32 %r
                }
                """);
        Function f = t.function("define", "f", I32, List.of(I32), "a");
        BasicBlock entry = t.block(f, "entry");
        var r = t.put(entry, "%r = fmul", new BinaryInstruction(Opcode.FMUL, f.argument(0), f.argument(0)));
        t.put(entry, "ret i32 %r", new ReturnInstruction(r));
        assertRejected(t, "'%a' has type i32 but the operand must be floating point", 3, 3);
    }

    @Test
    void fnegOfAnIntegerIsRejected() throws Exception {
        TestModule t = new TestModule("""
                define i64 @f(i64 %a) {
                entry:
                  %r = fneg i64 %a
                  ret i64 %r
                }
                """);
        Function f = t.function("define", "f", I64, List.of(I64), "a");
        BasicBlock entry = t.block(f, "entry");
        var r = t.put(entry, "%r = fneg", new UnaryInstruction(Opcode.FNEG, f.argument(0)));
        t.put(entry, "ret i64 %r", new ReturnInstruction(r));
        assertRejected(t, "'%a' has type i64 but the operand must be floating point", 3, 3);
    }

    @Test
    void icmpOfFloatingPointIsRejected() throws Exception {
        TestModule t = new TestModule("""
                define i1 @f(double %a) {
                entry:
                  %c = icmp eq double %a, %a
                  ret i1 %c
                }
                """);
        Function f = t.function("define", "f", I1, List.of(DOUBLE), "a");
        BasicBlock entry = t.block(f, "entry");
        var c = t.put(entry, "%c = icmp", new CompareInstruction(Opcode.ICMP, Predicate.EQ, f.argument(0), f.argument(0)));
        t.put(entry, "ret i1 %c", new ReturnInstruction(c));
        assertRejected(t, "'%a' has type double but the operand must be an integer, a pointer or a vector of them", 3, 3);
    }

    @Test
    void compareOfDifferentTypesIsRejected() throws Exception {
        TestModule t = new TestModule("""
                define i1 @f(i32 %a, i64 %b) {
                entry:
                  %c = icmp slt i32 %a, %b
                  ret i1 %c
                }
                """);
        Function f = t.function("define", "f", I1, List.of(I32, I64), "a", "b");
        BasicBlock entry = t.block(f, "entry");
        var c = t.put(entry, "%c = icmp", new CompareInstruction(Opcode.ICMP, Predicate.SLT, f.argument(0), f.argument(1)));
        t.put(entry, "ret i1 %c", new ReturnInstruction(c));
        assertRejected(t, "'%b' has type i64 but the operand must be i32", 3, 3);
    }

    @Test
    void selectWithANonBooleanConditionIsRejected() throws Exception {
        TestModule t = new TestModule("""
                define i64 @f(i32 %c, i64 %a, i64 %b) {
                entry:
                  %r = select i32 %c, i64 %a, i64 %b
                  ret i64 %r
                }
                """);
        Function f = t.function("define", "f", I64, List.of(I32, I64, I64), "c", "a", "b");
        BasicBlock entry = t.block(f, "entry");
        var r = t.put(entry, "%r = select", new SelectInstruction(f.argument(0), f.argument(1), f.argument(2)));
        t.put(entry, "ret i64 %r", new ReturnInstruction(r));
        assertRejected(t, "'%c' has type i32 but the operand must be i1", 3, 3);
    }

    @Test
    void truncToAWiderTypeIsRejected() throws Exception {
        TestModule t = new TestModule("""
                define i64 @f(i32 %a) {
                entry:
                  %r = trunc i32 %a to i64
                  ret i64 %r
                }
                """);
        Function f = t.function("define", "f", I64, List.of(I32), "a");
        BasicBlock entry = t.block(f, "entry");
        var r = t.put(entry, "%r = trunc", new CastInstruction(Opcode.TRUNC, f.argument(0), I64));
        t.put(entry, "ret i64 %r", new ReturnInstruction(r));
        assertRejected(t, "invalid cast: trunc from i32 to i64 (the destination must be narrower than the source)", 3, 3);
    }

    @Test
    void bitcastBetweenDifferentSizesIsRejected() throws Exception {
        TestModule t = new TestModule("""
                define double @f(i32 %a) {
                entry:
                  %r = bitcast i32 %a to double
                  ret double %r
                }
                """);
        Function f = t.function("define", "f", DOUBLE, List.of(I32), "a");
        BasicBlock entry = t.block(f, "entry");
        var r = t.put(entry, "%r = bitcast", new CastInstruction(Opcode.BITCAST, f.argument(0), DOUBLE));
        t.put(entry, "ret double %r", new ReturnInstruction(r));
        assertRejected(t, "invalid cast: bitcast from i32 to double (sizes differ: 32 and 64 bits)", 3, 3);
    }

    @Test
    void ptrtointFromAnIntegerIsRejected() throws Exception {
        TestModule t = new TestModule("""
                define ptr @f(i64 %a) {
                entry:
                  %r = ptrtoint i64 %a to ptr
                  ret ptr %r
                }
                """);
        Function f = t.function("define", "f", PointerType.PTR, List.of(I64), "a");
        BasicBlock entry = t.block(f, "entry");
        var r = t.put(entry, "%r = ptrtoint", new CastInstruction(Opcode.PTRTOINT, f.argument(0), PointerType.PTR));
        t.put(entry, "ret ptr %r", new ReturnInstruction(r));
        assertRejected(t, "invalid cast: ptrtoint from i64 to ptr (needs pointer to integer)", 3, 3);
    }
}
