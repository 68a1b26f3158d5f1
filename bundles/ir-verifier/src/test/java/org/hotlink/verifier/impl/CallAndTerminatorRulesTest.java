package org.hotlink.verifier.impl;

import static org.hotlink.ir.IntegerType.I1;
import static org.hotlink.ir.IntegerType.I32;
import static org.hotlink.ir.IntegerType.I64;
import static org.hotlink.ir.PointerType.PTR;
import static org.hotlink.verifier.impl.RejectionAssertions.assertRejected;

import java.util.Collections;
import java.util.List;

import org.hotlink.ir.AttributeSet;
import org.hotlink.ir.BasicBlock;
import org.hotlink.ir.BranchInstruction;
import org.hotlink.ir.CallInstruction;
import org.hotlink.ir.CallingConvention;
import org.hotlink.ir.ConstantInt;
import org.hotlink.ir.Function;
import org.hotlink.ir.FunctionType;
import org.hotlink.ir.IndirectBranchInstruction;
import org.hotlink.ir.ReturnInstruction;
import org.hotlink.ir.SwitchInstruction;
import org.hotlink.ir.TailKind;
import org.hotlink.ir.Value;
import org.hotlink.ir.VoidType;
import org.junit.jupiter.api.Test;

/** Calls against function types and terminator operands; LLVM rejects each case too. */
class CallAndTerminatorRulesTest {

    private static CallInstruction call(FunctionType type, Value callee, List<Value> arguments) {
        return new CallInstruction(type, callee, arguments, Collections.nCopies(arguments.size(), AttributeSet.EMPTY),
                AttributeSet.EMPTY, AttributeSet.EMPTY, CallingConvention.C, TailKind.NONE);
    }

    @Test
    void callWithTooFewArgumentsIsRejected() throws Exception {
        TestModule t = new TestModule("""
                declare void @g(i32, i32)
                define void @f() {
                entry:
                  call void (i32, i32) @g(i32 1)
                  ret void
                }
                """);
        FunctionType gType = new FunctionType(VoidType.VOID, List.of(I32, I32), false);
        Function g = t.function("declare", "g", VoidType.VOID, List.of(I32, I32), "0", "1");
        Function f = t.function("define", "f", VoidType.VOID, List.of());
        BasicBlock entry = t.block(f, "entry");
        t.put(entry, "call", call(gType, g, List.of(ConstantInt.of(I32, 1))));
        t.put(entry, "ret void", new ReturnInstruction(null));
        assertRejected(t, "incorrect number of arguments passed to called function: expected 2, got 1", 4, 3);
    }

    @Test
    void callArgumentOfTheWrongTypeIsRejected() throws Exception {
        TestModule t = new TestModule("""
                declare void @g(i64)
                define void @f(i32 %x) {
                entry:
                  call void (i64) @g(i32 %x)
                  ret void
                }
                """);
        FunctionType gType = new FunctionType(VoidType.VOID, List.of(I64), false);
        Function g = t.function("declare", "g", VoidType.VOID, List.of(I64), "0");
        Function f = t.function("define", "f", VoidType.VOID, List.of(I32), "x");
        BasicBlock entry = t.block(f, "entry");
        t.put(entry, "call", call(gType, g, List.of(f.argument(0))));
        t.put(entry, "ret void", new ReturnInstruction(null));
        assertRejected(t, "call argument 1 '%x' has type i32 but the operand must be i64", 4, 3);
    }

    @Test
    void intrinsicCalledWithAnotherSignatureIsRejected() throws Exception {
        TestModule t = new TestModule("""
                declare i64 @llvm.abs.i64(i64, i1)
                define i64 @f(i32 %x) {
                entry:
                  %r = call i64 @llvm.abs.i64(i32 %x, i1 false)
                  ret i64 %r
                }
                """);
        Function abs = t.function("declare", "llvm.abs.i64", I64, List.of(I64, I1), "0", "1");
        Function f = t.function("define", "f", I64, List.of(I32), "x");
        BasicBlock entry = t.block(f, "entry");
        FunctionType used = new FunctionType(I64, List.of(I32, I1), false);
        var r = t.put(entry, "%r = call", call(used, abs, List.of(f.argument(0), ConstantInt.ofBoolean(false))));
        t.put(entry, "ret i64 %r", new ReturnInstruction(r));
        assertRejected(t, "intrinsic called with incompatible signature", 4, 3);
    }

    @Test
    void returnOfTheWrongTypeIsRejected() throws Exception {
        TestModule t = new TestModule("""
                define i32 @f(i64 %x) {
                entry:
                  ret i64 %x
                }
                """);
        Function f = t.function("define", "f", I32, List.of(I64), "x");
        BasicBlock entry = t.block(f, "entry");
        t.put(entry, "ret", new ReturnInstruction(f.argument(0)));
        assertRejected(t, "returned value '%x' has type i64 but the operand must be i32", 3, 3);
    }

    @Test
    void returnOfAValueFromAVoidFunctionIsRejected() throws Exception {
        TestModule t = new TestModule("""
                define void @f(i32 %x) {
                entry:
                  ret i32 %x
                }
                """);
        Function f = t.function("define", "f", VoidType.VOID, List.of(I32), "x");
        BasicBlock entry = t.block(f, "entry");
        t.put(entry, "ret", new ReturnInstruction(f.argument(0)));
        assertRejected(t, "found return instruction that returns a value in a function of void return type", 3, 3);
    }

    @Test
    void returnWithoutAValueFromAnI32FunctionIsRejected() throws Exception {
        TestModule t = new TestModule("""
                define i32 @f() {
                entry:
                  ret void
                }
                """);
        Function f = t.function("define", "f", I32, List.of());
        BasicBlock entry = t.block(f, "entry");
        t.put(entry, "ret", new ReturnInstruction(null));
        assertRejected(t, "function return type i32 does not match the void return", 3, 3);
    }

    @Test
    void branchOnAnI32ConditionIsRejected() throws Exception {
        TestModule t = new TestModule("""
                define void @f(i32 %c) {
                entry:
                  br i32 %c, label %a, label %a
                a:
                  ret void
                }
                """);
        Function f = t.function("define", "f", VoidType.VOID, List.of(I32), "c");
        BasicBlock entry = t.block(f, "entry");
        BasicBlock a = t.block(f, "a");
        t.put(entry, "br", new BranchInstruction(f.argument(0), a, a));
        t.put(a, "ret void", new ReturnInstruction(null));
        assertRejected(t, "branch condition '%c' has type i32 but the operand must be i1", 3, 3);
    }

    @Test
    void switchWithADuplicateCaseIsRejected() throws Exception {
        TestModule t = new TestModule("""
                define void @f(i32 %c) {
                entry:
                  switch i32 %c, label %a [ i32 7, label %a
                                            i32 7, label %b ]
                a:
                  ret void
                b:
                  ret void
                }
                """);
        Function f = t.function("define", "f", VoidType.VOID, List.of(I32), "c");
        BasicBlock entry = t.block(f, "entry");
        BasicBlock a = t.block(f, "a");
        BasicBlock b = t.block(f, "b");
        SwitchInstruction sw = new SwitchInstruction(f.argument(0), a);
        sw.addCase(ConstantInt.of(I32, 7), a);
        sw.addCase(ConstantInt.of(I32, 7), b);
        t.put(entry, "switch", sw);
        t.put(a, "ret void", new ReturnInstruction(null));
        t.put(b, "ret void", new ReturnInstruction(null));
        assertRejected(t, "duplicate integer as switch case: i32 7", 3, 3);
    }

    @Test
    void switchOnAFloatingPointValueIsRejected() throws Exception {
        TestModule t = new TestModule("""
                define void @f(double %c) {
                entry:
                  switch double %c, label %a []
                a:
                  ret void
                }
                """);
        Function f = t.function("define", "f", VoidType.VOID, List.of(org.hotlink.ir.FloatingType.DOUBLE), "c");
        BasicBlock entry = t.block(f, "entry");
        BasicBlock a = t.block(f, "a");
        t.put(entry, "switch", new SwitchInstruction(f.argument(0), a));
        t.put(a, "ret void", new ReturnInstruction(null));
        assertRejected(t, "switch condition '%c' has type double but the operand must be an integer", 3, 3);
    }

    @Test
    void switchCaseOfAnotherWidthIsRejected() throws Exception {
        TestModule t = new TestModule("""
                define void @f(i32 %c) {
                entry:
                  switch i32 %c, label %a [ i64 7, label %a ]
                a:
                  ret void
                }
                """);
        Function f = t.function("define", "f", VoidType.VOID, List.of(I32), "c");
        BasicBlock entry = t.block(f, "entry");
        BasicBlock a = t.block(f, "a");
        SwitchInstruction sw = new SwitchInstruction(f.argument(0), a);
        sw.addCase(ConstantInt.of(I64, 7), a);
        t.put(entry, "switch", sw);
        t.put(a, "ret void", new ReturnInstruction(null));
        assertRejected(t, "switch case '7' has type i64 but the operand must be i32", 3, 3);
    }

    @Test
    void indirectbrOnAnIntegerAddressIsRejected() throws Exception {
        TestModule t = new TestModule("""
                define void @f(i64 %address) {
                entry:
                  indirectbr i64 %address, [label %a]
                a:
                  ret void
                }
                """);
        Function f = t.function("define", "f", VoidType.VOID, List.of(I64), "address");
        BasicBlock entry = t.block(f, "entry");
        BasicBlock a = t.block(f, "a");
        t.put(entry, "indirectbr", new IndirectBranchInstruction(f.argument(0), List.of(a)));
        t.put(a, "ret void", new ReturnInstruction(null));
        assertRejected(t, "indirectbr address '%address' has type i64 but the operand must be ptr", 3, 3);
    }

    @Test
    void variadicCallMayPassExtraArguments() throws Exception {
        TestModule t = new TestModule("""
                declare i32 @printf(ptr, ...)
                define void @f(ptr %s) {
                entry:
                  %n = call i32 (ptr, ...) @printf(ptr %s, i64 1, double 2.0)
                  ret void
                }
                """);
        FunctionType printfType = new FunctionType(I32, List.of(PTR), true);
        Function printf = new Function("printf", printfType, 0);
        printf.addArgument(new org.hotlink.ir.Argument(PTR, "0", 0, printf, AttributeSet.EMPTY));
        t.module.addFunction(printf);
        Function f = t.function("define", "f", VoidType.VOID, List.of(PTR), "s");
        BasicBlock entry = t.block(f, "entry");
        t.put(entry, "%n = call", call(printfType, printf,
                List.of(f.argument(0), ConstantInt.of(I64, 1), org.hotlink.ir.ConstantFloat.ofDouble(2.0))));
        t.put(entry, "ret void", new ReturnInstruction(null));
        new ModuleVerifier().verify(t.module);
        org.junit.jupiter.api.Assertions.assertFalse(LlvmTools.llvmRejects(t.text), "expected LLVM to accept the variadic call");
    }
}
